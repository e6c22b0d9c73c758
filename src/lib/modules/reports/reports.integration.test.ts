// The office's statistics against facts counted by hand, the small-group rule over the demo office,
// the audited export, and who may read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Context } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { loadDemoOffice, manifests } from '../registry.server.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { createTestRegistration } from '../attendance/test-helpers.ts';
import { markAttendance } from '../attendance/commands/mark-attendance.server.ts';
import { saveHeadcount } from '../attendance/commands/save-headcount.server.ts';
import { collectStatistics, getOfficeStatistics } from './queries.server.ts';
import { exportOfficeStatistics } from './commands/export-statistics.server.ts';
import { quarterPeriod, yearPeriod } from './period.ts';
import { showBlocks } from './shown.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Context;

const at = (day: string, time: string) => belgradeToInstant(day, time);
const HOUR = 60 * 60 * 1000;
const session = (day: string, time: string) => ({
	startsAt: at(day, time),
	endsAt: new Date(at(day, time).getTime() + HOUR)
});

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	// 2025: a workshop in March with two sessions, a lecture at 23:30 on New Year's Eve (Belgrade).
	const workshop = await createTestEvent(test.db, officeId, {
		type: 'workshop',
		status: 'finished',
		sessions: [session('2025-03-10', '10:00'), session('2025-03-11', '10:00')]
	});
	const lecture = await createTestEvent(test.db, officeId, {
		type: 'lecture',
		status: 'finished',
		sessions: [session('2025-12-31', '23:30')]
	});
	// Not in 2025: half past midnight on 1 January 2026 in Belgrade (still 2025 in UTC), a cancelled
	// event, a draft, and one event in 2024 for the comparison.
	await createTestEvent(test.db, officeId, { type: 'camp', sessions: [session('2026-01-01', '00:30')] });
	await createTestEvent(test.db, officeId, { status: 'cancelled', sessions: [session('2025-05-05', '10:00')] });
	await createTestEvent(test.db, officeId, { status: 'draft', sessions: [session('2025-05-06', '10:00')] });
	await createTestEvent(test.db, officeId, {
		type: 'sports',
		status: 'finished',
		sessions: [session('2024-06-01', '10:00')]
	});

	// Six people at the workshop (two of them men), all at its first session, one at both.
	const people = Array.from({ length: 6 }, (_, index) => ({
		email: `osoba${index}@example.test`,
		gender: (index < 2 ? 'male' : 'female') as 'male' | 'female'
	}));
	for (const [index, person] of people.entries()) {
		const registration = await createTestRegistration(test.db, officeId, workshop.id, person);
		await markAttendance(coordinator, {
			eventId: workshop.id,
			sessionId: workshop.sessions[0].id,
			registrationId: registration.id,
			present: true
		});
		if (index === 0)
			await markAttendance(coordinator, {
				eventId: workshop.id,
				sessionId: workshop.sessions[1].id,
				registrationId: registration.id,
				present: true
			});
	}
	// The lecture: three of them again (one typed her address in capitals), two new people, and one
	// who registered and did not come.
	const lectureGoers = [
		{ email: 'OSOBA2@example.test', gender: 'female' as const },
		{ email: 'osoba3@example.test', gender: 'female' as const },
		{ email: 'osoba4@example.test', gender: 'female' as const },
		{ email: 'nova1@example.test', gender: 'female' as const },
		{ email: 'nova2@example.test', gender: 'female' as const }
	];
	for (const person of lectureGoers) {
		const registration = await createTestRegistration(test.db, officeId, lecture.id, person);
		await markAttendance(coordinator, {
			eventId: lecture.id,
			sessionId: lecture.sessions[0].id,
			registrationId: registration.id,
			present: true
		});
	}
	await createTestRegistration(test.db, officeId, lecture.id, { email: 'odsutna@example.test' });
	// Anonymous counts at the workshop: 5 at the first session, 7 at the second (the larger counts).
	await saveHeadcount(coordinator, {
		eventId: workshop.id,
		sessionId: workshop.sessions[0].id,
		counts: { byBand: { '15-19': { female: 3, male: 2 } }, vulnerable: {} }
	});
	await saveHeadcount(coordinator, {
		eventId: workshop.id,
		sessionId: workshop.sessions[1].id,
		counts: { byBand: { '15-19': { female: 4, male: 3 } }, vulnerable: {} }
	});
}, 120_000);
afterAll(() => test.close());

const figure = (statistics: Awaited<ReturnType<typeof getOfficeStatistics>>, key: string) =>
	statistics.blocks.flatMap((block) => block.figures).find((item) => item.key === key);
const table = (statistics: Awaited<ReturnType<typeof getOfficeStatistics>>, key: string) =>
	statistics.blocks.flatMap((block) => block.tables).find((item) => item.key === key);

