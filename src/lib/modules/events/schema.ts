import { pgTable, uuid, text, integer, timestamp, jsonb, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices } from '../../server/db/core-schema.ts';
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';

/** Programmes group events (education, career orientation, creative expression, …). */
export const programmes = pgTable(
	'programmes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default(''),
		/** A #rrggbb colour used for the programme's badge and calendar entries. */
		color: text('color').notNull().default('#1d4ed8'),
		sortOrder: integer('sort_order').notNull().default(0),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('programmes_office_slug').on(t.officeId, t.slug)]
);

export const EVENT_TYPES = [
	'workshop',
	'course',
	'lecture',
	'training',
	'camp',
	'cultural',
	'sports',
	'volunteer_action',
	'info_session',
	'other'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'finished'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How people sign up: not at all, directly, or pending until staff accept them. */
export const REGISTRATION_MODES = ['none', 'open', 'approval'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export const QUESTION_KINDS = ['text', 'choice', 'yes_no'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** An extra question on the registration form; answers are stored by the question's id. */
export interface EventQuestion {
	id: string;
	kind: QuestionKind;
	label: string;
	labelEn: string;
	required: boolean;
	/** Only for `choice`. */
	options: { id: string; label: string; labelEn: string }[];
}

/**
 * An event: a single meeting or a series of sessions (a course of eight meetings). `starts_at` and
 * `ends_at` are the first session's start and the last session's end, kept in step by the commands
 * so lists and feeds need no join.
 */
export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'set null' }),
		type: text('type').$type<EventType>().notNull().default('workshop'),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		summary: text('summary').notNull().default(''),
		summaryEn: englishText('summary_en').notNull().default(''),
		/** Sanitised HTML. */
		body: text('body').notNull().default(''),
		bodyEn: englishText('body_en').notNull().default(''),
		searchText: text('search_text').notNull().default(''),
		/** Where: a named place with address and room, and/or an online link. */
		placeName: text('place_name').notNull().default(''),
		address: text('address').notNull().default(''),
		room: text('room').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		/** Audience age range; defaults come from the office's youth age range. */
		minAge: integer('min_age'),
		maxAge: integer('max_age'),
		/** Places; null means no limit. */
		capacity: integer('capacity'),
		registrationMode: text('registration_mode').$type<RegistrationMode>().notNull().default('open'),
		registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
		registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
		questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
		accessibility: text('accessibility').notNull().default(''),
		accessibilityEn: englishText('accessibility_en').notNull().default(''),
		/** Partners involved, as free text until the partners registry exists. */
		partners: text('partners').notNull().default(''),
		coverMediaId: uuid('cover_media_id'),
		status: text('status').$type<EventStatus>().notNull().default('draft'),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		cancellationReason: text('cancellation_reason').notNull().default(''),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'summary', 'summary_en', 'place_name', 'search_text']),
		searchLead: searchLeadColumn(['title', 'title_en', 'summary', 'summary_en', 'place_name', 'search_text']),
		searchVector: searchVectorColumn(['title', 'title_en', 'summary', 'summary_en', 'place_name', 'search_text'])
	},
	(t) => [
		uniqueIndex('events_office_slug').on(t.officeId, t.slug),
		index('events_public').on(t.officeId, t.status, t.startsAt),
		// The month calendar asks which events overlap a month: a range index answers it without reading
		// every event that starts before the month ends (decision 0029; the query repeats this expression).
		index('events_period').using('gist', sql`tstzrange(${t.startsAt}, greatest(${t.startsAt}, ${t.endsAt}), '[]')`),
		index('events_programme').on(t.programmeId),
		index('events_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('events_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('events_search_vector').using('gin', t.searchVector)
	]
);

/** One meeting of an event. Every event has at least one session. */
export const eventSessions = pgTable(
	'event_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		/** Optional topic of this meeting ("Session 3: interviews"). */
		title: text('title').notNull().default(''),
		titleEn: englishText('title_en').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		/** When the day-before reminder for this session was queued; null until then. */
		reminderQueuedAt: timestamp('reminder_queued_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('event_sessions_event').on(t.eventId, t.startsAt), index('event_sessions_due').on(t.startsAt)]
);
