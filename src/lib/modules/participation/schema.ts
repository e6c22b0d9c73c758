// Youth participation: initiatives with supports, comments and official answers; quick polls; the
// participatory budget for youth (rounds, projects, ballots). Decision 0020 explains the rules.
import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';
import type { InformalGroupMember } from '../../rules/informal-group.ts';
import type {
	ParticipationGender,
	InitiativeStatus,
	RejectionReason,
	HidingReason,
	PollAudience,
	BudgetRule,
	Feasibility
} from './constants.ts';
export {
	PARTICIPATION_GENDERS,
	INITIATIVE_STATUSES,
	REJECTION_REASONS,
	HIDING_REASONS,
	POLL_AUDIENCES,
	BUDGET_RULES,
	FEASIBILITY,
	type ParticipationGender,
	type InitiativeStatus,
	type RejectionReason,
	type HidingReason,
	type PollAudience,
	type BudgetRule,
	type Feasibility
} from './constants.ts';

/** The office's participation settings (one row per office, created with defaults on first write). */
export const participationSettings = pgTable('participation_settings', {
	officeId: uuid('office_id')
		.primaryKey()
		.references(() => offices.id, { onDelete: 'cascade' }),
	/** Staff approve initiatives and comments before the public sees them. */
	preModeration: boolean('pre_moderation').notNull().default(true),
	/** Supports that oblige the office to answer. */
	supportThreshold: integer('support_threshold').notNull().default(30),
	/** Days the office promises to answer in, from the day the threshold was reached. */
	answerDays: integer('answer_days').notNull().default(30),
	/** An informal group names at least this many members, all within the youth age range. */
	groupMinMembers: integer('group_min_members').notNull().default(5),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * What participation knows of a person: the year of birth (for the youth age range) and, optionally,
 * gender (only for aggregated breakdowns). Kept by this module, asked when first needed.
 */
export const participationProfiles = pgTable(
	'participation_profiles',
	{
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		birthYear: integer('birth_year').notNull(),
		gender: text('gender').$type<ParticipationGender>().notNull().default('unstated'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.officeId, t.userId] })]
);

/** Categories of initiatives (staff edit them; the demo takes the action plan's areas' names). */
export const participationCategories = pgTable(
	'participation_categories',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		sortOrder: integer('sort_order').notNull().default(0),
		/** A retired category is no longer offered; initiatives filed under it keep it. */
		retiredAt: timestamp('retired_at', { withTimezone: true })
	},
	(t) => [index('participation_categories_office').on(t.officeId, t.sortOrder)]
);

/** An idea or proposal of a young person or an informal group. */
export const participationInitiatives = pgTable(
	'participation_initiatives',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** Null once the author's account is erased (the initiative stays, anonymous). */
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** Shown instead of the person when an informal group submits. */
		groupName: text('group_name').notNull().default(''),
		/** The informal group's members (name and year of birth), seen by staff only. */
		groupMembers: jsonb('group_members').$type<InformalGroupMember[]>().notNull().default([]),
		/** Whether the author's name is shown, or only "a young person, 17". */
		showAuthorName: boolean('show_author_name').notNull().default(false),
		authorName: text('author_name').notNull().default(''),
		authorAge: integer('author_age'),
		title: text('title').notNull(),
		problem: text('problem').notNull(),
		proposal: text('proposal').notNull(),
		audience: text('audience').notNull().default(''),
		place: text('place').notNull().default(''),
		categoryId: uuid('category_id').references(() => participationCategories.id, { onDelete: 'set null' }),
		/** Up to three images from the media library, in the author's order. */
		imageIds: jsonb('image_ids').$type<string[]>().notNull().default([]),
		status: text('status').$type<InitiativeStatus>().notNull().default('submitted'),
		rejectionReason: text('rejection_reason').$type<RejectionReason>(),
		rejectionNote: text('rejection_note').notNull().default(''),
		/** Hidden by moderation after publication: the public sees the reason instead of the text. */
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason').$type<HidingReason>(),
		supportCount: integer('support_count').notNull().default(0),
		thresholdReachedAt: timestamp('threshold_reached_at', { withTimezone: true }),
		answerDueAt: timestamp('answer_due_at', { withTimezone: true }),
		answer: text('answer').notNull().default(''),
		answerEn: englishText('answer_en').notNull().default(''),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		/** The work an accepted initiative became: a label and a public address (plan activity, event, project). */
		linkedLabel: text('linked_label').notNull().default(''),
		linkedPath: text('linked_path').notNull().default(''),
		isDemo: boolean('is_demo').notNull().default(false),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'problem', 'proposal', 'place', 'group_name']),
		searchLead: searchLeadColumn(['title', 'problem', 'proposal', 'place', 'group_name']),
		searchVector: searchVectorColumn(['title', 'problem', 'proposal', 'place', 'group_name'])
	},
	(t) => [
		index('participation_initiatives_office').on(t.officeId, t.status, t.publishedAt),
		index('participation_initiatives_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('participation_initiatives_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('participation_initiatives_search_vector').using('gin', t.searchVector)
	]
);

