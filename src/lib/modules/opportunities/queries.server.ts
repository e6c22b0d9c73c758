import { and, asc, count, desc, eq, gte, isNotNull, isNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { orderOf } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import type { MediaUse, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { getPublicDocuments, type DocumentSummary } from '../documents/queries.server.ts';
import { opportunities, type OpportunityType } from './schema.ts';
import { CLOSING_SOON_MS, opportunityState, type OpportunityState } from './time.ts';
import { canEditOpportunities } from './permissions.server.ts';

/** The deadline filters of the public list. "open" means still taking applications (closing soon included). */
export const DEADLINE_FILTERS = ['open', 'closing-soon', 'closed'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

export const PUBLIC_PAGE_SIZE = 12;

/** An opportunity as lists show it, with its state at the moment of reading. */
export interface OpportunitySummary {
	id: string;
	slug: string;
	type: OpportunityType;
	title: string;
	titleEn: string;
	organiser: string;
	summary: string;
	summaryEn: string;
	place: string;
	deadline: Date | null;
	publishedAt: Date;
	state: OpportunityState;
	path: string;
}

const summaryColumns = {
	id: opportunities.id,
	slug: opportunities.slug,
	type: opportunities.type,
	title: opportunities.title,
	titleEn: opportunities.titleEn,
	organiser: opportunities.organiser,
	summary: opportunities.summary,
	summaryEn: opportunities.summaryEn,
	place: opportunities.place,
	deadline: opportunities.deadline,
	publishAt: opportunities.publishAt,
	createdAt: opportunities.createdAt
};

interface SummaryRow {
	id: string;
	slug: string;
	type: OpportunityType;
	title: string;
	titleEn: string;
	organiser: string;
	summary: string;
	summaryEn: string;
	place: string;
	deadline: Date | null;
	publishAt: Date | null;
	createdAt: Date;
}

function toSummary(row: SummaryRow, now: Date): OpportunitySummary {
	const { publishAt, createdAt, ...rest } = row;
	return {
		...rest,
		publishedAt: publishAt ?? createdAt,
		state: opportunityState(row.deadline, now),
		path: `/opportunities/${row.slug}`
	};
}

/** Published, and its publication time (if any) has come: the only opportunities visitors ever see. */
export function isPublicAt(now: Date): SQL {
	return and(
		eq(opportunities.status, 'published'),
		or(isNull(opportunities.publishAt), lte(opportunities.publishAt, now))
	)!;
}

/** The rows a deadline filter keeps, at a given moment (the same rules as opportunityState). */
export function deadlineCondition(filter: DeadlineFilter, now: Date): SQL {
	const soon = new Date(now.getTime() + CLOSING_SOON_MS);
	switch (filter) {
		case 'open':
			return or(isNull(opportunities.deadline), gte(opportunities.deadline, now))!;
		case 'closing-soon':
			return and(gte(opportunities.deadline, now), lte(opportunities.deadline, soon))!;
		case 'closed':
			return lt(opportunities.deadline, now);
	}
}

/**
 * Open opportunities first, the nearest deadline first and those without a deadline after them;
 * then the closed ones, the most recently closed first.
 */
function publicOrder(now: Date): SQL[] {
	const isClosed = sql`(${opportunities.deadline} IS NOT NULL AND ${opportunities.deadline} < ${now.toISOString()}::timestamptz)`;
	return [
		asc(isClosed),
		sql`CASE WHEN ${isClosed} THEN NULL ELSE ${opportunities.deadline} END ASC NULLS LAST`,
		desc(opportunities.deadline),
		desc(sql`coalesce(${opportunities.publishAt}, ${opportunities.createdAt})`),
		asc(opportunities.id)
	];
}

export interface PublicOpportunityFilter {
	type?: OpportunityType | null;
	deadline?: DeadlineFilter | null;
	page?: number;
	pageSize?: number;
	now?: Date;
}

/** The public list with its filters and pagination. */
export async function listPublicOpportunities(
	db: Database,
	officeId: string,
	filter: PublicOpportunityFilter = {}
): Promise<{ rows: OpportunitySummary[]; total: number; page: number; pages: number }> {
	const now = filter.now ?? new Date();
	const pageSize = filter.pageSize ?? PUBLIC_PAGE_SIZE;
	const where = and(
		eq(opportunities.officeId, officeId),
		isPublicAt(now),
		filter.type ? eq(opportunities.type, filter.type) : undefined,
		filter.deadline ? deadlineCondition(filter.deadline, now) : undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(opportunities).where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
	const rows = await db
		.select(summaryColumns)
		.from(opportunities)
		.where(where)
		.orderBy(...publicOrder(now))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return { rows: rows.map((row) => toSummary(row, now)), total, page, pages };
}

/** Open opportunities with the nearest deadlines, for the home page (those without a deadline are left out). */
export async function listClosingSoonOpportunities(
	db: Database,
	officeId: string,
	limit: number,
	now: Date = new Date()
): Promise<OpportunitySummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(opportunities)
		.where(
			and(
				eq(opportunities.officeId, officeId),
				isPublicAt(now),
				isNotNull(opportunities.deadline),
				gte(opportunities.deadline, now)
			)
		)
		.orderBy(asc(opportunities.deadline), asc(opportunities.id))
		.limit(limit);
	return rows.map((row) => toSummary(row, now));
}

/** A public opportunity with everything its page shows, including its published attachments; null otherwise. */
export async function getPublicOpportunity(db: Database, officeId: string, slug: string, now: Date = new Date()) {
	const [row] = await db
		.select()
		.from(opportunities)
		.where(and(eq(opportunities.officeId, officeId), eq(opportunities.slug, slug), isPublicAt(now)));
	if (!row) return null;
	const attachments: DocumentSummary[] = await getPublicDocuments(db, officeId, row.attachmentDocumentIds);
	return {
		id: row.id,
		slug: row.slug,
		type: row.type,
		title: row.title,
		titleEn: row.titleEn,
		organiser: row.organiser,
		summary: row.summary,
		summaryEn: row.summaryEn,
		body: row.body,
		bodyEn: row.bodyEn,
		minAge: row.minAge,
		maxAge: row.maxAge,
		place: row.place,
		eligibility: row.eligibility,
		deadline: row.deadline,
		link: row.link,
		publishedAt: row.publishAt ?? row.createdAt,
		updatedAt: row.updatedAt,
		state: opportunityState(row.deadline, now),
		path: `/opportunities/${row.slug}`,
		attachments
	};
}
export type PublicOpportunity = NonNullable<Awaited<ReturnType<typeof getPublicOpportunity>>>;

/** The newest public opportunities with their bodies, for the RSS and Atom feeds. */
export async function listOpportunitiesForFeed(db: Database, officeId: string, limit: number, now: Date = new Date()) {
	const rows = await db
		.select({
			...summaryColumns,
			body: opportunities.body,
			bodyEn: opportunities.bodyEn,
			updatedAt: opportunities.updatedAt
		})
		.from(opportunities)
		.where(and(eq(opportunities.officeId, officeId), isPublicAt(now)))
		.orderBy(desc(sql`coalesce(${opportunities.publishAt}, ${opportunities.createdAt})`), asc(opportunities.id))
		.limit(limit);
	return rows.map(({ body, bodyEn, updatedAt, ...row }) => ({ ...toSummary(row, now), body, bodyEn, updatedAt }));
}

/** The opportunities of the office that show the image inside their text (drafts too). */
export async function listOpportunitiesUsingMedia(
	db: Database,
	officeId: string,
	mediaId: string
): Promise<MediaUse[]> {
	if (!isUuid(mediaId)) return [];
	const pattern = `%/media/${mediaId}/%`;
	const rows = await db
		.select({ id: opportunities.id, title: opportunities.title })
		.from(opportunities)
		.where(
			and(
				eq(opportunities.officeId, officeId),
				or(like(opportunities.body, pattern), like(opportunities.bodyEn, pattern))
			)
		)
		.orderBy(asc(opportunities.title));
	return rows.map((row) => ({
		kindKey: 'opportunities.kind',
		title: row.title,
		path: `/admin/opportunities/${row.id}`
	}));
}

/** Public opportunities matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function opportunitiesSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number,
	now: Date = new Date()
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: opportunities,
			id: opportunities.id,
			searchVector: opportunities.searchVector,
			searchKey: opportunities.searchKey,
			searchLead: opportunities.searchLead,
			newest: opportunities.updatedAt,
			where: and(eq(opportunities.officeId, officeId), isPublicAt(now))
		},
		query,
		limit,
		{
			kindKey: 'opportunities.kind',
			columns: {
				title: opportunities.title,
				titleEn: opportunities.titleEn,
				snippet: opportunities.summary,
				snippetEn: opportunities.summaryEn,
				path: { prefix: '/opportunities/', key: opportunities.slug },
				// As toSummary() dates it.
				date: sql`coalesce(${opportunities.publishAt}, ${opportunities.createdAt})`
			}
		}
	);
}

/** Public opportunities matching a folded query, best first: the module's search statement run alone. */
export async function searchOpportunities(
	db: Database,
	officeId: string,
	query: string,
	limit: number,
	now: Date = new Date()
): Promise<SearchHit[]> {
	return runSearchStatement(db, opportunitiesSearchStatement(db, officeId, query, limit, now), limit);
}

/** The list and every public opportunity (the closed ones stay in the archive), for sitemap.xml. */
export async function listOpportunitySitemap(
	db: Database,
	officeId: string,
	now: Date = new Date()
): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: opportunities.slug, updatedAt: opportunities.updatedAt })
		.from(opportunities)
		.where(and(eq(opportunities.officeId, officeId), isPublicAt(now)))
		.orderBy(desc(opportunities.updatedAt));
	if (rows.length === 0) return [];
	return [
		{ path: '/opportunities', updatedAt: rows[0].updatedAt },
		...rows.map((row) => ({ path: `/opportunities/${row.slug}`, updatedAt: row.updatedAt }))
	];
}

