import { pgTable, uuid, text, integer, timestamp, boolean, date, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { offices, users } from '../../server/db/core-schema.ts';
import { englishText } from '../../server/db/english-column.ts';

export const VOLUNTEER_CATEGORIES = [
	'environment',
	'social',
	'education',
	'culture',
	'sport',
	'health',
	'events',
	'other'
] as const;
export type VolunteerCategory = (typeof VOLUNTEER_CATEGORIES)[number];

/** draft → pending_review (an organisation's representative asked) → published; staff may also reject. */
export const OPPORTUNITY_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'closed'] as const;
export type VolunteerOpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/**
 * A volunteering opportunity of the office or of an organisation from the directory. Shifts carry the
 * dates and places; an open-ended role has expected hours a week over a planned period instead.
 */
export const volunteerOpportunities = pgTable(
	'volunteer_opportunities',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		/** Null: the office itself organises. Otherwise an organisation of the directory (by id only). */
		organisationId: uuid('organisation_id'),
		organiserName: text('organiser_name').notNull().default(''),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		summary: text('summary').notNull().default(''),
		summaryEn: englishText('summary_en').notNull().default(''),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default(''),
		beneficiary: text('beneficiary').notNull().default(''),
		place: text('place').notNull().default(''),
		isRemote: boolean('is_remote').notNull().default(false),
		category: text('category').$type<VolunteerCategory>().notNull(),
		skills: text('skills').notNull().default(''),
		/** Never below 15 (Law on Volunteering); 18 where the organiser says so. */
		minAge: integer('min_age').notNull().default(15),
		training: text('training').notNull().default(''),
		costsReimbursed: text('costs_reimbursed').notNull().default(''),
		rightsAndDuties: text('rights_and_duties').notNull().default(''),
		/** An open-ended role (no shifts): expected hours a week over [startsOn, endsOn]. */
		isOpenEnded: boolean('is_open_ended').notNull().default(false),
		hoursPerWeek: integer('hours_per_week'),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		/** Places of an open-ended role (null: as many as the organiser accepts). */
		rolePlaces: integer('role_places'),
		/** First come, first served: an application with a free place is accepted at once. */
		autoAccept: boolean('auto_accept').notNull().default(false),
		/** A related event (a `volunteer_action`), by id only. */
		eventId: uuid('event_id'),
		status: text('status').$type<VolunteerOpportunityStatus>().notNull().default('draft'),
		reviewNote: text('review_note').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		isDemo: boolean('is_demo').notNull().default(false),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('volunteer_opportunities_office_slug').on(t.officeId, t.slug),
		index('volunteer_opportunities_public').on(t.officeId, t.status),
		index('volunteer_opportunities_organisation').on(t.organisationId)
	]
);

/** One date and time with the places it needs. */
export const volunteerShifts = pgTable(
	'volunteer_shifts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		opportunityId: uuid('opportunity_id')
			.notNull()
			.references(() => volunteerOpportunities.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		places: integer('places').notNull()
	},
	(t) => [index('volunteer_shifts_opportunity').on(t.opportunityId, t.startsAt)]
);

/** A person's volunteer profile in an office; their card number is given with it. */
export const volunteerProfiles = pgTable(
	'volunteer_profiles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** Null once the person's data is erased (hours stay counted). */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		email: text('email').notNull().default(''),
		phone: text('phone').notNull().default(''),
		/** The law's ages (15; 18) are counted at a shift's date, so the whole date is asked. */
		birthDate: date('birth_date'),
		gender: text('gender').$type<'female' | 'male' | 'other'>(),
		skills: text('skills').notNull().default(''),
		interests: text('interests').notNull().default(''),
		availability: text('availability').notNull().default(''),
		emergencyContact: text('emergency_contact').notNull().default(''),
		/** Cyrillic or Latin: the script of the volunteer's documents. */
		script: text('script').$type<'cyrl' | 'latn'>().notNull().default('cyrl'),
		cardNumber: text('card_number').notNull(),
		/** The key of the card's public verification page (QR code); random, not guessable. */
		cardCode: text('card_code').notNull(),
		cardValidUntil: date('card_valid_until'),
		showHoursPublicly: boolean('show_hours_publicly').notNull().default(false),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('volunteer_profiles_office_user').on(t.officeId, t.userId),
		uniqueIndex('volunteer_profiles_card_number').on(t.officeId, t.cardNumber),
		uniqueIndex('volunteer_profiles_card_code').on(t.cardCode)
	]
);

/**
 * A parent's or guardian's written consent for a volunteer under 18, given through an e-mailed link.
 * It covers the volunteer until withdrawn or until they turn 18; organisers only see that it exists.
 */
export const volunteerGuardianConsents = pgTable(
	'volunteer_guardian_consents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		profileId: uuid('profile_id')
			.notNull()
			.references(() => volunteerProfiles.id, { onDelete: 'cascade' }),
		guardianName: text('guardian_name').notNull(),
		guardianEmail: text('guardian_email').notNull(),
		relation: text('relation').notNull().default(''),
		/** SHA-256 of the e-mailed link's token. */
		tokenHash: text('token_hash').notNull(),
		confirmedName: text('confirmed_name').notNull().default(''),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('volunteer_guardian_consents_token').on(t.tokenHash),
		index('volunteer_guardian_consents_profile').on(t.profileId)
	]
);

