import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { registrations } from '../registrations/schema.ts';
import { findRegistrationByToken } from '../registrations/access.server.ts';
import { sessionAttendance } from './schema.ts';
import { createTestRegistration } from './test-helpers.ts';
import { markAttendance } from './commands/mark-attendance.server.ts';
import { checkInByCode } from './commands/check-in-by-code.server.ts';
import { addWalkIn } from './commands/add-walk-in.server.ts';
import { saveHeadcount } from './commands/save-headcount.server.ts';
import { updateAttendanceSettings } from './commands/update-attendance-settings.server.ts';
import { exportParticipants } from './commands/export-participants.server.ts';
import { requestFeedback } from './commands/request-feedback.server.ts';
import { getCheckInSheet, getEventAttendanceFigures, getEventResults, getStatisticsReport } from './queries.server.ts';
import { nameMatches } from './display.ts';
import { getFeedbackPage, submitFeedback } from './feedback.server.ts';
import { exportCertificates, getCertificateForToken } from './certificates.server.ts';
import { getAttendanceSettings } from './settings.server.ts';
import { emptyHeadcount, DEFAULT_AGE_BANDS } from './statistics.ts';
import { removeDemoAttendance, seedDemoAttendance } from './seed.server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let staff: Actor;
let coordinator: Actor;
let youngPerson: Actor;
let otherStaff: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['staff'] });
});
afterAll(() => test.close());

async function rejection(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return caught.code;
		throw caught;
	}
	throw new Error('expected the command to be refused');
}

/** An event that started an hour ago and lasts three hours. */
async function eventNow() {
	const start = new Date(Date.now() - HOUR);
	return createTestEvent(test.db, officeId, {
		sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 3 * HOUR) }]
	});
}

async function auditActions(entityId: string) {
	const rows = await test.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
	return rows.map((row) => row.action);
}

