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
import { searchKeyColumn, searchLeadColumn, searchVectorColumn } from '../../server/db/search-columns.ts';
import { mediaItems } from '../media/schema.ts';
import { documents } from '../documents/schema.ts';
import { events } from '../events/schema.ts';
import { planActivities } from '../action-plan/schema.ts';
import { englishText } from '../../server/db/english-column.ts';

export const ORGANISATION_TYPES = [
	'youth_association',
	'association_for_youth',
	'federation',
	'informal_group',
	'school',
	'faculty',
	'public_institution',
	'local_government',
	'business',
	'media',
	'international'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Areas of work: the national youth strategy's areas, as the action plan uses them by default. */
export const WORK_AREAS = [
	'education',
	'employment',
	'health',
	'safety',
	'culture',
	'participation',
	'mobility',
	'inclusion'
] as const;
export type WorkArea = (typeof WORK_AREAS)[number];

export const TARGET_GROUPS = [
	'pupils',
	'students',
	'unemployed',
	'rural_youth',
	'youth_with_disabilities',
	'roma_youth',
	'young_parents',
	'youth_at_risk',
	'all_youth'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const ORGANISATION_STATUSES = ['active', 'inactive', 'dissolved'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** listed: in the public directory; pending: asked to be listed through the public form; hidden: staff only. */
export const LISTING_STATUSES = ['listed', 'pending', 'hidden', 'rejected'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** Optional fields an organisation may choose to show publicly (name, type, areas, description always are). */
export const PUBLIC_FIELDS = [
	'address',
	'email',
	'phone',
	'website',
	'social',
	'members',
	'registration',
	'contacts'
] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

export interface OrganisationLink {
	label: string;
	url: string;
}

/** An organisation in the office's directory: associations, informal groups, institutions, partners. */
export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		/** As typed (either script); shown in the reader's script. */
		name: text('name').notNull(),
		shortName: text('short_name').notNull().default(''),
		type: text('type').$type<OrganisationType>().notNull(),
		registrationNumber: text('registration_number').notNull().default(''),
		registeredOn: date('registered_on', { mode: 'string' }),
		/** In the ministry's register of youth associations and associations for youth. */
		inMinistryRegister: boolean('in_ministry_register').notNull().default(false),
		areas: text('areas')
			.array()
			.$type<WorkArea[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		targetGroups: text('target_groups')
			.array()
			.$type<TargetGroup[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default(''),
		address: text('address').notNull().default(''),
		email: text('email').notNull().default(''),
		phone: text('phone').notNull().default(''),
		website: text('website').notNull().default(''),
		socialLinks: jsonb('social_links').$type<OrganisationLink[]>().notNull().default([]),
		memberCount: integer('member_count'),
		youngMemberCount: integer('young_member_count'),
		logoMediaId: uuid('logo_media_id').references(() => mediaItems.id, { onDelete: 'set null' }),
		status: text('status').$type<OrganisationStatus>().notNull().default('active'),
		/** Last time the organisation (or staff) confirmed it is active and its details are right. */
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		listing: text('listing').$type<ListingStatus>().notNull().default('listed'),
		publicFields: text('public_fields')
			.array()
			.$type<PublicField[]>()
			.notNull()
			.default(sql`'{website,social}'::text[]`),
		/** Is a partner of the office (agreements, joint activities). */
		isPartner: boolean('is_partner').notNull().default(false),
		/** Notes for staff only. */
		staffNotes: text('staff_notes').notNull().default(''),
		/** Set when merged into another record as a duplicate; the record is then hidden. */
		mergedIntoId: uuid('merged_into_id'),
		/** Who asked for the listing through the public form (until an account claims it). */
		requestedByEmail: text('requested_by_email'),
		searchKey: searchKeyColumn(['name', 'short_name', 'description', 'description_en']),
		searchLead: searchLeadColumn(['name', 'short_name', 'description', 'description_en']),
		searchVector: searchVectorColumn(['name', 'short_name', 'description', 'description_en']),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('organisations_office_slug').on(t.officeId, t.slug),
		index('organisations_office_listing').on(t.officeId, t.listing, t.status),
		index('organisations_registration').on(t.officeId, t.registrationNumber),
		index('organisations_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`),
		index('organisations_search_lead').using('gin', sql`${t.searchLead} gin_trgm_ops`),
		index('organisations_search_vector').using('gin', t.searchVector)
	]
);

/** A contact person; never public unless the organisation marks this person public. */
export const organisationContacts = pgTable(
	'organisation_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		role: text('role').notNull().default(''),
		email: text('email').notNull().default(''),
		phone: text('phone').notNull().default(''),
		/** Informal groups need at least one adult contact. */
		isAdult: boolean('is_adult').notNull().default(true),
		isPublic: boolean('is_public').notNull().default(false),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [index('organisation_contacts_org').on(t.organisationId, t.sortOrder)]
);

/** A member of an informal group (name and year of birth, never public): gives the group's age profile. */
export const organisationMembers = pgTable(
	'organisation_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		birthYear: integer('birth_year').notNull()
	},
	(t) => [index('organisation_members_org').on(t.organisationId)]
);

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected', 'revoked'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A person's claim to represent an organisation; once approved, they keep its profile up to date. */
export const organisationRepresentatives = pgTable(
	'organisation_representatives',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		status: text('status').$type<ClaimStatus>().notNull().default('pending'),
		/** What the person wrote to support the claim (their role in the organisation). */
		message: text('message').notNull().default(''),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.organisationId, t.userId] }),
		index('organisation_representatives_user').on(t.userId)
	]
);

