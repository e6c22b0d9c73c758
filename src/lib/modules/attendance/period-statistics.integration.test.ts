// The office's statistics count people as groupSamePeople does: the database counts people who share
// no key with anyone, JavaScript joins the rest; the two together must give what computeReach gives
// over the same registrations (decision 0036).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice } from '../../server/testing/factories.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { listSettlements } from '../surveys/queries.server.ts';
import { createTestRegistration } from './test-helpers.ts';
import { attendanceStatistics, attendanceStatisticsOfPeriods } from './period-statistics.server.ts';
import { computeReach, type ReachPerson } from './reach.ts';
import { getAttendanceSettings } from './settings.server.ts';
import { yearStatisticsQuery } from './statistics-store.server.ts';

let test: TestDatabase;
let officeId: string;

/** Walk-ins (present without a check-in), in arrival order, each at its own event of 2025 or 2024. */
const WALK_INS: {
	email?: string;
	phone?: string;
	gender?: 'female' | 'male' | 'other' | null;
	birthYear?: number | null;
	place?: string;
	year?: number;
}[] = [
	// One person: the same address in capitals and with a space after it.
	{ email: 'Ana@Example.test', gender: 'male', birthYear: 2001 },
	{ email: 'ana@example.test ', gender: 'female', birthYear: 2003, place: 'Центар' },
	// One person: the Kelvin sign lower-cases to "k" in JavaScript.
	{ email: '\u212aaja@example.test', gender: null, birthYear: null },
	{ email: 'kaja@example.test', gender: 'other', birthYear: 1999 },
	// Joined by the phone's digits; the third is someone else.
	{ email: 'pera@example.test', phone: '+381 60 111', gender: 'male' },
	{ email: '', phone: '+38160111', gender: 'female', place: 'Подгорац' },
	{ email: 'pera2@example.test', phone: '', gender: 'male' },
	// One person through a chain: e-mail 1 and phone 2, e-mail 2 and phone 2, e-mail 2 alone.
	{ email: 'x1@example.test', phone: '062 22', gender: 'female' },
	{ email: 'x2@example.test', phone: '06222', gender: 'male' },
	{ email: 'x2@example.test', phone: '', gender: 'other' },
	// Addresses of only spaces are one key in groupSamePeople (the empty one).
	{ email: '  ', gender: 'male' },
	{ email: ' ', gender: 'female' },
	// Cyrillic addresses differing in case: one person, joined by JavaScript.
	{ email: 'ђорђе@example.test', gender: 'male', place: 'podgorac' },
	{ email: 'ЂОРЂЕ@example.test', gender: 'female' },
	// People on their own, and two anonymous walk-ins.
	{ email: 'solo1@example.test', gender: 'female', birthYear: 2008, place: '  Центар ' },
	{ email: 'solo2@example.test', gender: 'male', birthYear: 2010, place: 'Непознато' },
	{ email: '', phone: '', gender: null },
	{ email: '', phone: '', gender: 'female', birthYear: 2004 },
	// The year before: the same address counts again there, once.
	{ email: 'ana@example.test', gender: 'female', year: 2024 },
	{ email: 'solo9@example.test', gender: 'male', year: 2024 }
];

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	// The office's settlements, as the surveys module keeps them.
	await test.db.execute(
		sql`insert into survey_settlements (office_id, name, is_urban, sort_order)
			values (${officeId}, 'Центар', true, 0), (${officeId}, 'Подгорац', false, 1)`
	);
	for (const [index, walkIn] of WALK_INS.entries()) {
		const day = `${walkIn.year ?? 2025}-03-${String(1 + index).padStart(2, '0')}`;
		const event = await createTestEvent(test.db, officeId, {
			status: 'finished',
			sessions: [{ startsAt: belgradeToInstant(day, '10:00'), endsAt: belgradeToInstant(day, '12:00') }]
		});
		await createTestRegistration(test.db, officeId, event.id, {
			email: walkIn.email ?? '',
			phone: walkIn.phone ?? '',
			gender: walkIn.gender ?? null,
			birthYear: walkIn.birthYear ?? null,
			place: walkIn.place ?? '',
			source: 'walk_in'
		});
	}
}, 120_000);
afterAll(() => test.close());

const bounds = (year: number) => yearStatisticsQuery('', year);

/** What computeReach (the one-by-one definition) gives for the walk-ins of a year. */
async function expected(year: number) {
	const people: ReachPerson[] = WALK_INS.filter((walkIn) => (walkIn.year ?? 2025) === year).map((walkIn) => ({
		userId: null,
		email: walkIn.email ?? '',
		phone: walkIn.phone ?? '',
		gender: walkIn.gender ?? null,
		birthYear: walkIn.birthYear ?? null,
		place: walkIn.place ?? '',
		eventYear: year,
		isWalkIn: true,
		sessionIds: []
	}));
	const settings = await getAttendanceSettings(test.db, officeId);
	return computeReach({
		people,
		headcounts: [],
		bands: settings.ageBands,
		settlements: await listSettlements(test.db, officeId)
	});
}

const people = (blocks: Awaited<ReturnType<typeof attendanceStatistics>>) => {
	const block = blocks.find((item) => item.key === 'attendance')!;
	const values = (key: string) =>
		block.tables.find((table) => table.key === key)!.rows.map((row) => [JSON.stringify(row.label), row.value]);
	return {
		registered: block.figures.find((figure) => figure.key === 'attendance.registeredPeople')!.value,
		byGender: values('attendance.byGender'),
		byBand: values('attendance.byBand'),
		bySettlement: values('attendance.bySettlement'),
		byArea: values('attendance.byArea')
	};
};

describe('people reached in a period', () => {
	it('joins people by account, e-mail and phone as groupSamePeople does, with the first values given', async () => {
		const reach = await expected(2025);
		expect(reach.registeredPeople).toBe(11);
		const counted = people(await attendanceStatistics(test.db, { ...bounds(2025), officeId }));
		expect(counted.registered).toBe(11);
		expect(counted.byGender.map(([, value]) => value)).toEqual(Object.values(reach.byGender));
		expect(counted.byArea.map(([, value]) => value)).toEqual([
			reach.byArea.urban,
			reach.byArea.rural,
			reach.byArea.unknown
		]);
		expect(counted.bySettlement.map(([, value]) => value)).toEqual(
			reach.bySettlement.filter((row) => row.count > 0).map((row) => row.count)
		);
		expect(counted.byBand.map(([, value]) => value)).toEqual(
			reach.byBand.filter((row) => row.band !== 'unknown' || row.count > 0).map((row) => row.count)
		);
	});

	it('counts several periods in one call as one by one', async () => {
		const [current, previous] = await attendanceStatisticsOfPeriods(test.db, [
			{ ...bounds(2025), officeId },
			{ ...bounds(2024), officeId }
		]);
		expect(current).toEqual(await attendanceStatistics(test.db, { ...bounds(2025), officeId }));
		expect(previous).toEqual(await attendanceStatistics(test.db, { ...bounds(2024), officeId }));
		expect(people(previous).registered).toBe((await expected(2024)).registeredPeople);
		expect(people(previous).registered).toBe(2);
	});
});
