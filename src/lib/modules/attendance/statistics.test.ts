import { describe, expect, it } from 'vitest';
import {
	ageInYear,
	attendanceRate,
	bandOf,
	computeStatistics,
	countUniquePeople,
	DEFAULT_AGE_BANDS,
	emptyHeadcount,
	formatAgeBands,
	headcountTotal,
	parseAgeBands,
	suppressSmall,
	suppressFigures,
	suppressStatistics,
	type StatisticsPerson
} from './statistics.ts';

describe('age bands', () => {
	it('puts each age in the default band, the ends included, and unknown ages apart', () => {
		const cases: [number | null, string][] = [
			[null, 'unknown'],
			[9, 'under-15'],
			[14, 'under-15'],
			[15, '15-19'],
			[19, '15-19'],
			[20, '20-24'],
			[24, '20-24'],
			[25, '25-30'],
			[30, '25-30'],
			[31, 'over-30'],
			[64, 'over-30']
		];
		for (const [age, band] of cases) expect(bandOf(age, DEFAULT_AGE_BANDS), String(age)).toBe(band);
	});

	it('takes the age reached in the year of the event', () => {
		expect(ageInYear(2008, 2026)).toBe(18);
		expect(ageInYear(null, 2026)).toBeNull();
	});

	it('leaves an age in a gap between bands as unknown', () => {
		expect(bandOf(17, [{ key: '18-24', min: 18, max: 24 }])).toBe('unknown');
	});

	it('reads bands typed one per line, sorted, with open ends, and writes them back the same way', () => {
		const parsed = parseAgeBands('20 – 24\n-14\n\n15-19\n25-30\n31-');
		expect(parsed).toEqual({ ok: true, bands: DEFAULT_AGE_BANDS });
		expect(formatAgeBands(DEFAULT_AGE_BANDS)).toBe('-14\n15-19\n20-24\n25-30\n31-');
	});

	it('names the line of a band that is unreadable, inverted or overlapping', () => {
		expect(parseAgeBands('15-19\nabc')).toEqual({ ok: false, line: 2 });
		expect(parseAgeBands('19-15')).toEqual({ ok: false, line: 1 });
		expect(parseAgeBands('15-20\n20-24')).toEqual({ ok: false, line: 2 });
		expect(parseAgeBands('-20\n-14')).toEqual({ ok: false, line: 2 });
		expect(parseAgeBands('  \n')).toEqual({ ok: false, line: 1 });
		expect(parseAgeBands('-')).toEqual({ ok: false, line: 1 });
	});
});

describe('the "<5" rule', () => {
	it("hides groups of zero to four (the surveys' rule) and shows five or more", () => {
		expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppressSmall)).toEqual(['<5', '<5', '<5', '<5', '<5', '5', '6', '120']);
	});
});

describe('attendance rate', () => {
	it('is a whole percentage, null without registrations, never over 100', () => {
		expect(attendanceRate(2, 3)).toBe(67);
		expect(attendanceRate(0, 0)).toBeNull();
		expect(attendanceRate(5, 4)).toBe(100);
	});
});

describe('unique people', () => {
	it('counts registrations sharing an account, e-mail or phone once, also through a chain', () => {
		expect(
			countUniquePeople([
				{ userId: null, email: 'ana@example.test', phone: '' },
				{ userId: null, email: 'ANA@example.test ', phone: '+381601234567' },
				{ userId: null, email: '', phone: '+381 60 123 4567' },
				{ userId: 'u1', email: 'marko@example.test', phone: '' },
				{ userId: 'u1', email: '', phone: '' },
				{ userId: null, email: '', phone: '' },
				{ userId: null, email: '', phone: '' }
			])
		).toBe(4);
	});
});

/** Every count a DisplayedStatistics shows. */
function publishedCounts(shown: ReturnType<typeof suppressStatistics>): string[] {
	return [
		shown.registered,
		shown.attendedRegistered,
		shown.walkIns,
		shown.headcount,
		shown.participants,
		shown.uniquePeople,
		...shown.byBandAndGender.flatMap((row) => [...Object.values(row.cells), row.total]),
		...Object.values(shown.genderTotals),
		...Object.values(shown.vulnerable)
	];
}

