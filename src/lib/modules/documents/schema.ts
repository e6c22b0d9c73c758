import { pgTable, uuid, text, integer, timestamp, boolean, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { files, offices } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';

export const DOCUMENT_TYPES = ['action_plan', 'council_decision', 'report', 'call', 'regulation', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The public library of PDF and Office files, listed by type and year. */
export const documents = pgTable(
	'documents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		type: text('type').$type<DocumentType>().notNull(),
		year: integer('year').notNull(),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default(''),
		fileId: uuid('file_id')
			.notNull()
			.references(() => files.id, { onDelete: 'restrict' }),
		isPublished: boolean('is_published').notNull().default(true),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'description', 'description_en']),
		searchLead: searchLeadColumn(['title', 'title_en', 'description', 'description_en']),
		searchVector: searchVectorColumn(['title', 'title_en', 'description', 'description_en'])
	},
	(t) => [
		index('documents_public').on(t.officeId, t.isPublished, t.type, t.year),
		index('documents_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('documents_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('documents_search_vector').using('gin', t.searchVector)
	]
);
