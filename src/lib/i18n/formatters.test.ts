import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, formatterCount, numberFormat, pluralRules } from './formatters.ts';

describe('cached formatters', () => {
	it('returns the same formatter for the same locale and options, whatever the key order', () => {
		const a = dateTimeFormat('sr-Cyrl', { timeZone: 'Europe/Belgrade', dateStyle: 'medium' });
		const b = dateTimeFormat('sr-Cyrl', { dateStyle: 'medium', timeZone: 'Europe/Belgrade' });
		expect(a).toBe(b);
		expect(numberFormat('en-GB')).toBe(numberFormat('en-GB'));
		expect(pluralRules('sr-Latn')).toBe(pluralRules('sr-Latn'));
		expect(collator('sr', { numeric: true })).toBe(collator('sr', { numeric: true }));
	});

	it('keeps different locales and options apart', () => {
		expect(numberFormat('en-GB')).not.toBe(numberFormat('sr-Latn'));
		expect(numberFormat('en-GB', { maximumFractionDigits: 0 })).not.toBe(numberFormat('en-GB'));
		expect(dateTimeFormat('en-GB', { year: 'numeric' })).not.toBe(numberFormat('en-GB', { year: 'numeric' } as never));
		expect(numberFormat('sr-Latn', { useGrouping: false }).format(2005)).toBe('2005');
		expect(numberFormat('sr-Latn').format(12345)).toBe('12.345');
	});

	it('formats as a new formatter would', () => {
		const when = new Date('2026-12-06T20:30:00Z');
		const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Belgrade', dateStyle: 'long', timeStyle: 'short' };
		expect(dateTimeFormat('sr-Cyrl', options).format(when)).toBe(
			new Intl.DateTimeFormat('sr-Cyrl', options).format(when)
		);
		expect(pluralRules('sr-Cyrl').select(3)).toBe('few');
	});

	it('stays bounded however many different options are asked for', () => {
		for (let digits = 0; digits < 20; digits++) {
			for (const locale of [
				'en-GB',
				'sr-Cyrl',
				'sr-Latn',
				'de',
				'fr',
				'it',
				'es',
				'hu',
				'ro',
				'sk',
				'cs',
				'pl',
				'hr',
				'bs',
				'mk',
				'sl',
				'bg',
				'ru',
				'uk',
				'el',
				'tr',
				'nl',
				'sv',
				'da',
				'fi',
				'no',
				'pt'
			]) {
				numberFormat(locale, { maximumFractionDigits: digits });
			}
		}
		expect(formatterCount()).toBeLessThanOrEqual(500);
	});
});
