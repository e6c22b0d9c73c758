import { pgTable, uuid, text, integer, timestamp, jsonb, uniqueIndex } from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';

export const ANNUAL_REPORT_STATUSES = ['draft', 'submitted'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/**
 * The office's annual report for a year: the coordinator's text per section (the numbers come from the
 * statistics). Submitting freezes a copy in `snapshot`: numbers and text as submitted, which later
 * edits and later data never change. A submitted report may be published on the portal.
 */
export const annualReports = pgTable(
	'annual_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		/** Section key → the text staff wrote (plain text, paragraphs separated by blank lines). */
		narratives: jsonb('narratives').$type<Record<string, string>>().notNull().default({}),
		status: text('status').$type<AnnualReportStatus>().notNull().default('draft'),
		/** The report as submitted (see AnnualReportSnapshot); null for a draft. */
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('annual_reports_office_year').on(t.officeId, t.year)]
);
