// The attendance statistics are kept per office and period and read back only while nothing they count has
// changed (decision 0036, fourth round): every kind of write moves the office's version, the next read shows
// the new figure, offices do not disturb each other, and the warm-up job fills the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Context } from '../../server/actor.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { createTestEvent, createTestProgramme } from '../events/test-factories.ts';
import { registrations } from '../registrations/schema.ts';
import { expireGuardianHolds } from '../registrations/commands/expire-guardian-holds.server.ts';
import { cancelEvent } from '../events/commands/cancel-event.server.ts';
import { deleteEvent } from '../events/commands/delete-event.server.ts';
import { cancelRegistrationByStaff } from '../registrations/commands/cancel-registration.server.ts';
import { saveSettlements } from '../surveys/commands/save-settlements.server.ts';
import { eraseDataSubject } from '../privacy/commands/erase-personal-data.server.ts';
import { manifests } from '../registry.server.ts';
import { createTestRegistration } from './test-helpers.ts';
import { markAttendance } from './commands/mark-attendance.server.ts';
import { addWalkIn } from './commands/add-walk-in.server.ts';
import { saveHeadcount } from './commands/save-headcount.server.ts';
import { updateAttendanceSettings } from './commands/update-attendance-settings.server.ts';
import { removeDemoAttendance, seedDemoAttendance } from './seed.server.ts';
import { DEFAULT_AGE_BANDS, emptyHeadcount } from './statistics.ts';
import {
	attendanceStatistics,
	attendanceStatisticsOfPeriods,
	computeAttendanceStatisticsOfPeriods,
	warmStatistics
} from './period-statistics.server.ts';
import { attendanceStatisticsChanges, attendanceStatisticsStore } from './schema.ts';
import {
	defaultStatisticsQueries,
	readStatisticsVersion,
	statisticsStoreKey,
	WARM_AT_LATEST_MS,
	yearStatisticsQuery
} from './statistics-store.server.ts';

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let ctx: Context;
let otherCtx: Context;

const YEAR = 2025;
const day = (date: string, time = '10:00') => belgradeToInstant(date, time);
const query = (office: string, year = YEAR) => yearStatisticsQuery(office, year);

/** A figure or a table's rows from the blocks. */
const figure = (blocks: StatisticsBlock[], key: string) =>
	blocks.flatMap((block) => block.figures).find((one) => one.key === key)?.value;
const table = (blocks: StatisticsBlock[], key: string) =>
	blocks.flatMap((block) => block.tables).find((one) => one.key === key)?.rows;

/** The office's statistics as the page reads them, checked against a fresh count. */
async function read(office = officeId) {
	const blocks = await attendanceStatistics(test.db, query(office));
	const [computed] = await computeAttendanceStatisticsOfPeriods(test.db, [query(office)]);
	expect(blocks).toEqual(computed);
	return blocks;
}

async function storedVersion(office: string, key = statisticsStoreKey(query(office))) {
	const [row] = await test.db
		.select({ version: attendanceStatisticsStore.version })
		.from(attendanceStatisticsStore)
		.where(and(eq(attendanceStatisticsStore.officeId, office), eq(attendanceStatisticsStore.key, key)));
	return row?.version ?? null;
}

/** Runs a write and checks that it moved the office's version (and only that office's). */
async function changes(write: () => Promise<unknown>) {
	const before = await readStatisticsVersion(test.db, officeId);
	const otherBefore = await readStatisticsVersion(test.db, otherOfficeId);
	await write();
	expect(await readStatisticsVersion(test.db, officeId)).toBeGreaterThan(before);
	expect(await readStatisticsVersion(test.db, otherOfficeId)).toBe(otherBefore);
}

let eventId: string;
let sessionId: string;
let anaId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	ctx = contextOf(test.db, officeId, await createPerson(test.db, { officeId, roles: ['coordinator'] }));
	otherCtx = contextOf(
		test.db,
		otherOfficeId,
		await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] })
	);
	const event = await createTestEvent(test.db, officeId, {
		status: 'finished',
		sessions: [{ startsAt: day('2025-03-10'), endsAt: day('2025-03-10', '12:00') }]
	});
	eventId = event.id;
	sessionId = event.sessions[0].id;
	anaId = (
		await createTestRegistration(test.db, officeId, eventId, {
			email: 'ana@example.test',
			birthYear: 2006,
			place: 'Центар'
		})
	).id;
	await createTestEvent(test.db, otherOfficeId, {
		status: 'finished',
		sessions: [{ startsAt: day('2025-03-10'), endsAt: day('2025-03-10', '12:00') }]
	});
}, 120_000);
afterAll(() => test.close());

