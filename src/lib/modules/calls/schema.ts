import {
	pgTable,
	uuid,
	text,
	integer,
	timestamp,
	boolean,
	index,
	uniqueIndex,
	jsonb,
	primaryKey,
	date
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices, users } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import type { InformalGroupMember } from '../../rules/informal-group.ts';

/** Who may apply: the directory's types of association, and informal groups (decision 0028). */
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

/** A kind of attachment the application must (or may) carry, e.g. the association's statute or a signed statement. */
export interface CallAttachmentKind {
	key: string;
	name: string;
	nameEn: string;
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
		/** The attachments applications carry (the required ones are checked on submission). */
		attachmentKinds: jsonb('attachment_kinds').$type<CallAttachmentKind[]>().notNull().default([]),
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
		searchLead: searchLeadColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text']),
		searchVector: searchVectorColumn(['title', 'title_en', 'summary', 'summary_en', 'search_text'])
	},
	(t) => [
		uniqueIndex('funding_calls_office_slug').on(t.officeId, t.slug),
		index('funding_calls_public').on(t.officeId, t.status, t.closesAt),
		index('funding_calls_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('funding_calls_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('funding_calls_search_vector').using('gin', t.searchVector)
	]
);

/** A member of an informal group as the application lists them: a name and a year of birth, nothing more. */
export type GroupMember = InformalGroupMember;

/** A goal of the project, linked to one of the call's action-plan measures (or to none). */
export interface ApplicationGoal {
	text: string;
	measureId: string;
}

/** An activity with its timeline (months as YYYY-MM). */
export interface ApplicationActivity {
	title: string;
	from: string;
	to: string;
}

/** A line of the budget table as the applicant typed it (amounts in whole dinars). */
export interface ApplicationBudgetLine {
	categoryKey: string;
	description: string;
	quantity: number;
	unitPrice: number;
	coFinanced: number;
}

/**
 * The parts of the application form, as a completion names them. Each part is a set of stored fields; attachments
 * are their own part.
 */
export const APPLICATION_SECTIONS = {
	applicant: ['applicantName', 'contactEmail', 'contactPhone', 'members'],
	project: ['title', 'summary', 'need', 'targetGroup', 'goals', 'results', 'indicators'],
	activities: ['activities'],
	partners: ['partners', 'partnerOrganisations'],
	budget: ['budget'],
	answers: ['answers'],
	attachments: []
} as const;
export type ApplicationSection = keyof typeof APPLICATION_SECTIONS;

/** A partner picked from the office's public directory of organisations. */
export interface PartnerOrganisation {
	id: string;
	name: string;
}

/** Outcomes of the office's administrative check of a submitted application. */
export const CHECK_OUTCOMES = ['passed', 'completion', 'rejected'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** The administrative check: the checklist as ticked, the outcome, and what the applicant must complete by when. */
export interface AdministrativeCheck {
	isComplete: boolean;
	isEligibleApplicant: boolean;
	isWithinLimits: boolean;
	outcome: CheckOutcome;
	note: string;
	/** ISO date (Belgrade) by which a completion is due; '' otherwise. */
	completionDue: string;
	/**
	 * The parts of the form a completion asks for (APPLICATION_SECTIONS); the authors may change only these.
	 * Missing on checks recorded before parts could be named: then the whole form is open.
	 */
	completionSections?: string[];
	checkedBy: string;
	checkedAt: string;
}

/**
 * An application to a call: a draft its authors edit (last save wins, told by `version`), then submitted with a
 * reference number. An association applies through the directory record its author represents; an informal
 * group lists its members here.
 */
export const callApplications = pgTable(
	'call_applications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		callId: uuid('call_id')
			.notNull()
			.references(() => fundingCalls.id, { onDelete: 'cascade' }),
		applicantType: text('applicant_type').$type<ApplicantType>().notNull(),
		/** The directory record of an association (checked against its approved representatives). */
		organisationId: uuid('organisation_id'),
		/** The account that started the application; for an informal group, the only one who may edit it. */
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		applicantName: text('applicant_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		contactPhone: text('contact_phone').notNull().default(''),
		members: jsonb('members').$type<GroupMember[]>().notNull().default([]),
		title: text('title').notNull().default(''),
		summary: text('summary').notNull().default(''),
		need: text('need').notNull().default(''),
		targetGroup: text('target_group').notNull().default(''),
		goals: jsonb('goals').$type<ApplicationGoal[]>().notNull().default([]),
		activities: jsonb('activities').$type<ApplicationActivity[]>().notNull().default([]),
		results: text('results').notNull().default(''),
		indicators: text('indicators').notNull().default(''),
		partners: text('partners').notNull().default(''),
		/** Partners picked from the public directory, with their names as listed then (typed ones stay in `partners`). */
		partnerOrganisations: jsonb('partner_organisations').$type<PartnerOrganisation[]>().notNull().default([]),
		budget: jsonb('budget').$type<ApplicationBudgetLine[]>().notNull().default([]),
		/** Answers to the call's extra questions, by question key. */
		answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
		/** Whole dinars asked of the call, recomputed from the budget on every save. */
		requested: integer('requested').notNull().default(0),
		status: text('status').$type<'draft' | 'submitted'>().notNull().default('draft'),
		reference: text('reference'),
		/** Raised by every save, so an author learns when someone else saved in between. */
		version: integer('version').notNull().default(1),
		lastSavedBy: uuid('last_saved_by').references(() => users.id, { onDelete: 'set null' }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		/** The office's administrative check; null until staff record it. */
		administrativeCheck: jsonb('administrative_check').$type<AdministrativeCheck>(),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('call_applications_call').on(t.callId, t.status),
		index('call_applications_author').on(t.officeId, t.createdBy),
		uniqueIndex('call_applications_reference').on(t.officeId, t.reference)
	]
);

/** A member of a call's committee (any account of the office); the chair sees the spread of scores. */
export const callCommitteeMembers = pgTable(
	'call_committee_members',
	{
		callId: uuid('call_id')
			.notNull()
			.references(() => fundingCalls.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		isChair: boolean('is_chair').notNull().default(false),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.callId, t.userId] })]
);

