import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getProgrammeBySlug, listPastEvents, listUpcomingEvents } from '#lib/modules/events/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const programme = locals.office ? await getProgrammeBySlug(db, locals.office.id, params.slug) : null;
	if (!programme) error(404, 'error.404.text');
	const [upcoming, past] = await Promise.all([
		listUpcomingEvents(db, locals.office!.id, { programme: programme.slug, pageSize: 50 }),
		listPastEvents(db, locals.office!.id, { programme: programme.slug, pageSize: 6 })
	]);
	return {
		programme: {
			slug: programme.slug,
			name: programme.name,
			nameEn: programme.nameEn,
			description: programme.description,
			descriptionEn: programme.descriptionEn,
			color: programme.color
		},
		upcoming: upcoming.rows,
		past: past.rows
	};
};
