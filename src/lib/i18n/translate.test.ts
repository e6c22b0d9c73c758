import { describe, expect, it } from 'vitest';
import { buildCatalogue, translate } from './translate.ts';
import { createI18n, encodeMessage } from './index.ts';

const catalogue = buildCatalogue({
	'test.messages': [
		{ one: '{count} нова порука', few: '{count} нове поруке', other: '{count} нових порука' },
		{ one: '{count} new message', other: '{count} new messages' }
	],
	'test.noFew': [
		{ one: '{count} сат', other: '{count} сати' },
		{ one: '{count} hour', other: '{count} hours' }
	],
	'test.greeting': ['Здраво, {name}! Имате {count} бодова.', 'Hello, {name}! You have {count} points.'],
	'test.plain': ['Ђурђевдан у Ужицу', 'St George’s Day in Užice'],
	'test.limit': ['Највише {max} знакова.', 'At most {max} characters.'],
	'test.opens': ['Пријаве почињу {date}.', 'Registration opens on {date}.'],
	'test.year': ['План за {year}. годину ({count} ставки)', 'Plan for {year} ({count} items)']
});

describe('buildCatalogue', () => {
	it('derives the Latin catalogue from the Cyrillic text', () => {
		expect(catalogue['sr-Cyrl']['test.plain']).toBe('Ђурђевдан у Ужицу');
		expect(catalogue['sr-Latn']['test.plain']).toBe('Đurđevdan u Užicu');
		expect(catalogue.en['test.plain']).toBe('St George’s Day in Užice');
	});

	it('derives every plural form, and leaves out a missing few form', () => {
		expect(catalogue['sr-Latn']['test.messages']).toEqual({
			one: '{count} nova poruka',
			few: '{count} nove poruke',
			other: '{count} novih poruka'
		});
		expect(catalogue['sr-Latn']['test.noFew']).toMatchObject({ one: '{count} sat', other: '{count} sati' });
	});
});

describe('plural selection', () => {
	it.each([
		[0, '0 нових порука'],
		[1, '1 нова порука'],
		[2, '2 нове поруке'],
		[3, '3 нове поруке'],
		[4, '4 нове поруке'],
		[5, '5 нових порука'],
		[11, '11 нових порука'],
		[12, '12 нових порука'],
		[14, '14 нових порука'],
		[21, '21 нова порука'],
		[22, '22 нове поруке'],
		[25, '25 нових порука'],
		[101, '101 нова порука'],
		[111, '111 нових порука'],
		[112, '112 нових порука'],
		[1001, '1.001 нова порука']
	])('Serbian Cyrillic: %i → %s', (count, expected) => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.messages', { count })).toBe(expected);
	});

	it.each([
		[1, '1 nova poruka'],
		[2, '2 nove poruke'],
		[5, '5 novih poruka'],
		[11, '11 novih poruka'],
		[21, '21 nova poruka'],
		[22, '22 nove poruke'],
		[25, '25 novih poruka']
	])('Serbian Latin follows the same rules: %i → %s', (count, expected) => {
		expect(translate(catalogue, 'sr-Latn', 'test.messages', { count })).toBe(expected);
	});

	it.each([
		[0, '0 new messages'],
		[1, '1 new message'],
		[2, '2 new messages'],
		[5, '5 new messages'],
		[11, '11 new messages'],
		[21, '21 new messages'],
		[22, '22 new messages'],
		[1000, '1,000 new messages']
	])('English: %i → %s', (count, expected) => {
		expect(translate(catalogue, 'en', 'test.messages', { count })).toBe(expected);
	});

	it('falls back to the other form when a Serbian message has no few form', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.noFew', { count: 3 })).toBe('3 сати');
		expect(translate(catalogue, 'sr-Cyrl', 'test.noFew', { count: 21 })).toBe('21 сат');
	});

	it('uses the other form when no count is given', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.messages')).toBe('{count} нових порука');
		expect(translate(catalogue, 'en', 'test.messages')).toBe('{count} new messages');
	});

	it('accepts a count passed as a string', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.messages', { count: '21' })).toBe('21 нова порука');
	});
});

describe('interpolation', () => {
	it('fills every placeholder and formats numbers for the locale', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.greeting', { name: 'Ана', count: 12345.5 })).toBe(
			'Здраво, Ана! Имате 12.345,5 бодова.'
		);
		expect(translate(catalogue, 'sr-Latn', 'test.greeting', { name: 'Ana', count: 1234 })).toBe(
			'Zdravo, Ana! Imate 1.234 bodova.'
		);
		expect(translate(catalogue, 'en', 'test.greeting', { name: 'Ana', count: 12345.5 })).toBe(
			'Hello, Ana! You have 12,345.5 points.'
		);
	});

	it('formats numbers in any placeholder, not only count', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.limit', { max: 5000 })).toBe('Највише 5.000 знакова.');
		expect(translate(catalogue, 'en', 'test.limit', { max: 5000 })).toBe('At most 5,000 characters.');
	});

	it('inserts text parameters exactly as given, even with replacement patterns in them', () => {
		expect(translate(catalogue, 'en', 'test.greeting', { name: '$& $1 {count}', count: 1 })).toBe(
			'Hello, $& $1 {count}! You have 1 points.'
		);
	});

	it('leaves a placeholder without a value visible', () => {
		expect(translate(catalogue, 'en', 'test.greeting', { count: 2 })).toBe('Hello, {name}! You have 2 points.');
		expect(translate(catalogue, 'en', 'test.greeting')).toBe('Hello, {name}! You have {count} points.');
	});

	it('returns the key itself for an unknown message, so the gap is visible', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.unknown')).toBe('test.unknown');
		expect(translate(catalogue, 'en', 'test.unknown', { count: 1 })).toBe('test.unknown');
	});
});

