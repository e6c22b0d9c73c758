import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { ORGANISATION_TYPES, TARGET_GROUPS, WORK_AREAS } from '#lib/modules/organisations/schema.ts';
import { listDirectory } from '#lib/modules/organisations/directory-queries.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
	(allowed as readonly string[]).includes(value ?? '') ? (value as T) : null;

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const type = pick(ORGANISATION_TYPES, url.searchParams.get('type'));
	const area = pick(WORK_AREAS, url.searchParams.get('area'));
	const target = pick(TARGET_GROUPS, url.searchParams.get('target'));
	const page = pageParameter(url);
	const filters = { q: query, type: type ?? '', area: area ?? '', target: target ?? '' };
	const choices = { types: ORGANISATION_TYPES, areas: WORK_AREAS, targets: TARGET_GROUPS };
	if (!locals.office) return { rows: [], total: 0, page: 1, pages: 1, ...choices, ...filters, signedIn: false };
	const { db } = await getRuntime();
	return {
		...(await listDirectory(db, locals.office.id, { query, type, area, target, page })),
		...choices,
		...filters,
		signedIn: !!locals.actor
	};
};
