import { and, asc, eq, like, or } from 'drizzle-orm';
import { runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import type { MediaUse, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { htmlToText } from '../../server/html.ts';
import { pages } from './schema.ts';
import { canEditPages } from './permissions.server.ts';
import type { Database } from '../../server/db/client.ts';
import { collator } from '../../i18n/formatters.ts';

export interface PublicPageSummary {
	slug: string;
	title: string;
	titleEn: string;
}

/** A top-level entry of the navigation menu with the entries nested under it (one level). */
export interface MenuItem extends PublicPageSummary {
	children: PublicPageSummary[];
}

/** A page as the back-office lists it, top-level pages carrying their sub-pages. */
export interface AdminPageNode {
	id: string;
	slug: string;
	title: string;
	titleEn: string;
	parentId: string | null;
	showInMenu: boolean;
	isPublished: boolean;
	isDemo: boolean;
	updatedAt: Date;
	children: AdminPageNode[];
}

// The database's collation (C on the embedded database and on most servers) puts Ђ, Ј, Љ, Њ, Ћ and
// Џ before А; the Serbian collation orders titles as a reader expects.
const serbianOrder = collator('sr');

/** Menu order: the staff-chosen position, then the Serbian alphabet for entries at the same position. */
export function compareMenuOrder(a: { sortOrder: number; title: string }, b: { sortOrder: number; title: string }) {
	return a.sortOrder - b.sortOrder || serbianOrder.compare(a.title, b.title);
}

/** Published pages of an office, in menu order (whether or not they are in the menu). */
export async function listPublishedPages(db: Database, officeId: string): Promise<PublicPageSummary[]> {
	const rows = await db
		.select({ slug: pages.slug, title: pages.title, titleEn: pages.titleEn, sortOrder: pages.sortOrder })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true)));
	return rows.sort(compareMenuOrder).map(({ slug, title, titleEn }) => ({ slug, title, titleEn }));
}

/**
 * The portal's navigation menu: published pages shown in the menu, top level in order, each with
 * its sub-pages in order. A sub-page whose parent is hidden or a draft is hidden with it.
 */
export async function listMenu(db: Database, officeId: string): Promise<MenuItem[]> {
	const rows = await db
		.select({
			id: pages.id,
			parentId: pages.parentId,
			slug: pages.slug,
			title: pages.title,
			titleEn: pages.titleEn,
			sortOrder: pages.sortOrder
		})
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true), eq(pages.showInMenu, true)));
	rows.sort(compareMenuOrder);
	const summary = ({ slug, title, titleEn }: (typeof rows)[number]): PublicPageSummary => ({ slug, title, titleEn });
	return rows
		.filter((row) => row.parentId === null)
		.map((top) => ({
			...summary(top),
			children: rows.filter((row) => row.parentId === top.id).map(summary)
		}));
}

/** Every page of the office for the back-office, drafts and hidden pages included, as the menu tree. */
export async function listPagesForAdmin(ctx: Context): Promise<AdminPageNode[]> {
	authorize(ctx.actor, canEditPages(ctx.actor));
	const rows = await ctx.db
		.select({
			id: pages.id,
			slug: pages.slug,
			title: pages.title,
			titleEn: pages.titleEn,
			parentId: pages.parentId,
			showInMenu: pages.showInMenu,
			isPublished: pages.isPublished,
			isDemo: pages.isDemo,
			updatedAt: pages.updatedAt,
			sortOrder: pages.sortOrder
		})
		.from(pages)
		.where(eq(pages.officeId, ctx.officeId));
	rows.sort(compareMenuOrder);
	const node = ({ sortOrder: _sortOrder, ...row }: (typeof rows)[number]): AdminPageNode => ({ ...row, children: [] });
	const topLevel = rows.filter((row) => row.parentId === null).map(node);
	const byId = new Map(topLevel.map((top) => [top.id, top]));
	for (const row of rows) {
		if (row.parentId !== null) byId.get(row.parentId)?.children.push(node(row));
	}
	return topLevel;
}

/** One page of the office for the edit form, with whether it has sub-pages (then it cannot become one). */
export async function getPageForAdmin(ctx: Context, id: string) {
	authorize(ctx.actor, canEditPages(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [page] = await ctx.db
		.select()
		.from(pages)
		.where(and(eq(pages.officeId, ctx.officeId), eq(pages.id, id)));
	if (!page) throw new AppError('not_found', 'error.404.text');
	const [child] = await ctx.db
		.select({ id: pages.id })
		.from(pages)
		.where(and(eq(pages.officeId, ctx.officeId), eq(pages.parentId, id)))
		.limit(1);
	return { ...page, hasChildren: !!child };
}

/** Pages another page may be put under: top-level pages of the office, in menu order, except the page itself. */
export async function listParentChoices(ctx: Context, exceptId?: string): Promise<{ id: string; title: string }[]> {
	return (await listPagesForAdmin(ctx))
		.filter((page) => page.id !== exceptId)
		.map((page) => ({ id: page.id, title: page.title }));
}

/** One published page by its address, or null. */
export async function getPublishedPage(db: Database, officeId: string, slug: string) {
	const [page] = await db
		.select()
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.slug, slug), eq(pages.isPublished, true)));
	return page ?? null;
}

/** The opening of a page's text, for a search result. */
function summaryOf(html: string): string {
	const text = htmlToText(html).replace(/\s+/g, ' ');
	return text.length > 240 ? `${text.slice(0, 239).replace(/\s+\S*$/, '')}…` : text;
}

/** Published pages matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function pagesSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: pages,
			id: pages.id,
			searchVector: pages.searchVector,
			searchKey: pages.searchKey,
			searchLead: pages.searchLead,
			newest: pages.updatedAt,
			where: and(eq(pages.officeId, officeId), eq(pages.isPublished, true))
		},
		query,
		limit,
		{
			kindKey: 'pages.kind',
			columns: {
				title: pages.title,
				titleEn: pages.titleEn,
				snippet: pages.body,
				snippetEn: pages.bodyEn,
				path: { prefix: '/pages/', key: pages.slug },
				date: null
			},
			summarise: summaryOf
		}
	);
}

/** Published pages matching a folded query, best first: the module's search statement run alone. */
export async function searchPages(db: Database, officeId: string, query: string, limit: number): Promise<SearchHit[]> {
	return runSearchStatement(db, pagesSearchStatement(db, officeId, query, limit), limit);
}

/** The pages of the office that show the image inside their text (unpublished ones too). */
export async function listPagesUsingMedia(db: Database, officeId: string, mediaId: string): Promise<MediaUse[]> {
	if (!isUuid(mediaId)) return [];
	const pattern = `%/media/${mediaId}/%`;
	const rows = await db
		.select({ id: pages.id, title: pages.title })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), or(like(pages.body, pattern), like(pages.bodyEn, pattern))))
		.orderBy(asc(pages.title));
	return rows.map((row) => ({ kindKey: 'pages.kind', title: row.title, path: `/admin/pages/${row.id}` }));
}

/** Public page addresses for the sitemap. */
export async function listPageSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: pages.slug, updatedAt: pages.updatedAt })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true)));
	return rows.map((row) => ({ path: `/pages/${row.slug}`, updatedAt: row.updatedAt }));
}
