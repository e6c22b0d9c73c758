import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { createTestRegistration } from './test-helpers.ts';
import { markAttendance } from './commands/mark-attendance.server.ts';
import { exportEventResults, exportStatistics } from './commands/export-report.server.ts';

const HOUR = 60 * 60 * 1000;

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let staff: Actor;
let youngPerson: Actor;
let otherStaff: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['staff'] });
});
afterAll(() => test.close());

async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return caught.code;
		throw caught;
	}
	throw new Error('expected the export to be refused');
}

/** An event held an hour ago with six registered, two of whom came. */
async function heldEvent() {
	const start = new Date(Date.now() - 3 * HOUR);
	const event = await createTestEvent(test.db, officeId, {
		title: 'Радионица стрипа',
		titleEn: 'Comics workshop',
		sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR) }]
	});
	const people = [];
	for (const name of ['Ана Јовић', 'Бојан Лазић', 'Вера Пешић', 'Гаврило Ром', 'Дуња Сич', 'Ђорђе Тот'])
		people.push(await createTestRegistration(test.db, officeId, event.id, { name }));
	const ctx = contextOf(test.db, officeId, staff);
	for (const person of people.slice(0, 2))
		await markAttendance(ctx, {
			eventId: event.id,
			sessionId: event.sessions[0].id,
			registrationId: person.id,
			present: true
		});
	return event;
}

const today = () => instantToBelgrade(new Date()).date;
/** The Belgrade day the held event started on (yesterday when a run falls between midnight and 3 a.m.). */
const heldDay = () => instantToBelgrade(new Date(Date.now() - 3 * HOUR)).date;

describe('exports of what the statistics and results pages show', () => {
	it('exports an event’s results as CSV with the page’s numbers and records the download', async () => {
		const event = await heldEvent();
		const file = await exportEventResults(contextOf(test.db, officeId, staff), {
			eventId: event.id,
			format: 'csv',
			locale: 'sr-Cyrl'
		});
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const text = new TextDecoder().decode(file.body);
		expect(text).toContain('Резултати: Радионица стрипа');
		expect(text).toContain('Потврђених пријава,6');
		expect(text).toContain('Дошло од потврђених,2');
		expect(text).toContain('Одзив потврђених,33%');
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'attendance.results_exported'), eq(auditLog.entityId, event.id)));
		expect(audits.map((entry) => entry.actorUserId)).toEqual([staff.userId]);
	});

	it('exports the statistics for a period as XLSX, with counts under five shown as the page shows them', async () => {
		await heldEvent();
		const file = await exportStatistics(contextOf(test.db, officeId, staff), {
			filter: { from: heldDay(), to: today(), programmeId: null, eventId: null },
			format: 'xlsx',
			locale: 'en'
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.body.buffer as ArrayBuffer);
		const rows: string[][] = [];
		workbook.worksheets[0].eachRow((row) =>
			rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')))
		);
		expect(rows[0]).toEqual(['Participation statistics']);
		expect(rows.some((row) => row[0] === 'By event')).toBe(true);
		const line = rows.find((row) => row[0] === 'Comics workshop');
		expect(line, 'the event’s line, in the reader’s language').toBeDefined();
		// Two came: fewer than five, so the export hides the number exactly as the page does.
		expect(line).toContain('<5');
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'attendance.statistics_exported'), eq(auditLog.officeId, officeId)));
		expect(audit.details).toMatchObject({ format: 'xlsx' });
	});

	it('refuses a young person, and another office’s staff cannot export this office’s event', async () => {
		const event = await heldEvent();
		const options = { eventId: event.id, format: 'csv' as const, locale: 'sr-Cyrl' as const };
		expect(await refusal(exportEventResults(contextOf(test.db, officeId, youngPerson), options))).toBe('forbidden');
		expect(
			await refusal(
				exportStatistics(contextOf(test.db, officeId, youngPerson), {
					filter: { from: heldDay(), to: today(), programmeId: null, eventId: null },
					format: 'csv',
					locale: 'sr-Cyrl'
				})
			)
		).toBe('forbidden');
		expect(await refusal(exportEventResults(contextOf(test.db, otherOfficeId, otherStaff), options))).toBe('not_found');
	});
});