/** One support of one account for one initiative. */
export const participationSupports = pgTable(
	'participation_supports',
	{
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => participationInitiatives.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The supporter agreed to be named to staff. */
		showName: boolean('show_name').notNull().default(false),
		ageBand: text('age_band').notNull().default(''),
		gender: text('gender').$type<ParticipationGender>().notNull().default('unstated'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.userId] }), index('participation_supports_user').on(t.userId)]
);

/** Who is told (outbox) when an initiative's status changes. */
export const participationFollows = pgTable(
	'participation_follows',
	{
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => participationInitiatives.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.userId] })]
);

/** A comment on an initiative, or a reply to one (one level). */
export const participationComments = pgTable(
	'participation_comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => participationInitiatives.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id'),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull().default(''),
		body: text('body').notNull(),
		/** Waiting for staff when pre-moderation is on. */
		isApproved: boolean('is_approved').notNull().default(true),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason').$type<HidingReason>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('participation_comments_initiative').on(t.initiativeId, t.createdAt)]
);

/** A signed-in user's report of a published initiative or a comment. */
export const participationReports = pgTable(
	'participation_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => participationInitiatives.id, { onDelete: 'cascade' }),
		commentId: uuid('comment_id').references(() => participationComments.id, { onDelete: 'cascade' }),
		reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
		reason: text('reason').$type<HidingReason>().notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true })
	},
	(t) => [index('participation_reports_open').on(t.officeId, t.resolvedAt)]
);

export interface PollOption {
	id: string;
	label: string;
	labelEn: string;
}

/** A quick poll: one question, single or multiple choice. */
export const participationPolls = pgTable(
	'participation_polls',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		question: text('question').notNull(),
		questionEn: englishText('question_en').notNull().default(''),
		options: jsonb('options').$type<PollOption[]>().notNull(),
		isMultiple: boolean('is_multiple').notNull().default(false),
		audience: text('audience').$type<PollAudience>().notNull().default('everyone'),
		/** Results shown to a voter right after voting; otherwise only after closing. */
		resultsAfterVote: boolean('results_after_vote').notNull().default(true),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('participation_polls_office').on(t.officeId, t.closesAt)]
);

/** One vote: an account's, or a browser's (only the hash of its HttpOnly token). */
export const participationPollVotes = pgTable(
	'participation_poll_votes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		pollId: uuid('poll_id')
			.notNull()
			.references(() => participationPolls.id, { onDelete: 'cascade' }),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		tokenHash: text('token_hash'),
		choices: jsonb('choices').$type<string[]>().notNull(),
		ageBand: text('age_band').notNull().default(''),
		gender: text('gender').$type<ParticipationGender>().notNull().default('unstated'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('participation_poll_votes_user').on(t.pollId, t.userId),
		uniqueIndex('participation_poll_votes_token').on(t.pollId, t.tokenHash)
	]
);