describe('check-in', () => {
	it('lets staff tick and untick a confirmed registration; the sheet counts it and records the read', async () => {
		const event = await eventNow();
		const ana = await createTestRegistration(test.db, officeId, event.id, { name: 'Ана Јовић' });
		await createTestRegistration(test.db, officeId, event.id, { name: 'Waiting Person', status: 'waitlisted' });
		const ctx = contextOf(test.db, officeId, staff);
		const sessionId = event.sessions[0].id;

		let sheet = await getCheckInSheet(ctx, { eventId: event.id });
		expect(sheet.sessionId).toBe(sessionId);
		expect(sheet.people.map((person) => person.name)).toEqual(['Ана Јовић']);
		expect(sheet.counts).toEqual({ registered: 1, present: 0, walkIns: 0, headcount: 0 });

		await markAttendance(ctx, { eventId: event.id, sessionId, registrationId: ana.id, present: true });
		await markAttendance(ctx, { eventId: event.id, sessionId, registrationId: ana.id, present: true });
		sheet = await getCheckInSheet(ctx, { eventId: event.id });
		expect(sheet.counts.present).toBe(1);
		expect(sheet.people[0].present).toBe(true);

		await markAttendance(ctx, { eventId: event.id, sessionId, registrationId: ana.id, present: false });
		expect((await getCheckInSheet(ctx, { eventId: event.id })).counts.present).toBe(0);

		expect(await auditActions(ana.id)).toEqual(['attendance.checked_in', 'attendance.check_in_undone']);
		// Three reads of the list within half an hour are one audit record.
		expect(
			(await auditActions(event.id)).filter((action) => action === 'attendance.check_in_list.viewed')
		).toHaveLength(1);
	});

	it('finds names in either script, ignoring case and diacritics', () => {
		expect(nameMatches('ana jovic', 'Jović')).toBe(true);
		expect(nameMatches('ana jovic', 'ЈОВ')).toBe(true);
		expect(nameMatches('ana jovic', 'ana mar')).toBe(false);
		expect(nameMatches('ana jovic', '  ')).toBe(true);
	});

	it('refuses a waitlisted registration, a session of another event, a young person and another office', async () => {
		const event = await eventNow();
		const other = await eventNow();
		const waiting = await createTestRegistration(test.db, officeId, event.id, { status: 'waitlisted' });
		const ana = await createTestRegistration(test.db, officeId, event.id);
		const sessionId = event.sessions[0].id;
		const ctx = contextOf(test.db, officeId, staff);
		expect(
			await rejection(markAttendance(ctx, { eventId: event.id, sessionId, registrationId: waiting.id, present: true }))
		).toBe('invalid');
		expect(
			await rejection(
				markAttendance(ctx, {
					eventId: event.id,
					sessionId: other.sessions[0].id,
					registrationId: ana.id,
					present: true
				})
			)
		).toBe('not_found');
		expect(
			await rejection(
				markAttendance(contextOf(test.db, officeId, youngPerson), {
					eventId: event.id,
					sessionId,
					registrationId: ana.id,
					present: true
				})
			)
		).toBe('forbidden');
		expect(
			await rejection(
				markAttendance(contextOf(test.db, otherOfficeId, otherStaff), {
					eventId: event.id,
					sessionId,
					registrationId: ana.id,
					present: true
				})
			)
		).toBe('not_found');
		expect(await rejection(getCheckInSheet(contextOf(test.db, officeId, youngPerson), { eventId: event.id }))).toBe(
			'forbidden'
		);
		expect(await rejection(getCheckInSheet(contextOf(test.db, officeId, null), { eventId: event.id }))).toBe(
			'unauthenticated'
		);
		expect(await rejection(getCheckInSheet(contextOf(test.db, otherOfficeId, otherStaff), { eventId: event.id }))).toBe(
			'not_found'
		);
		expect(await rejection(getCheckInSheet(ctx, { eventId: 'not-an-id' }))).toBe('not_found');
	});

	it('checks in by a scanned code or link, says when it was already scanned, and refuses an unknown code', async () => {
		const event = await eventNow();
		const ana = await createTestRegistration(test.db, officeId, event.id, { checkInCode: 'AB12CD34' });
		const ctx = contextOf(test.db, officeId, staff);
		const sessionId = event.sessions[0].id;
		expect(await checkInByCode(ctx, { eventId: event.id, sessionId, code: ' ab12-cd34 ' })).toMatchObject({
			registrationId: ana.id,
			alreadyPresent: false
		});
		expect(
			await checkInByCode(ctx, { eventId: event.id, sessionId, code: `https://mladi.example/checkin/AB12CD34` })
		).toMatchObject({ alreadyPresent: true });
		expect(await rejection(checkInByCode(ctx, { eventId: event.id, sessionId, code: 'ZZZZ' }))).toBe('invalid');
		expect(
			await rejection(
				checkInByCode(contextOf(test.db, officeId, youngPerson), { eventId: event.id, sessionId, code: 'AB12CD34' })
			)
		).toBe('forbidden');
	});
});

describe('walk-ins', () => {
	it('registers and checks in at once even when the event is full, with a private link and a code', async () => {
		const event = await createTestEvent(test.db, officeId, {
			capacity: 1,
			sessions: [{ startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) }]
		});
		await createTestRegistration(test.db, officeId, event.id);
		const ctx = contextOf(test.db, officeId, staff);
		const sessionId = event.sessions[0].id;
		const added = await addWalkIn(ctx, {
			eventId: event.id,
			sessionId,
			name: 'Лука Перић',
			birthYear: 2007,
			gender: 'male',
			email: '',
			phone: '',
			locale: 'sr-Latn'
		});
		expect(added.existing).toBe(false);
		const [row] = await test.db.select().from(registrations).where(eq(registrations.id, added.registrationId));
		expect(row).toMatchObject({ status: 'confirmed', source: 'walk_in', locale: 'sr-Latn', birthYear: 2007 });
		expect(row.checkInCode).toMatch(/^[A-Z2-9]{8}$/);
		expect(row.accessTokenHash).toHaveLength(64);
		const sheet = await getCheckInSheet(ctx, { eventId: event.id });
		expect(sheet.counts).toMatchObject({ registered: 1, present: 1, walkIns: 1 });
		expect(await auditActions(added.registrationId)).toEqual(['attendance.walk_in_added']);
	});

	it('checks in the existing registration when the e-mail is already registered', async () => {
		const event = await eventNow();
		const ana = await createTestRegistration(test.db, officeId, event.id, { email: 'ana@example.test' });
		const ctx = contextOf(test.db, officeId, staff);
		const added = await addWalkIn(ctx, {
			eventId: event.id,
			sessionId: event.sessions[0].id,
			name: 'Ana',
			birthYear: 2005,
			gender: null,
			email: 'ana@example.test',
			phone: ''
		});
		expect(added).toMatchObject({ registrationId: ana.id, existing: true });
		const rows = await test.db.select().from(registrations).where(eq(registrations.eventId, event.id));
		expect(rows).toHaveLength(1);
	});

	it('is refused to a young person', async () => {
		const event = await eventNow();
		const walkIn = {
			eventId: event.id,
			sessionId: event.sessions[0].id,
			name: 'X',
			birthYear: 2005,
			gender: null,
			email: '',
			phone: ''
		};
		expect(await rejection(addWalkIn(contextOf(test.db, officeId, youngPerson), walkIn))).toBe('forbidden');
	});
});

