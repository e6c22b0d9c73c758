// Reads of news. An article is public when it is published and its publication time has come; every
// public read here goes through isPublic(), so drafts and scheduled articles cannot leak.
import { and, asc, desc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { newsArticles, newsCategories, newsRevisions, type NewsStatus } from './schema.ts';
import { orderOf } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import type { Database } from '../../server/db/client.ts';
import type { MediaUse, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { getMediaForDisplay, type MediaForDisplay } from '../media/queries.server.ts';
import { canEditNews, canManageNewsCategories } from './permissions.server.ts';

export const NEWS_PAGE_SIZE = 10;

/** What staff see in lists: a draft, an article waiting for its publication time, or a public one. */
export type ArticleState = 'draft' | 'scheduled' | 'published';

/** The state of an article at a moment (now by default). */
export function articleState(status: NewsStatus, publishAt: Date | null, now = new Date()): ArticleState {
	if (status !== 'published' || !publishAt) return 'draft';
	return publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** The condition every public read uses. */
function isPublic(): SQL {
	return and(eq(newsArticles.status, 'published'), lte(newsArticles.publishAt, sql`now()`))!;
}

export interface NewsCategory {
	id: string;
	slug: string;
	name: string;
	nameEn: string;
}

/** An article as lists and feeds show it. */
export interface NewsListItem {
	id: string;
	slug: string;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	publishedAt: Date;
	category: NewsCategory | null;
	tags: string[];
	cover: MediaForDisplay | null;
}

/** A whole article for its page (public or preview). */
export interface NewsArticleForDisplay extends NewsListItem {
	body: string;
	bodyEn: string;
	updatedAt: Date;
	state: ArticleState;
}

const listColumns = {
	id: newsArticles.id,
	slug: newsArticles.slug,
	title: newsArticles.title,
	titleEn: newsArticles.titleEn,
	summary: newsArticles.summary,
	summaryEn: newsArticles.summaryEn,
	publishAt: newsArticles.publishAt,
	status: newsArticles.status,
	tags: newsArticles.tags,
	coverMediaId: newsArticles.coverMediaId,
	categoryId: newsCategories.id,
	categorySlug: newsCategories.slug,
	categoryName: newsCategories.name,
	categoryNameEn: newsCategories.nameEn
};

type ListRow = {
	id: string;
	slug: string;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	publishAt: Date | null;
	tags: string[];
	coverMediaId: string | null;
	categoryId: string | null;
	categorySlug: string | null;
	categoryName: string | null;
	categoryNameEn: string | null;
};

async function toListItems(db: Database, officeId: string, rows: ListRow[]): Promise<NewsListItem[]> {
	const covers = await getMediaForDisplay(
		db,
		officeId,
		rows.map((row) => row.coverMediaId)
	);
	return rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		title: row.title,
		titleEn: row.titleEn,
		summary: row.summary,
		summaryEn: row.summaryEn,
		publishedAt: row.publishAt ?? new Date(0),
		category:
			row.categoryId && row.categorySlug
				? { id: row.categoryId, slug: row.categorySlug, name: row.categoryName ?? '', nameEn: row.categoryNameEn ?? '' }
				: null,
		tags: row.tags,
		cover: (row.coverMediaId && covers.get(row.coverMediaId)) || null
	}));
}

/** The office's news categories in their order. */
export async function listNewsCategories(db: Database, officeId: string): Promise<NewsCategory[]> {
	return db
		.select({
			id: newsCategories.id,
			slug: newsCategories.slug,
			name: newsCategories.name,
			nameEn: newsCategories.nameEn
		})
		.from(newsCategories)
		.where(eq(newsCategories.officeId, officeId))
		.orderBy(asc(newsCategories.sortOrder), asc(newsCategories.name));
}

/**
 * One page of public news, newest first, optionally in one category. `category` is null when the
 * slug asked for names no category (the page should answer 404).
 */
