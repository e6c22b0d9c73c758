import {
	pgTable,
	uuid,
	text,
	integer,
	timestamp,
	jsonb,
	primaryKey,
	index,
	uniqueIndex,
	bigserial,
	bigint,
	boolean,
	json
} from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';
import { events, eventSessions } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';

/** An age band for statistics and headcounts, inclusive; `null` ends are open. */
export interface AgeBand {
	key: string;
	min: number | null;
	max: number | null;
}

/** The office's bands and vulnerable groups for headcounts and statistics. */
export const attendanceSettings = pgTable('attendance_settings', {
	officeId: uuid('office_id')
		.primaryKey()
		.references(() => offices.id, { onDelete: 'cascade' }),
	ageBands: jsonb('age_bands').$type<AgeBand[]>().notNull(),
	/** Groups counted anonymously at the door (e.g. Roma youth, young people with disabilities). */
	vulnerableGroups: jsonb('vulnerable_groups').$type<{ key: string; label: string; labelEn: string }[]>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A registered person was at a session. */
export const sessionAttendance = pgTable(
	'session_attendance',
	{
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => eventSessions.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
		checkedInBy: uuid('checked_in_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [primaryKey({ columns: [t.registrationId, t.sessionId] }), index('session_attendance_session').on(t.sessionId)]
);

/**
 * Anonymous counts for people who came without registering: by age band and gender, plus
 * vulnerable groups. Never linked to a person.
 */
export interface HeadcountCounts {
	/** counts[bandKey][gender] where gender is female | male | other | unspecified. */
	byBand: Record<string, Record<string, number>>;
	vulnerable: Record<string, number>;
}

export const sessionHeadcounts = pgTable(
	'session_headcounts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => eventSessions.id, { onDelete: 'cascade' }),
		counts: jsonb('counts').$type<HeadcountCounts>().notNull(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('session_headcounts_session').on(t.sessionId)]
);

/** A participant's rating (1–5) and comment after the event; one per registration. */
export const eventFeedback = pgTable(
	'event_feedback',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		rating: integer('rating').notNull(),
		comment: text('comment').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('event_feedback_registration').on(t.registrationId), index('event_feedback_event').on(t.eventId)]
);

/**
 * One row per write that can change the office's attendance statistics (registrations, check-ins, headcounts,
 * events, sessions, age bands, settlements), added by database triggers in the writer's transaction (migration
 * 0017, decision 0036). The office's version of those figures is the sum of `weight`: every commit adds to it,
 * and no writer updates a shared row (no lock taken, none waited for). The warm-up job folds what it has warmed
 * into one `folded` row of the same total, so the office's rows stay few.
 */
export const attendanceStatisticsChanges = pgTable(
	'attendance_statistics_changes',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		// No foreign key: the triggers also run while an office is being deleted (its rows cascading away).
		officeId: uuid('office_id').notNull(),
		weight: bigint('weight', { mode: 'number' }).notNull().default(1),
		/** Whether this row is the sum of rows already warmed (not a change still to warm). */
		folded: boolean('folded').notNull().default(false),
		changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('attendance_statistics_changes_office').on(t.officeId, t.folded)]
);

/**
 * The attendance statistics' blocks of one office, period and filter as last computed, tagged with the office's
 * version they were computed at: read only while that is still the office's version (decision 0036).
 */
export const attendanceStatisticsStore = pgTable(
	'attendance_statistics_store',
	{
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** The period's instants, the programme and the plan area's events (statisticsStoreKey). */
		key: text('key').notNull(),
		version: bigint('version', { mode: 'number' }).notNull(),
		/** As JSON text (`json`, not `jsonb`): read back exactly as written, keys in their order. */
		blocks: json('blocks').notNull(),
		computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.officeId, t.key] })]
);
