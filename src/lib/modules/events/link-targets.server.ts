// Events as other modules link to them (manifest `linkTargets`, decision 0037): council decisions follow them up.
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { LinkTarget, LinkTargetQuery } from '../../server/manifest.ts';
import { isUuid } from '../../server/ids.ts';
import { events } from './schema.ts';

/**
 * The office's events that are not drafts, newest first (at most `limit`, 200 by default); with `ids`, exactly
 * those events, drafts too (a draft has no public path).
 */
export async function listEventLinkTargets(
	db: Database,
	officeId: string,
	query: LinkTargetQuery
): Promise<LinkTarget[]> {
	const ids = query.ids?.filter(isUuid);
	if (ids && ids.length === 0) return [];
	const rows = await db
		.select({ id: events.id, title: events.title, titleEn: events.titleEn, slug: events.slug, status: events.status })
		.from(events)
		.where(and(eq(events.officeId, officeId), ids ? inArray(events.id, ids) : ne(events.status, 'draft')))
		.orderBy(desc(events.startsAt), asc(events.id))
		.limit(ids ? ids.length : (query.limit ?? 200));
	return rows.map((row) => ({
		kind: 'events.event',
		id: row.id,
		title: row.title,
		titleEn: row.titleEn,
		trail: [],
		parentId: null,
		path: row.status === 'draft' ? null : `/events/${row.slug}`
	}));
}
