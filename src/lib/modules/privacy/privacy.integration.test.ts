import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson, TEST_PASSWORD } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages, rateLimitCounters, users } from '../../server/db/core-schema.ts';
import { recordAudit } from '../../server/audit.ts';
import { queueMail } from '../../server/mail/outbox.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { manifests } from '../registry.server.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { createTestRegistration } from '../attendance/test-helpers.ts';
import { eventFeedback, sessionAttendance } from '../attendance/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { registerForEvent } from '../registrations/commands/register-for-event.server.ts';
import { sendContactMessage } from '../contact/commands/send-contact-message.server.ts';
import {
	organisationChanges,
	organisationConfirmations,
	organisationContactLog,
	organisationContacts,
	organisationImports,
	organisationMembers,
	organisationRepresentatives,
	organisations
} from '../organisations/schema.ts';
import { toLatin } from '../../i18n/script.ts';
import { surveyResponses, surveys } from '../surveys/schema.ts';
import { getMyPersonalData, findPersonalData, getRetentionPeriods } from './queries.server.ts';
import { eraseDataSubject, eraseMyData } from './commands/erase-personal-data.server.ts';
import { applyRetention } from './commands/apply-retention.server.ts';
import { updateRetention } from './commands/update-retention.server.ts';
import { DEFAULT_RETENTION_DAYS } from './inputs.ts';
import { shownRecord } from './export-format.ts';
import { createI18n } from '../../i18n/index.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let test: TestDatabase;
let officeId: string;
let administrator: Actor;
let coordinator: Actor;
let staff: Actor;
let addressCounter = 0;
const newAddress = () => `203.0.113.${++addressCounter}`;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { email: 'kzm@ivanjica.test', publicUrl: 'https://mladi.example.rs' })).id;
	administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
});
afterAll(() => test.close());

/** Rows of a raw query, whichever driver ran it (PGlite and node-postgres both return `rows`). */
function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

