import {
	pgTable,
	uuid,
	text,
	integer,
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
import { planGoals } from '../action-plan/schema.ts';
import { englishText } from '../../server/db/english-column.ts';

export const SURVEY_STATUSES = ['draft', 'published', 'archived'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Whether respondents under 15 must confirm a parent's consent, and whether the parent's e-mail is asked. */
export const PARENTAL_CONSENT_MODES = ['inform', 'confirm', 'confirm_with_email'] as const;
export type ParentalConsentMode = (typeof PARENTAL_CONSENT_MODES)[number];

/**
 * A needs survey. Written once in Cyrillic or Latin (shown in the reader's script), optional English.
 * Open to answers while published and between `opensAt` and `closesAt` (either may be empty).
 */
export const surveys = pgTable(
	'surveys',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		/** Plain text shown above the first page. */
		introduction: text('introduction').notNull().default(''),
		introductionEn: englishText('introduction_en').notNull().default(''),
		/** Shown after the last answer. */
		thanks: text('thanks').notNull().default(''),
		thanksEn: englishText('thanks_en').notNull().default(''),
		/** The year the research belongs to, for year-over-year comparison. */
		year: integer('year').notNull(),
		status: text('status').$type<SurveyStatus>().notNull().default('draft'),
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		targetResponses: integer('target_responses'),
		parentalConsent: text('parental_consent').$type<ParentalConsentMode>().notNull().default('inform'),
		/** Consent text shown before sensitive questions (vulnerable groups); required when any exist. */
		sensitiveConsentText: text('sensitive_consent_text').notNull().default(''),
		sensitiveConsentTextEn: englishText('sensitive_consent_text_en').notNull().default(''),
		/** Whether aggregated results are shown on the public portal. */
		resultsPublic: boolean('results_public').notNull().default(false),
		copiedFromId: uuid('copied_from_id'),
		isDemo: boolean('is_demo').notNull().default(false),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('surveys_office_slug').on(t.officeId, t.slug),
		index('surveys_office_year').on(t.officeId, t.year)
	]
);

/** Show a question or section only when an earlier question's answer matches. */
export interface SurveyCondition {
	/** The key of an earlier question. */
	questionKey: string;
	/** equals / not_equals: single value; includes: any of the values chosen; answered: any answer. */
	operator: 'equals' | 'not_equals' | 'includes' | 'answered';
	values: string[];
}

/** A page of the survey (one page per section when answered without JavaScript). */
export const surveySections = pgTable(
	'survey_sections',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		sortOrder: integer('sort_order').notNull().default(0),
		title: text('title').notNull().default(''),
		titleEn: englishText('title_en').notNull().default(''),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default(''),
		condition: jsonb('condition').$type<SurveyCondition>()
	},
	(t) => [index('survey_sections_survey').on(t.surveyId, t.sortOrder)]
);

export const SURVEY_QUESTION_KINDS = [
	'single',
	'multiple',
	'dropdown',
	'scale',
	'matrix',
	'number',
	'date',
	'short_text',
	'long_text',
	'ranking'
] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/**
 * The demographic a question of the reusable block stands for. Answers to these questions are
 * also copied into the response's demographic columns, so cross-tabulation needs no JSON digging.
 */
export const DEMOGRAPHICS = ['birth_year', 'gender', 'settlement', 'area_type', 'occupation', 'vulnerable'] as const;
export type Demographic = (typeof DEMOGRAPHICS)[number];

/** A choice of a choice, dropdown, ranking question, or a statement of a matrix. `value` is the stable code. */
export interface SurveyOption {
	value: string;
	label: string;
	labelEn: string;
}

/** The scale of a rating or matrix question, e.g. 1–5 with labels at both ends. */
export interface SurveyScale {
	min: number;
	max: number;
	minLabel: string;
	minLabelEn: string;
	maxLabel: string;
	maxLabelEn: string;
}