export async function listPublishedNews(
	db: Database,
	officeId: string,
	options: { page?: number; categorySlug?: string | null } = {}
): Promise<{ items: NewsListItem[]; total: number; page: number; pages: number; categoryFound: boolean }> {
	const page = Math.max(1, Math.floor(options.page ?? 1));
	let categoryId: string | null = null;
	if (options.categorySlug) {
		const [category] = await db
			.select({ id: newsCategories.id })
			.from(newsCategories)
			.where(and(eq(newsCategories.officeId, officeId), eq(newsCategories.slug, options.categorySlug)));
		if (!category) return { items: [], total: 0, page, pages: 1, categoryFound: false };
		categoryId = category.id;
	}
	const where = and(
		eq(newsArticles.officeId, officeId),
		isPublic(),
		categoryId ? eq(newsArticles.categoryId, categoryId) : undefined
	);
	const [{ total }] = await db
		.select({ total: sql<number>`count(*)::int` })
		.from(newsArticles)
		.where(where);
	// The page's ids first, from the index `news_articles_public` alone (it holds the order and the
	// tie-break), then only those rows: a page deep in the archive skips index entries, not articles.
	const pageIds = db
		.select({ id: newsArticles.id })
		.from(newsArticles)
		.where(where)
		.orderBy(desc(newsArticles.publishAt), desc(newsArticles.id))
		.limit(NEWS_PAGE_SIZE)
		.offset((page - 1) * NEWS_PAGE_SIZE);
	const rows = await db
		.select(listColumns)
		.from(newsArticles)
		.leftJoin(newsCategories, eq(newsCategories.id, newsArticles.categoryId))
		.where(inArray(newsArticles.id, pageIds))
		.orderBy(desc(newsArticles.publishAt), desc(newsArticles.id));
	return {
		items: await toListItems(db, officeId, rows),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)),
		categoryFound: true
	};
}

/** The newest public articles, for the home page. */
export async function listLatestNews(db: Database, officeId: string, limit: number): Promise<NewsListItem[]> {
	const rows = await db
		.select(listColumns)
		.from(newsArticles)
		.leftJoin(newsCategories, eq(newsCategories.id, newsArticles.categoryId))
		.where(and(eq(newsArticles.officeId, officeId), isPublic()))
		.orderBy(desc(newsArticles.publishAt), desc(newsArticles.id))
		.limit(Math.max(0, limit));
	return toListItems(db, officeId, rows);
}

async function loadArticle(db: Database, officeId: string, where: SQL): Promise<NewsArticleForDisplay | null> {
	const [row] = await db
		.select({ ...listColumns, body: newsArticles.body, bodyEn: newsArticles.bodyEn, updatedAt: newsArticles.updatedAt })
		.from(newsArticles)
		.leftJoin(newsCategories, eq(newsCategories.id, newsArticles.categoryId))
		.where(and(eq(newsArticles.officeId, officeId), where));
	if (!row) return null;
	const [item] = await toListItems(db, officeId, [row]);
	return {
		...item,
		publishedAt: row.publishAt ?? row.updatedAt,
		body: row.body,
		bodyEn: row.bodyEn,
		updatedAt: row.updatedAt,
		state: articleState(row.status, row.publishAt)
	};
}

/** A public article by its address, or null (drafts and scheduled articles are not found). */
export async function getPublishedArticle(
	db: Database,
	officeId: string,
	slug: string
): Promise<NewsArticleForDisplay | null> {
	return loadArticle(db, officeId, and(eq(newsArticles.slug, slug), isPublic())!);
}

/** The newest public articles with their bodies, for the RSS and Atom feeds. */
export async function listNewsForFeed(db: Database, officeId: string, limit = 20): Promise<NewsArticleForDisplay[]> {
	const rows = await db
		.select({ ...listColumns, body: newsArticles.body, bodyEn: newsArticles.bodyEn, updatedAt: newsArticles.updatedAt })
		.from(newsArticles)
		.leftJoin(newsCategories, eq(newsCategories.id, newsArticles.categoryId))
		.where(and(eq(newsArticles.officeId, officeId), isPublic()))
		.orderBy(desc(newsArticles.publishAt), desc(newsArticles.id))
		.limit(limit);
	const items = await toListItems(db, officeId, rows);
	return items.map((item, index) => ({
		...item,
		body: rows[index].body,
		bodyEn: rows[index].bodyEn,
		updatedAt: rows[index].updatedAt,
		state: 'published' as const
	}));
}

