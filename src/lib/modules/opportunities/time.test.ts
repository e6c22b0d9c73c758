import { describe, expect, it } from 'vitest';
import { CLOSING_SOON_MS, opportunityState } from './time.ts';
import { belgradeToInstant, instantToBelgrade, isDateText, isTimeText } from '../../i18n/office-time.ts';
import { slugify, uniqueSlug } from '../../i18n/slug.ts';

describe('opportunityState', () => {
	const now = new Date('2026-03-10T12:00:00Z');
	const at = (ms: number) => new Date(now.getTime() + ms);

	it('is open without a deadline', () => {
		expect(opportunityState(null, now)).toBe('open');
	});

	it('is closing soon from seven days before the deadline up to the deadline itself', () => {
		expect(opportunityState(at(CLOSING_SOON_MS + 1), now)).toBe('open');
		expect(opportunityState(at(CLOSING_SOON_MS), now)).toBe('closingSoon');
		expect(opportunityState(at(1), now)).toBe('closingSoon');
		expect(opportunityState(at(0), now)).toBe('closingSoon');
	});

	it('is closed the moment after the deadline', () => {
		expect(opportunityState(at(-1), now)).toBe('closed');
		expect(opportunityState(at(-CLOSING_SOON_MS * 10), now)).toBe('closed');
	});
});

describe('Belgrade time', () => {
	it('reads a winter and a summer wall-clock time as the right instant', () => {
		expect(belgradeToInstant('2026-01-15', '23:59').toISOString()).toBe('2026-01-15T22:59:00.000Z');
		expect(belgradeToInstant('2026-07-01', '12:00').toISOString()).toBe('2026-07-01T10:00:00.000Z');
	});

	it('handles the days the clocks change', () => {
		// 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
		expect(belgradeToInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(belgradeToInstant('2026-03-29', '04:00').toISOString()).toBe('2026-03-29T02:00:00.000Z');
		expect(belgradeToInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
	});

	it('gives back the date and time a form shows', () => {
		expect(instantToBelgrade(new Date('2026-01-15T22:59:00Z'))).toEqual({ date: '2026-01-15', time: '23:59' });
		expect(instantToBelgrade(new Date('2026-06-30T22:30:00Z'))).toEqual({ date: '2026-07-01', time: '00:30' });
	});

	it('accepts only real dates and times', () => {
		expect(isDateText('2026-02-28')).toBe(true);
		expect(isDateText('2026-02-29')).toBe(false);
		expect(isDateText('28.02.2026')).toBe(false);
		expect(isTimeText('09:05')).toBe(true);
		expect(isTimeText('24:00')).toBe(false);
		expect(isTimeText('9:05')).toBe(false);
	});
});

describe('slugs', () => {
	it('writes titles in either script as plain Latin words joined by hyphens', () => {
		expect(slugify('Стипендије за студенте из Ивањице 2026/27')).toBe('stipendije-za-studente-iz-ivanjice-2026-27');
		expect(slugify('Đačka razmena u Čačku — Erasmus+')).toBe('djacka-razmena-u-cacku-erasmus');
		expect(slugify('Љубав према ЊИВИ и ЏЕМУ')).toBe('ljubav-prema-njivi-i-dzemu');
		expect(slugify('!!!', 'prilika')).toBe('prilika');
		expect(slugify('а'.repeat(200))).toHaveLength(80);
	});

	it('adds a number when the address is taken', async () => {
		expect(await uniqueSlug('obuka', () => false)).toBe('obuka');
		expect(await uniqueSlug('obuka', (slug) => ['obuka', 'obuka-2'].includes(slug))).toBe('obuka-3');
	});
});