/** Every table of the database, found from the catalogue (so a table added later is scanned too). */
async function allTables(): Promise<string[]> {
	const result = await test.db.execute(
		sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`
	);
	return rowsOf<{ table_name: string }>(result).map((row) => row.table_name);
}

/** Tables holding the text anywhere in a row (any column, any case), with how many rows. */
async function tablesContaining(needle: string): Promise<Record<string, number>> {
	const found: Record<string, number> = {};
	for (const table of await allTables()) {
		const result = await test.db.execute(
			sql`select count(*)::int as count from ${sql.identifier(table)} t where strpos(lower(t::text), lower(${needle})) > 0`
		);
		const [row] = rowsOf<{ count: number }>(result);
		if (row.count > 0) found[table] = row.count;
	}
	return found;
}

/** A person active in every module that holds personal data, signed up with an account. */
async function createActivePerson(label: string) {
	const name = `Јелена Брисановић${label}`;
	const email = `jelena.${label}@example.test`;
	const phone = `+3816400${label.length}${addressCounter}77`;
	const person = await createPerson(test.db, { officeId, roles: ['young_person'], name, email });

	// Registrations: one through the real command (mail, audit), one for a past event attended with feedback.
	const upcoming = await createTestEvent(test.db, officeId);
	await registerForEvent(contextOf(test.db, officeId, person), {
		eventId: upcoming.id,
		input: {
			name,
			email,
			phone,
			birthYear: 2003,
			gender: 'female',
			place: 'Ивањица',
			guardianName: '',
			guardianEmail: '',
			consent: true
		},
		values: {},
		locale: 'sr-Cyrl',
		clientAddress: newAddress()
	});
	const past = await createTestEvent(test.db, officeId, {
		sessions: [{ startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - 10 * DAY + 2 * HOUR) }]
	});
	const attended = await createTestRegistration(test.db, officeId, past.id, {
		userId: person.userId,
		name,
		email,
		phone,
		place: 'Ивањица'
	});
	await test.db
		.insert(sessionAttendance)
		.values({ registrationId: attended.id, sessionId: past.sessions[0].id, officeId, checkedInBy: staff.userId });
	await test.db.insert(eventFeedback).values({
		officeId,
		eventId: past.id,
		registrationId: attended.id,
		rating: 5,
		comment: `Одлично, поздрав од ${name}`
	});

	// Contact form: the message and the office's copy in the outbox.
	await sendContactMessage(contextOf(test.db, officeId, null), {
		name,
		email,
		subject: 'Питање',
		message: `Јавите ми се на ${phone}`,
		consent: true,
		website: '',
		locale: 'sr-Cyrl',
		clientAddress: newAddress()
	});

	// Organisations: represents one, is a contact of it, asked for its listing, appears in its history.
	const [organisation] = await test.db
		.insert(organisations)
		.values({
			officeId,
			slug: `grupa-${label}`,
			name: `Неформална група ${label}`,
			type: 'informal_group',
			email,
			requestedByEmail: email
		})
		.returning();
	await test.db
		.insert(organisationContacts)
		.values({ officeId, organisationId: organisation.id, name, email, phone, role: 'координаторка' });
	await test.db
		.insert(organisationRepresentatives)
		.values({ officeId, organisationId: organisation.id, userId: person.userId, status: 'approved' });
	// Listed twice among the group's members (once typed in Latin), beside someone else.
	await test.db.insert(organisationMembers).values([
		{ officeId, organisationId: organisation.id, name, birthYear: 2004 },
		{ officeId, organisationId: organisation.id, name: toLatin(name).toUpperCase(), birthYear: 2004 },
		{ officeId, organisationId: organisation.id, name: 'Марко Остајић', birthYear: 2001 }
	]);
	await test.db.insert(organisationChanges).values({
		officeId,
		organisationId: organisation.id,
		changedBy: person.userId,
		changes: [{ field: 'email', before: '', after: email }]
	});
	await test.db.insert(organisationContactLog).values({
		officeId,
		organisationId: organisation.id,
		happenedOn: '2026-10-01',
		subject: `Састанак са ${name}`,
		notes: `Позвати на ${phone}`
	});
	await test.db.insert(organisationConfirmations).values({
		officeId,
		organisationId: organisation.id,
		year: 2026,
		tokenHash: `hash-${label}`,
		sentTo: email,
		expiresAt: new Date(Date.now() + DAY)
	});
	await test.db
		.insert(organisationImports)
		.values({ officeId, fileName: 'udruzenja.xlsx', rows: [{ name: 'Група', contactName: name, email, phone }] });

	// Surveys: a parent's e-mail given for a minor's consent.
	const [survey] = await test.db
		.insert(surveys)
		.values({ officeId, slug: `upitnik-${label}`, title: 'Потребе младих', year: 2026 })
		.returning();
	await test.db
		.insert(surveyResponses)
		.values({ officeId, surveyId: survey.id, parentEmail: email, parentalConsentConfirmed: true });

	// The core: a rate-limit counter keyed by the address, an audit entry quoting the name.
	await test.db.insert(rateLimitCounters).values({ key: `reset:${email}`, windowStart: new Date(), count: 1 });
	await recordAudit(test.db, {
		officeId,
		actor: coordinator,
		action: 'organisations.contact_added',
		entityType: 'organisation',
		entityId: organisation.id,
		details: { contactName: name }
	});
	return {
		person,
		name,
		email,
		phone,
		attendedRegistrationId: attended.id,
		upcomingEventId: upcoming.id,
		organisationId: organisation.id
	};
}

describe('download my data', () => {
	it('gathers what every module holds about the signed-in person', async () => {
		const { person, email } = await createActivePerson('export');
		const result = await getMyPersonalData(contextOf(test.db, officeId, person), manifests);
		const titles = result.sections.map((section) => section.titleKey);
		expect(titles).toEqual(
			expect.arrayContaining([
				'accounts.personalData.account',
				'accounts.personalData.roles',
				'registrations.personalData.own',
				'attendance.personalData.attendance',
				'attendance.personalData.feedback',
				'contact.personalData.messages',
				'organisations.personalData.represented',
				'organisations.personalData.contacts',
				'organisations.personalData.requested',
				'organisations.personalData.members',
				'surveys.personalData.parentalConsent',
				'system.personalData.mail',
				'system.personalData.audit'
			])
		);
		const registrationsSection = result.sections.find((s) => s.titleKey === 'registrations.personalData.own')!;
		expect(registrationsSection.records).toHaveLength(2);
		expect(registrationsSection.records.every((record) => record.email === email)).toBe(true);
		// Nobody else's data: the coordinator's account is not in the export.
		expect(JSON.stringify(result)).not.toContain(coordinator.email);
	});

	it('tells the person’s own actions as sentences in their language and script, with no code or identifier', async () => {
		const { person } = await createActivePerson('activity');
		const ctx = contextOf(test.db, officeId, person);
		await getMyPersonalData(ctx, manifests);
		// The second look lists the first one (an audited view), a record kind the log must name in words.
		const result = await getMyPersonalData(ctx, manifests);
		const audit = result.sections.find((s) => s.titleKey === 'system.personalData.audit')!;
		expect(audit.records.map((record) => record.action)).toContain('privacy.own_data_viewed');
		const CODE = /\b[a-z]+(?:_[a-z]+)*\.[a-z_]+(?:\.[a-z_]+)*\b|\b[a-z]+_[a-z_]+\b/;
		const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
		const shown = (locale: 'sr-Cyrl' | 'sr-Latn' | 'en') =>
			result.sections.flatMap((section) =>
				section.records.flatMap((record) =>
					shownRecord(createI18n(locale), record).map((row) => `${row.label}: ${row.value}`)
				)
			);
		for (const locale of ['sr-Cyrl', 'sr-Latn', 'en'] as const) {
			const lines = shown(locale);
			expect(lines.filter((line) => UUID.test(line))).toEqual([]);
			expect(lines.filter((line) => CODE.test(line.replace(/\S+@\S+/g, '')))).toEqual([]);
		}
		expect(shown('sr-Cyrl')).toContain('Радња: Увид у списак — налог');
		expect(shown('sr-Latn')).toContain('Radnja: Uvid u spisak — nalog');
		expect(shown('en')).toContain('Action: Viewed an account');
	});

	it('needs a signed-in person', async () => {
		await expect(getMyPersonalData(contextOf(test.db, officeId, null), manifests)).rejects.toSatisfy(
			(error) => isAppError(error) && error.code === 'unauthenticated'
		);
	});
});

describe('erasure', () => {
	it('leaves no trace of the person’s name, e-mail or phone in any table, and keeps the aggregates', async () => {
		const { person, name, email, phone, attendedRegistrationId, upcomingEventId, organisationId } =
			await createActivePerson('self');
		// The traces are there before.
		expect(Object.keys(await tablesContaining(email)).length).toBeGreaterThan(5);

		await eraseMyData(contextOf(test.db, officeId, person), { password: TEST_PASSWORD }, manifests);

		expect(await tablesContaining(email)).toEqual({});
		expect(await tablesContaining(name)).toEqual({});
		expect(await tablesContaining(phone)).toEqual({});
		expect(await tablesContaining(toLatin(name))).toEqual({});

		// The informal group keeps its age profile: the names go, the years of birth stay.
		const members = await test.db
			.select({ name: organisationMembers.name, birthYear: organisationMembers.birthYear })
			.from(organisationMembers)
			.where(eq(organisationMembers.organisationId, organisationId));
		expect(members.sort((a, b) => a.birthYear - b.birthYear)).toEqual([
			{ name: 'Марко Остајић', birthYear: 2001 },
			{ name: '—', birthYear: 2004 },
			{ name: '—', birthYear: 2004 }
		]);

		// The account is gone; the attendance still counts, anonymously; the rating stays.
		expect(await test.db.select().from(users).where(eq(users.id, person.userId))).toEqual([]);
		const [attended] = await test.db.select().from(registrations).where(eq(registrations.id, attendedRegistrationId));
		expect(attended).toMatchObject({
			status: 'confirmed',
			name: '',
			email: '',
			phone: '',
			userId: null,
			birthYear: 2005
		});
		expect(
			await test.db.select().from(sessionAttendance).where(eq(sessionAttendance.registrationId, attendedRegistrationId))
		).toHaveLength(1);
		const [feedback] = await test.db
			.select()
			.from(eventFeedback)
			.where(eq(eventFeedback.registrationId, attendedRegistrationId));
		expect(feedback).toMatchObject({ rating: 5, comment: '' });
		// The place at the event still to come was given up.
		const [upcoming] = await test.db
			.select()
			.from(registrations)
			.where(and(eq(registrations.eventId, upcomingEventId)));
		expect(upcoming.status).toBe('cancelled');
		// The audit entry says an erasure happened, with counts only.
		const [entry] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'privacy.own_data_erased')));
		expect(entry.actorUserId).toBeNull();
		expect(entry.actorLabel).toBe('');
		expect((entry.details as { changed: Record<string, number> }).changed.registrations).toBe(2);
	});

	it('staff erase a registrant without an account, found by phone, and only them', async () => {
		const past = await createTestEvent(test.db, officeId, {
			sessions: [{ startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 3 * DAY + HOUR) }]
		});
		const walkIn = await createTestRegistration(test.db, officeId, past.id, {
			name: 'Милош Пешић',
			email: '',
			phone: '+381651112223',
			source: 'walk_in'
		});
		const other = await createTestRegistration(test.db, officeId, past.id, { name: 'Ана Другачија' });
		await queueMail(test.db, { officeId, to: 'kzm@ivanjica.test', subject: 'Долазак', text: 'Милош Пешић је дошао.' });

		const found = await findPersonalData(
			contextOf(test.db, officeId, coordinator),
			{ email: '', phone: '+381 65 111 2223'.replace(/[^\d+]/g, '') },
			manifests
		);
		expect(found.subject.hasAccount).toBe(false);
		expect(found.sections.map((section) => section.titleKey)).toEqual(['registrations.personalData.own']);

		await eraseDataSubject(contextOf(test.db, officeId, coordinator), { email: '', phone: '+381651112223' }, manifests);

		expect(await tablesContaining('Милош Пешић')).toEqual({});
		expect(await tablesContaining('381651112223')).toEqual({});
		const [kept] = await test.db.select().from(registrations).where(eq(registrations.id, walkIn.id));
		expect(kept.status).toBe('confirmed');
		const [untouched] = await test.db.select().from(registrations).where(eq(registrations.id, other.id));
		expect(untouched.name).toBe('Ана Другачија');
		const [entry] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'privacy.subject_erased')));
		expect(entry.actorUserId).toBe(coordinator.userId);
		expect(JSON.stringify(entry.details)).not.toContain('381651112223');
	});

	it('is refused to staff below coordinator, to young people, and to staff erasing themselves', async () => {
		const input = { email: 'nobody@example.test', phone: '' };
		for (const actor of [staff, await createPerson(test.db, { officeId })]) {
			await expect(findPersonalData(contextOf(test.db, officeId, actor), input, manifests)).rejects.toSatisfy(
				(error) => isAppError(error) && error.code === 'forbidden'
			);
			await expect(eraseDataSubject(contextOf(test.db, officeId, actor), input, manifests)).rejects.toSatisfy(
				(error) => isAppError(error) && error.code === 'forbidden'
			);
		}
		await expect(
			eraseDataSubject(contextOf(test.db, officeId, coordinator), { email: coordinator.email, phone: '' }, manifests)
		).rejects.toSatisfy((error) => isAppError(error) && error.messageKey === 'privacy.erase.notYourself');
		await expect(
			eraseDataSubject(contextOf(test.db, officeId, coordinator), { email: administrator.email, phone: '' }, manifests)
		).rejects.toSatisfy((error) => isAppError(error) && error.messageKey === 'privacy.erase.staffAccount');
		expect(await test.db.select().from(users).where(eq(users.id, administrator.userId))).toHaveLength(1);
		await expect(
			eraseMyData(contextOf(test.db, officeId, coordinator), { password: TEST_PASSWORD }, manifests)
		).rejects.toSatisfy((error) => isAppError(error) && error.messageKey === 'privacy.mine.staffRefused');
	});

	it('asks for the right password before a person erases themselves', async () => {
		const person = await createPerson(test.db, { officeId });
		await expect(
			eraseMyData(contextOf(test.db, officeId, person), { password: 'not the password' }, manifests)
		).rejects.toSatisfy((error) => isAppError(error) && error.messageKey === 'privacy.mine.wrongPassword');
		expect(await test.db.select().from(users).where(eq(users.id, person.userId))).toHaveLength(1);
	});
});

describe('retention', () => {
	it('anonymises and removes what is older than the office’s periods, and nothing newer', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const now = new Date();
		const longAgo = new Date(now.getTime() - 800 * DAY);
		const old = await createTestEvent(test.db, office, {
			sessions: [{ startsAt: longAgo, endsAt: new Date(longAgo.getTime() + HOUR) }]
		});
		const recent = await createTestEvent(test.db, office, {
			sessions: [{ startsAt: new Date(now.getTime() - 5 * DAY), endsAt: new Date(now.getTime() - 5 * DAY + HOUR) }]
		});
		const oldRegistration = await createTestRegistration(test.db, office, old.id);
		const recentRegistration = await createTestRegistration(test.db, office, recent.id);
		await test.db.insert(eventFeedback).values([
			{
				officeId: office,
				eventId: old.id,
				registrationId: oldRegistration.id,
				rating: 4,
				comment: 'Старо',
				createdAt: new Date(now.getTime() - 400 * DAY)
			},
			{ officeId: office, eventId: recent.id, registrationId: recentRegistration.id, rating: 3, comment: 'Ново' }
		]);
		await test.db.insert(organisationImports).values([
			{ officeId: office, fileName: 'staro.xlsx', createdAt: new Date(now.getTime() - 40 * DAY) },
			{ officeId: office, fileName: 'novo.xlsx' }
		]);
		await test.db.insert(outboxMessages).values([
			{
				officeId: office,
				toAddress: 'a@example.test',
				subject: 'Старо',
				textBody: 'Старо тело',
				status: 'sent',
				createdAt: new Date(now.getTime() - 100 * DAY)
			},
			{ officeId: office, toAddress: 'b@example.test', subject: 'Ново', textBody: 'Ново тело', status: 'sent' }
		]);
		expect(await getRetentionPeriods(test.db, office)).toEqual(DEFAULT_RETENTION_DAYS);

		const changed = await applyRetention(test.db, now, manifests);
		expect(changed).toBeGreaterThanOrEqual(4);

		const regs = await test.db.select().from(registrations).where(eq(registrations.officeId, office));
		expect(regs.find((r) => r.id === oldRegistration.id)).toMatchObject({ name: '', email: '', status: 'confirmed' });
		expect(regs.find((r) => r.id === recentRegistration.id)!.name).toBe(recentRegistration.name);
		const comments = await test.db.select().from(eventFeedback).where(eq(eventFeedback.officeId, office));
		expect(comments.map((row) => row.comment).sort()).toEqual(['', 'Ново']);
		const imports = await test.db.select().from(organisationImports).where(eq(organisationImports.officeId, office));
		expect(imports.map((row) => row.fileName)).toEqual(['novo.xlsx']);
		const mail = await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, office));
		expect(mail.map((row) => row.textBody).sort()).toEqual(['', 'Ново тело']);
		const [entry] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, office), eq(auditLog.action, 'privacy.retention_applied')));
		expect(entry).toBeDefined();

		// A second run finds nothing more to do.
		expect(await applyRetention(test.db, now, manifests)).toBe(0);
	});

	it('follows the periods an administrator sets (0 keeps records), and only an administrator sets them', async () => {
		const periods = { registrations: 0, feedback: 10, importFiles: 0, outboxBodies: 0 };
		await expect(updateRetention(contextOf(test.db, officeId, coordinator), periods)).rejects.toSatisfy(
			(error) => isAppError(error) && error.code === 'forbidden'
		);
		await updateRetention(contextOf(test.db, officeId, administrator), periods);
		expect(await getRetentionPeriods(test.db, officeId)).toEqual(periods);
		const past = await createTestEvent(test.db, officeId, {
			sessions: [{ startsAt: new Date(Date.now() - 900 * DAY), endsAt: new Date(Date.now() - 900 * DAY + HOUR) }]
		});
		const kept = await createTestRegistration(test.db, officeId, past.id);
		await applyRetention(test.db, new Date(), manifests);
		const [row] = await test.db.select().from(registrations).where(eq(registrations.id, kept.id));
		expect(row.name).toBe(kept.name);
	});
});