/** Public articles matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function newsSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: newsArticles,
			id: newsArticles.id,
			searchVector: newsArticles.searchVector,
			searchKey: newsArticles.searchKey,
			searchLead: newsArticles.searchLead,
			newest: newsArticles.publishAt,
			where: and(eq(newsArticles.officeId, officeId), isPublic())
		},
		query,
		limit,
		{
			kindKey: 'news.kind',
			columns: {
				title: newsArticles.title,
				titleEn: newsArticles.titleEn,
				// Only what a hit without a summary shows, not the whole text.
				snippet: sql`CASE WHEN ${newsArticles.summary} <> '' THEN ${newsArticles.summary} ELSE left(${newsArticles.searchText}, 240) END`,
				snippetEn: newsArticles.summaryEn,
				path: { prefix: '/news/', key: newsArticles.slug },
				date: newsArticles.publishAt
			},
			tieBreak: desc(newsArticles.publishAt)
		}
	);
}

/** Public articles matching a folded query, best first: the module's search statement run alone. */
export async function searchNews(db: Database, officeId: string, query: string, limit: number): Promise<SearchHit[]> {
	return runSearchStatement(db, newsSearchStatement(db, officeId, query, limit), limit);
}

/** The news list and every public article, for sitemap.xml (nothing while no article is public). */
export async function listNewsSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: newsArticles.slug, updatedAt: newsArticles.updatedAt })
		.from(newsArticles)
		.where(and(eq(newsArticles.officeId, officeId), isPublic()))
		.orderBy(desc(newsArticles.publishAt));
	if (rows.length === 0) return [];
	const latest = rows.reduce((newest, row) => (row.updatedAt > newest ? row.updatedAt : newest), rows[0].updatedAt);
	return [
		{ path: '/news', updatedAt: latest },
		...rows.map((row) => ({ path: `/news/${row.slug}`, updatedAt: row.updatedAt }))
	];
}

/** The articles of the office that show the image, as their cover or inside a text (drafts count too). */
export async function listNewsUsingMedia(db: Database, officeId: string, mediaId: string): Promise<MediaUse[]> {
	if (!isUuid(mediaId)) return [];
	const pattern = `%/media/${mediaId}/%`;
	const rows = await db
		.select({ id: newsArticles.id, title: newsArticles.title })
		.from(newsArticles)
		.where(
			and(
				eq(newsArticles.officeId, officeId),
				or(
					eq(newsArticles.coverMediaId, mediaId),
					ilike(newsArticles.body, pattern),
					ilike(newsArticles.bodyEn, pattern)
				)
			)
		)
		.orderBy(asc(newsArticles.title));
	return rows.map((row) => ({ kindKey: 'news.kind', title: row.title, path: `/admin/news/${row.id}` }));
}

/** Whether any article of the office shows the image, as its cover or inside a text (drafts count too). */
export async function isMediaUsedInNews(db: Database, officeId: string, mediaId: string): Promise<boolean> {
	if (!isUuid(mediaId)) return false;
	const pattern = `%/media/${mediaId}/%`;
	const [row] = await db
		.select({ id: newsArticles.id })
		.from(newsArticles)
		.where(
			and(
				eq(newsArticles.officeId, officeId),
				or(
					eq(newsArticles.coverMediaId, mediaId),
					ilike(newsArticles.body, pattern),
					ilike(newsArticles.bodyEn, pattern)
				)
			)
		)
		.limit(1);
	return !!row;
}

// ---------------------------------------------------------------------------------------------
// Back-office reads

export interface ArticleAdminRow {
	id: string;
	slug: string;
	title: string;
	state: ArticleState;
	publishAt: Date | null;
	updatedAt: Date;
	categoryName: string | null;
	isDemo: boolean;
}

const ADMIN_PAGE_SIZE = 25;