/** One field's change: before and after. */
export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

export const CHANGE_STATUSES = ['applied', 'pending', 'rejected'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** Every change to an organisation's profile; representatives' public changes may wait for review. */
export const organisationChanges = pgTable(
	'organisation_changes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
		status: text('status').$type<ChangeStatus>().notNull().default('applied'),
		changes: jsonb('changes').$type<FieldChange[]>().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		index('organisation_changes_org').on(t.organisationId, t.createdAt),
		index('organisation_changes_pending').on(t.officeId, t.status)
	]
);

/** The yearly "still active, details correct?" e-mail; its link works once and expires. */
export const organisationConfirmations = pgTable(
	'organisation_confirmations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		/** SHA-256 of the token in the e-mailed link. */
		tokenHash: text('token_hash').notNull(),
		sentTo: text('sent_to').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		/** confirmed: still active, details right; changes: still active, details need changes; inactive. */
		answer: text('answer').$type<'confirmed' | 'changes' | 'inactive'>()
	},
	(t) => [
		uniqueIndex('organisation_confirmations_token').on(t.tokenHash),
		uniqueIndex('organisation_confirmations_year').on(t.organisationId, t.year)
	]
);

/** Office-wide settings of the directory. */
export const organisationSettings = pgTable('organisation_settings', {
	officeId: uuid('office_id')
		.primaryKey()
		.references(() => offices.id, { onDelete: 'cascade' }),
	/** Representatives' changes to public fields wait for staff review instead of going live at once. */
	reviewPublicChanges: boolean('review_public_changes').notNull().default(true)
});

export const AGREEMENT_KINDS = [
	'memorandum',
	'cooperation_agreement',
	'contract',
	'letter_of_support',
	'other'
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** A partnership agreement with an organisation. */
export const partnershipAgreements = pgTable(
	'partnership_agreements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<AgreementKind>().notNull(),
		title: text('title').notNull(),
		signedOn: date('signed_on', { mode: 'string' }),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' }),
		documentId: uuid('document_id').references(() => documents.id, { onDelete: 'set null' }),
		officeCommitments: text('office_commitments').notNull().default(''),
		partnerCommitments: text('partner_commitments').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('partnership_agreements_org').on(t.organisationId)]
);

/** A contact with an organisation: date, who from the office, what about. */
export const organisationContactLog = pgTable(
	'organisation_contact_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		happenedOn: date('happened_on', { mode: 'string' }).notNull(),
		staffUserId: uuid('staff_user_id').references(() => users.id, { onDelete: 'set null' }),
		channel: text('channel').$type<'meeting' | 'phone' | 'email' | 'other'>().notNull().default('meeting'),
		subject: text('subject').notNull(),
		notes: text('notes').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('organisation_contact_log_org').on(t.organisationId, t.happenedOn)]
);

/** An event organised or co-organised with an organisation. */
export const organisationEvents = pgTable(
	'organisation_events',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.eventId] }), index('organisation_events_event').on(t.eventId)]
);

/** An action-plan activity the organisation is responsible for or co-implements. */
export const organisationPlanActivities = pgTable(
	'organisation_plan_activities',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		activityId: uuid('activity_id')
			.notNull()
			.references(() => planActivities.id, { onDelete: 'cascade' }),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		role: text('role').$type<'responsible' | 'co_implementer'>().notNull().default('co_implementer')
	},
	(t) => [
		primaryKey({ columns: [t.organisationId, t.activityId] }),
		index('organisation_plan_activities_activity').on(t.activityId)
	]
);

/** A spreadsheet import waiting for confirmation: parsed rows with their errors, nothing saved yet. */
/** Where the reading of an uploaded import stands (shown through its own messages, never as a code). */
export type ImportStatus = 'waiting' | 'reading' | 'ready' | 'failed';

export const organisationImports = pgTable('organisation_imports', {
	id: uuid('id').primaryKey().defaultRandom(),
	officeId: uuid('office_id')
		.notNull()
		.references(() => offices.id, { onDelete: 'cascade' }),
	fileName: text('file_name').notNull(),
	rows: jsonb('rows').$type<Record<string, unknown>[]>().notNull().default([]),
	createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
	/**
	 * Read off the request path (issue 14.6): 'waiting' until the reader takes it, 'reading' while
	 * it does, then 'ready' (rows filled) or 'failed' (failure holds the message).
	 */
	status: text('status').$type<ImportStatus>().notNull().default('ready'),
	/** The uploaded file (base64) until it has been read; emptied afterwards. */
	upload: text('upload').notNull().default(''),
	failure: text('failure').notNull().default(''),
	rowsDone: integer('rows_done').notNull().default(0),
	rowsTotal: integer('rows_total').notNull().default(0),
	claimedAt: timestamp('claimed_at', { withTimezone: true })
});

/**
 * A pair staff looked at and decided is two organisations, not one (13.18): the duplicates screen
 * never offers it again. `firstId` is the smaller id, so a pair is stored once.
 */
export const duplicateDismissals = pgTable(
	'organisation_duplicate_dismissals',
	{
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		firstId: uuid('first_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		secondId: uuid('second_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		dismissedBy: uuid('dismissed_by').references(() => users.id, { onDelete: 'set null' }),
		dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.firstId, t.secondId] })]
);
