// Initiatives as other modules link to them (manifest `linkTargets`, decision 0037): council decisions follow
// them up.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { LinkTarget, LinkTargetQuery } from '../../server/manifest.ts';
import { isUuid } from '../../server/ids.ts';
import { PUBLIC_STATUSES } from './rules.ts';
import { participationInitiatives } from './schema.ts';

/** A picker wants every listed initiative; an office has tens, not thousands (the old ten pages of twenty). */
const PICKER_LIMIT = 200;

/**
 * Listed initiatives (public and not hidden), newest first; with `ids`, exactly those that are public, hidden ones
 * too (then with no public path).
 */
export async function listInitiativeLinkTargets(
	db: Database,
	officeId: string,
	query: LinkTargetQuery
): Promise<LinkTarget[]> {
	const ids = query.ids?.filter(isUuid);
	if (ids && ids.length === 0) return [];
	const initiatives = participationInitiatives;
	const rows = await db
		.select({ id: initiatives.id, title: initiatives.title, hiddenAt: initiatives.hiddenAt })
		.from(initiatives)
		.where(
			and(
				eq(initiatives.officeId, officeId),
				inArray(initiatives.status, [...PUBLIC_STATUSES]),
				ids ? inArray(initiatives.id, ids) : isNull(initiatives.hiddenAt)
			)
		)
		.orderBy(desc(initiatives.publishedAt), desc(initiatives.id))
		.limit(ids ? ids.length : (query.limit ?? PICKER_LIMIT));
	return rows.map((row) => ({
		kind: 'participation.initiative',
		id: row.id,
		title: row.title,
		titleEn: '',
		trail: [],
		parentId: null,
		path: row.hiddenAt ? null : `/initiatives/${row.id}`
	}));
}
