import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listProgrammes } from '#lib/modules/events/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.office) return { programmes: [] };
	const { db } = await getRuntime();
	const programmes = await listProgrammes(db, locals.office.id);
	return {
		programmes: programmes.map(({ slug, name, nameEn, description, descriptionEn, color }) => ({
			slug,
			name,
			nameEn,
			description,
			descriptionEn,
			color
		}))
	};
};