describe('anonymous headcount', () => {
	it('saves counts per session, replacing the previous ones, with no person attached', async () => {
		const event = await eventNow();
		const ctx = contextOf(test.db, officeId, staff);
		const sessionId = event.sessions[0].id;
		const counts = emptyHeadcount(DEFAULT_AGE_BANDS, []);
		counts.byBand['15-19'].female = 3;
		await saveHeadcount(ctx, { eventId: event.id, sessionId, counts });
		counts.byBand['20-24'].male = 4;
		expect(await saveHeadcount(ctx, { eventId: event.id, sessionId, counts })).toEqual({ total: 7 });
		const sheet = await getCheckInSheet(ctx, { eventId: event.id });
		expect(sheet.counts.headcount).toBe(7);
		expect(sheet.headcount.byBand['20-24'].male).toBe(4);
		expect(
			await rejection(
				saveHeadcount(contextOf(test.db, officeId, youngPerson), { eventId: event.id, sessionId, counts })
			)
		).toBe('forbidden');
	});
});

describe('settings', () => {
	it('lets a coordinator change the bands and groups; staff are refused', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const boss = await createPerson(test.db, { officeId: office, roles: ['coordinator'] });
		const worker = await createPerson(test.db, { officeId: office, roles: ['staff'] });
		expect((await getAttendanceSettings(test.db, office)).ageBands).toEqual(DEFAULT_AGE_BANDS);
		const input = {
			ageBands: [{ key: '15-24', min: 15, max: 24 }],
			vulnerableGroups: [{ key: 'mladi-romi', label: 'Млади Роми', labelEn: 'Roma youth' }]
		};
		await updateAttendanceSettings(contextOf(test.db, office, boss), input);
		expect(await getAttendanceSettings(test.db, office)).toEqual(input);
		expect(await rejection(updateAttendanceSettings(contextOf(test.db, office, worker), input))).toBe('forbidden');
	});
});

