import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { belgradeToInstant, dayRelation } from '../../i18n/office-time.ts';
import { startsWhen } from './mail.server.ts';

describe('when a reminder says a session starts', () => {
	const session = belgradeToInstant('2026-12-07', '18:00');
	it('says today, tomorrow or the date by Belgrade’s calendar, not UTC’s', () => {
		expect(dayRelation(session, belgradeToInstant('2026-12-07', '08:00'))).toBe('today');
		// 00:30 in Belgrade is still the previous day in UTC: the session is today.
		expect(dayRelation(session, belgradeToInstant('2026-12-07', '00:30'))).toBe('today');
		expect(dayRelation(session, belgradeToInstant('2026-12-06', '23:30'))).toBe('tomorrow');
		expect(dayRelation(session, belgradeToInstant('2026-12-05', '20:00'))).toBe('later');
		// Across the change to summer time (29 March 2026).
		expect(dayRelation(belgradeToInstant('2026-03-29', '10:00'), belgradeToInstant('2026-03-28', '23:59'))).toBe(
			'tomorrow'
		);
	});

	it('in the registrant’s language and script', () => {
		const evening = belgradeToInstant('2026-12-06', '20:00');
		expect(startsWhen(createI18n('sr-Cyrl'), session, evening)).toBe('сутра у 18:00');
		expect(startsWhen(createI18n('sr-Latn'), session, evening)).toBe('sutra u 18:00');
		expect(startsWhen(createI18n('en'), session, belgradeToInstant('2026-12-07', '09:00'))).toBe('today at 18:00');
		expect(startsWhen(createI18n('sr-Cyrl'), session, belgradeToInstant('2026-12-04', '09:00'))).toMatch(
			/^понедељак, 7\. децембар у 18:00$/
		);
	});
});
