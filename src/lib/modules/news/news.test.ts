import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { slugify, uniqueSlug } from '../../i18n/slug.ts';
import { parseBelgradeDateTime, toBelgradeDateTime } from '../../i18n/office-time.ts';
import { articleInput, parseTags } from './inputs.ts';
import { articleState } from './queries.server.ts';

describe('slugify', () => {
	it.each([
		['Летња школа 2025!', 'letnja-skola-2025'],
		['Ђачки парламент и Џудо клуб', 'djacki-parlament-i-dzudo-klub'],
		['Čačak, Šabac, Žabalj — Ćuprija', 'cacak-sabac-zabalj-cuprija'],
		['  ЉУБОВИЈА   и   Њујорк  ', 'ljubovija-i-njujork'],
		['Erasmus+ инфо дан', 'erasmus-info-dan'],
		['Café & crème brûlée', 'cafe-creme-brulee'],
		['!!!', '']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	it('keeps long addresses to 80 characters, never ending in a hyphen', () => {
		const slug = slugify('реч '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(80);
		expect(slug.endsWith('-')).toBe(false);
	});

	it('numbers a taken address', async () => {
		const taken = new Set(['vest', 'vest-2']);
		expect(await uniqueSlug('vest', async (slug) => taken.has(slug))).toBe('vest-3');
		expect(await uniqueSlug(slugify('!!!', 'vest'), async () => false)).toBe('vest');
	});
});

describe('Belgrade times', () => {
	it('reads a datetime-local value as Belgrade time, in winter and in summer', () => {
		expect(parseBelgradeDateTime('2025-01-15T10:00')?.toISOString()).toBe('2025-01-15T09:00:00.000Z');
		expect(parseBelgradeDateTime('2025-07-15T10:00')?.toISOString()).toBe('2025-07-15T08:00:00.000Z');
		// Around the clock change (30 March 2025, 02:00 → 03:00).
		expect(parseBelgradeDateTime('2025-03-30T01:30')?.toISOString()).toBe('2025-03-30T00:30:00.000Z');
		expect(parseBelgradeDateTime('2025-03-30T04:00')?.toISOString()).toBe('2025-03-30T02:00:00.000Z');
	});

	it('refuses what is not a date and time', () => {
		for (const value of ['', 'сутра', '2025-13-01T10:00', '2025-02-30T10:00', '2025-01-01 10:00', '2025-01-01T25:00'])
			expect(parseBelgradeDateTime(value), value).toBeNull();
	});

	it('writes an instant back as the field shows it', () => {
		expect(toBelgradeDateTime(new Date('2025-07-15T08:00:00Z'))).toBe('2025-07-15T10:00');
		expect(toBelgradeDateTime(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01T00:30');
		expect(toBelgradeDateTime(null)).toBe('');
	});
});

describe('article input', () => {
	it('splits tags, drops repeats ignoring case, and keeps at most twelve', () => {
		expect(parseTags(' волонтери, Волонтери ,#конкурс,, Erasmus+ \n лето ')).toEqual([
			'волонтери',
			'конкурс',
			'Erasmus+',
			'лето'
		]);
		expect(parseTags(Array.from({ length: 20 }, (_, n) => `t${n}`).join(','))).toHaveLength(12);
	});

	it('turns the form into typed values, and marks a wrong time on its field', () => {
		const parsed = v.parse(articleInput, {
			title: ' Наслов ',
			slug: 'Moja Vest',
			categoryId: '',
			coverMediaId: '',
			status: 'published',
			publishAt: '2025-07-15T10:00',
			tags: 'а, б'
		});
		expect(parsed).toMatchObject({
			title: 'Наслов',
			slug: 'moja-vest',
			categoryId: null,
			coverMediaId: null,
			status: 'published',
			publishAt: new Date('2025-07-15T08:00:00Z'),
			tags: ['а', 'б']
		});
		const wrong = v.safeParse(articleInput, { title: 'Н', publishAt: 'сутра', status: 'objavi', categoryId: 'x' });
		expect(Object.fromEntries((wrong.issues ?? []).map((issue) => [issue.path?.[0].key, issue.message]))).toEqual({
			publishAt: 'news.error.publishAt',
			status: 'validation.invalid',
			categoryId: 'validation.invalid'
		});
	});
});

describe('article state', () => {
	const now = new Date('2025-06-01T12:00:00Z');
	it('is a draft until published, scheduled until its time, then published', () => {
		expect(articleState('draft', new Date('2025-05-01T00:00:00Z'), now)).toBe('draft');
		expect(articleState('published', null, now)).toBe('draft');
		expect(articleState('published', new Date('2025-06-02T00:00:00Z'), now)).toBe('scheduled');
		expect(articleState('published', new Date('2025-06-01T12:00:00Z'), now)).toBe('published');
	});
});