describe('feedback', () => {
	it('is taken once per registration after the event started, through the private link only', async () => {
		const event = await eventNow();
		const ana = await createTestRegistration(test.db, officeId, event.id);
		const ivan = await createTestRegistration(test.db, officeId, event.id);
		expect((await getFeedbackPage(test.db, { officeId, token: ana.token }))?.state).toBe('open');
		await submitFeedback(test.db, { officeId, token: ana.token, rating: 4, comment: 'Добро је било.' });
		expect(await rejection(submitFeedback(test.db, { officeId, token: ana.token, rating: 5, comment: '' }))).toBe(
			'conflict'
		);
		const page = await getFeedbackPage(test.db, { officeId, token: ana.token });
		expect(page).toMatchObject({ state: 'given', given: { rating: 4, comment: 'Добро је било.' } });
		// Ivan's link opens only Ivan's form; another office's host opens nothing.
		expect((await getFeedbackPage(test.db, { officeId, token: ivan.token }))?.state).toBe('open');
		expect(await getFeedbackPage(test.db, { officeId: otherOfficeId, token: ana.token })).toBeNull();
		expect(await getFeedbackPage(test.db, { officeId, token: 'x'.repeat(40) })).toBeNull();
		const results = await getEventResults(contextOf(test.db, officeId, staff), event.id);
		expect(results.feedback).toMatchObject({ count: 1, average: 4, distribution: [0, 0, 0, 1, 0] });
		expect(results.feedback.comments.map((comment) => comment.comment)).toEqual(['Добро је било.']);
	});

	it('is not open before the event or for a waitlisted or cancelled registration', async () => {
		const future = await createTestEvent(test.db, officeId);
		const early = await createTestRegistration(test.db, officeId, future.id);
		expect((await getFeedbackPage(test.db, { officeId, token: early.token }))?.state).toBe('notYet');
		expect(await rejection(submitFeedback(test.db, { officeId, token: early.token, rating: 5, comment: '' }))).toBe(
			'invalid'
		);
		const event = await eventNow();
		const waiting = await createTestRegistration(test.db, officeId, event.id, { status: 'waitlisted' });
		expect((await getFeedbackPage(test.db, { officeId, token: waiting.token }))?.state).toBe('notEligible');
	});

	it('is asked for by e-mail once after the event ends, to those who came, with a link that works', async () => {
		const office = (await createOffice(test.db, { isDefault: false, hosts: ['mladi.example.test'] })).id;
		const start = new Date(Date.now() - 5 * HOUR);
		const event = await createTestEvent(test.db, office, {
			sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR) }]
		});
		const came = await createTestRegistration(test.db, office, event.id, {
			email: 'came@example.test',
			locale: 'sr-Latn'
		});
		const away = await createTestRegistration(test.db, office, event.id, { email: 'away@example.test' });
		await test.db
			.insert(sessionAttendance)
			.values({ officeId: office, registrationId: came.id, sessionId: event.sessions[0].id });
		const now = new Date();
		expect(await requestFeedback(test.db, now)).toBeGreaterThanOrEqual(1);
		expect(await requestFeedback(test.db, now)).toBe(0);
		const mails = await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, office));
		expect(mails.map((mail) => mail.toAddress)).toEqual(['came@example.test']);
		expect(mails[0].subject).toContain('Kako vam je bilo');
		const link = /\/lat\/registrations\/([A-Za-z0-9_-]+)\/feedback/.exec(mails[0].textBody);
		expect(link).not.toBeNull();
		// The link is the registrant's own private link, the one their earlier e-mails carried.
		expect(link![1]).toBe(came.token);
		const opened = await findRegistrationByToken(test.db, office, link![1]);
		expect(opened?.id).toBe(came.id);
		expect(opened?.feedbackRequestedAt).not.toBeNull();
		const [stillAway] = await test.db.select().from(registrations).where(eq(registrations.id, away.id));
		expect(stillAway.feedbackRequestedAt).toBeNull();
	});
});

describe('certificates', () => {
	it('open from the private link only for someone checked in; staff get all in one audit-logged PDF', async () => {
		const event = await eventNow();
		const came = await createTestRegistration(test.db, officeId, event.id);
		const away = await createTestRegistration(test.db, officeId, event.id);
		await markAttendance(contextOf(test.db, officeId, staff), {
			eventId: event.id,
			sessionId: event.sessions[0].id,
			registrationId: came.id,
			present: true
		});
		const own = await getCertificateForToken(test.db, { officeId, token: came.token });
		expect(Buffer.from(own!.pdf.slice(0, 5)).toString()).toBe('%PDF-');
		expect(await getCertificateForToken(test.db, { officeId, token: away.token })).toBeNull();
		expect(await getCertificateForToken(test.db, { officeId: otherOfficeId, token: came.token })).toBeNull();
		const bulk = await exportCertificates(contextOf(test.db, officeId, coordinator), event.id);
		expect(bulk.count).toBe(1);
		expect(await auditActions(event.id)).toContain('attendance.certificates_exported');
		expect(await rejection(exportCertificates(contextOf(test.db, officeId, youngPerson), event.id))).toBe('forbidden');
	});
});

