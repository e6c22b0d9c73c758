import { pgTable, uuid, text, integer, timestamp, boolean, date, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';
import { searchKeyColumn } from '../../server/db/search-columns.ts';
import { englishText } from '../../server/db/english-column.ts';

import type {
	BodyKind,
	MemberRole,
	RepresentsKind,
	SessionStatus,
	MinutesStatus,
	AgendaKind,
	InvitationAnswer,
	DecisionStatus,
	NamedVote
} from './kinds.ts';

export {
	BODY_KINDS,
	MEMBER_ROLES,
	REPRESENTS_KINDS,
	SESSION_STATUSES,
	MINUTES_STATUSES,
	AGENDA_KINDS,
	INVITATION_ANSWERS,
	DECISION_STATUSES,
	NAMED_VOTES
} from './kinds.ts';
export type {
	BodyKind,
	MemberRole,
	RepresentsKind,
	SessionStatus,
	MinutesStatus,
	AgendaKind,
	InvitationAnswer,
	DecisionStatus,
	NamedVote
} from './kinds.ts';

/** A youth council, a local youth parliament or a working group of an office. */
export const councilBodies = pgTable(
	'council_bodies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		nameEn: englishText('name_en').notNull().default(''),
		kind: text('kind').$type<BodyKind>().notNull(),
		description: text('description').notNull().default(''),
		descriptionEn: englishText('description_en').notNull().default(''),
		/** The founding act: a document of the library (its id; the library owns the file). */
		foundingDocumentId: uuid('founding_document_id'),
		/** The composition rule: at least this share (percent) of members within the office's youth age range. */
		minYouthSharePercent: integer('min_youth_share_percent').notNull().default(50),
		/** Quorum: more than this share (percent) of the members present. */
		quorumPercent: integer('quorum_percent').notNull().default(50),
		publicContact: text('public_contact').notNull().default(''),
		isPublic: boolean('is_public').notNull().default(true),
		showPastMembers: boolean('show_past_members').notNull().default(false),
		namedVotes: boolean('named_votes').notNull().default(false),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('council_bodies_slug').on(t.officeId, t.slug)]
);

/** A person's mandate in a body; a new mandate is a new row, so past mandates stay as history. */
export const councilMembers = pgTable(
	'council_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id')
			.notNull()
			.references(() => councilBodies.id, { onDelete: 'cascade' }),
		/** The member's account, when they have one (it then holds the council member role). */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		/** Staff-only contact details. */
		email: text('email').notNull().default(''),
		phone: text('phone').notNull().default(''),
		role: text('role').$type<MemberRole>().notNull().default('member'),
		representsKind: text('represents_kind').$type<RepresentsKind>().notNull().default('self'),
		representsName: text('represents_name').notNull().default(''),
		/** Staff-only; the age rule counts from it. */
		birthYear: integer('birth_year').notNull(),
		mandateFrom: date('mandate_from', { mode: 'string' }).notNull(),
		mandateTo: date('mandate_to', { mode: 'string' }),
		chosenHow: text('chosen_how').notNull().default(''),
		/** The member agreed that their name is shown publicly. */
		showName: boolean('show_name').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('council_members_body').on(t.bodyId), index('council_members_user').on(t.userId)]
);

/** A session of a body, its minutes included. */
export const councilSessions = pgTable(
	'council_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id')
			.notNull()
			.references(() => councilBodies.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		status: text('status').$type<SessionStatus>().notNull().default('planned'),
		guests: text('guests').notNull().default(''),
		minutesHtml: text('minutes_html').notNull().default(''),
		minutesStatus: text('minutes_status').$type<MinutesStatus>().notNull().default('none'),
		minutesApprovedAt: timestamp('minutes_approved_at', { withTimezone: true }),
		invitedAt: timestamp('invited_at', { withTimezone: true }),
		/** When and why the session was called off (status 'cancelled'); members are told by e-mail. */
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		cancelReason: text('cancel_reason').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** The minutes' folded text, so the public search finds approved minutes in either script. */
		searchKey: searchKeyColumn(['minutes_html'])
	},
	(t) => [
		uniqueIndex('council_sessions_number').on(t.bodyId, t.number),
		index('council_sessions_starts').on(t.officeId, t.startsAt)
	]
);

