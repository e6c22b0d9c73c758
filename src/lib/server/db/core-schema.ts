// Tables owned by the platform core: offices, people and their roles, sessions, the audit log,
// the e-mail outbox and rate-limit counters. Module tables live in their module's schema.ts.
import { sql, type SQL } from 'drizzle-orm';
import { englishText } from './english-column.ts';
import {
	pgTable,
	uuid,
	text,
	boolean,
	integer,
	timestamp,
	jsonb,
	customType,
	primaryKey,
	index,
	uniqueIndex,
	bigserial
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

export type SocialLinks = Partial<Record<'facebook' | 'instagram' | 'tiktok' | 'youtube' | 'x' | 'linkedin', string>>;

export const offices = pgTable(
	'offices',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Host names this office answers on; the default office answers on any other host. */
		hosts: text('hosts')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		isDefault: boolean('is_default').notNull().default(false),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		municipality: text('municipality').notNull().default(''),
		publicUrl: text('public_url').notNull().default(''),
		mission: text('mission').notNull().default(''),
		missionEn: englishText('mission_en').notNull().default(''),
		address: text('address').notNull().default(''),
		phone: text('phone').notNull().default(''),
		email: text('email').notNull().default(''),
		workingHours: text('working_hours').notNull().default(''),
		workingHoursEn: englishText('working_hours_en').notNull().default(''),
		socialLinks: jsonb('social_links').$type<SocialLinks>().notNull().default({}),
		youthMinAge: integer('youth_min_age').notNull().default(15),
		youthMaxAge: integer('youth_max_age').notNull().default(30),
		dpoName: text('dpo_name').notNull().default(''),
		dpoNameEn: englishText('dpo_name_en').notNull().default(''),
		dpoEmail: text('dpo_email').notNull().default(''),
		dpoPhone: text('dpo_phone').notNull().default(''),
		/** Words kept in Latin when Latin text is shown in Cyrillic (brand names, foreign words). */
		keepLatin: text('keep_latin')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		logoMime: text('logo_mime'),
		logo: bytea('logo'),
		logoUpdatedAt: timestamp('logo_updated_at', { withTimezone: true }),
		/** The portal's accent colour, `#rrggbb` (checked for contrast with white text), or '' for the default. */
		accentColor: text('accent_color').notNull().default(''),
		/**
		 * The home page's cover: an image of the office's media library, or null. No foreign key (the core knows no
		 * module's tables); the settings module's `mediaUsage` hook keeps the image from being deleted while it is shown.
		 */
		coverMediaId: uuid('cover_media_id'),
		/** Licence of the office's open data (an id of OPEN_DATA_LICENCES in modules/settings/licences.ts). */
		openDataLicence: text('open_data_licence').notNull().default('CC-BY-4.0'),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('offices_one_default')
			.on(t.isDefault)
			.where(sql`${t.isDefault}`)
	]
);

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Stored lower-cased; one account per e-mail across the installation. */
		email: text('email').notNull().unique(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		/** Name and e-mail folded for search in either script (see kzm_search_key in the migrations). */
		searchKey: text('search_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`kzm_search_key(${users.name} || ' ' || ${users.email})`),
		locale: text('locale').notNull().default('sr-Cyrl'),
		isDemo: boolean('is_demo').notNull().default(false),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/**
		 * What the person chose to keep on their account so forms need not ask again (issue 13.15):
		 * year of birth, gender (registrations' GENDERS) and place. Kept only with consent, whose
		 * moment is `profileConsentAt`; all four are cleared together.
		 */
		birthYear: integer('birth_year'),
		gender: text('gender'),
		place: text('place'),
		profileConsentAt: timestamp('profile_consent_at', { withTimezone: true })
	},
	(t) => [index('users_search_key').using('gin', sql`${t.searchKey} gin_trgm_ops`)]
);

export const ROLES = [
	'administrator',
	'coordinator',
	'staff',
	'association_representative',
	'council_member',
	'young_person'
] as const;
export type Role = (typeof ROLES)[number];

/** A person's roles in one office; a person may hold several roles, and roles in several offices. */
export const memberships = pgTable(
	'memberships',
	{
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role').$type<Role>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.officeId, t.userId, t.role] }), index('memberships_user').on(t.userId)]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

export const passwordResetTokens = pgTable('password_reset_tokens', {
	id: text('id').primaryKey(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	usedAt: timestamp('used_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** What an e-mailed account link does (internal, never shown: no labels). */
export type AccountLinkPurpose = 'sign-up' | 'sign-in';

/**
 * One-time links e-mailed for an account (issue 14.8): a sign-up waiting for its address to be
 * confirmed (the account is created only when the link is used, so an address nobody confirmed never
 * holds an account), and a sign-in link for an owner locked out by someone else's guesses.
 */
export const accountLinks = pgTable(
	'account_links',
	{
		/** SHA-256 of the e-mailed token. */
		id: text('id').primaryKey(),
		purpose: text('purpose').$type<AccountLinkPurpose>().notNull(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		/** Lower-cased, as on the account. */
		email: text('email').notNull(),
		/** The account a sign-in link opens. */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
		/** What a sign-up asked for, kept until it is confirmed (the password only as its hash). */
		name: text('name').notNull().default(''),
		passwordHash: text('password_hash').notNull().default(''),
		locale: text('locale').notNull().default('sr-Cyrl'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('account_links_email').on(t.email)]
);

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		officeId: uuid('office_id').references(() => offices.id, { onDelete: 'cascade' }),
		actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Kept as text so the entry still says who acted after the account is deleted. */
		actorLabel: text('actor_label').notNull().default(''),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_log_office_at').on(t.officeId, t.at)]
);

/** A small attachment kept with a queued message; `content` is UTF-8 text, or base64 for binary files (a PDF). */
export interface MailAttachment {
	filename: string;
	contentType: string;
	content: string;
	encoding?: 'base64';
}

export const outboxMessages = pgTable(
	'outbox_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id').references(() => offices.id, { onDelete: 'cascade' }),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		/** Sensitive bodies (reset links) are blanked once delivered, so the outbox cannot be used to take over accounts. */
		isSensitive: boolean('is_sensitive').notNull().default(false),
		/** Small text attachments (an .ics invitation), sent with the message. */
		attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
		status: text('status').$type<'pending' | 'sending' | 'sent' | 'failed'>().notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		index('outbox_status_next').on(t.status, t.nextAttemptAt),
		index('outbox_office_created').on(t.officeId, t.createdAt)
	]
);

export const rateLimitCounters = pgTable('rate_limit_counters', {
	key: text('key').primaryKey(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
	count: integer('count').notNull()
});

/** Uploaded files (documents, images and their resized variants), kept in the database so every instance sees them. */
export const files = pgTable(
	'files',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		data: bytea('data').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('files_office').on(t.officeId)]
);

/**
 * Secrets the installation makes for itself on first use (e.g. the key private links are derived
 * from), kept in the database so every instance of the platform shares them.
 */
export const installationSecrets = pgTable('installation_secrets', {
	name: text('name').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
