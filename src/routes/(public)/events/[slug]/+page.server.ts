import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';
import { getPublicEvent } from '#lib/modules/events/queries.server.ts';
import { findMyRegistrationForEvent } from '#lib/modules/registrations/queries.server.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { eventLinksFor } from '#lib/modules/registry.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const event = locals.office ? await getPublicEvent(db, locals.office.id, params.slug) : null;
	if (!event) error(404, 'error.404.text');
	const cover = event.coverMediaId
		? ((await getMediaForDisplay(db, locals.office!.id, [event.coverMediaId])).get(event.coverMediaId) ?? null)
		: null;
	// A signed-in young person sees their own registration here, not the sign-up form again.
	const mine = locals.actor ? await findMyRegistrationForEvent(await contextFor(locals), event.id) : null;
	// Other modules' pages for this event (its volunteering shifts...), through the manifests.
	const related = await eventLinksFor(db, locals.office!.id, event.id);
	return { event, cover, municipality: locals.office!.municipality, mine, related };
};
