import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { instantToBelgrade } from '#lib/i18n/office-time.ts';
import { EVENT_TYPES } from '#lib/modules/events/schema.ts';
import { publicFilterOf } from '#lib/modules/events/inputs.ts';
import { monthGrid, monthOf, monthRange, shiftMonth } from '#lib/modules/events/calendar.ts';
import { listProgrammes, listSessionsBetween, type CalendarSession } from '#lib/modules/events/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = publicFilterOf(url.searchParams);
	const { year, month } = monthOf(url.searchParams.get('month'));
	const current = shiftMonth(year, month, 0);
	const base = {
		month: current,
		previous: shiftMonth(year, month, -1),
		next: shiftMonth(year, month, 1),
		weeks: monthGrid(year, month),
		values: { programme: filter.programme, type: filter.type ?? '' },
		types: EVENT_TYPES
	};
	if (!locals.office) return { ...base, programmes: [], byDate: {} as Record<string, CalendarSession[]>, count: 0 };
	const { db } = await getRuntime();
	const [programmes, sessions] = await Promise.all([
		listProgrammes(db, locals.office.id),
		listSessionsBetween(db, locals.office.id, monthRange(year, month), filter)
	]);
	const byDate: Record<string, CalendarSession[]> = {};
	for (const session of sessions) (byDate[instantToBelgrade(session.startsAt).date] ??= []).push(session);
	return {
		...base,
		programmes: programmes.map(({ slug, name, nameEn }) => ({ slug, name, nameEn })),
		byDate,
		count: sessions.length
	};
};