export const APPLICATION_STATUSES = ['pending', 'accepted', 'waitlisted', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A volunteer's application to a shift (or to an open-ended role: no shift). */
export const volunteerApplications = pgTable(
	'volunteer_applications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		opportunityId: uuid('opportunity_id')
			.notNull()
			.references(() => volunteerOpportunities.id, { onDelete: 'cascade' }),
		shiftId: uuid('shift_id').references(() => volunteerShifts.id, { onDelete: 'cascade' }),
		profileId: uuid('profile_id')
			.notNull()
			.references(() => volunteerProfiles.id, { onDelete: 'cascade' }),
		motivation: text('motivation').notNull().default(''),
		status: text('status').$type<ApplicationStatus>().notNull().default('pending'),
		decisionReason: text('decision_reason').notNull().default(''),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		/** The volunteer asked for a written contract (the law lets them). */
		contractRequested: boolean('contract_requested').notNull().default(false),
		locale: text('locale').notNull().default('sr'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('volunteer_applications_shift').on(t.shiftId, t.status),
		index('volunteer_applications_opportunity').on(t.opportunityId, t.status),
		index('volunteer_applications_profile').on(t.profileId),
		// One active application per person and shift (or role), even if two arrive at once.
		uniqueIndex('volunteer_applications_active_shift')
			.on(t.shiftId, t.profileId)
			.where(sql`shift_id IS NOT NULL AND status IN ('pending', 'accepted', 'waitlisted')`),
		uniqueIndex('volunteer_applications_active_role')
			.on(t.opportunityId, t.profileId)
			.where(sql`shift_id IS NULL AND status IN ('pending', 'accepted', 'waitlisted')`)
	]
);

export const HOURS_STATUSES = ['claimed', 'approved', 'rejected'] as const;
export type HoursStatus = (typeof HOURS_STATUSES)[number];

/** Hours volunteered: recorded by the organiser (approved at once) or claimed by the volunteer. */
export const volunteerHours = pgTable(
	'volunteer_hours',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => volunteerApplications.id, { onDelete: 'cascade' }),
		profileId: uuid('profile_id')
			.notNull()
			.references(() => volunteerProfiles.id, { onDelete: 'cascade' }),
		opportunityId: uuid('opportunity_id')
			.notNull()
			.references(() => volunteerOpportunities.id, { onDelete: 'cascade' }),
		shiftId: uuid('shift_id').references(() => volunteerShifts.id, { onDelete: 'set null' }),
		workedOn: date('worked_on').notNull(),
		/** Whole minutes: a quarter of an hour is 15. */
		minutes: integer('minutes').notNull(),
		task: text('task').notNull().default(''),
		source: text('source').$type<'organiser' | 'claim'>().notNull(),
		status: text('status').$type<HoursStatus>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('volunteer_hours_profile').on(t.profileId, t.workedOn),
		index('volunteer_hours_office').on(t.officeId, t.status, t.workedOn),
		// One record per application and shift: a second check-in corrects the first.
		uniqueIndex('volunteer_hours_application_shift')
			.on(t.applicationId, t.shiftId)
			.where(sql`shift_id IS NOT NULL`)
	]
);

export const CONTRACT_REASONS = ['minor', 'long_term_planned', 'long_term_recorded', 'requested'] as const;
export type ContractReason = (typeof CONTRACT_REASONS)[number];

/** A written volunteering contract: generated from the application, then signed on paper or online. */
export const volunteerContracts = pgTable(
	'volunteer_contracts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => volunteerApplications.id, { onDelete: 'cascade' }),
		reasons: text('reasons').array().$type<ContractReason[]>().notNull(),
		number: text('number').notNull(),
		signedAt: timestamp('signed_at', { withTimezone: true }),
		signedOnline: boolean('signed_online').notNull().default(false),
		/** The signed scan as uploaded (kept privately, served only to staff and the volunteer). */
		scanFileName: text('scan_file_name'),
		/** The id of the scan in the core files table (src/lib/server/files.ts). */
		scanPath: text('scan_path'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('volunteer_contracts_application').on(t.applicationId)]
);

/** A certificate of volunteering as issued, with the code that verifies it. */
export const volunteerCertificates = pgTable(
	'volunteer_certificates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		profileId: uuid('profile_id')
			.notNull()
			.references(() => volunteerProfiles.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		minutes: integer('minutes').notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('volunteer_certificates_code').on(t.code)]
);

export const WARNING_KINDS = ['understaffed', 'pending', 'awaitingConsent', 'longTerm'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/**
 * Warnings already e-mailed to organisers (a shift short of volunteers soon, applications waiting, an
 * under-18 application waiting for consent, long-term volunteering without a contract): one row per
 * kind, subject and period, inserted before the e-mail, so each is sent once even with several
 * instances running the job.
 */
export const volunteerWarnings = pgTable(
	'volunteer_warnings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<WarningKind>().notNull(),
		/** The shift, opportunity, application or profile warned about (by id only). */
		subjectId: uuid('subject_id').notNull(),
		/** The period a repeated warning belongs to (the week of waiting applications); '' when sent once. */
		period: text('period').notNull().default(''),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('volunteer_warnings_once').on(t.kind, t.subjectId, t.period)]
);
