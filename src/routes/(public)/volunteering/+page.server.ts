import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { isDateText } from '#lib/i18n/office-time.ts';
import { VOLUNTEER_CATEGORIES, type VolunteerCategory } from '#lib/modules/volunteering/schema.ts';
import { listPublicVolunteering } from '#lib/modules/volunteering/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const categoryParam = url.searchParams.get('category') ?? '';
	const category = (VOLUNTEER_CATEGORIES as readonly string[]).includes(categoryParam)
		? (categoryParam as VolunteerCategory)
		: null;
	const fromParam = url.searchParams.get('from') ?? '';
	const from = isDateText(fromParam) ? fromParam : null;
	const place = (url.searchParams.get('place') ?? '').trim().slice(0, 100);
	const underEighteen = ['1', 'yes'].includes(url.searchParams.get('under18') ?? '');
	const filters = { category: category ?? '', from: from ?? '', place, underEighteen };
	if (!locals.office) return { rows: [], categories: VOLUNTEER_CATEGORIES, ...filters };
	const { db } = await getRuntime();
	return {
		rows: await listPublicVolunteering(db, locals.office.id, { category, from, place: place || null, underEighteen }),
		categories: VOLUNTEER_CATEGORIES,
		...filters
	};
};
