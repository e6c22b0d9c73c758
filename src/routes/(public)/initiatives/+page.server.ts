import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import {
	INITIATIVE_SORTS,
	listCategories,
	listPublicInitiatives,
	type InitiativeSort
} from '#lib/modules/participation/queries.server.ts';
import { PUBLIC_STATUSES, isAnswerOverdue } from '#lib/modules/participation/rules.ts';
import type { InitiativeStatus } from '#lib/modules/participation/schema.ts';
import { getParticipationSettings } from '#lib/modules/participation/commands/shared.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const officeId = locals.office.id;
	const pageParam = url.searchParams.get('page') ?? '1';
	const page = /^\d{1,5}$/.test(pageParam) ? Number(pageParam) : 0;
	if (page < 1) error(404, 'error.404.text');
	const categories = await listCategories(db, officeId);
	const category = url.searchParams.get('category') ?? '';
	const status = url.searchParams.get('status') ?? '';
	const sort = url.searchParams.get('sort') ?? 'newest';
	const query = (url.searchParams.get('q') ?? '').slice(0, 100);
	const filters = {
		categoryId: categories.some((row) => row.id === category) ? category : null,
		status: (PUBLIC_STATUSES as readonly string[]).includes(status) ? (status as InitiativeStatus) : null,
		sort: ((INITIATIVE_SORTS as readonly string[]).includes(sort) ? sort : 'newest') as InitiativeSort,
		query
	};
	const [list, settings] = await Promise.all([
		listPublicInitiatives(db, officeId, { ...filters, page }),
		getParticipationSettings(db, officeId)
	]);
	const now = new Date();
	return {
		...list,
		items: list.items.map((item) => ({ ...item, overdue: isAnswerOverdue(item, now) })),
		categories,
		statuses: PUBLIC_STATUSES,
		filters: { category: filters.categoryId ?? '', status: filters.status ?? '', sort: filters.sort, q: query },
		threshold: settings.supportThreshold
	};
};
