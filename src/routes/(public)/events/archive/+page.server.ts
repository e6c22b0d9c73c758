import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { EVENT_TYPES } from '#lib/modules/events/schema.ts';
import { publicFilterOf } from '#lib/modules/events/inputs.ts';
import { listPastEvents, listProgrammes } from '#lib/modules/events/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = publicFilterOf(url.searchParams);
	const values = { programme: filter.programme, type: filter.type ?? '', from: filter.from, to: filter.to };
	if (!locals.office) return { rows: [], total: 0, page: 1, pages: 1, programmes: [], types: EVENT_TYPES, values };
	const { db } = await getRuntime();
	const [programmes, result] = await Promise.all([
		listProgrammes(db, locals.office.id),
		listPastEvents(db, locals.office.id, filter)
	]);
	return {
		...result,
		programmes: programmes.map(({ slug, name, nameEn }) => ({ slug, name, nameEn })),
		types: EVENT_TYPES,
		values
	};
};