/** A member's statement on one application: a declared conflict removes them from scoring it, for good. */
export const callConflictStatements = pgTable(
	'call_conflict_statements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => callApplications.id, { onDelete: 'cascade' }),
		memberUserId: uuid('member_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		hasConflict: boolean('has_conflict').notNull(),
		reason: text('reason').notNull().default(''),
		declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('call_conflict_statements_member').on(t.applicationId, t.memberUserId)]
);

/** A member's score of one application: points and a comment per criterion key; final once submitted. */
export const callScores = pgTable(
	'call_scores',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => callApplications.id, { onDelete: 'cascade' }),
		memberUserId: uuid('member_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		points: jsonb('points').$type<Record<string, number>>().notNull(),
		comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('call_scores_member').on(t.applicationId, t.memberUserId)]
);

/**
 * A file attached to an application (its bytes in the core files table). Only the application's authors, the
 * office's staff and the call's committee open it; staff and committee reads are audited.
 */
export const callApplicationAttachments = pgTable(
	'call_application_attachments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => callApplications.id, { onDelete: 'cascade' }),
		/** The call's attachment kind key. */
		kind: text('kind').notNull(),
		fileId: uuid('file_id').notNull(),
		name: text('name').notNull(),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('call_application_attachments_application').on(t.applicationId, t.kind)]
);

/** A discussion round the committee's chair opens on one application: members may then revise their score. */
export const callDiscussionRounds = pgTable('call_discussion_rounds', {
	applicationId: uuid('application_id')
		.primaryKey()
		.references(() => callApplications.id, { onDelete: 'cascade' }),
	openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
	note: text('note').notNull().default(''),
	openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow()
});

