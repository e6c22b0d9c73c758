import { pgTable, uuid, text, integer, timestamp, jsonb, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices, users } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';

export const newsCategories = pgTable(
	'news_categories',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		sortOrder: integer('sort_order').notNull().default(0),
		isDemo: boolean('is_demo').notNull().default(false)
	},
	(t) => [uniqueIndex('news_categories_office_slug').on(t.officeId, t.slug)]
);

export type NewsStatus = 'draft' | 'published';

/**
 * A news article. It is public when published and its publication time has come, so scheduling is
 * just a future `publish_at`.
 */
export const newsArticles = pgTable(
	'news_articles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		summary: text('summary').notNull().default(''),
		summaryEn: englishText('summary_en').notNull().default(''),
		/** Sanitised HTML from the editor. */
		body: text('body').notNull().default(''),
		bodyEn: englishText('body_en').notNull().default(''),
		/** Plain text of the bodies, kept for search. */
		searchText: text('search_text').notNull().default(''),
		coverMediaId: uuid('cover_media_id'),
		categoryId: uuid('category_id').references(() => newsCategories.id, { onDelete: 'set null' }),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		status: text('status').$type<NewsStatus>().notNull().default('draft'),
		publishAt: timestamp('publish_at', { withTimezone: true }),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text']),
		searchLead: searchLeadColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text']),
		searchVector: searchVectorColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text'])
	},
	(t) => [
		uniqueIndex('news_articles_office_slug').on(t.officeId, t.slug),
		// The list's order with its tie-break, so a page deep in the archive is read from the index alone.
		index('news_articles_public').on(t.officeId, t.status, t.publishAt, t.id),
		index('news_articles_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('news_articles_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('news_articles_search_vector').using('gin', t.searchVector)
	]
);

/** Every saved version of an article, so any earlier version can be seen and restored. */
export const newsRevisions = pgTable(
	'news_revisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		articleId: uuid('article_id')
			.notNull()
			.references(() => newsArticles.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
		editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
		editedByLabel: text('edited_by_label').notNull().default(''),
		editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('news_revisions_article').on(t.articleId, t.editedAt)]
);