export const surveyQuestions = pgTable(
	'survey_questions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		sectionId: uuid('section_id')
			.notNull()
			.references(() => surveySections.id, { onDelete: 'cascade' }),
		sortOrder: integer('sort_order').notNull().default(0),
		/** Stable across years and copies (e.g. `free_time_activities`): answers are stored and compared by it. */
		key: text('key').notNull(),
		kind: text('kind').$type<SurveyQuestionKind>().notNull(),
		prompt: text('prompt').notNull(),
		promptEn: englishText('prompt_en').notNull().default(''),
		help: text('help').notNull().default(''),
		helpEn: englishText('help_en').notNull().default(''),
		isRequired: boolean('is_required').notNull().default(false),
		/** Shuffle option order per respondent (choice kinds only; "other" stays last). */
		isRandomised: boolean('is_randomised').notNull().default(false),
		/** Multiple/single choice: an "other" option with a text box. */
		allowsOther: boolean('allows_other').notNull().default(false),
		options: jsonb('options').$type<SurveyOption[]>().notNull().default([]),
		/** Matrix rows. */
		statements: jsonb('statements').$type<SurveyOption[]>().notNull().default([]),
		scale: jsonb('scale').$type<SurveyScale>(),
		/** Number questions: allowed range. */
		minValue: integer('min_value'),
		maxValue: integer('max_value'),
		/** Multiple choice: at most this many. */
		maxChoices: integer('max_choices'),
		condition: jsonb('condition').$type<SurveyCondition>(),
		demographic: text('demographic').$type<Demographic>(),
		/** Special-category data: asked only after explicit consent, stored apart, shown only as aggregates. */
		isSensitive: boolean('is_sensitive').notNull().default(false)
	},
	(t) => [
		uniqueIndex('survey_questions_key').on(t.surveyId, t.key),
		index('survey_questions_section').on(t.sectionId, t.sortOrder)
	]
);

/** Settlements respondents choose from (editable per office), each urban or rural. */
export const surveySettlements = pgTable(
	'survey_settlements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		isUrban: boolean('is_urban').notNull().default(false),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [uniqueIndex('survey_settlements_name').on(t.officeId, t.name)]
);

/** A printed one-time code (e.g. for a school class); each answers once. */
export const surveyInvitationCodes = pgTable(
	'survey_invitation_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		/** Short, unambiguous, upper-case (no 0/O, 1/I). */
		code: text('code').notNull(),
		/** Which sheet it was printed on (e.g. "Гимназија, II-3"). */
		batch: text('batch').notNull().default(''),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('survey_invitation_codes_code').on(t.surveyId, t.code)]
);

export const RESPONSE_SOURCES = ['link', 'code', 'paper'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

/**
 * One respondent's answers. Anonymous: no account, no IP address. Answers are stored by question
 * key; `value` is a string, string[], number, or for a matrix a record of statement → scale value,
 * and "other" text under `<key>__other`. Sensitive answers live in their own column so that
 * per-respondent reads leave them out unless asked for by a role allowed to see them.
 */
export const surveyResponses = pgTable(
	'survey_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		source: text('source').$type<ResponseSource>().notNull().default('link'),
		/** SHA-256 of the browser's response token (link answers): one response per browser. */
		tokenHash: text('token_hash'),
		invitationCodeId: uuid('invitation_code_id').references(() => surveyInvitationCodes.id, {
			onDelete: 'set null'
		}),
		/** Staff member who typed in a paper questionnaire. */
		enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
		answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
		sensitiveAnswers: jsonb('sensitive_answers').$type<Record<string, unknown>>().notNull().default({}),
		/**
		 * Every answer folded like search keys (either script, no diacritics), computed once on write:
		 * a cheap first filter for searching open answers, before the exact per-question match.
		 */
		answersSearchKey: text('answers_search_key')
			.notNull()
			.generatedAlwaysAs(sql`kzm_search_key(answers::text)`),
		sensitiveConsent: boolean('sensitive_consent').notNull().default(false),
		/** The page reached while in progress (server-side paging). */
		currentSection: integer('current_section').notNull().default(0),
		isComplete: boolean('is_complete').notNull().default(false),
		parentalConsentConfirmed: boolean('parental_consent_confirmed').notNull().default(false),
		parentEmail: text('parent_email'),
		birthYear: integer('birth_year'),
		/** 15–19, 20–24, 25–30, under 15, over 30 — computed from the birth year and the survey year. */
		ageBand: text('age_band'),
		gender: text('gender'),
		settlement: text('settlement'),
		areaType: text('area_type').$type<'urban' | 'rural'>(),
		occupation: text('occupation'),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false)
	},
	(t) => [
		uniqueIndex('survey_responses_token').on(t.surveyId, t.tokenHash),
		index('survey_responses_survey').on(t.surveyId, t.isComplete)
	]
);