/** A member's revision of a submitted score during a discussion round: what it was, what it became, and why. */
export const callScoreRevisions = pgTable(
	'call_score_revisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => callApplications.id, { onDelete: 'cascade' }),
		memberUserId: uuid('member_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		previousPoints: jsonb('previous_points').$type<Record<string, number>>().notNull(),
		points: jsonb('points').$type<Record<string, number>>().notNull(),
		comment: text('comment').notNull(),
		revisedAt: timestamp('revised_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('call_score_revisions_application').on(t.applicationId, t.memberUserId)]
);

// ——— After the ranking: the decision, appeals, contracts, payments and reports (issue 18, decision 0033) ———

/** What the decision gives one ranked application. */
export const DECISION_OUTCOMES = ['funded', 'partial', 'belowMinimum', 'outOfBudget', 'unscored'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** One line of a decision: the ranking as decided, with the amount awarded (whole dinars). */
export interface DecisionRow {
	applicationId: string;
	place: number;
	average: number | null;
	requested: number;
	awarded: number;
	outcome: DecisionOutcome;
}

/**
 * The decision on a call's money: its number and date, the ranking with amounts as decided (a snapshot, so later
 * scores cannot change a published decision), and the appeal window. Final is not stored: it follows from the window
 * having passed with every appeal decided (`decisionStage`).
 */
export const callDecisions = pgTable(
	'call_decisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		callId: uuid('call_id')
			.notNull()
			.references(() => fundingCalls.id, { onDelete: 'cascade' }),
		number: text('number').notNull(),
		decidedOn: date('decided_on', { mode: 'string' }).notNull(),
		/** Last Belgrade day on which an appeal may be lodged. */
		appealUntil: date('appeal_until', { mode: 'string' }).notNull(),
		rows: jsonb('rows').$type<DecisionRow[]>().notNull().default([]),
		note: text('note').notNull().default(''),
		status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('call_decisions_call').on(t.callId)]
);

export const APPEAL_OUTCOMES = ['upheld', 'rejected'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** An appeal against a published decision, lodged by the applicant online or recorded by staff from paper. */
export const callAppeals = pgTable(
	'call_appeals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		decisionId: uuid('decision_id')
			.notNull()
			.references(() => callDecisions.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => callApplications.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		source: text('source').$type<'applicant' | 'staff'>().notNull(),
		lodgedBy: uuid('lodged_by').references(() => users.id, { onDelete: 'set null' }),
		lodgedAt: timestamp('lodged_at', { withTimezone: true }).notNull().defaultNow(),
		outcome: text('outcome').$type<AppealOutcome>(),
		answer: text('answer').notNull().default(''),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('call_appeals_decision').on(t.decisionId)]
);

/** A tranche of a contract's money: when it is due and how much (whole dinars). */
export interface ContractTranche {
	dueOn: string;
	amount: number;
}

/** A grant contract with a funded applicant: generated as PDF and DOCX from the decision and the application. */
export const callContracts = pgTable(
	'call_contracts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		callId: uuid('call_id')
			.notNull()
			.references(() => fundingCalls.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => callApplications.id, { onDelete: 'cascade' }),
		number: text('number').notNull(),
		amount: integer('amount').notNull(),
		signedOn: date('signed_on', { mode: 'string' }),
		tranches: jsonb('tranches').$type<ContractTranche[]>().notNull().default([]),
		interimReportDue: date('interim_report_due', { mode: 'string' }).notNull(),
		finalReportDue: date('final_report_due', { mode: 'string' }).notNull(),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('call_contracts_application').on(t.applicationId), index('call_contracts_call').on(t.callId)]
);

/** A payment of one tranche of a contract (whole dinars, on a Belgrade day). */
export const callPayments = pgTable(
	'call_payments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		contractId: uuid('contract_id')
			.notNull()
			.references(() => callContracts.id, { onDelete: 'cascade' }),
		/** 0-based index into the contract's tranches. */
		tranche: integer('tranche').notNull(),
		amount: integer('amount').notNull(),
		paidOn: date('paid_on', { mode: 'string' }).notNull(),
		reference: text('reference').notNull().default(''),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('call_payments_tranche').on(t.contractId, t.tranche)]
);

export const REPORT_KINDS = ['interim', 'final', 'financial'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['due', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A line of a financial report: what was spent on one budget line of the application (whole dinars). */
export interface SpentLine {
	line: number;
	spent: number;
}

/**
 * A report a funded applicant owes: interim and final narrative ones (what was done, results against the
 * indicators, photos) and the financial one (spent per budget line, receipts). Staff accept it or return it.
 */
export const callReports = pgTable(
	'call_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		contractId: uuid('contract_id')
			.notNull()
			.references(() => callContracts.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<ReportKind>().notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		status: text('status').$type<ReportStatus>().notNull().default('due'),
		done: text('done').notNull().default(''),
		results: text('results').notNull().default(''),
		spentLines: jsonb('spent_lines').$type<SpentLine[]>().notNull().default([]),
		/** Photos (narrative reports) or receipts (financial report) in the files table. */
		fileIds: uuid('file_ids')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		reviewComment: text('review_comment').notNull().default(''),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		/** Set when the reminder before the due day and the one after it have been queued. */
		remindedBeforeAt: timestamp('reminded_before_at', { withTimezone: true }),
		remindedAfterAt: timestamp('reminded_after_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('call_reports_kind').on(t.contractId, t.kind), index('call_reports_due').on(t.status, t.dueOn)]
);