/** A participatory budget round with its phases (each phase starts on its date; the next ends it). */
export const participationBudgetRounds = pgTable('participation_budget_rounds', {
	id: uuid('id').primaryKey().defaultRandom(),
	officeId: uuid('office_id')
		.notNull()
		.references(() => offices.id, { onDelete: 'cascade' }),
	title: text('title').notNull(),
	titleEn: englishText('title_en').notNull().default(''),
	description: text('description').notNull().default(''),
	/** The amount in RSD. */
	amount: bigint('amount', { mode: 'number' }).notNull(),
	rule: text('rule').$type<BudgetRule>().notNull().default('within_amount'),
	/** For 'approve_up_to': how many projects a voter may approve. */
	maxChoices: integer('max_choices'),
	/** Voting needs a one-time invitation code handed out at schools and the office. */
	requiresCode: boolean('requires_code').notNull().default(false),
	proposalsFrom: timestamp('proposals_from', { withTimezone: true }).notNull(),
	reviewFrom: timestamp('review_from', { withTimezone: true }).notNull(),
	votingFrom: timestamp('voting_from', { withTimezone: true }).notNull(),
	resultsFrom: timestamp('results_from', { withTimezone: true }).notNull(),
	implementationFrom: timestamp('implementation_from', { withTimezone: true }).notNull(),
	isDemo: boolean('is_demo').notNull().default(false),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A one-time invitation code of a round that requires one (printed on slips for a school class).
 * A voter enters it once: it is then theirs for the round, so they can change their ballot.
 */
export const participationBudgetCodes = pgTable(
	'participation_budget_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		roundId: uuid('round_id')
			.notNull()
			.references(() => participationBudgetRounds.id, { onDelete: 'cascade' }),
		/** Short, unambiguous, upper-case (the shared invitation-code alphabet). */
		code: text('code').notNull(),
		/** Which sheet it was printed on (e.g. "Гимназија, II-3"). */
		batch: text('batch').notNull().default(''),
		usedAt: timestamp('used_at', { withTimezone: true }),
		usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('participation_budget_codes_code').on(t.roundId, t.code),
		// One code per voter and round, even when two are typed at once.
		uniqueIndex('participation_budget_codes_voter').on(t.roundId, t.usedBy)
	]
);

/** A project proposed for a round, with staff's feasibility review and, if it wins, its progress. */
export const participationBudgetProjects = pgTable(
	'participation_budget_projects',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		roundId: uuid('round_id')
			.notNull()
			.references(() => participationBudgetRounds.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		description: text('description').notNull(),
		estimatedCost: bigint('estimated_cost', { mode: 'number' }).notNull(),
		/** Up to three images from the media library, in the author's order. */
		imageIds: jsonb('image_ids').$type<string[]>().notNull().default([]),
		/** Staff's final estimate; the ballot and the results use it. */
		finalCost: bigint('final_cost', { mode: 'number' }),
		feasibility: text('feasibility').$type<Feasibility>().notNull().default('pending'),
		feasibilityReason: text('feasibility_reason').notNull().default(''),
		/** Carrying out a winning project, 0–100. */
		progress: integer('progress').notNull().default(0),
		progressNote: text('progress_note').notNull().default(''),
		/** When the project was carried out (progress reached 100). */
		completedAt: timestamp('completed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('participation_budget_projects_round').on(t.roundId)]
);

/** A ballot: a voter's (one per account per round, changeable until the close) or a paper one. */
export const participationBallots = pgTable(
	'participation_ballots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => participationBudgetRounds.id, { onDelete: 'cascade' }),
		/** Null for a paper ballot, and once a voter's account is erased. */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		isPaper: boolean('is_paper').notNull().default(false),
		/** Who typed in a paper ballot. */
		enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
		projectIds: jsonb('project_ids').$type<string[]>().notNull(),
		ageBand: text('age_band').notNull().default(''),
		gender: text('gender').$type<ParticipationGender>().notNull().default('unstated'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('participation_ballots_voter').on(t.roundId, t.userId),
		index('participation_ballots_round').on(t.roundId)
	]
);
