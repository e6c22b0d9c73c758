import { describe, expect, it } from 'vitest';
import { ageBandOf, summariseYear, type HoursRow } from './statistics.ts';

function row(index: number, overrides: Partial<HoursRow> = {}): HoursRow {
	return {
		profileId: `p${index}`,
		workedOn: '2026-05-01',
		minutes: 120,
		gender: index % 2 ? 'male' : 'female',
		birthDate: '2005-06-01',
		organiser: 'Удружење',
		category: 'environment',
		firstWorkedOn: '2025-03-01',
		...overrides
	};
}

describe('volunteering statistics', () => {
	it('counts volunteers, new volunteers and hours of the year only', () => {
		const rows = [
			...Array.from({ length: 12 }, (_, i) => row(i)),
			row(12, { firstWorkedOn: '2026-05-01' }),
			row(13, { workedOn: '2025-12-31' })
		];
		const stats = summariseYear(rows, 2026);
		expect(stats.volunteers).toBe(13);
		expect(stats.newVolunteers).toBe(1);
		expect(stats.hours).toBe(26);
	});

	it('hides groups of fewer than five volunteers, hours included, and one more that would give them back', () => {
		const rows = [
			...Array.from({ length: 6 }, (_, i) => row(i, { gender: 'female' })),
			...Array.from({ length: 4 }, (_, i) => row(10 + i, { gender: 'male' })),
			row(20, { organiser: 'Мала група' })
		];
		const stats = summariseYear(rows, 2026);
		// 11 volunteers, 7 women: the 4 men would be 11 − 7, so the shared rule (decision 0017) hides
		// the women too; the old rule here showed 7 next to the total.
		expect(stats.byGender.find((line) => line.key === 'female')).toEqual({
			key: 'female',
			volunteers: null,
			hours: null
		});
		expect(stats.byGender.find((line) => line.key === 'male')).toEqual({ key: 'male', volunteers: null, hours: null });
		// With a third group the smallest other one covers the men, and the largest stays.
		const more = summariseYear(
			[...rows, ...Array.from({ length: 5 }, (_, i) => row(30 + i, { gender: 'other' }))],
			2026
		);
		expect(more.byGender).toEqual([
			{ key: 'female', volunteers: 7, hours: 14 },
			{ key: 'other', volunteers: null, hours: null },
			{ key: 'male', volunteers: null, hours: null }
		]);
		expect(stats.byOrganiser.find((line) => line.key === 'Мала група')?.volunteers).toBeNull();
		// One person with several records counts once.
		expect(summariseYear([row(1), row(1), row(1), row(1), row(1)], 2026).byCategory[0].volunteers).toBeNull();
	});

	it('bands ages at the end of the year', () => {
		expect(ageBandOf('2008-12-31', 2026)).toBe('18-24');
		expect(ageBandOf('2009-12-31', 2026)).toBe('15-17');
		expect(ageBandOf('1996-01-01', 2026)).toBe('25-30');
		expect(ageBandOf('1990-01-01', 2026)).toBe('31+');
		expect(ageBandOf(null, 2026)).toBe('unknown');
	});
});