/** Publication as staff see it: a draft, scheduled for later, or public now. */
export type PublicationStatus = 'draft' | 'scheduled' | 'published';

/** Whether staff see a record as a draft, scheduled or published at a given moment. */
export function publicationStatus(
	row: { status: 'draft' | 'published'; publishAt: Date | null },
	now: Date
): PublicationStatus {
	if (row.status === 'draft') return 'draft';
	return row.publishAt && row.publishAt > now ? 'scheduled' : 'published';
}

/** Every opportunity of the office for the back-office, newest first, with their publication and deadline states. */
/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_OPPORTUNITY_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${opportunities.title}) COLLATE "C"`,
	type: opportunities.type,
	deadline: opportunities.deadline,
	// The publication the column shows (publicationStatus): draft, scheduled, published.
	status: sql`(CASE WHEN ${opportunities.status} = 'draft' THEN 0 WHEN ${opportunities.publishAt} > now() THEN 1 ELSE 2 END)`
} as const;

export async function listOpportunitiesForAdmin(
	ctx: Context,
	options: { page?: number; pageSize?: number; now?: Date; sort?: SortState | null } = {}
) {
	authorize(ctx.actor, canEditOpportunities(ctx.actor));
	const now = options.now ?? new Date();
	const pageSize = options.pageSize ?? 30;
	const where = eq(opportunities.officeId, ctx.officeId);
	const [{ total }] = await ctx.db.select({ total: count() }).from(opportunities).where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pages);
	const rows = await ctx.db
		.select({ ...summaryColumns, status: opportunities.status, isDemo: opportunities.isDemo })
		.from(opportunities)
		.where(where)
		.orderBy(
			...orderOf(
				options.sort ?? null,
				ADMIN_OPPORTUNITY_SORT_COLUMNS,
				[desc(opportunities.createdAt)],
				[asc(opportunities.id)]
			)
		)
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return {
		rows: rows.map(({ status, isDemo, ...row }) => ({
			...toSummary(row, now),
			isDemo,
			publishAt: row.publishAt,
			publication: publicationStatus({ status, publishAt: row.publishAt }, now)
		})),
		total,
		page,
		pages
	};
}

/** One opportunity of the office for editing; not_found otherwise. */
export async function getOpportunityForAdmin(ctx: Context, id: string, now: Date = new Date()) {
	authorize(ctx.actor, canEditOpportunities(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select()
		.from(opportunities)
		.where(and(eq(opportunities.officeId, ctx.officeId), eq(opportunities.id, id)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	const { searchKey: _key, searchVector: _vector, searchText: _text, ...rest } = row;
	return {
		...rest,
		state: opportunityState(row.deadline, now),
		publication: publicationStatus(row, now),
		path: `/opportunities/${row.slug}`
	};
}
