import {
	pgTable,
	uuid,
	text,
	integer,
	timestamp,
	jsonb,
	boolean,
	uniqueIndex,
	index,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';
import type { WorkStandardRating } from './standards.ts';
import type { TemplateSection } from './templates.ts';

export const ANNUAL_REPORT_STATUSES = ['draft', 'submitted'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];

/**
 * The columns every report with sections shares (the annual report and the reports made from templates):
 * the text per section, the status, the frozen copy and the moment it was published on the portal. The
 * report kernel (`report-kernel.server.ts`) freezes and publishes either through them.
 */
function reportWithSectionsColumns() {
	return {
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		/** Section key → the text staff wrote (plain text, paragraphs separated by blank lines). */
		narratives: jsonb('narratives').$type<Record<string, string>>().notNull().default({}),
		status: text('status').$type<AnnualReportStatus>().notNull().default('draft'),
		/** The report as submitted; null for a draft. */
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	};
}

/**
 * The office's annual report for a year: the coordinator's text per section (the numbers come from the
 * statistics). Submitting freezes a copy in `snapshot`: numbers and text as submitted, which later
 * edits and later data never change. A submitted report may be published on the portal.
 */
export const annualReports = pgTable('annual_reports', reportWithSectionsColumns(), (t) => [
	uniqueIndex('annual_reports_office_year').on(t.officeId, t.year)
]);

/**
 * The office's work standards (decision 0034): a standard belongs to one of the four areas, an indicator
 * to a standard (`parentId`). The wording lives in `work_standard_versions`, so changing it never
 * rewrites a past year's assessment; a retired item is no longer offered but still reads in the years
 * that rated it.
 */
export const workStandardItems = pgTable(
	'work_standard_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** One of WORK_STANDARD_AREAS. */
		area: text('area').notNull(),
		/** The standard an indicator belongs to; null for a standard. */
		parentId: uuid('parent_id').references((): AnyPgColumn => workStandardItems.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		retiredAt: timestamp('retired_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('work_standard_items_office').on(t.officeId, t.area, t.position)]
);

/** One wording of a standard or an indicator; the newest is the current one. */
export const workStandardVersions = pgTable(
	'work_standard_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => workStandardItems.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		textEn: text('text_en').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('work_standard_versions_item').on(t.itemId, t.createdAt)]
);

/** Evidence kept with a rating: a link to a platform record as it read when attached. */
export interface WorkStandardEvidenceLink {
	key: string;
	kindKey: string;
	title: string;
	titleEn: string;
	path: string;
	date: string | null;
}

/** The office's rating of one indicator for a year, pinned to the wording it rated. */
export const workStandardRatings = pgTable(
	'work_standard_ratings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => workStandardItems.id, { onDelete: 'cascade' }),
		versionId: uuid('version_id')
			.notNull()
			.references(() => workStandardVersions.id, { onDelete: 'restrict' }),
		rating: text('rating').$type<WorkStandardRating>().notNull(),
		comment: text('comment').notNull().default(''),
		/** What the office will do to improve (plain text). */
		improvement: text('improvement').notNull().default(''),
		/** The action-plan activity carrying the improvement (the plan's `listActivityChoices`); no foreign key across modules. */
		activityId: uuid('activity_id'),
		evidence: jsonb('evidence').$type<WorkStandardEvidenceLink[]>().notNull().default([]),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [uniqueIndex('work_standard_ratings_year').on(t.officeId, t.year, t.indicatorId)]
);

/**
 * A report template (decision 0035): what a ministry or donor asks for, as ordered sections, each with
 * a title, a kind and the indicators it shows. `isDefault` marks the one built on the four work-standard
 * areas that every office may start from; it is office content, not demo content, so removing the demo
 * keeps it.
 */
export const reportTemplates = pgTable(
	'report_templates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameEn: text('name_en').notNull().default(''),
		sections: jsonb('sections').$type<TemplateSection[]>().notNull().default([]),
		isDefault: boolean('is_default').notNull().default(false),
		/** Set when staff archive the template: no new reports from it, its reports still read. */
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('report_templates_office').on(t.officeId, t.createdAt)]
);

/**
 * A report made from a template for a year: the narratives per section key; a draft reads the template's
 * sections and today's figures, a submitted one its frozen `snapshot` (TemplateReportSnapshot), which
 * may be published on the portal like the annual report's.
 */
export const templateReports = pgTable(
	'template_reports',
	{
		...reportWithSectionsColumns(),
		templateId: uuid('template_id')
			.notNull()
			.references(() => reportTemplates.id)
	},
	(t) => [uniqueIndex('template_reports_template_year').on(t.templateId, t.year)]
);
