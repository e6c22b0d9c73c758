import { and, asc, desc, eq } from 'drizzle-orm';
import { matchesSearch, searchRank } from '../../server/search.ts';
import type { SearchHit, SitemapEntry } from '../../server/manifest.ts';
import { pages } from './schema.ts';
import type { Database } from '../../server/db/client.ts';

export interface PublicPageSummary {
	slug: string;
	title: string;
	titleEn: string;
}

/** Published pages of an office for the navigation, in menu order. */
export async function listPublishedPages(db: Database, officeId: string): Promise<PublicPageSummary[]> {
	return db
		.select({ slug: pages.slug, title: pages.title, titleEn: pages.titleEn })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true)))
		.orderBy(asc(pages.sortOrder), asc(pages.title));
}

/** One published page by its address, or null. */
export async function getPublishedPage(db: Database, officeId: string, slug: string) {
	const [page] = await db
		.select()
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.slug, slug), eq(pages.isPublished, true)));
	return page ?? null;
}

/** Published pages matching a folded query, best first. */
export async function searchPages(db: Database, officeId: string, query: string, limit: number): Promise<SearchHit[]> {
	const rank = searchRank(pages.searchVector, pages.searchKey, query);
	const rows = await db
		.select({
			slug: pages.slug,
			title: pages.title,
			titleEn: pages.titleEn,
			text: pages.searchText,
			updatedAt: pages.updatedAt,
			rank
		})
		.from(pages)
		.where(
			and(
				eq(pages.officeId, officeId),
				eq(pages.isPublished, true),
				matchesSearch(pages.searchVector, pages.searchKey, query)
			)
		)
		.orderBy(desc(rank))
		.limit(limit);
	return rows.map((row) => ({
		kindKey: 'pages.kind',
		title: row.title,
		titleEn: row.titleEn,
		summary: row.text.slice(0, 240),
		summaryEn: '',
		path: `/pages/${row.slug}`,
		rank: row.rank,
		date: null
	}));
}

/** Public page addresses for the sitemap. */
export async function listPageSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: pages.slug, updatedAt: pages.updatedAt })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true)));
	return rows.map((row) => ({ path: `/pages/${row.slug}`, updatedAt: row.updatedAt }));
}
