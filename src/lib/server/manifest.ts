import type { Database } from './db/client.ts';
import type { Actor } from './actor.ts';
import type { Role } from './db/core-schema.ts';
import type { SQLWrapper } from 'drizzle-orm';

/** A demo account printed in the console when the demo office is loaded. */
export interface DemoAccount {
	role: Role;
	email: string;
	password: string;
}

/** Areas of the back-office side navigation, in the order they are shown. */
export const ADMIN_NAV_GROUPS = [
	'content',
	'events',
	'plan',
	'directory',
	'participation',
	'reports',
	'administration'
] as const;
export type AdminNavGroup = (typeof ADMIN_NAV_GROUPS)[number];

export interface AdminNavEntry {
	/** The area of the side navigation this entry belongs to (content; events and registrations; plan and
	 * research; directory and partners; participation, council and volunteering; reports; administration). */
	group: AdminNavGroup;
	/** Path without locale prefix, e.g. '/admin/users'. */
	href: string;
	/** Message key of the link text. */
	labelKey: string;
	/** Whether this actor sees the entry; the route re-checks, so this is only for navigation. */
	isVisibleTo: (actor: Actor) => boolean;
	order: number;
}

/** One search result, from whichever module owns the record. */
export interface SearchHit {
	/** Message key naming the kind of result (e.g. 'news.kind'). */
	kindKey: string;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	/** Path without locale prefix. */
	path: string;
	rank: number;
	date: Date | null;
}

/**
 * One module's search as a select that is not run by the module: the site search folds every
 * module's into one `UNION ALL` statement (decision 0043).
 */
export interface SearchStatement {
	/** Message key naming the kind of result (e.g. 'news.kind'). */
	kindKey: string;
	/** A select of `searchHitColumns()` (src/lib/server/search.ts), best first, at most `limit` rows. */
	select: SQLWrapper;
	/** Makes the summary shown from the selected snippet (HTML to text, a cut); shown as selected without it. */
	summarise?: (snippet: string) => string;
}

/** A public page of one module linked from a record of another (an event's volunteering, ...). */
export interface RelatedLink {
	/** Message key naming the kind of page (e.g. 'volunteering.kind'). */
	kindKey: string;
	title: string;
	titleEn: string;
	/** Path without locale prefix. */
	path: string;
	/** A message naming the page instead of a typed title (a needs summary is named by its year). */
	titleKey?: string;
	titleValues?: Record<string, string | number>;
}

/** What a module is told of a public action plan to find its own pages about it. */
export interface PlanLinkQuery {
	planId: string;
	firstYear: number;
	lastYear: number;
	goalIds: readonly string[];
}

/** A public address for the sitemap. */
export interface SitemapEntry {
	path: string;
	updatedAt: Date | null;
}

/** A place in the back-office that shows an image of the media library. */
export interface MediaUse {
	/** Message key naming the kind of place (e.g. 'news.kind'). */
	kindKey: string;
	title: string;
	/** Admin path of the place, without locale prefix (where staff remove the image). */
	path: string;
}

/**
 * Work done in the background on a schedule (reminders, promotions from a waitlist). Every
 * instance runs it, so `run` must be safe to run concurrently: claim rows with
 * `FOR UPDATE SKIP LOCKED` or mark them in the same statement that selects them.
 */
export interface ScheduledJob {
	name: string;
	everyMs: number;
	/** Does what is due at `now`; returns how many things it did (for logs and tests). */
	run: (db: Database, now: Date) => Promise<number>;
}

/** An area of the office's work, named in Serbian and English. */
export interface TopicArea {
	name: string;
	nameEn: string;
}

