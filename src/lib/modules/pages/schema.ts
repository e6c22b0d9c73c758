import {
	pgTable,
	uuid,
	text,
	boolean,
	integer,
	timestamp,
	uniqueIndex,
	index,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';

/** Static pages of the portal (about the office, contacts, privacy notice), also the navigation menu. */
export const pages = pgTable(
	'pages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		/** Serbian title and body as typed by staff, in either script; the body is sanitised HTML. */
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		titleEn: englishText('title_en').notNull().default(''),
		bodyEn: englishText('body_en').notNull().default(''),
		/** Plain text of the body, kept for search. */
		searchText: text('search_text').notNull().default(''),
		/** A menu entry may sit under another one (one level of nesting). */
		parentId: uuid('parent_id').references((): AnyPgColumn => pages.id, { onDelete: 'set null' }),
		showInMenu: boolean('show_in_menu').notNull().default(true),
		isPublished: boolean('is_published').notNull().default(true),
		sortOrder: integer('sort_order').notNull().default(0),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'search_text']),
		searchLead: searchLeadColumn(['title', 'title_en', 'search_text']),
		searchVector: searchVectorColumn(['title', 'title_en', 'search_text'])
	},
	(t) => [
		uniqueIndex('pages_office_slug').on(t.officeId, t.slug),
		index('pages_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('pages_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('pages_search_vector').using('gin', t.searchVector)
	]
);