describe('statistics', () => {
	const person = (overrides: Partial<StatisticsPerson>): StatisticsPerson => ({
		eventId: 'e1',
		eventYear: 2026,
		userId: null,
		email: '',
		phone: '',
		birthYear: 2006,
		gender: 'female',
		isWalkIn: false,
		sessionIds: ['s1'],
		...overrides
	});
	const counted = (counts: ReturnType<typeof emptyHeadcount>, sessionId: string, eventId = 'e1') => ({
		eventId,
		sessionId,
		counts
	});

	it('adds registered, attended, walk-ins and headcounts, by band and gender', () => {
		const headcount = emptyHeadcount(DEFAULT_AGE_BANDS, ['roma']);
		headcount.byBand['15-19'].male = 3;
		headcount.byBand['over-30'].unspecified = 1;
		headcount.vulnerable.roma = 2;
		const stats = computeStatistics({
			people: [
				person({ email: 'a@example.test' }),
				person({ email: 'a@example.test', eventId: 'e2' }),
				person({ email: 'b@example.test', sessionIds: [] }),
				person({ birthYear: 2010, gender: 'male', email: 'c@example.test' }),
				person({ isWalkIn: true, birthYear: null, gender: null }),
				person({ isWalkIn: true, birthYear: 1990, gender: 'other' })
			],
			// Two sessions of e1 counted the same people: the larger one counts, once.
			headcounts: [counted(headcount, 's1'), counted(headcount, 's2'), counted(headcount, 's3', 'e2')],
			bands: DEFAULT_AGE_BANDS
		});
		expect(headcountTotal(headcount)).toBe(4);
		expect(stats).toMatchObject({
			registered: 4,
			attendedRegistered: 3,
			attendanceRate: 75,
			walkIns: 2,
			headcount: 8,
			participants: 13,
			uniquePeople: 4
		});
		expect(stats.byBandAndGender['20-24']).toEqual({ female: 2, male: 0, other: 0, unspecified: 0 });
		expect(stats.byBandAndGender['15-19']).toEqual({ female: 0, male: 7, other: 0, unspecified: 0 });
		expect(stats.byBandAndGender['over-30']).toEqual({ female: 0, male: 0, other: 1, unspecified: 2 });
		expect(stats.byBandAndGender.unknown).toEqual({ female: 0, male: 0, other: 0, unspecified: 1 });
		expect(stats.vulnerable).toEqual({ roma: 4 });

		const shown = suppressStatistics(
			stats,
			DEFAULT_AGE_BANDS.map((band) => band.key)
		);
		expect(shown).toMatchObject({
			registered: '<5',
			attendedRegistered: '<5',
			attendanceRate: null,
			walkIns: '<5',
			headcount: '8',
			participants: '13',
			uniquePeople: '<5',
			vulnerable: { roma: '<5' }
		});
		expect(shown.byBandAndGender.map((row) => row.band)).toEqual([
			'under-15',
			'15-19',
			'20-24',
			'25-30',
			'over-30',
			'unknown'
		]);
		expect(shown.byBandAndGender[1]).toEqual({
			band: '15-19',
			cells: { female: '<5', male: '7', other: '<5', unspecified: '<5' },
			total: '7'
		});
		expect(publishedCounts(shown).filter((value) => /^[1-4]$/.test(value))).toEqual([]);
	});

	it('hides a figure that the others would give back by subtraction', () => {
		const headcount = emptyHeadcount(DEFAULT_AGE_BANDS, []);
		headcount.byBand['15-19'].female = 6;
		const people = [
			...Array.from({ length: 12 }, (_, index) =>
				person({ email: `p${index}@example.test`, sessionIds: index < 10 ? ['s1'] : [] })
			),
			person({ isWalkIn: true, email: 'w1@example.test' }),
			person({ isWalkIn: true, email: 'w2@example.test' })
		];
		const shown = suppressFigures(
			computeStatistics({ people, headcounts: [counted(headcount, 's1')], bands: DEFAULT_AGE_BANDS })
		);
		// Participants 18 = 10 attended + 2 walk-ins + 6 counted: 18 − 10 − 6 would give the 2 back,
		// so the smallest other part (6) is hidden too.
		expect(shown).toEqual({
			registered: '12',
			attendedRegistered: '10',
			attendanceRate: 83,
			walkIns: '<5',
			headcount: '<5',
			participants: '18'
		});
	});

	it('shows the rate once five or more registered, and leaves out an empty unknown band', () => {
		const people = Array.from({ length: 10 }, (_, index) =>
			person({ email: `p${index}@example.test`, sessionIds: index < 5 ? ['s1'] : [] })
		);
		const shown = suppressStatistics(computeStatistics({ people, headcounts: [], bands: DEFAULT_AGE_BANDS }), []);
		expect(shown.attendanceRate).toBe(50);
		expect(shown.registered).toBe('10');
		expect(shown.byBandAndGender.some((row) => row.band === 'unknown')).toBe(false);
	});
});
