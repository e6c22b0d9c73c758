import { pgTable, uuid, text, integer, timestamp, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';

export const OPPORTUNITY_TYPES = [
	'call',
	'scholarship',
	'job',
	'internship',
	'training',
	'exchange',
	'volunteering_abroad',
	'other'
] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

/**
 * Calls, scholarships, jobs, trainings, exchanges. "Closing soon" and "closed" are not stored:
 * they follow from the deadline at the moment of reading.
 */
export const opportunities = pgTable(
	'opportunities',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		type: text('type').$type<OpportunityType>().notNull(),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		organiser: text('organiser').notNull().default(''),
		summary: text('summary').notNull().default(''),
		summaryEn: englishText('summary_en').notNull().default(''),
		/** Sanitised HTML. */
		body: text('body').notNull().default(''),
		bodyEn: englishText('body_en').notNull().default(''),
		searchText: text('search_text').notNull().default(''),
		/** Who may apply: an age range and a place, plus free text for anything else. */
		minAge: integer('min_age'),
		maxAge: integer('max_age'),
		place: text('place').notNull().default(''),
		eligibility: text('eligibility').notNull().default(''),
		deadline: timestamp('deadline', { withTimezone: true }),
		link: text('link').notNull().default(''),
		/** Documents from the library attached to this opportunity. */
		attachmentDocumentIds: uuid('attachment_document_ids')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
		publishAt: timestamp('publish_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'organiser', 'summary', 'summary_en', 'search_text']),
		searchLead: searchLeadColumn(['title', 'title_en', 'organiser', 'summary', 'summary_en', 'search_text']),
		searchVector: searchVectorColumn(['title', 'title_en', 'organiser', 'summary', 'summary_en', 'search_text'])
	},
	(t) => [
		uniqueIndex('opportunities_office_slug').on(t.officeId, t.slug),
		index('opportunities_public').on(t.officeId, t.status, t.deadline),
		index('opportunities_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('opportunities_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('opportunities_search_vector').using('gin', t.searchVector)
	]
);