/** How a capability registers with the core (as Decidim components do). */
export interface ModuleManifest {
	name: string;
	adminNav?: AdminNavEntry[];
	/** Loads this module's demo content into the demo office. */
	seedDemo?: (db: Database, officeId: string) => Promise<DemoAccount[] | void>;
	/** Removes what seedDemo created, keeping the account given (the person removing the demo). */
	removeDemo?: (db: Database, officeId: string, keepUserId: string | null) => Promise<void>;
	/**
	 * Public records matching a search (query already folded with searchKey()), as one select the site
	 * search folds with the other modules' into one statement; null when the query has nothing to look for.
	 * A module whose search is one ranked select implements this one.
	 */
	searchStatement?: (db: Database, officeId: string, query: string, limit: number) => SearchStatement | null;
	/** Public records matching a search, for a module that cannot say it in one select (it ranks in code). */
	search?: (db: Database, officeId: string, query: string, limit: number) => Promise<SearchHit[]>;
	/** Public addresses for sitemap.xml. */
	sitemap?: (db: Database, officeId: string) => Promise<SitemapEntry[]>;
	/** Where this module shows a media library image (drafts too); deleting the image is refused while any do. */
	mediaUsage?: (db: Database, officeId: string, mediaId: string) => Promise<MediaUse[]>;
	/** Background jobs, started with the platform (on the embedded database too). */
	jobs?: ScheduledJob[];
	/** Figures the action plan's computed indicators can count from this module's records. */
	indicatorSources?: IndicatorSource[];
	/**
	 * Who came to groups of an event's sessions (the attendance module, through its one definition of an
	 * event's figures): the action plan's built-in indicators count events' participants with it, so the
	 * plan reads the same figures as the registrations page, the results and the statistics.
	 */
	eventAttendance?: (
		db: Database,
		officeId: string,
		groups: readonly EventAttendanceGroup[]
	) => Promise<Map<string, EventAttendance>>;
	/**
	 * The areas this module organises the office's work in (the current action plan's areas), which other
	 * modules offer as their default categories (participation's categories of initiatives); [] when none.
	 */
	topicAreas?: (db: Database, officeId: string) => Promise<TopicArea[]>;
	/** The goals, measures and indicators (target and actual of the year) of the plan covering a year; null: no plan. */
	annualPlan?: (db: Database, officeId: string, year: number) => Promise<AnnualPlanGoal[] | null>;
	/** The areas of the current action plan for the statistics filter, and what one of them covers (null: unknown). */
	planAreaScope?: {
		list: (db: Database, officeId: string) => Promise<PlanAreaChoice[]>;
		scope: (db: Database, officeId: string, areaId: string) => Promise<PlanAreaScope | null>;
	};
	/** What needs this actor's attention now in this module (the back-office dashboard); [] when nothing. */
	dashboard?: (db: Database, officeId: string, actor: Actor, now: Date) => Promise<AttentionItem[]>;
	/** Access and erasure of a person's data held by this module. */
	personalData?: PersonalDataHooks;
	/**
	 * Public pages of this module that belong to an event (the volunteering shifts of a volunteer
	 * action...), listed on the event's public page; [] when none.
	 */
	eventLinks?: (db: Database, officeId: string, eventId: string) => Promise<RelatedLink[]>;
	/**
	 * Public pages of this module that belong to a public action plan (the needs research it was built
	 * on...), linked from the plan's page; [] when none.
	 */
	planLinks?: (db: Database, officeId: string, plan: PlanLinkQuery) => Promise<RelatedLink[]>;
	/** This year's figures so far against the same part of last year (the back-office dashboard). */
	yearFigures?: (db: Database, officeId: string, actor: Actor, period: YearPeriods) => Promise<YearFigure[]>;
	/** Public datasets of this module, published as open data (/open-data) and through the API (/api/v1). */
	openData?: OpenDataset[];
	/**
	 * The earliest moment after `now` at which something this module shows publicly changes by itself (an
	 * article or opportunity publishing, a deadline passing, an event starting or ending, a survey opening or
	 * closing); null when none. The shared page cache keeps no public page past it (decision 0026).
	 */
	nextPublicChange?: (db: Database, officeId: string, now: Date) => Promise<Date | null>;
	/**
	 * This module's figures for any period (the office's statistics area and annual report). Called
	 * once per period shown (the chosen one and the same one a year earlier); the caller checks the
	 * actor and applies the small-group rule to every figure and table marked `people`.
	 */
	statistics?: (db: Database, query: StatisticsQuery) => Promise<StatisticsBlock[]>;
	/**
	 * The same as `statistics` for several periods of one filter at once (the period shown and the year
	 * before), one list of blocks per query in their order, for a module that reads them in one pass
	 * (decision 0036); the caller uses it instead of `statistics` when given.
	 */
	statisticsOfPeriods?: (db: Database, queries: readonly StatisticsQuery[]) => Promise<StatisticsBlock[][]>;
	/**
	 * The blocks `statistics` returns for the whole office, declared: their keys, headings and order and the
	 * keys and labels of their figures and tables (report templates offer them without counting anything; a
	 * test checks them against the hook over the demo office).
	 */
	statisticsShape?: StatisticsShape[];
	/**
	 * Records of this module that show how the office met a work-standard area in the period (partnership
	 * agreements, council sessions, answered initiatives...). The reports module offers them as evidence
	 * when staff rate the year's indicators (decision 0034); [] when none.
	 */
	standardsEvidence?: (db: Database, query: StatisticsQuery) => Promise<StandardsEvidence[]>;
	/**
	 * Projects this module funds that carry out the action plan's measures (grants from funding calls), with the
	 * money granted and paid out, for the measure's page and the plan's budget execution; [] when none.
	 */
	planGrants?: (db: Database, officeId: string, measureIds: readonly string[]) => Promise<PlanGrant[]>;
	/**
	 * Public items of this module that belong in the opportunities feed beside the office's opportunities
	 * (a funding call taking applications), newest first; [] when none.
	 */
	opportunityFeed?: (db: Database, officeId: string, now: Date) => Promise<FeedOpportunity[]>;
	/**
	 * Records of this module that records of other modules may link to (a council decision to a plan measure, a
	 * call to the measures it funds, a needs summary to the plan goals that answer it), for their link pickers, their checks and their public links (decision 0037).
	 * Only for the `kinds` named; the registry's `linkTargetsFor` asks the module owning a kind.
	 */
	linkTargets?: {
		kinds: readonly LinkTargetKind[];
		list: (db: Database, officeId: string, query: LinkTargetQuery) => Promise<LinkTarget[]>;
	};
	/**
	 * Records of other modules that this module's records tie to an action-plan area (the initiatives its decisions
	 * follow up on measures of the area), so that their statistics can narrow to the area too; {} when none.
	 */
	planAreaLinks?: (db: Database, officeId: string, scope: PlanAreaScope) => Promise<PlanAreaLinked>;
}

