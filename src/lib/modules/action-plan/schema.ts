import {
	pgTable,
	uuid,
	text,
	integer,
	bigint,
	numeric,
	date,
	timestamp,
	jsonb,
	boolean,
	index,
	uniqueIndex,
	primaryKey
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices, users } from '../../server/db/core-schema.ts';
import { events } from '../events/schema.ts';
import { englishText } from '../../server/db/english-column.ts';

export const PLAN_STATUSES = ['draft', 'consultation', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A Local Action Plan for Youth (ЛАП) for a period of years. One plan per office is current. */
export const actionPlans = pgTable(
	'action_plans',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		firstYear: integer('first_year').notNull(),
		lastYear: integer('last_year').notNull(),
		status: text('status').$type<PlanStatus>().notNull().default('draft'),
		isCurrent: boolean('is_current').notNull().default(false),
		/** The municipal assembly's decision adopting the plan. */
		decisionNumber: text('decision_number').notNull().default(''),
		decisionDate: date('decision_date', { mode: 'string' }),
		decisionDocumentId: uuid('decision_document_id'),
		/** Sanitised HTML. */
		introduction: text('introduction').notNull().default(''),
		introductionEn: englishText('introduction_en').notNull().default(''),
		adoptedAt: timestamp('adopted_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('action_plans_office_slug').on(t.officeId, t.slug),
		uniqueIndex('action_plans_one_current')
			.on(t.officeId)
			.where(sql`${t.isCurrent}`)
	]
);

const planChild = {
	id: uuid('id').primaryKey().defaultRandom(),
	officeId: uuid('office_id')
		.notNull()
		.references(() => offices.id, { onDelete: 'cascade' }),
	planId: uuid('plan_id')
		.notNull()
		.references(() => actionPlans.id, { onDelete: 'cascade' }),
	sortOrder: integer('sort_order').notNull().default(0),
	/** Weight in the parent's progress; equal (1) by default. */
	weight: integer('weight').notNull().default(1)
};

/** Areas of the national youth strategy (education, employment, health, …), editable per plan. */
export const planAreas = pgTable(
	'plan_areas',
	{
		...planChild,
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default('')
	},
	(t) => [index('plan_areas_plan').on(t.planId, t.sortOrder)]
);

export const planGoals = pgTable(
	'plan_goals',
	{
		...planChild,
		areaId: uuid('area_id')
			.notNull()
			.references(() => planAreas.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default('')
	},
	(t) => [index('plan_goals_area').on(t.areaId, t.sortOrder)]
);

export const planMeasures = pgTable(
	'plan_measures',
	{
		...planChild,
		goalId: uuid('goal_id')
			.notNull()
			.references(() => planGoals.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default('')
	},
	(t) => [index('plan_measures_goal').on(t.goalId, t.sortOrder)]
);

export const ACTIVITY_STATUSES = ['not_started', 'in_progress', 'done', 'late', 'dropped'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const planActivities = pgTable(
	'plan_activities',
	{
		...planChild,
		measureId: uuid('measure_id')
			.notNull()
			.references(() => planMeasures.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		description: text('description').notNull().default(''),
		/** The responsible organisation and co-implementers, as text until the partners registry links them. */
		responsible: text('responsible').notNull().default(''),
		coImplementers: text('co_implementers')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		startYear: integer('start_year'),
		startQuarter: integer('start_quarter'),
		endYear: integer('end_year'),
		endQuarter: integer('end_quarter'),
		status: text('status').$type<ActivityStatus>().notNull().default('not_started'),
		/** 0–100. */
		progress: integer('progress').notNull().default(0),
		notes: text('notes').notNull().default('')
	},
	(t) => [index('plan_activities_measure').on(t.measureId, t.sortOrder)]
);

export const BUDGET_SOURCES = ['municipal', 'ministry', 'donor', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/** Planned (and later spent) money for an activity in one year from one source, in dinars. */
export const planActivityBudgets = pgTable(
	'plan_activity_budgets',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		activityId: uuid('activity_id')
			.notNull()
			.references(() => planActivities.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		source: text('source').$type<BudgetSource>().notNull(),
		/** Budget line, donor's name, programme. */
		sourceNote: text('source_note').notNull().default(''),
		planned: bigint('planned', { mode: 'number' }).notNull().default(0),
		spent: bigint('spent', { mode: 'number' })
	},
	(t) => [index('plan_activity_budgets_activity').on(t.activityId, t.year)]
);

/** What a computed indicator counts from the platform's own data. */
export const COMPUTED_MEASURES = ['event_participants', 'events_held', 'volunteers'] as const;
export type ComputedMeasure = (typeof COMPUTED_MEASURES)[number];

/** Whether a stored `computed_from` is one of the action plan's own event counts (else a manifest's source key). */
export function isBuiltInMeasure(value: string | null | undefined): value is ComputedMeasure {
	return (COMPUTED_MEASURES as readonly (string | null | undefined)[]).includes(value);
}

/** An indicator on a goal or a measure (exactly one of the two). */
export const planIndicators = pgTable(
	'plan_indicators',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		planId: uuid('plan_id')
			.notNull()
			.references(() => actionPlans.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id').references(() => planGoals.id, { onDelete: 'cascade' }),
		measureId: uuid('measure_id').references(() => planMeasures.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		unit: text('unit').notNull().default(''),
		unitEn: englishText('unit_en').notNull().default(''),
		baselineValue: numeric('baseline_value', { mode: 'number' }),
		baselineYear: integer('baseline_year'),
		endTarget: numeric('end_target', { mode: 'number' }),
		dataSource: text('data_source').notNull().default(''),
		/**
		 * Set when actual values are counted by the platform instead of typed: one of COMPUTED_MEASURES
		 * (events and attendance) or the key of a manifest's indicator source ('participation.…').
		 */
		computedFrom: text('computed_from'),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [index('plan_indicators_plan').on(t.planId)]
);

/** An indicator's target and actual value for one year. */
export const planIndicatorValues = pgTable(
	'plan_indicator_values',
	{
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => planIndicators.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		target: numeric('target', { mode: 'number' }),
		actual: numeric('actual', { mode: 'number' }),
		source: text('source').notNull().default(''),
		note: text('note').notNull().default(''),
		/** When a computed actual was last counted. */
		computedAt: timestamp('computed_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.indicatorId, t.year] })]
);

/** An event carried out under a measure (and optionally one of its activities): the plan's evidence. */
export const planEventLinks = pgTable(
	'plan_event_links',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		measureId: uuid('measure_id')
			.notNull()
			.references(() => planMeasures.id, { onDelete: 'cascade' }),
		activityId: uuid('activity_id').references(() => planActivities.id, { onDelete: 'set null' })
	},
	(t) => [primaryKey({ columns: [t.eventId, t.measureId] }), index('plan_event_links_measure').on(t.measureId)]
);

/** One activity's entry in a yearly monitoring report while it is being written. */
export interface MonitoringEntry {
	status: ActivityStatus;
	progress: number;
	spent: number | null;
	comment: string;
	documentIds: string[];
}

/**
 * The yearly monitoring report of a plan. While a draft, entries are edited; on submission the
 * whole report (plan tree, entries, indicators, linked events) is frozen into `snapshot`, and
 * later edits to the plan no longer change it.
 */
export const planMonitoringReports = pgTable(
	'plan_monitoring_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		planId: uuid('plan_id')
			.notNull()
			.references(() => actionPlans.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		status: text('status').$type<'draft' | 'submitted'>().notNull().default('draft'),
		/** Sanitised HTML written by the coordinator. */
		summary: text('summary').notNull().default(''),
		summaryEn: englishText('summary_en').notNull().default(''),
		/** Entries by activity id while a draft. */
		entries: jsonb('entries').$type<Record<string, MonitoringEntry>>().notNull().default({}),
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('plan_monitoring_reports_year').on(t.planId, t.year)]
);

/** A change to an adopted plan, with its reason: the public "what changed" history. */
export const planRevisions = pgTable(
	'plan_revisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		planId: uuid('plan_id')
			.notNull()
			.references(() => actionPlans.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull(),
		/** What changed: entity kind, its title, and the fields before and after. */
		changes: jsonb('changes')
			.$type<{ entity: string; title: string; titleEn?: string; field: string; before: unknown; after: unknown }[]>()
			.notNull()
			.default([]),
		changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('plan_revisions_plan').on(t.planId, t.at)]
);
