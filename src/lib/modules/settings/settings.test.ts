import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseWordList, removeDemoInput, settingsInput, setupInput } from './inputs.ts';
import { detectImageType } from './commands/set-logo.server.ts';
import { canEditSettings, canRemoveDemo } from './permissions.server.ts';
import type { Actor } from '../../server/actor.ts';
import type { Role } from '../../server/db/core-schema.ts';

const bytes = (...values: (number | string)[]) =>
	new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])));

describe('detectImageType', () => {
	it.each([
		['PNG', bytes(0x89, 'PNG\r\n\x1a\n', 0, 0, 0, 13), 'image/png'],
		['JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
		['JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0x10), 'image/jpeg'],
		['WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), 'image/webp']
	])('recognises %s by its first bytes', (_name, image, mime) => {
		expect(detectImageType(image)).toBe(mime);
	});

	it.each([
		['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
		['SVG with an XML declaration', bytes('<?xml version="1.0"?><svg/>')],
		['GIF', bytes('GIF89a', 1, 0, 1, 0)],
		['WAV (RIFF but not WebP)', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt ')],
		['PDF', bytes('%PDF-1.7\n')],
		['text that starts like a PNG name', bytes('PNG image')],
		['nothing', bytes()],
		['a PNG signature cut short', bytes(0x89, 'PNG')]
	])('refuses %s', (_name, file) => {
		expect(detectImageType(file)).toBeNull();
	});
});

describe('parseWordList', () => {
	it('splits on commas and new lines, trims, drops blanks and repeats, keeping the order', () => {
		expect(parseWordList(' Erasmus+, Instagram\n\nTikTok ,Instagram, ,YouTube')).toEqual([
			'Erasmus+',
			'Instagram',
			'TikTok',
			'YouTube'
		]);
	});

	it('keeps words with spaces inside as one entry', () => {
		expect(parseWordList('Erasmus+ Youth, Hip Hop')).toEqual(['Erasmus+ Youth', 'Hip Hop']);
	});

	it('gives an empty list for an empty field', () => {
		expect(parseWordList('')).toEqual([]);
		expect(parseWordList(' , \n ')).toEqual([]);
	});

	it('keeps at most 200 words', () => {
		const words = Array.from({ length: 250 }, (_, index) => `word${index}`);
		expect(parseWordList(words.join(','))).toEqual(words.slice(0, 200));
	});
});

describe('settingsInput', () => {
	const form = (overrides: Record<string, string> = {}) => ({
		name: 'Канцеларија за младе',
		municipality: 'Ивањица',
		youthMinAge: '15',
		youthMaxAge: '30',
		...overrides
	});

	it('reads the ages as numbers and fills empty optional fields', () => {
		const parsed = v.parse(settingsInput, form());
		expect(parsed).toMatchObject({ youthMinAge: 15, youthMaxAge: 30, publicUrl: '', facebook: '', keepLatin: '' });
	});

	it('refuses a youngest age that is not below the oldest, on the oldest-age field', () => {
		const result = v.safeParse(settingsInput, form({ youthMinAge: '30', youthMaxAge: '30' }));
		expect(result.success).toBe(false);
		expect(result.issues?.[0]).toMatchObject({
			message: 'validation.ageRange',
			path: [expect.objectContaining({ key: 'youthMaxAge' })]
		});
	});

	it('refuses a social link that is not a web address', () => {
		const result = v.safeParse(settingsInput, form({ instagram: 'javascript:alert(1)' }));
		expect(result.success).toBe(false);
		expect(result.issues?.[0].message).toBe('validation.url');
	});

	it('lower-cases the office and data-protection addresses', () => {
		expect(v.parse(settingsInput, form({ email: 'KZM@Ivanjica.RS', dpoEmail: 'DPO@Ivanjica.RS' }))).toMatchObject({
			email: 'kzm@ivanjica.rs',
			dpoEmail: 'dpo@ivanjica.rs'
		});
	});
});

describe('setupInput and removeDemoInput', () => {
	it('lower-cases the first administrator’s address and checks the password twice', () => {
		const setup = {
			setupCode: 'ABCD-EFGH-JKMN',
			officeName: 'Канцеларија',
			municipality: 'Пожега',
			publicUrl: 'https://mladi.pozega.rs',
			adminName: 'Ана',
			adminEmail: 'Ana@Pozega.RS',
			password: 'long enough password',
			passwordConfirm: 'long enough password'
		};
		expect(v.parse(setupInput, setup).adminEmail).toBe('ana@pozega.rs');
		// The public URL is required: links in every e-mail are built from it.
		expect(v.safeParse(setupInput, { ...setup, publicUrl: '' }).issues?.[0]).toMatchObject({
			message: 'validation.required',
			path: [expect.objectContaining({ key: 'publicUrl' })]
		});
		const differ = v.safeParse(setupInput, { ...setup, passwordConfirm: 'different password' });
		expect(differ.issues?.[0]).toMatchObject({
			message: 'validation.passwordsDiffer',
			path: [expect.objectContaining({ key: 'passwordConfirm' })]
		});
	});

	it('needs the confirmation box ticked before removing the demo', () => {
		const result = v.safeParse(removeDemoInput, {});
		expect(result.issues?.[0].message).toBe('settings.demo.confirmRequired');
		expect(v.parse(removeDemoInput, { confirm: 'on', adminEmail: 'Nova@Example.RS' })).toMatchObject({
			confirm: true,
			adminEmail: 'nova@example.rs',
			password: ''
		});
	});
});

describe('settings permissions', () => {
	const actor = (roles: Role[]): Actor => ({ userId: 'u', name: 'N', email: 'e', roles, isDemo: false });

	it('lets administrators and coordinators edit settings, nobody else', () => {
		expect(canEditSettings(actor(['administrator']))).toBe(true);
		expect(canEditSettings(actor(['coordinator']))).toBe(true);
		expect(canEditSettings(actor(['staff', 'council_member', 'association_representative', 'young_person']))).toBe(
			false
		);
		expect(canEditSettings(null)).toBe(false);
	});

	it('lets only administrators remove the demo', () => {
		expect(canRemoveDemo(actor(['administrator']))).toBe(true);
		expect(canRemoveDemo(actor(['coordinator']))).toBe(false);
		expect(canRemoveDemo(undefined)).toBe(false);
	});
});