/** Kinds of records one module offers for links from another, each owned by one module (decision 0037). */
export const LINK_TARGET_KINDS = [
	'plan.goal',
	'plan.measure',
	'plan.activity',
	'events.event',
	'participation.initiative',
	'council.decision'
] as const;
export type LinkTargetKind = (typeof LINK_TARGET_KINDS)[number];

/**
 * What a picker or a check asks for: without `ids`, what a picker offers (plans being carried out, events that are
 * not drafts, public initiatives...), at most `limit`; with `ids`, exactly those records of the office that may be
 * linked, in any state (a draft event too, then with no public path), unknown ids left out.
 */
export interface LinkTargetQuery {
	kind: LinkTargetKind;
	ids?: readonly string[];
	limit?: number;
}

/** A record another module may link to, as its owner names it. */
export interface LinkTarget {
	kind: LinkTargetKind;
	id: string;
	/** As staff typed it (shown in the reader's script); English may be empty. */
	title: string;
	titleEn: string;
	/** What it sits in, outermost first (an activity's plan and measure), for the picker's label. */
	trail: { title: string; titleEn: string }[];
	/** The record it belongs to, when it has one (an activity's measure). */
	parentId: string | null;
	/** Public path without locale prefix; null when the record is not public (a draft event, a hidden initiative). */
	path: string | null;
}

/** Ids of records tied to an action-plan area through another module's links, by kind. */
export type PlanAreaLinked = Partial<Record<LinkTargetKind, string[]>>;