/** An item of a session's agenda and, once held, what was said and voted on it. */
export const councilAgendaItems = pgTable(
	'council_agenda_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => councilSessions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		presenter: text('presenter').notNull().default(''),
		kind: text('kind').$type<AgendaKind>().notNull().default('information'),
		/** Materials: a library document (its id) or a link. */
		materialDocumentId: uuid('material_document_id'),
		materialUrl: text('material_url').notNull().default(''),
		discussion: text('discussion').notNull().default(''),
		votesFor: integer('votes_for'),
		votesAgainst: integer('votes_against'),
		votesAbstained: integer('votes_abstained')
	},
	(t) => [index('council_agenda_items_session').on(t.sessionId, t.position)]
);

/** One member's invitation to one session: their answer and whether they came. */
export const councilInvitations = pgTable(
	'council_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => councilSessions.id, { onDelete: 'cascade' }),
		memberId: uuid('member_id')
			.notNull()
			.references(() => councilMembers.id, { onDelete: 'cascade' }),
		/** SHA-256 of the private answer link's token; the token itself is only in the e-mail. */
		tokenHash: text('token_hash').notNull(),
		answer: text('answer').$type<InvitationAnswer>().notNull().default('pending'),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		attended: boolean('attended'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('council_invitations_once').on(t.sessionId, t.memberId),
		uniqueIndex('council_invitations_token').on(t.tokenHash)
	]
);

/** A numbered decision of a body (number per body and year) and its follow-up. */
export const councilDecisions = pgTable(
	'council_decisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id')
			.notNull()
			.references(() => councilBodies.id, { onDelete: 'cascade' }),
		sessionId: uuid('session_id').references(() => councilSessions.id, { onDelete: 'set null' }),
		agendaItemId: uuid('agenda_item_id').references(() => councilAgendaItems.id, { onDelete: 'set null' }),
		year: integer('year').notNull(),
		sequence: integer('sequence').notNull(),
		title: text('title').notNull(),
		titleEn: englishText('title_en').notNull().default(''),
		text: text('text').notNull().default(''),
		responsible: text('responsible').notNull().default(''),
		/** The member responsible, when it is one of the body's members. */
		responsibleMemberId: uuid('responsible_member_id').references(() => councilMembers.id, { onDelete: 'set null' }),
		deadline: date('deadline', { mode: 'string' }),
		status: text('status').$type<DecisionStatus>().notNull().default('adopted'),
		statusNote: text('status_note').notNull().default(''),
		/** Links to the action plan (measure or activity) and to an event, by id: those modules own the records. */
		measureId: uuid('measure_id'),
		activityId: uuid('activity_id'),
		eventId: uuid('event_id'),
		/** A participation initiative the decision answers (by id: the participation module owns it). */
		initiativeId: uuid('initiative_id'),
		adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
		statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		searchKey: searchKeyColumn(['title', 'title_en', 'text'])
	},
	(t) => [
		uniqueIndex('council_decisions_number').on(t.bodyId, t.year, t.sequence),
		index('council_decisions_office').on(t.officeId, t.status)
	]
);

/** One member's vote on an agenda item, kept when the body votes by name (`namedVotes`). */
export const councilVotes = pgTable(
	'council_votes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		agendaItemId: uuid('agenda_item_id')
			.notNull()
			.references(() => councilAgendaItems.id, { onDelete: 'cascade' }),
		memberId: uuid('member_id')
			.notNull()
			.references(() => councilMembers.id, { onDelete: 'cascade' }),
		vote: text('vote').$type<NamedVote>().notNull()
	},
	(t) => [uniqueIndex('council_votes_once').on(t.agendaItemId, t.memberId)]
);

/** A member's comment on draft minutes. */
export const councilMinutesComments = pgTable(
	'council_minutes_comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		sessionId: uuid('session_id')
			.notNull()
			.references(() => councilSessions.id, { onDelete: 'cascade' }),
		memberId: uuid('member_id')
			.notNull()
			.references(() => councilMembers.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('council_minutes_comments_session').on(t.sessionId)]
);
