// The news dataset of the open data (decision 0025): published articles whose time has come.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataset } from '../../server/manifest.ts';
import { isoOrNull, latestOf } from '../../server/open-data.ts';
import { newsArticles, newsCategories } from './schema.ts';

const column = (name: string, type: OpenDataColumn['type'], nullable = false): OpenDataColumn => ({
	name,
	type,
	nullable,
	descriptionKey: `news.opendata.column.${name}`
});

export const newsDataset: OpenDataset = {
	id: 'news',
	titleKey: 'news.opendata.title',
	descriptionKey: 'news.opendata.description',
	keywordKeys: ['news.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('title', 'string'),
		column('title_en', 'string', true),
		column('summary', 'string'),
		column('summary_en', 'string', true),
		column('category', 'string', true),
		column('category_en', 'string', true),
		column('tags', 'string'),
		column('published_at', 'datetime'),
		column('url', 'string')
	],
	async read(db: Database, officeId: string, now: Date) {
		const rows = await db
			.select({
				id: newsArticles.id,
				slug: newsArticles.slug,
				title: newsArticles.title,
				titleEn: newsArticles.titleEn,
				summary: newsArticles.summary,
				summaryEn: newsArticles.summaryEn,
				category: newsCategories.name,
				categoryEn: newsCategories.nameEn,
				tags: newsArticles.tags,
				publishAt: newsArticles.publishAt,
				updatedAt: newsArticles.updatedAt
			})
			.from(newsArticles)
			.leftJoin(newsCategories, eq(newsCategories.id, newsArticles.categoryId))
			.where(
				and(
					eq(newsArticles.officeId, officeId),
					eq(newsArticles.status, 'published'),
					lte(newsArticles.publishAt, sql`${now.toISOString()}::timestamptz`)
				)
			)
			.orderBy(asc(newsArticles.publishAt), asc(newsArticles.id));
		return {
			updatedAt: latestOf(rows.map((row) => row.updatedAt)),
			rows: rows.map((row) => ({
				id: row.id,
				title: row.title,
				title_en: row.titleEn || null,
				summary: row.summary,
				summary_en: row.summaryEn || null,
				category: row.category || null,
				category_en: row.categoryEn || null,
				tags: row.tags.join('; '),
				published_at: isoOrNull(row.publishAt),
				url: `/news/${row.slug}`
			}))
		};
	}
};
