import { pgTable, uuid, text, integer, timestamp, jsonb, bigserial, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices, users } from '../../server/db/core-schema.ts';
import { events } from '../events/schema.ts';

export const REGISTRATION_STATUSES = [
	/** Under 15: the place is held until a parent or guardian confirms through the e-mailed link. */
	'pending_guardian',
	/** The event needs approval: waiting for staff to accept or decline. */
	'pending_approval',
	'confirmed',
	'waitlisted',
	'declined',
	'cancelled'
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Statuses that hold (or wait for) a place; a person can have only one of these per event. */
export const ACTIVE_REGISTRATION_STATUSES = [
	'pending_guardian',
	'pending_approval',
	'confirmed',
	'waitlisted'
] as const;

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export type RegistrationSource = 'online' | 'staff' | 'walk_in';

/**
 * A person's registration for an event, with or without an account. Only what the office needs
 * is kept: a name, one way to reach them, the year of birth (for the age band and the under-15
 * rule), and optionally gender and place for statistics.
 */
export const registrations = pgTable(
	'registrations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Order of arrival: the waitlist is promoted in this order. */
		sequence: bigserial('sequence', { mode: 'number' }).notNull(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		/** Lower-cased; '' when the person gave only a phone. */
		email: text('email').notNull().default(''),
		/** Digits and a leading + only; '' when the person gave only an e-mail. */
		phone: text('phone').notNull().default(''),
		birthYear: integer('birth_year'),
		gender: text('gender').$type<Gender>(),
		place: text('place').notNull().default(''),
		answers: jsonb('answers').$type<Record<string, string | boolean>>().notNull().default({}),
		status: text('status').$type<RegistrationStatus>().notNull(),
		source: text('source').$type<RegistrationSource>().notNull().default('online'),
		/** SHA-256 of the private link's token (view, cancel, feedback, certificate). */
		accessTokenHash: text('access_token_hash').notNull(),
		/** Short code shown as a QR code and scanned at the door. */
		checkInCode: text('check_in_code').notNull(),
		/** The consent text shown when signing up, as it was then. */
		consentText: text('consent_text').notNull().default(''),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		guardianName: text('guardian_name').notNull().default(''),
		guardianEmail: text('guardian_email').notNull().default(''),
		guardianTokenHash: text('guardian_token_hash'),
		guardianConfirmedAt: timestamp('guardian_confirmed_at', { withTimezone: true }),
		/** Locale the person used, so e-mails and certificates come in their language and script. */
		locale: text('locale').notNull().default('sr-Cyrl'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		promotedAt: timestamp('promoted_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		feedbackRequestedAt: timestamp('feedback_requested_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('registrations_event_status').on(t.eventId, t.status, t.sequence),
		index('registrations_user').on(t.userId),
		uniqueIndex('registrations_access_token').on(t.accessTokenHash),
		uniqueIndex('registrations_check_in_code').on(t.eventId, t.checkInCode),
		// One active registration per person and event, whichever way they are identified.
		uniqueIndex('registrations_one_per_email')
			.on(t.eventId, t.email)
			.where(
				sql`${t.email} <> '' and ${t.status} in ('pending_guardian', 'pending_approval', 'confirmed', 'waitlisted')`
			),
		uniqueIndex('registrations_one_per_phone')
			.on(t.eventId, t.phone)
			.where(
				sql`${t.phone} <> '' and ${t.status} in ('pending_guardian', 'pending_approval', 'confirmed', 'waitlisted')`
			),
		uniqueIndex('registrations_one_per_user')
			.on(t.eventId, t.userId)
			.where(
				sql`${t.userId} is not null and ${t.status} in ('pending_guardian', 'pending_approval', 'confirmed', 'waitlisted')`
			)
	]
);
