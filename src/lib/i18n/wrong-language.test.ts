import { describe, expect, it } from 'vitest';
import { toCyrillic } from './script.ts';
import { wrongLanguageWords } from './wrong-language.ts';

const CYRILLIC = { script: 'cyrl', english: false } as const;
const LATIN = { script: 'latn', english: false } as const;
const ENGLISH = { script: 'latn', english: true } as const;

describe('wrongLanguageWords', () => {
	it('finds English spelled letter by letter in Cyrillic', () => {
		const text = `Циљ: ${toCyrillic('Young people at this office')}`;
		expect(wrongLanguageWords(text, CYRILLIC).map((w) => w.word)).toEqual(['Young', 'пеопле', 'ат', 'тхис', 'оффице']);
	});

	it('passes Serbian words that English also has (он, до, то, но)', () => {
		expect(wrongLanguageWords('Он је дошао до града, то је то, али не по плану.', CYRILLIC)).toEqual([]);
	});

	it('finds Latin-alphabet words on a Cyrillic page unless the office keeps them in Latin', () => {
		const text = 'Пријаве за Erasmus+ програм на Instagram-у и Facebooku; workshop у суботу.';
		expect(wrongLanguageWords(text, CYRILLIC, ['Erasmus+', 'Instagram', 'Facebook*'])).toEqual([
			{ word: 'workshop', reason: 'latin-in-cyrillic' }
		]);
	});

	it('ignores addresses, e-mails, formats and Roman numerals', () => {
		const text = 'Пишите на kzm@ivanjica.rs или https://kzm.example.org/en, преузмите PDF или RSS, XXI век.';
		expect(wrongLanguageWords(text, CYRILLIC)).toEqual([]);
	});

	it('finds Cyrillic on Latin and English pages', () => {
		expect(wrongLanguageWords('Kancelarija za mlade Ивањица', LATIN)).toEqual([
			{ word: 'Ивањица', reason: 'cyrillic-in-latin' }
		]);
		expect(wrongLanguageWords('Youth office, Ivanjica', ENGLISH)).toEqual([]);
	});

	it('lets a page name what it must show as typed', () => {
		expect(wrongLanguageWords('English', CYRILLIC, [], ['English'])).toEqual([]);
	});
});