/** An item another module adds to the opportunities feed (RSS and Atom). */
export interface FeedOpportunity {
	/** As staff typed it (shown in the reader's script). */
	title: string;
	/** English title; empty when there is none (the feed then shows the Serbian in Latin). */
	titleEn: string;
	summary: string;
	summaryEn: string;
	/** Public path without locale prefix ('/calls/konkurs-2027'). */
	path: string;
	deadline: Date | null;
	publishedAt: Date;
	updatedAt: Date;
	/** Message key naming the kind of item (the feed's category) and a stable term for it. */
	kindKey: string;
	term: string;
}

/** The four areas of the ministry's work standards for youth offices (listed in order by the reports module). */
export type WorkStandardArea = 'management' | 'partnership' | 'participation' | 'inclusion';

/** A platform record offered as evidence for a work-standard area. */
export interface StandardsEvidence {
	/** Stable across reads: '<module>.<kind>:<id>'. */
	key: string;
	area: WorkStandardArea;
	/** Message key naming the kind of record ('council.evidence.session'). */
	kindKey: string;
	title: string;
	titleEn: string;
	/** Admin path without locale prefix. */
	path: string;
	/** The day it happened or started (YYYY-MM-DD), if any. */
	date: string | null;
}

/** A project funded to carry out measures of the action plan, as the plan lists it. */
export interface PlanGrant {
	/** The measures it carries out (among those asked about). */
	measureIds: string[];
	title: string;
	/** Who carries it out (an association's or group's name, as they gave it). */
	recipient: string;
	/** The Belgrade calendar year of the decision. */
	year: number;
	/** Whole dinars granted and paid out so far. */
	granted: number;
	paid: number;
	/**
	 * Whole dinars it spent, as far as the plan's budget execution counts them: the accepted financial report's total,
	 * else what was paid out (decision 0033).
	 */
	spent: number;
}

/** The kind of value in an open-data column (mapped to JSON Schema types in the OpenAPI document). */
export type OpenDataColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

/** One column of an open dataset: a stable English name (the CSV header and JSON key) and its meaning. */
export interface OpenDataColumn {
	/**
	 * snake_case, never renamed once published (harvesters and scripts depend on it). A column named
	 * `url` or `…_url` may hold a path on the portal ('/events/x'); the open-data layer makes it absolute.
	 */
	name: string;
	type: OpenDataColumnType;
	/** Message key of a sentence saying what the column holds. */
	descriptionKey: string;
	/** Whether the value may be missing (null in JSON, empty in CSV). */
	nullable?: boolean;
	/**
	 * A code column's possible values, each explained on /open-data by the message `labelKey(code)`
	 * (the labels the portal shows for it), and listed as the column's enum in the OpenAPI document.
	 */
	values?: { codes: readonly string[]; labelKey: (code: string) => string };
}

/** A value of an open-data row: dates as ISO strings ('2026-03-01' or full timestamps). */
export type OpenDataValue = string | number | boolean | null;
export type OpenDataRow = Record<string, OpenDataValue>;

/**
 * A dataset a module publishes (decision 0025): what the office already shows on its portal, as rows.
 * The reader returns PUBLIC records only (published, not hidden, with consent where a person is named)
 * and never an e-mail address, a phone number or the name of a private person; the walker test
 * (open-data.integration.test.ts) checks every dataset of the demo office for them.
 */
export interface OpenDataset {
	/** Stable kebab-case id, unique across modules: the file name and the API path (/api/v1/datasets/{id}). */
	id: string;
	/** Message keys of the title and a short description (what a row is, what is left out). */
	titleKey: string;
	descriptionKey: string;
	/** Message keys of a few keywords (DCAT keywords). */
	keywordKeys?: string[];
	columns: OpenDataColumn[];
	/** Every public row, in a stable order, and when the data last changed (null when nothing is published). */
	read: (db: Database, officeId: string, now: Date) => Promise<{ rows: OpenDataRow[]; updatedAt: Date | null }>;
}