describe('exports', () => {
	it('give staff CSV and XLSX with attendance per session, each export audit-logged; others are refused', async () => {
		const event = await eventNow();
		const ana = await createTestRegistration(test.db, officeId, event.id, {
			name: 'Ана Јовић',
			email: 'ana@example.test'
		});
		await createTestRegistration(test.db, officeId, event.id, { name: '=HYPERLINK("x")', email: 'evil@example.test' });
		const ctx = contextOf(test.db, officeId, staff);
		await markAttendance(ctx, {
			eventId: event.id,
			sessionId: event.sessions[0].id,
			registrationId: ana.id,
			present: true
		});
		const csv = await exportParticipants(ctx, { eventId: event.id, format: 'csv', locale: 'sr-Latn' });
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.body);
		expect(text.startsWith('\uFEFFIme i prezime,E-pošta')).toBe(true);
		expect(text).toContain('Ана Јовић,ana@example.test');
		expect(text).toMatch(/Ана Јовић.*,✓,1\r\n/);
		expect(text).toContain(`"'=HYPERLINK(""x"")"`);
		const xlsx = await exportParticipants(ctx, { eventId: event.id, format: 'xlsx', locale: 'en' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(xlsx.body) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.getRow(1).getCell(1).value).toBe('Name');
		const names = [2, 3].map((row) => sheet.getRow(row).getCell(1).value);
		expect(names).toContain('Ана Јовић');
		expect(names).toContain(`'=HYPERLINK("x")`);
		const exports = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, event.id), eq(auditLog.action, 'attendance.participants_exported')));
		expect(exports.map((row) => row.details)).toEqual([
			{ format: 'csv', rows: 2 },
			{ format: 'xlsx', rows: 2 }
		]);
		expect(
			await rejection(
				exportParticipants(contextOf(test.db, officeId, youngPerson), {
					eventId: event.id,
					format: 'csv',
					locale: 'en'
				})
			)
		).toBe('forbidden');
	});
});

describe('statistics', () => {
	it('adds attendance, walk-ins and headcounts for a period, hides small groups, and dedupes people', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const worker = await createPerson(test.db, { officeId: office, roles: ['staff'] });
		const ctx = contextOf(test.db, office, worker);
		const at = (days: number) => new Date(Date.UTC(2026, 4, 10 + days, 15));
		const first = await createTestEvent(test.db, office, { sessions: [{ startsAt: at(0), endsAt: at(0.1) }] });
		const second = await createTestEvent(test.db, office, { sessions: [{ startsAt: at(7), endsAt: at(7.1) }] });
		const outside = await createTestEvent(test.db, office, { sessions: [{ startsAt: at(60), endsAt: at(60.1) }] });
		for (const event of [first, second, outside]) {
			for (let k = 0; k < 6; k++) {
				const person = await createTestRegistration(test.db, office, event.id, {
					email: `person${k}@example.test`,
					birthYear: 2005,
					gender: k % 2 ? 'male' : 'female'
				});
				if (k < 5) {
					await test.db
						.insert(sessionAttendance)
						.values({ officeId: office, registrationId: person.id, sessionId: event.sessions[0].id });
				}
			}
		}
		await addWalkIn(ctx, {
			eventId: first.id,
			sessionId: first.sessions[0].id,
			name: 'Нови',
			birthYear: 2009,
			gender: null,
			email: '',
			phone: ''
		});
		const counts = emptyHeadcount(DEFAULT_AGE_BANDS, []);
		counts.byBand['15-19'].female = 6;
		await saveHeadcount(ctx, { eventId: second.id, sessionId: second.sessions[0].id, counts });

		const report = await getStatisticsReport(ctx, {
			from: '2026-05-01',
			to: '2026-05-31',
			programmeId: null,
			eventId: null
		});
		expect(report.events.map((line) => line.id)).toEqual([first.id, second.id]);
		expect(report.overall).toMatchObject({
			registered: '12',
			attendedRegistered: '10',
			attendanceRate: 83,
			walkIns: '<5',
			// 17 − 10 − 6 would give the one walk-in back: the headcount is hidden with it.
			headcount: '<5',
			participants: '17',
			uniquePeople: '6'
		});
		const band = report.overall.byBandAndGender.find((row) => row.band === '20-24')!;
		expect(band.cells).toEqual({ female: '6', male: '<5', other: '<5', unspecified: '<5' });
		expect(report.events[0]).toMatchObject({ registered: '6', attended: '5', walkIns: '<5', attendanceRate: 83 });

		const one = await getStatisticsReport(ctx, {
			from: '2026-05-01',
			to: '2026-05-31',
			programmeId: null,
			eventId: second.id
		});
		expect(one.overall).toMatchObject({ registered: '6', headcount: '6', participants: '11' });
		expect(await rejection(getStatisticsReport(contextOf(test.db, office, youngPerson), report.filter))).toBe(
			'forbidden'
		);
	});
});

