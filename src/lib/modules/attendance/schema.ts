import { pgTable, uuid, text, integer, timestamp, jsonb, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
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