/** A period of the statistics: instants from `from` up to (not including) `to`, in Belgrade days. */
export interface StatisticsQuery {
	officeId: string;
	from: Date;
	to: Date;
	/** The same bounds as Belgrade calendar dates (YYYY-MM-DD), `toDay` not included, for date columns. */
	fromDay: string;
	toDay: string;
	/** Only what belongs to this programme, when given; modules without programmes count the whole office. */
	programmeId: string | null;
	/**
	 * Only what belongs to this action-plan area, when given: its measures and the events linked to them.
	 * Modules whose records link to neither count the whole office and leave `areaFiltered` unset.
	 */
	planArea?: PlanAreaScope | null;
}

/** An action-plan area as the statistics filter sees it: the ids of what belongs to it. */
export interface PlanAreaScope {
	areaId: string;
	/** Measures under the area's goals. */
	measureIds: string[];
	/** Events linked to any of those measures. */
	eventIds: string[];
	/**
	 * Records tied to the area through other modules' links (every manifest's `planAreaLinks`, merged by the
	 * statistics), e.g. the initiatives council decisions on the area's measures follow up on.
	 */
	linked?: PlanAreaLinked;
}

/** One indicator of the annual report's plan tables: its target and actual value of the year (null: none set). */
export interface AnnualPlanIndicator {
	name: string;
	nameEn: string;
	unit: string;
	unitEn: string;
	target: number | null;
	actual: number | null;
}

/** A goal of the action plan with its measures and every indicator, for the annual report of a year. */
export interface AnnualPlanGoal {
	title: string;
	titleEn: string;
	indicators: AnnualPlanIndicator[];
	measures: { title: string; titleEn: string; indicators: AnnualPlanIndicator[] }[];
}

/** An area of the office's current action plan offered as a statistics filter. */
export interface PlanAreaChoice {
	id: string;
	name: string;
	nameEn: string;
}

/** A label of a statistics row: a message (with values) or text staff typed, in Serbian and English. */
export type StatisticsLabel =
	{ key: string; values?: Record<string, string | number> } | { text: string; textEn: string };

/** One figure of the statistics, e.g. "volunteer hours". */
export interface StatisticsFigure {
	/** Stable key, namespaced by module ('volunteering.hours'): exports and the annual report use it. */
	key: string;
	/** Message key of the label. */
	labelKey: string;
	value: number;
	/** A count of people: groups under five are shown as "<5". */
	people: boolean;
}

/** A breakdown of a total into parts (by gender, by settlement, by event type). */
export interface StatisticsTable {
	key: string;
	/** Message key of the table's heading. */
	titleKey: string;
	rows: { label: StatisticsLabel; value: number }[];
	/** The total the rows add up to; absent when rows overlap (one person in several groups). */
	total?: number;
	people: boolean;
}

/** What one module contributes to the statistics: a heading, figures and tables. */
export interface StatisticsBlock {
	/** Stable key of the block ('volunteering'). */
	key: string;
	/** Message key of the block's heading. */
	titleKey: string;
	/** Position on the page (smaller first). */
	order: number;
	figures: StatisticsFigure[];
	tables: StatisticsTable[];
	/** Whether the programme filter applies to this block; when not, the whole office counts. */
	filtered: boolean;
	/** Whether the action-plan area filter applies to this block; absent or false: the whole office counts. */
	areaFiltered?: boolean;
}

/** What a statistics block holds, without its values (ModuleManifest.statisticsShape). */
export interface StatisticsShape {
	key: string;
	titleKey: string;
	order: number;
	figures: Pick<StatisticsFigure, 'key' | 'labelKey'>[];
	tables: Pick<StatisticsTable, 'key' | 'titleKey'>[];
}

/** The stretch of this year up to now, and the same stretch of last year (Belgrade calendar years). */
export interface YearPeriods {
	year: number;
	current: { from: Date; to: Date };
	previous: { from: Date; to: Date };
}

/** One figure of the dashboard's "this year" tiles. */
export interface YearFigure {
	/** Message key of the tile's label. */
	labelKey: string;
	current: number;
	previous: number;
	/** Admin path (without locale prefix) with the details, if any. */
	href?: string;
}

/** Some sessions of one event whose attendance is asked for (the sessions of one year, for the action plan). */
export interface EventAttendanceGroup {
	/** The caller's key of the group, the key of its answer. */
	key: string;
	eventId: string;
	sessionIds: readonly string[];
}