describe('the stored attendance statistics', () => {
	it('are read back while nothing changed, equal to a fresh count', async () => {
		const first = await read();
		const version = await readStatisticsVersion(test.db, officeId);
		expect(await storedVersion(officeId)).toBe(version);
		// A second read is the stored one (the row is not written again).
		const [{ computedAt }] = await test.db
			.select({ computedAt: attendanceStatisticsStore.computedAt })
			.from(attendanceStatisticsStore)
			.where(eq(attendanceStatisticsStore.officeId, officeId));
		expect(await attendanceStatistics(test.db, query(officeId))).toEqual(first);
		const [again] = await test.db
			.select({ computedAt: attendanceStatisticsStore.computedAt })
			.from(attendanceStatisticsStore)
			.where(eq(attendanceStatisticsStore.officeId, officeId));
		expect(again.computedAt).toEqual(computedAt);
		// Two periods in one call, one of them stored: the same as each alone.
		const [current, previous] = await attendanceStatisticsOfPeriods(test.db, [query(officeId), query(officeId, 2024)]);
		expect(current).toEqual(first);
		expect(previous).toEqual((await computeAttendanceStatisticsOfPeriods(test.db, [query(officeId, 2024)]))[0]);
		// The same period twice, neither stored yet: counted and stored once, given twice.
		const twice = await attendanceStatisticsOfPeriods(test.db, [query(officeId, 2021), query(officeId, 2021)]);
		expect(twice[1]).toEqual(twice[0]);
	});

	it('show every write at the door at once: check-in, undo, walk-in, headcount', async () => {
		expect(figure(await read(), 'attendance.reached')).toBe(0);
		await changes(() => markAttendance(ctx, { eventId, sessionId, registrationId: anaId, present: true }));
		expect(figure(await read(), 'attendance.reached')).toBe(1);
		await changes(() => markAttendance(ctx, { eventId, sessionId, registrationId: anaId, present: false }));
		expect(figure(await read(), 'attendance.reached')).toBe(0);
		await changes(() => markAttendance(ctx, { eventId, sessionId, registrationId: anaId, present: true }));
		await changes(() =>
			addWalkIn(ctx, {
				eventId,
				sessionId,
				name: 'Мика',
				email: 'mika@example.test',
				phone: '',
				birthYear: 2004,
				gender: 'male'
			})
		);
		expect(figure(await read(), 'attendance.reached')).toBe(2);
		const counts = emptyHeadcount(DEFAULT_AGE_BANDS, []);
		counts.byBand[DEFAULT_AGE_BANDS[1].key] = { female: 2, male: 1, other: 0, unspecified: 0 };
		await changes(() => saveHeadcount(ctx, { eventId, sessionId, counts }));
		expect(figure(await read(), 'attendance.headcount')).toBe(3);
	});

	it('show changes of the office settings: age bands and settlements', async () => {
		const bands = (blocks: StatisticsBlock[]) => table(blocks, 'attendance.byBand')?.length;
		const before = bands(await read());
		await changes(() =>
			updateAttendanceSettings(ctx, {
				ageBands: [{ key: '15-30', min: 15, max: 30 }],
				vulnerableGroups: []
			})
		);
		expect(bands(await read())).not.toBe(before);
		const urban = (blocks: StatisticsBlock[]) => table(blocks, 'attendance.byArea')?.[0].value;
		expect(urban(await read())).toBe(0);
		await changes(() => saveSettlements(ctx, { settlements: [{ name: 'Центар', isUrban: true }] }));
		expect(urban(await read())).toBe(1);
	});

	it('show changes of registrations and events: cancelling, moving, deleting', async () => {
		const extra = await createTestEvent(test.db, officeId, {
			status: 'published',
			sessions: [{ startsAt: day('2025-05-10'), endsAt: day('2025-05-10', '12:00') }]
		});
		expect(figure(await read(), 'events.held')).toBe(2);
		await changes(() => cancelEvent(ctx, { id: extra.id, reason: 'Киша' }));
		expect(figure(await read(), 'events.held')).toBe(1);
		// Moved into the period, then deleted.
		const later = await createTestEvent(test.db, officeId, {
			status: 'finished',
			sessions: [{ startsAt: day('2026-05-10'), endsAt: day('2026-05-10', '12:00') }]
		});
		expect(figure(await read(), 'events.held')).toBe(1);
		await changes(() =>
			test.db.execute(sql`update events set starts_at = ${day('2025-06-01')} where id = ${later.id}`)
		);
		expect(figure(await read(), 'events.held')).toBe(2);
		await changes(() => deleteEvent(ctx, { id: later.id }));
		expect(figure(await read(), 'events.held')).toBe(1);
		// A session added to the event.
		await changes(() =>
			test.db.execute(sql`insert into event_sessions (event_id, office_id, starts_at, ends_at)
				values (${eventId}, ${officeId}, ${day('2025-03-11')}, ${day('2025-03-11', '12:00')})`)
		);
		expect(figure(await read(), 'events.sessions')).toBe(2);
		// The registration cancelled by staff no longer counts.
		const reached = figure(await read(), 'attendance.reached')!;
		const bob = await createTestRegistration(test.db, officeId, eventId, { email: 'bob@example.test' });
		await changes(() => markAttendance(ctx, { eventId, sessionId, registrationId: bob.id, present: true }));
		expect(figure(await read(), 'attendance.reached')).toBe(reached + 1);
		await changes(() => cancelRegistrationByStaff(ctx, { registrationId: bob.id }));
		expect(figure(await read(), 'attendance.reached')).toBe(reached);
	});

	it('show the writes of background jobs: a guardian hold expiring', async () => {
		const held = await createTestRegistration(test.db, officeId, eventId, {
			email: 'minor@example.test',
			status: 'pending_guardian',
			createdAt: new Date(Date.now() - 30 * 24 * 3_600_000)
		});
		await read();
		await changes(() => expireGuardianHolds(test.db, new Date()));
		const [row] = await test.db
			.select({ status: registrations.status })
			.from(registrations)
			.where(eq(registrations.id, held.id));
		expect(row.status).toBe('cancelled');
		await read();
	});

	it('keep each programme and plan area apart, and show an event moved to another programme', async () => {
		const programme = await createTestProgramme(test.db, officeId);
		const ofProgramme = { ...query(officeId), programmeId: programme.id };
		const held = async (one: StatisticsQuery) => figure(await attendanceStatistics(test.db, one), 'events.held');
		expect(await held(ofProgramme)).toBe(0);
		await changes(() => test.db.execute(sql`update events set programme_id = ${programme.id} where id = ${eventId}`));
		expect(await held(ofProgramme)).toBe(1);
		expect(await held(query(officeId))).toBe(1);
		// A plan area is stored as the events it covers: linking an event is another key, not a stale one.
		const area = (eventIds: string[]) => ({
			...query(officeId),
			planArea: { areaId: 'area', measureIds: [], eventIds }
		});
		expect(await held(area([]))).toBe(0);
		expect(await held(area([eventId]))).toBe(1);
		expect(await held(area([]))).toBe(0);
	});

	it('show a personal-data erasure (an erased person is no longer joined with their other registrations)', async () => {
		const second = await createTestEvent(test.db, officeId, {
			status: 'finished',
			sessions: [{ startsAt: day('2025-04-10'), endsAt: day('2025-04-10', '12:00') }]
		});
		const again = await createTestRegistration(test.db, officeId, second.id, { email: 'ana@example.test' });
		await markAttendance(ctx, {
			eventId: second.id,
			sessionId: second.sessions[0].id,
			registrationId: again.id,
			present: true
		});
		const reached = figure(await read(), 'attendance.reached')!;
		await changes(() => eraseDataSubject(ctx, { email: 'ana@example.test', phone: '' }, manifests));
		expect(figure(await read(), 'attendance.reached')).toBe(reached + 1);
	});

	it('show the demo content loaded and removed', async () => {
		await createTestEvent(test.db, officeId, {
			status: 'finished',
			isDemo: true,
			sessions: [{ startsAt: day('2025-09-10'), endsAt: day('2025-09-10', '12:00') }]
		});
		const before = await read();
		await changes(() => seedDemoAttendance(test.db, officeId));
		expect(figure(await read(), 'attendance.reached')).toBeGreaterThan(figure(before, 'attendance.reached')!);
		await changes(() => removeDemoAttendance(test.db, officeId));
		expect(await read()).toEqual(before);
	});

	it('are not disturbed by another office', async () => {
		await read();
		const version = await storedVersion(officeId);
		await changes(async () => {
			await markAttendance(ctx, { eventId, sessionId, registrationId: anaId, present: false });
			await markAttendance(ctx, { eventId, sessionId, registrationId: anaId, present: true });
		});
		const stored = await read();
		const mine = await readStatisticsVersion(test.db, officeId);
		expect(mine).toBeGreaterThan(version!);
		// The other office writes: this office's stored figures stay valid.
		await saveSettlements(otherCtx, { settlements: [{ name: 'Село', isUrban: false }] });
		expect(await readStatisticsVersion(test.db, officeId)).toBe(mine);
		expect(await storedVersion(officeId)).toBe(mine);
		expect(await attendanceStatistics(test.db, query(officeId))).toEqual(stored);
	});

	it('are warmed by the job once writes pause: this year and the last, folded into one change', async () => {
		const now = new Date();
		await markAttendance(ctx, { eventId, sessionId, registrationId: anaId, present: false });
		const version = await readStatisticsVersion(test.db, officeId);
		// Writes just now: not warmed yet (the office is still being written).
		const queries = defaultStatisticsQueries(officeId, now);
		await warmStatistics(test.db, now);
		expect(await storedVersion(officeId, statisticsStoreKey(queries[0]))).not.toBe(version);
		expect(await warmStatistics(test.db, new Date(now.getTime() + WARM_AT_LATEST_MS + 1000))).toBeGreaterThanOrEqual(2);
		for (const one of queries) expect(await storedVersion(officeId, statisticsStoreKey(one))).toBe(version);
		// The version is kept; the office's changes are one folded row; nothing older is stored.
		expect(await readStatisticsVersion(test.db, officeId)).toBe(version);
		const rows = await test.db
			.select()
			.from(attendanceStatisticsChanges)
			.where(eq(attendanceStatisticsChanges.officeId, officeId));
		expect(rows).toHaveLength(1);
		expect(rows[0].folded).toBe(true);
		const older = await test.db.execute(
			sql`select count(*)::int as n from attendance_statistics_store where office_id = ${officeId} and version < ${version}`
		);
		expect(Number((older as unknown as { rows: { n: number }[] }).rows[0].n)).toBe(0);
		// What the job stored is what a fresh count gives.
		const [current, previous] = await attendanceStatisticsOfPeriods(test.db, queries);
		expect([current, previous]).toEqual(await computeAttendanceStatisticsOfPeriods(test.db, queries));
		// Nothing pending: the job does nothing more.
		expect(await warmStatistics(test.db, new Date(now.getTime() + WARM_AT_LATEST_MS + 1000))).toBe(0);
	});

	it('keep nothing computed while a write commits between reading the version and storing', async () => {
		const key = statisticsStoreKey(query(officeId, 2023));
		await attendanceStatisticsOfPeriods(test.db, [query(officeId, 2023)]).then(() => undefined);
		const version = await readStatisticsVersion(test.db, officeId);
		expect(await storedVersion(officeId, key)).toBe(version);
		// A computation that sees a write land while it runs is not stored under the version it started at.
		const { readThroughStatisticsStore } = await import('./statistics-store.server.ts');
		await readThroughStatisticsStore(test.db, [query(officeId, 2022)], async (db, queries) => {
			const blocks = await computeAttendanceStatisticsOfPeriods(db, queries);
			await saveSettlements(ctx, { settlements: [{ name: 'Подгорац', isUrban: false }] });
			return blocks;
		});
		expect(await storedVersion(officeId, statisticsStoreKey(query(officeId, 2022)))).toBeNull();
	});
});
