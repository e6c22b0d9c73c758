import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getPublicOrganisation } from '#lib/modules/organisations/directory-queries.server.ts';
import { getMyClaim } from '#lib/modules/organisations/self-service-queries.server.ts';
import { listOrganisationVolunteering } from '#lib/modules/volunteering/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const organisation = locals.office ? await getPublicOrganisation(db, locals.office.id, params.slug) : null;
	if (!organisation) error(404, 'error.404.text');
	const claim = locals.actor ? await getMyClaim(await contextFor(locals), organisation.id) : null;
	const volunteering = await listOrganisationVolunteering(db, locals.office!.id, organisation.id);
	return { organisation, claim, volunteering };
};