/** Every article of the office for staff, most recently changed first, optionally in one state. */
/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_ARTICLE_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${newsArticles.title}) COLLATE "C"`,
	date: newsArticles.publishAt,
	updated: newsArticles.updatedAt,
	// The state the column shows (articleState): draft, scheduled, published.
	state: sql`(CASE WHEN ${newsArticles.status} <> 'published' OR ${newsArticles.publishAt} IS NULL THEN 0 WHEN ${newsArticles.publishAt} > now() THEN 1 ELSE 2 END)`
} as const;

export async function listArticlesForAdmin(
	ctx: Context,
	options: { page?: number; state?: ArticleState | null; sort?: SortState | null } = {}
): Promise<{ rows: ArticleAdminRow[]; total: number; page: number; pages: number }> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const stateCondition =
		options.state === 'draft'
			? or(eq(newsArticles.status, 'draft'), sql`${newsArticles.publishAt} IS NULL`)
			: options.state === 'scheduled'
				? and(eq(newsArticles.status, 'published'), sql`${newsArticles.publishAt} > now()`)
				: options.state === 'published'
					? isPublic()
					: undefined;
	const where = and(eq(newsArticles.officeId, ctx.officeId), stateCondition);
	const [{ total }] = await ctx.db
		.select({ total: sql<number>`count(*)::int` })
		.from(newsArticles)
		.where(where);
	const rows = await ctx.db
		.select({
			id: newsArticles.id,
			slug: newsArticles.slug,
			title: newsArticles.title,
			status: newsArticles.status,
			publishAt: newsArticles.publishAt,
			updatedAt: newsArticles.updatedAt,
			categoryName: newsCategories.name,
			isDemo: newsArticles.isDemo
		})
		.from(newsArticles)
		.leftJoin(newsCategories, eq(newsCategories.id, newsArticles.categoryId))
		.where(where)
		.orderBy(
			...orderOf(
				options.sort ?? null,
				ADMIN_ARTICLE_SORT_COLUMNS,
				[desc(newsArticles.updatedAt)],
				[desc(newsArticles.id)]
			)
		)
		.limit(ADMIN_PAGE_SIZE)
		.offset((page - 1) * ADMIN_PAGE_SIZE);
	return {
		rows: rows.map(({ status, ...row }) => ({ ...row, state: articleState(status, row.publishAt) })),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE))
	};
}

/** An article as its edit form needs it. */
export async function getArticleForEdit(ctx: Context, articleId: string) {
	authorize(ctx.actor, canEditNews(ctx.actor));
	if (!isUuid(articleId)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select()
		.from(newsArticles)
		.where(and(eq(newsArticles.officeId, ctx.officeId), eq(newsArticles.id, articleId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		titleEn: row.titleEn,
		summary: row.summary,
		summaryEn: row.summaryEn,
		body: row.body,
		bodyEn: row.bodyEn,
		categoryId: row.categoryId,
		coverMediaId: row.coverMediaId,
		tags: row.tags,
		status: row.status,
		publishAt: row.publishAt,
		state: articleState(row.status, row.publishAt),
		isDemo: row.isDemo,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

/** Any article of the office, whatever its state, rendered as the public would see it: for the preview. */
export async function getArticlePreview(ctx: Context, articleId: string): Promise<NewsArticleForDisplay> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	if (!isUuid(articleId)) throw new AppError('not_found', 'error.404.text');
	const article = await loadArticle(ctx.db, ctx.officeId, eq(newsArticles.id, articleId));
	if (!article) throw new AppError('not_found', 'error.404.text');
	return article;
}

export interface RevisionRow {
	id: string;
	editedAt: Date;
	editedByLabel: string;
	title: string;
	/** Set when this version was made by restoring an earlier one. */
	restoredFrom: string | null;
}

/** The saved versions of an article, newest first. */
export async function listArticleRevisions(ctx: Context, articleId: string): Promise<RevisionRow[]> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	if (!isUuid(articleId)) throw new AppError('not_found', 'error.404.text');
	const rows = await ctx.db
		.select({
			id: newsRevisions.id,
			editedAt: newsRevisions.editedAt,
			editedByLabel: newsRevisions.editedByLabel,
			snapshot: newsRevisions.snapshot
		})
		.from(newsRevisions)
		.where(and(eq(newsRevisions.officeId, ctx.officeId), eq(newsRevisions.articleId, articleId)))
		.orderBy(desc(newsRevisions.editedAt), desc(newsRevisions.id));
	return rows.map((row) => ({
		id: row.id,
		editedAt: row.editedAt,
		editedByLabel: row.editedByLabel,
		title: String(row.snapshot.title ?? ''),
		restoredFrom: typeof row.snapshot.restoredFrom === 'string' ? row.snapshot.restoredFrom : null
	}));
}

export interface CategoryAdminRow extends NewsCategory {
	sortOrder: number;
	articleCount: number;
	isDemo: boolean;
}

/** The categories with how many articles each holds, for the categories screen. */
export async function listCategoriesForAdmin(ctx: Context): Promise<CategoryAdminRow[]> {
	authorize(ctx.actor, canManageNewsCategories(ctx.actor));
	return ctx.db
		.select({
			id: newsCategories.id,
			slug: newsCategories.slug,
			name: newsCategories.name,
			nameEn: newsCategories.nameEn,
			sortOrder: newsCategories.sortOrder,
			isDemo: newsCategories.isDemo,
			articleCount: sql<number>`(SELECT count(*)::int FROM news_articles a WHERE a.category_id = "news_categories"."id")`
		})
		.from(newsCategories)
		.where(eq(newsCategories.officeId, ctx.officeId))
		.orderBy(asc(newsCategories.sortOrder), asc(newsCategories.name));
}
