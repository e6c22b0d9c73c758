import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, messageDefinitions } from '../modules/messages.ts';
import { LOCALES } from './locale.ts';
import { ROLES } from '../server/db/core-schema.ts';
import { LINK_TARGET_KINDS } from '../server/manifest.ts';
import * as schema from '../server/db/schema.ts';
import type { Message, MessageDefinitions } from './translate.ts';

const keys = Object.keys(messageDefinitions);

/** Every messages.ts of the core and the modules, except the catalogue that combines them. */
const messageFiles = Object.entries(
	import.meta.glob<Record<string, MessageDefinitions>>(['./messages.ts', '../modules/*/messages.ts'], { eager: true })
);

/** Every text of a message: the string itself, or each plural form. */
function textsOf(message: Message): string[] {
	return typeof message === 'string'
		? [message]
		: [message.one, message.few, message.other].filter((text) => text !== undefined);
}

function placeholdersOf(message: Message): string[] {
	return [...new Set(textsOf(message).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();
}

// Latin words that belong in a Cyrillic sentence: brand and product names, file formats, units
// and the name of a setting. Anything else in Latin letters is a typing mistake (or a Latin
// look-alike letter such as "a" or "о" slipped into a Cyrillic word).
const LATIN_ALLOWED_IN_CYRILLIC = new Set([
	'Facebook',
	'Instagram',
	'TikTok',
	'YouTube',
	'X',
	'Twitter',
	'Erasmus',
	'PNG',
	'JPEG',
	'WebP',
	'KB',
	'PDF',
	'SMTP_URL',
	// Open data: formats, standards and licence names.
	'CSV',
	'JSON',
	'LD',
	'API',
	'OpenAPI',
	'DCAT',
	'AP',
	'ISO',
	'UTC',
	'Creative',
	'Commons',
	'CC',
	'BY',
	'SA',
	'true',
	'false'
]);

/** Language names are written in their own script whatever the reader's language ("English", "Latinica"). */
const LANGUAGE_NAME_KEYS = new Set(['locale.sr-Cyrl', 'locale.sr-Latn', 'locale.en']);

const LATIN_LETTERS = /\p{Script=Latin}[\p{Script=Latin}_]*/gu;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/;

/** Latin words in a Cyrillic text that are not placeholders, web or e-mail addresses, or allowed names. */
function strayLatinWords(text: string): string[] {
	const withoutAllowedParts = text
		.replace(/\{\w+\}/g, ' ')
		.replace(/https?:\/\/\S*/g, ' ')
		.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ');
	return (withoutAllowedParts.match(LATIN_LETTERS) ?? []).filter((word) => !LATIN_ALLOWED_IN_CYRILLIC.has(word));
}

describe('the rule for Latin letters in Cyrillic messages', () => {
	it('lets placeholders, addresses and brand names through', () => {
		expect(
			strayLatinWords('Пратите нас на Instagram и X (Twitter): {name}, https://mladi.ivanjica.rs, ime@primer.rs.')
		).toEqual([]);
		expect(strayLatinWords('Слика (PNG, JPEG или WebP, највише 512 KB). Подесите SMTP_URL.')).toEqual([]);
	});

	it('catches a Latin word typed by mistake', () => {
		expect(strayLatinWords('Сачувај promene.')).toEqual(['promene']);
		expect(strayLatinWords('Лозинка је promenjena.')).toEqual(['promenjena']);
		expect(strayLatinWords('Нова лозинка за {office} na portalu')).toEqual(['na', 'portalu']);
		expect(strayLatinWords('Лозинка је promenjena (čuvajte je)')).toEqual(['promenjena', 'čuvajte', 'je']);
	});

	it('does not mistake signs for letters', () => {
		expect(strayLatinWords('Величина: 640 × 480 тачака, однос 4 ÷ 3 · 100 %')).toEqual([]);
	});

	it('catches a Latin look-alike letter hidden in a Cyrillic word', () => {
		// "Сaчувај" with a Latin "a", "Лoзинка" with a Latin "o".
		expect(strayLatinWords('Сaчувај')).toEqual(['a']);
		expect(strayLatinWords('Лoзинка')).toEqual(['o']);
	});
});

describe('the message catalogue', () => {
	it('defines each key in one module only (a duplicate would silently replace another text)', () => {
		expect(messageFiles.length).toBeGreaterThanOrEqual(5);
		const all = messageFiles.flatMap(([, exports]) =>
			Object.values(exports).flatMap((messages) => Object.keys(messages))
		);
		const duplicates = all.filter((key, index) => all.indexOf(key) !== index);
		expect(duplicates).toEqual([]);
	});

	it('includes the messages of every module', () => {
		const missing = messageFiles.flatMap(([file, exports]) =>
			Object.values(exports)
				.flatMap((messages) => Object.keys(messages))
				.filter((key) => !(key in messageDefinitions))
				.map((key) => `${file}: ${key}`)
		);
		expect(missing).toEqual([]);
	});

	it('has every key in all three locales with a non-empty text', () => {
		for (const locale of LOCALES) {
			expect(Object.keys(catalogue[locale]).sort(), locale).toEqual([...keys].sort());
			for (const key of keys) {
				for (const text of textsOf(catalogue[locale][key])) {
					expect(text.trim(), `${locale} ${key}`).not.toBe('');
				}
			}
		}
	});

	it('names keys by area, in dotted lower camel case', () => {
		const badKeys = keys.filter((key) => !/^[a-z]+(\.[a-zA-Z0-9_-]+)+$/.test(key));
		expect(badKeys).toEqual([]);
	});

	it('has no stray Latin letters in the Cyrillic messages', () => {
		const problems = keys
			.filter((key) => !LANGUAGE_NAME_KEYS.has(key))
			.flatMap((key) =>
				textsOf(catalogue['sr-Cyrl'][key]).flatMap((text) => strayLatinWords(text).map((word) => `${key}: "${word}"`))
			);
		expect(problems).toEqual([]);
	});

	it('has no Cyrillic letters in the Latin messages', () => {
		const problems = keys.filter((key) =>
			textsOf(catalogue['sr-Latn'][key]).some((text) => CYRILLIC_LETTER.test(text))
		);
		expect(problems).toEqual([]);
	});

	it('has no Cyrillic letters in the English messages', () => {
		const problems = keys
			.filter((key) => key !== 'locale.sr-Cyrl')
			.filter((key) => textsOf(catalogue.en[key]).some((text) => CYRILLIC_LETTER.test(text)));
		expect(problems).toEqual([]);
	});

	it('names each language in itself, as the language switcher shows it', () => {
		// The switcher reads each option from that option's own catalogue.
		expect(catalogue['sr-Cyrl']['locale.sr-Cyrl']).toBe('Ћирилица');
		expect(catalogue['sr-Latn']['locale.sr-Latn']).toBe('Latinica');
		expect(catalogue.en['locale.en']).toBe('English');
	});

	it('uses the same placeholders in Cyrillic, Latin and English for each key', () => {
		const problems = keys.filter((key) => {
			const cyrillic = placeholdersOf(catalogue['sr-Cyrl'][key]).join();
			return (
				cyrillic !== placeholdersOf(catalogue['sr-Latn'][key]).join() ||
				cyrillic !== placeholdersOf(catalogue.en[key]).join()
			);
		});
		expect(problems).toEqual([]);
	});

	it('gives plural messages one, few and other in Serbian and one and other in English', () => {
		const plurals = keys.filter(
			(key) => typeof catalogue['sr-Cyrl'][key] !== 'string' || typeof catalogue.en[key] !== 'string'
		);
		expect(plurals.length).toBeGreaterThan(0);
		for (const key of plurals) {
			for (const locale of ['sr-Cyrl', 'sr-Latn'] as const) {
				expect(catalogue[locale][key], `${locale} ${key}`).toMatchObject({
					one: expect.any(String),
					few: expect.any(String),
					other: expect.any(String)
				});
			}
			expect(catalogue.en[key], `en ${key}`).toMatchObject({ one: expect.any(String), other: expect.any(String) });
			// A plural message shows the number it was chosen for, the same in every locale.
			for (const locale of LOCALES) {
				const message = catalogue[locale][key];
				const by = typeof message === 'string' ? 'count' : (message.by ?? 'count');
				for (const text of textsOf(message)) expect(text, `${locale} ${key}`).toContain(`{${by}}`);
			}
		}
	});

	it('names each gender the same wherever it is asked or counted', () => {
		for (const value of ['female', 'male', 'other']) {
			const texts = new Set(
				keys.filter((key) => key.endsWith(`gender.${value}`)).map((key) => catalogue['sr-Cyrl'][key] as string)
			);
			expect([...texts], value).toHaveLength(1);
		}
		const notSaying = new Set(
			keys.filter((key) => /gender\.?none$|genderNone$/i.test(key)).map((key) => catalogue['sr-Cyrl'][key] as string)
		);
		expect([...notSaying]).toHaveLength(1);
	});

	it('puts no fixed noun form after a number: such a message has plural forms', () => {
		// Placeholders that hold a number, and the words that may follow one without changing
		// with it (prepositions, verbs, units). Anything else after a number must be a plural
		// message, or "72 сати" appears where "72 сата" is right.
		const numeric =
			/^(count|total|min|max|held|capacity|hours|days|months|minutes|size|width|height|complete|started|used|pending|waitlisted|number|line|row|page|pages|rating|average|year|amount|planned|spent)$/;
		const invariable = new Set([
			'од',
			'до',
			'и',
			'на',
			'са',
			'у',
			'је',
			'чека',
			'дин',
			'мб',
			'кб',
			'године',
			'годину',
			// the same form for every number here: "Места: 3 заузето", "Ред 4 није", "од 21 сусрета"
			'заузето',
			'искоришћено',
			'није',
			'сусрета'
		]);
		const problems: string[] = [];
		for (const [key, message] of Object.entries(catalogue['sr-Cyrl'])) {
			if (typeof message !== 'string') continue;
			for (const [, name, word] of message.matchAll(/\{(\w+)\}[ \u00a0]+([а-шђјљњћџ]+)/giu)) {
				if (numeric.test(name) && !invariable.has(word.toLowerCase())) problems.push(`${key}: {${name}} ${word}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

/**
 * Where a Serbian message puts a preposition straight before the office's name. The name is stored in
 * the nominative ("Канцеларија за младе…"), so after "за", "од", "у"… it would need a case form it
 * cannot take ("Нова лозинка за Канцеларију…" came out as "за Канцеларија…").
 */
export function prepositionsBeforeOffice(text: string): string[] {
	const preposition =
		/(?:^|[\s(„"“])(за|од|у|из|до|са|с|ка|к|код|о|по|при|на|преко|без|између|према|кроз|око|после|пре|уз|због|испред|иза|ради|поред|za|od|u|iz|do|sa|s|ka|k|kod|o|po|pri|na|preko|bez|između|prema|kroz|oko|posle|pre|uz|zbog|ispred|iza|radi|pored)[ \u00a0]+\{office\}/giu;
	return [...text.matchAll(preposition)].map((match) => match[0].trim());
}

/**
 * Placeholders glued to a word ("{field}промењено", "Мера{changed}"): two words run together once filled
 * in. A single letter is a prefix or unit that belongs to the number ("Q{quarter}").
 */
export function gluedPlaceholders(text: string): string[] {
	return [...text.matchAll(/\p{L}{2}\{\w+\}|\{\w+\}\p{L}{2}/gu)].map((match) => match[0]);
}

describe('words around placeholders', () => {
	it('finds the mistakes it is meant to find', () => {
		expect(prepositionsBeforeOffice('Нова лозинка за {office}')).toEqual(['за {office}']);
		expect(prepositionsBeforeOffice('Nalog u {office}')).toEqual(['u {office}']);
		expect(prepositionsBeforeOffice('{office}: нова лозинка')).toEqual([]);
		expect(prepositionsBeforeOffice('Вести канцеларије: {office}')).toEqual([]);
		expect(gluedPlaceholders('{field}промењено')).toEqual(['{field}пр']);
		expect(gluedPlaceholders('Мера{changed}')).toEqual(['ра{changed}']);
		expect(gluedPlaceholders('Q{quarter} {year}')).toEqual([]);
		expect(gluedPlaceholders('{field}: промењено')).toEqual([]);
		expect(gluedPlaceholders('„{event}”, {count}.')).toEqual([]);
	});

	it('puts no preposition before the office’s name, which cannot be declined', () => {
		const problems = keys.flatMap((key) =>
			(['sr-Cyrl', 'sr-Latn'] as const).flatMap((locale) =>
				textsOf(catalogue[locale][key]).flatMap((text) =>
					prepositionsBeforeOffice(text).map((found) => `${locale} ${key}: ${found}`)
				)
			)
		);
		expect(problems).toEqual([]);
	});

	it('glues no placeholder to a word (the change history once read "Мерапромењено")', () => {
		const problems = keys.flatMap((key) =>
			LOCALES.flatMap((locale) =>
				textsOf(catalogue[locale][key]).flatMap((text) =>
					gluedPlaceholders(text).map((found) => `${locale} ${key}: ${found}`)
				)
			)
		);
		expect(problems).toEqual([]);
		expect(catalogue['sr-Cyrl']['plan.changes.fieldChanged']).toBe('{field}: промењено');
	});
});

describe('message keys used by the code', () => {
	const sourceFiles: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (/\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) sourceFiles.push(file);
		}
	};
	walk(path.resolve('src'));

	it('exist in the catalogue (error keys, field errors, flash and form messages)', () => {
		const linkTargetKinds = new Set<string>(LINK_TARGET_KINDS);
		const areas = new Set(keys.map((key) => key.split('.')[0]));
		const missing: string[] = [];
		let checked = 0;
		for (const file of sourceFiles) {
			if (file.endsWith('messages.ts')) continue;
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, index) => {
					// Audit actions are dotted too ('accounts.signed_in') but are never shown as messages.
					if (line.includes('action:')) return;
					// Dotted names that are not messages: the kinds of records modules link to ('plan.measure') and a
					// statistics figure's own key (`key: 'participation.submitted'`, beside its `labelKey`).
					for (const [, before, literal] of line.matchAll(/(key: )?'([a-z]+\.[a-zA-Z0-9_.-]+)'/g)) {
						if (before || linkTargetKinds.has(literal)) continue;
						if (!areas.has(literal.split('.')[0])) continue;
						checked++;
						if (!(literal in messageDefinitions)) {
							missing.push(`${path.relative(process.cwd(), file)}:${index + 1} ${literal}`);
						}
					}
				});
		}
		expect(checked).toBeGreaterThan(200);
		expect(missing).toEqual([]);
	});

	it('exist for keys the pages build from a value (roles, outbox states, locales, error pages)', () => {
		const built = [
			...ROLES.map((role) => `accounts.role.${role}`),
			...['pending', 'sending', 'sent', 'failed'].map((status) => `system.outbox.status.${status}`),
			...LOCALES.map((locale) => `locale.${locale}`),
			...[403, 404, 429, 500].flatMap((status) => [`error.${status}.title`, `error.${status}.text`])
		];
		expect(built.filter((key) => !(key in messageDefinitions))).toEqual([]);
	});
});

describe('codes of the schema', () => {
	// Every list of codes the schema stores (UPPER_SNAKE arrays of strings) reaches people only by its
	// labels: one key prefix must name every value, in every locale, so no raw code is ever shown.
	const isCodeList = (value: unknown): value is readonly string[] =>
		Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
	const enums: [string, readonly string[]][] = Object.entries(schema as Record<string, unknown>).flatMap(
		([name, value]): [string, readonly string[]][] =>
			/^[A-Z][A-Z_]+$/.test(name) && isCodeList(value) ? [[name, value]] : []
	);

	it('are found', () => {
		expect(enums.map(([name]) => name)).toEqual(expect.arrayContaining(['REGISTRATION_STATUSES', 'WORK_AREAS']));
	});

	it.each(enums)('%s: every value has a label in every locale', (_name, values) => {
		// Either "prefix.value" or "prefixValue" (events.form.modeNone for 'none').
		const pascal = (value: string) => value.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
		const prefixes = new Set([
			...keys.filter((key) => key.endsWith(`.${values[0]}`)).map((key) => `${key.slice(0, -values[0].length - 1)}.`),
			...keys.filter((key) => key.endsWith(pascal(values[0]))).map((key) => key.slice(0, -pascal(values[0]).length))
		]);
		const complete = [...prefixes].filter((prefix) =>
			values.every((value) =>
				LOCALES.every(
					(locale) => catalogue[locale][`${prefix}${prefix.endsWith('.') ? value : pascal(value)}`] !== undefined
				)
			)
		);
		expect(complete, `no key prefix labels all of ${values.join(', ')}`).not.toEqual([]);
	});
});