describe('office statistics', () => {
	it('count 2025 as counted by hand, in Belgrade time, with 2024 beside it', async () => {
		const statistics = await getOfficeStatistics(coordinator, { period: yearPeriod(2025), programmeId: null });
		expect(figure(statistics, 'events.held')).toMatchObject({ value: 2, previousValue: 1 });
		expect(figure(statistics, 'events.sessions')?.value).toBe(3);
		expect(table(statistics, 'events.byType')?.rows.map((row) => [row.label, row.value])).toEqual([
			[{ key: 'events.type.workshop' }, 1],
			[{ key: 'events.type.lecture' }, 1]
		]);
		// 6 + 2 different registered people who came, plus the larger headcount of the workshop (7).
		expect(figure(statistics, 'attendance.registeredPeople')?.value).toBe(8);
		expect(figure(statistics, 'attendance.headcount')?.value).toBe(7);
		expect(figure(statistics, 'attendance.reached')?.value).toBe(15);
		// Attendances by the one definition: the workshop 6 + 7, the lecture 5.
		expect(figure(statistics, 'attendance.attendances')?.value).toBe(18);
		// By gender: 6 women and 2 men registered, 4 and 3 counted anonymously; nobody else, so "<5".
		expect(table(statistics, 'attendance.byGender')?.rows.map((row) => row.text)).toEqual(['10', '5', '<5', '<5']);
		expect(table(statistics, 'attendance.byGender')?.total?.text).toBe('15');
	});

	it('a quarter holds only its own events', async () => {
		const first = await getOfficeStatistics(coordinator, { period: quarterPeriod(2025, 1), programmeId: null });
		expect(figure(first, 'events.held')?.value).toBe(1);
		const fourth = await getOfficeStatistics(coordinator, { period: quarterPeriod(2025, 4), programmeId: null });
		expect(figure(fourth, 'events.held')?.value).toBe(1);
		// Five people came to the lecture: shown as a number, and the 2024 quarter had nobody ("<5").
		expect(figure(fourth, 'attendance.reached')).toMatchObject({ text: '5', previousText: '<5' });
		const nextYear = await getOfficeStatistics(coordinator, { period: quarterPeriod(2026, 1), programmeId: null });
		expect(figure(nextYear, 'events.held')?.value).toBe(1);
	});

	it('downloads as XLSX with the same numbers, and the download is audited', async () => {
		const file = await exportOfficeStatistics(coordinator, {
			filter: { period: yearPeriod(2025), programmeId: null },
			format: 'xlsx',
			locale: 'en'
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file.body.buffer as ArrayBuffer);
		const rows = workbook.worksheets[0].getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
		// 2024 had nobody: "<5" stays text, the numbers are numbers the sheet can add up.
		expect(rows).toContainEqual(['Young people reached (each once)', 15, '<5']);
		expect(rows).toContainEqual(['Events held', 2, 1]);
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, 'reports.statistics_exported')));
		expect(audits).toHaveLength(1);
		expect(audits[0].details).toMatchObject({ format: 'xlsx', from: '2025-01-01', to: '2025-12-31' });
		const csv = await exportOfficeStatistics(coordinator, {
			filter: { period: yearPeriod(2025), programmeId: null },
			format: 'csv',
			locale: 'sr-Latn'
		});
		expect(new TextDecoder().decode(csv.body)).toContain('Obuhvaćeno mladih (svaka osoba jednom),15,<5');
	});

	it('young people and association representatives see no staff statistics', async () => {
		for (const role of ['young_person', 'association_representative'] as const) {
			const ctx = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: [role] }));
			const refused = await getOfficeStatistics(ctx, { period: yearPeriod(2025), programmeId: null }).catch((e) => e);
			expect(isAppError(refused) && refused.code).toBe('forbidden');
			const download = await exportOfficeStatistics(ctx, {
				filter: { period: yearPeriod(2025), programmeId: null },
				format: 'csv',
				locale: 'en'
			}).catch((e) => e);
			expect(isAppError(download) && download.code).toBe('forbidden');
		}
	});
});

describe('office statistics of the demo office', () => {
	it('show no group of people from 1 to 4 in any module, this year or last', async () => {
		const demo = await loadDemoOffice(test.db);
		const year = new Date().getFullYear();
		for (const period of [yearPeriod(year), yearPeriod(year - 1)]) {
			const raw = (await collectStatistics(test.db, demo.officeId, period, null)).sort((a, b) => a.order - b.order);
			const shown = showBlocks(raw, []);
			// What the manifests declare for report templates (listIndicatorChoices) is what the hooks return.
			expect(
				raw.map((block) => ({
					key: block.key,
					titleKey: block.titleKey,
					order: block.order,
					figures: block.figures.map(({ key, labelKey }) => ({ key, labelKey })),
					tables: block.tables.map(({ key, titleKey }) => ({ key, titleKey }))
				}))
			).toEqual(manifests.flatMap((manifest) => manifest.statisticsShape ?? []).sort((a, b) => a.order - b.order));
			expect(raw.length).toBeGreaterThanOrEqual(6);
			for (const [blockIndex, block] of raw.entries()) {
				for (const [index, item] of block.figures.entries())
					if (item.people) expect(shown[blockIndex].figures[index].text, item.key).not.toMatch(/^[1-4]$/);
				for (const [index, item] of block.tables.entries()) {
					if (!item.people) continue;
					for (const row of shown[blockIndex].tables[index].rows) expect(row.text, item.key).not.toMatch(/^[1-4]$/);
				}
			}
		}
	}, 120_000);
});
