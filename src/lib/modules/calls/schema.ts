import { pgTable, uuid, text, integer, timestamp, boolean, index, uniqueIndex, jsonb } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchVectorColumn } from '../../server/db/search-columns.ts';

/** Who may apply: the directory's types of association, and informal groups (decision 0023). */
export const APPLICANT_TYPES = ['youth_association', 'association_for_youth', 'informal_group'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** How equal averages are ordered on the ranking list. */
export const TIE_RULES = ['first_criterion', 'lower_request', 'earlier_submission'] as const;
export type TieRule = (typeof TIE_RULES)[number];

/** One scoring criterion of a call: what is judged and the most points a member may give for it. */
export interface CallCriterion {
	key: string;
	name: string;
	nameEn: string;
	maxPoints: number;
}

/** A cost category of the budget table; ineligible ones are listed so applicants know what is not paid for. */
export interface CallCostCategory {
	key: string;
	name: string;
	nameEn: string;
	isEligible: boolean;
}

/** An extra question of the application form, answered in free text. */
export interface CallQuestion {
	key: string;
	text: string;
	textEn: string;
	isRequired: boolean;
}

/**
 * A local public call funding youth projects that carry out the action plan. Amounts are whole dinars.
 * "Open" and "closed" are not stored: they follow from the opening and closing instants at the moment of reading.
 */
export const fundingCalls = pgTable(
	'funding_calls',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		titleEn: text('title_en').notNull().default(''),
		summary: text('summary').notNull().default(''),
		summaryEn: text('summary_en').notNull().default(''),
		/** Sanitised HTML. */
		body: text('body').notNull().default(''),
		bodyEn: text('body_en').notNull().default(''),
		searchText: text('search_text').notNull().default(''),
		/** Documents from the library attached to the call (the call text as PDF, forms, the budget template). */
		attachmentDocumentIds: uuid('attachment_document_ids')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		/** Action-plan measures the call funds (ids offered by the plan's exported link choices). */
		measureIds: uuid('measure_ids')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		totalBudget: integer('total_budget').notNull(),
		minPerProject: integer('min_per_project').notNull().default(0),
		maxPerProject: integer('max_per_project').notNull(),
		/** Share of the project's cost the applicant covers itself, in whole per cent (0: none required). */
		coFinancingPercent: integer('co_financing_percent').notNull().default(0),
		applicantTypes: text('applicant_types').array().$type<ApplicantType[]>().notNull(),
		/** Informal groups: at least this many members within the office's youth age range, one of them an adult. */
		groupMinMembers: integer('group_min_members').notNull().default(5),
		costCategories: jsonb('cost_categories').$type<CallCostCategory[]>().notNull().default([]),
		questions: jsonb('questions').$type<CallQuestion[]>().notNull().default([]),
		criteria: jsonb('criteria').$type<CallCriterion[]>().notNull().default([]),
		/** Average total below which a project is not funded, whatever the money left. */
		minTotalPoints: integer('min_total_points').notNull().default(0),
		tieRule: text('tie_rule').$type<TieRule>().notNull().default('first_criterion'),
		allowsPartialFunding: boolean('allows_partial_funding').notNull().default(false),
		/** Whether the published ranking shows each project's points, not only its place and amount. */
		publishesScores: boolean('publishes_scores').notNull().default(true),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** Free text: when results are expected, how long the appeal window lasts. */
		timetable: text('timetable').notNull().default(''),
		timetableEn: text('timetable_en').notNull().default(''),
		status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text']),
		searchVector: searchVectorColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text'])
	},
	(t) => [
		uniqueIndex('funding_calls_office_slug').on(t.officeId, t.slug),
		index('funding_calls_public').on(t.officeId, t.status, t.closesAt),
		index('funding_calls_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('funding_calls_search_vector').using('gin', t.searchVector)
	]
);