/** Who came to a group of sessions: the event's figures over those sessions, without saying who. */
export interface EventAttendance {
	/** Everyone who came: attended + walk-ins + headcount (`attendanceFigures`). */
	participants: number;
	/** The anonymous headcount: the largest of one session of the group (never added up over sessions). */
	headcount: number;
	/**
	 * One opaque key per registered person who came (confirmed and checked in, or added at the door); a
	 * person's registrations share it (same account, e-mail or phone) in every group of one call.
	 */
	people: string[];
}

/**
 * A figure the action plan's computed indicators can count from a module's own records (initiatives
 * submitted, volunteer hours, money granted...). The action plan offers every source of every
 * manifest in the indicator form and counts them on every read of a plan, as it counts events
 * (decision 0011), so it never imports the module that owns the records.
 */
export interface IndicatorSource {
	/** Stable key stored on the indicator, namespaced by module: 'participation.initiatives_submitted'. */
	key: string;
	/** Message key of the choice's label in the indicator form and the public note ("counted from …"). */
	labelKey: string;
	/**
	 * The value for each of `years` (calendar years in Belgrade time), counted at `now`. `measureIds` are
	 * the measures the indicator belongs to (one for a measure's indicator, all of a goal's measures for a
	 * goal's): a source whose records are linked to measures counts only those; a source whose records
	 * have no such link counts the whole office. Years after `now`'s year are not asked for.
	 */
	countByYear: (
		db: Database,
		input: { officeId: string; measureIds: readonly string[]; years: readonly number[]; now: Date }
	) => Promise<Map<number, number>>;
}

/** Something in a module that needs staff attention now, shown on the back-office dashboard. */
export interface AttentionItem {
	/** Message key of the sentence; it receives `{count}` (plural forms through the catalogue). */
	labelKey: string;
	count: number;
	/** Admin path (without locale prefix) where the work is done. */
	href: string;
	/** How urgent: overdue or past a deadline is 'warning'. */
	tone: 'info' | 'warning';
}

/** A person as the data-rights hooks know them: by account, or by the e-mail or phone they gave. */
export interface DataSubject {
	officeId: string;
	userId: string | null;
	email: string | null;
	phone: string | null;
	/**
	 * The names, e-mail addresses and phone numbers the person gave anywhere (their account, registrations,
	 * messages), gathered from every module's export before an erasure, so that hooks holding free text
	 * (the audit log, e-mail bodies, change histories) can remove them too. Absent for an export.
	 */
	knownAs?: readonly string[];
}

/** What one module holds about a person, for the "download my data" export. */
export interface PersonalDataSection {
	/** Message key naming the kind of records (e.g. 'registrations.personalData.own'). */
	titleKey: string;
	/** Plain records: field name → value (strings, numbers, booleans, ISO dates, null). */
	records: Record<string, string | number | boolean | null>[];
}

/** How a module answers a person's rights of access and erasure (Law on Personal Data Protection). */
export interface PersonalDataHooks {
	/** Everything this module holds about the person. */
	export: (db: Database, subject: DataSubject) => Promise<PersonalDataSection[]>;
	/**
	 * Removes or anonymises the person's records in this module, keeping aggregates (an attendance
	 * still counts, without a name). Runs inside the erasure's transaction; returns how many rows changed.
	 */
	erase: (db: Database, subject: DataSubject, now: Date) => Promise<number>;
	/**
	 * Applies the office's retention periods to this module's personal records (a background job):
	 * removes or anonymises what is older than its period; returns how many rows changed.
	 */
	retain?: (db: Database, input: { officeId: string; periods: RetentionPeriods; now: Date }) => Promise<number>;
}

/** Kinds of personal records with a retention period, each in days (0: kept until erased by hand). */
export const RETENTION_KINDS = ['registrations', 'feedback', 'importFiles', 'outboxBodies'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
/**
 * How long each kind is kept, in days: registrations of past events (after the event ends), feedback
 * comments, uploaded import files, bodies of sent e-mail.
 */
export type RetentionPeriods = Record<RetentionKind, number>;