/**
 * How many responses of a survey gave each whole answer to each question, kept by triggers on
 * survey_responses (drizzle/0019_survey_answer_tally_triggers.sql) in the same statement as every write:
 * a submission, a saved page, a paper entry, an erasure, a deletion or cascade. The unfiltered results
 * page reads these few hundred rows instead of grouping every response (decision 0015). Per survey and
 * completeness: the respondents (`questionKey` ''), each non-open question's answer as jsonb text, each
 * open question's answered count (`answer` 'true'); a sensitive question's answers under `isSensitive`.
 */
export const surveyAnswerTallies = pgTable(
	'survey_answer_tallies',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		isComplete: boolean('is_complete').notNull(),
		isSensitive: boolean('is_sensitive').notNull(),
		questionKey: text('question_key').notNull(),
		answer: text('answer').notNull(),
		n: integer('n').notNull()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.isComplete, t.isSensitive, t.questionKey, t.answer] })]
);

/** A theme for coding open answers and focus-group findings (e.g. "нема превоза до града"). */
export const researchThemes = pgTable(
	'research_themes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		description: text('description').notNull().default(''),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('research_themes_name').on(t.officeId, t.name)]
);

/** An open answer tagged with a theme. */
export const surveyAnswerThemes = pgTable(
	'survey_answer_themes',
	{
		responseId: uuid('response_id')
			.notNull()
			.references(() => surveyResponses.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => researchThemes.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		codedBy: uuid('coded_by').references(() => users.id, { onDelete: 'set null' }),
		codedAt: timestamp('coded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.responseId, t.questionKey, t.themeId] }),
		index('survey_answer_themes_theme').on(t.themeId)
	]
);

export const QUALITATIVE_KINDS = ['focus_group', 'interview'] as const;
export type QualitativeKind = (typeof QUALITATIVE_KINDS)[number];

/** Participants of a focus group, only as counts (never names). */
export interface ParticipantProfile {
	ageBands: Record<string, number>;
	genders: Record<string, number>;
	/** Free description, e.g. "ученици средњих школа из сеоских месних заједница". */
	description: string;
}

/** A focus group or interview: aggregated participants, notes and coded themes. */
export const focusGroups = pgTable(
	'focus_groups',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<QualitativeKind>().notNull().default('focus_group'),
		title: text('title').notNull(),
		heldOn: date('held_on', { mode: 'string' }).notNull(),
		place: text('place').notNull().default(''),
		facilitator: text('facilitator').notNull().default(''),
		participantCount: integer('participant_count').notNull().default(0),
		profile: jsonb('profile')
			.$type<ParticipantProfile>()
			.notNull()
			.default({ ageBands: {}, genders: {}, description: '' }),
		/** Sanitised HTML. */
		notes: text('notes').notNull().default(''),
		surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'set null' }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('focus_groups_office').on(t.officeId, t.heldOn)]
);

export const focusGroupThemes = pgTable(
	'focus_group_themes',
	{
		focusGroupId: uuid('focus_group_id')
			.notNull()
			.references(() => focusGroups.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => researchThemes.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** What was said about it (no names). */
		note: text('note').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.focusGroupId, t.themeId] })]
);

/** The coordinator's yearly summary of needs from all findings; may be public. */
export const needsSummaries = pgTable(
	'needs_summaries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		/** Sanitised HTML. */
		summary: text('summary').notNull().default(''),
		summaryEn: englishText('summary_en').notNull().default(''),
		isPublic: boolean('is_public').notNull().default(false),
		isDemo: boolean('is_demo').notNull().default(false),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('needs_summaries_year').on(t.officeId, t.year)]
);

/** An action-plan goal that answers a need found in a year's research. */
export const needsSummaryGoals = pgTable(
	'needs_summary_goals',
	{
		summaryId: uuid('summary_id')
			.notNull()
			.references(() => needsSummaries.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => planGoals.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.summaryId, t.goalId] }), index('needs_summary_goals_goal').on(t.goalId)]
);