describe('createI18n', () => {
	it('translates the real catalogue in each locale', () => {
		expect(createI18n('sr-Cyrl').t('accounts.welcome', { name: 'Ана' })).toBe('Добро дошли, Ана!');
		expect(createI18n('sr-Latn').t('accounts.welcome', { name: 'Ana' })).toBe('Dobro došli, Ana!');
		expect(createI18n('en').t('accounts.welcome', { name: 'Ana' })).toBe('Welcome, Ana!');
	});

	it('decodes a message sent back from the server with its parameters', () => {
		const encoded = encodeMessage('validation.tooLong', { max: 1200 });
		expect(encoded).toBe('validation.tooLong|{"max":1200}');
		expect(createI18n('sr-Cyrl').tEncoded(encoded)).toBe('Текст је предугачак (највише 1.200 знакова).');
		expect(createI18n('sr-Latn').tEncoded(encoded)).toBe('Tekst je predugačak (najviše 1.200 znakova).');
		expect(createI18n('en').tEncoded(encoded)).toBe('The text is too long (at most 1,200 characters).');
		expect(createI18n('en').tEncoded('validation.required')).toBe('This field is required.');
	});

	it('shows a message whose parameters cannot be read without failing', () => {
		expect(createI18n('en').tEncoded('validation.tooLong|{not json')).toBe(
			'The text is too long (at most {max} characters).'
		);
	});

	it('shows staff-typed Serbian in the reader’s script, keeping the office’s Latin words', () => {
		const cyrillicReader = createI18n('sr-Cyrl', ['Erasmus+']);
		expect(cyrillicReader.text('Prijave za Erasmus+ razmenu')).toBe('Пријаве за Erasmus+ размену');
		expect(createI18n('sr-Latn').text('Канцеларија за младе')).toBe('Kancelarija za mlade');
		expect(createI18n('en').text('Канцеларија за младе')).toBe('Kancelarija za mlade');
		expect(cyrillicReader.text(null)).toBe('');
		expect(cyrillicReader.text('')).toBe('');
	});

	it('builds links in the reader’s locale', () => {
		expect(createI18n('sr-Cyrl').href('/sign-in')).toBe('/sign-in');
		expect(createI18n('sr-Latn').href('/sign-in')).toBe('/lat/sign-in');
		expect(createI18n('en').href('/')).toBe('/en');
		expect(createI18n('sr-Cyrl').href('/')).toBe('/');
	});

	it('formats dates in Belgrade time and numbers in the reader’s conventions', () => {
		// 23:30 UTC on 30 June is already 1 July in Belgrade (UTC+2 in summer).
		const lateEvening = new Date('2024-06-30T23:30:00Z');
		const numeric = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
		expect(createI18n('sr-Cyrl').formatDate(lateEvening, numeric)).toBe('01.07.2024.');
		expect(createI18n('en').formatDate(lateEvening, numeric)).toBe('01/07/2024');
		expect(createI18n('en').formatDate('2024-06-30T23:30:00Z')).toBe('1 Jul 2024');
		expect(createI18n('sr-Latn').formatNumber(1234.5)).toBe('1.234,5');
		expect(createI18n('en').formatNumber(1234.5)).toBe('1,234.5');
	});

	it('never groups a year, in a placeholder named for one or through formatYear', () => {
		expect(translate(catalogue, 'sr-Cyrl', 'test.year', { year: 2026, count: 1200 })).toBe(
			'План за 2026. годину (1.200 ставки)'
		);
		expect(translate(catalogue, 'en', 'test.year', { year: 2026, count: 1200 })).toBe('Plan for 2026 (1,200 items)');
		expect(createI18n('sr-Latn').formatYear(2005.4)).toBe('2005,4');
		expect(createI18n('en').formatYear(2005)).toBe('2005');
	});

	it('ends a sentence after a Serbian date with one full stop, not two', () => {
		const i18n = createI18n('sr-Cyrl');
		const date = i18n.formatDate(new Date('2026-12-06T12:00:00Z'), { dateStyle: 'long' });
		expect(date.endsWith('.')).toBe(true);
		expect(translate(catalogue, 'sr-Cyrl', 'test.opens', { date })).toBe(`Пријаве почињу ${date}`);
		expect(translate(catalogue, 'sr-Cyrl', 'test.opens', { date: 'сутра' })).toBe('Пријаве почињу сутра.');
		expect(translate(catalogue, 'en', 'test.opens', { date: '6 December 2026' })).toBe(
			'Registration opens on 6 December 2026.'
		);
	});
});