describe('demo seed', () => {
	it('gives past events attendance, walk-ins, headcounts and feedback', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const past = await createTestEvent(test.db, office, {
			isDemo: true,
			sessions: [{ startsAt: new Date(Date.now() - 20 * DAY), endsAt: new Date(Date.now() - 20 * DAY + 2 * HOUR) }]
		});
		await createTestEvent(test.db, office, { isDemo: true });
		await seedDemoAttendance(test.db, office);
		const worker = await createPerson(test.db, { officeId: office, roles: ['staff'] });
		const results = await getEventResults(contextOf(test.db, office, worker), past.id);
		expect(results.figures.walkIns).toBeGreaterThanOrEqual(5);
		expect(results.figures.headcount).toBeGreaterThan(0);
		expect(results.feedback.count).toBeGreaterThan(0);
		expect(results.figures.sessions[0].participants).toBeGreaterThan(0);
		// Nobody of the demo is e-mailed for feedback.
		expect(await requestFeedback(test.db, new Date())).toBe(0);
		await removeDemoAttendance(test.db, office);
		const after = await getEventResults(contextOf(test.db, office, worker), past.id);
		expect(after.figures).toMatchObject({ walkIns: 0, headcount: 0 });
		expect(after.feedback.count).toBe(0);
	});
});

describe('one definition per figure', () => {
	it('reads the same confirmed, attended, rate and walk-ins on every screen after a walk-in', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const worker = await createPerson(test.db, { officeId: office, roles: ['coordinator'] });
		const ctx = contextOf(test.db, office, worker);
		const start = new Date('2026-03-10T16:00:00Z');
		const event = await createTestEvent(test.db, office, {
			sessions: [
				{ startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR) },
				{ startsAt: new Date(start.getTime() + DAY), endsAt: new Date(start.getTime() + DAY + 2 * HOUR) }
			]
		});
		const [first, second] = event.sessions.map((session) => session.id);
		const people = [];
		for (let index = 0; index < 10; index++)
			people.push(await createTestRegistration(test.db, office, event.id, { email: `f${index}@example.test` }));
		for (const person of people.slice(0, 4))
			await markAttendance(ctx, { eventId: event.id, registrationId: person.id, sessionId: first, present: true });
		for (const person of people.slice(2, 7))
			await markAttendance(ctx, { eventId: event.id, registrationId: person.id, sessionId: second, present: true });
		await addWalkIn(ctx, {
			eventId: event.id,
			sessionId: first,
			name: 'Дошао Без Пријаве',
			birthYear: 2006,
			gender: 'male',
			email: '',
			phone: ''
		});

		const results = await getEventResults(ctx, event.id);
		expect(results.figures).toMatchObject({
			confirmed: 10,
			attended: 7,
			attendanceRate: 70,
			walkIns: 1,
			participants: 8
		});
		// Per session: registered present out of the same confirmed, the walk-in apart.
		expect(
			results.figures.sessions.map(({ attended, walkIns, attendanceRate }) => ({ attended, walkIns, attendanceRate }))
		).toEqual([
			{ attended: 4, walkIns: 1, attendanceRate: 40 },
			{ attended: 5, walkIns: 0, attendanceRate: 50 }
		]);
		// The registrations page reads the same function.
		expect(await getEventAttendanceFigures(test.db, event)).toEqual(results.figures);
		// Statistics and the programme lines: the same figures, shown with the "<5" rule.
		const report = await getStatisticsReport(ctx, {
			from: '2026-03-01',
			to: '2026-03-31',
			programmeId: null,
			eventId: null
		});
		expect(report.events[0]).toMatchObject({
			registered: '10',
			attended: '7',
			attendanceRate: 70,
			walkIns: '<5',
			participants: '8'
		});
		expect(report.overall).toMatchObject({
			registered: '10',
			attendedRegistered: '7',
			attendanceRate: 70,
			participants: '8'
		});
	});
});
