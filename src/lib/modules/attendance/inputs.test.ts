import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	attendanceSettingsInput,
	headcountField,
	parseHeadcountForm,
	readStatisticsFilter,
	vulnerableField,
	walkInInput
} from './inputs.ts';
import { codeFromScan } from './scanned-code.ts';
import { DEFAULT_AGE_BANDS } from './statistics.ts';

describe('a scanned or typed code', () => {
	it('is the code itself, or the last part or code parameter of a link, without spaces and dashes', () => {
		expect(codeFromScan(' ab12-cd 34 ')).toBe('AB12CD34');
		expect(codeFromScan('https://mladi.example/c/AB12CD34')).toBe('AB12CD34');
		expect(codeFromScan('https://mladi.example/check-in?code=xy99')).toBe('XY99');
		expect(codeFromScan('   ')).toBe('');
	});
});

describe('the headcount form', () => {
	const bands = DEFAULT_AGE_BANDS.slice(1, 3);
	it('reads empty cells as zero and whole numbers as counts', () => {
		const parsed = parseHeadcountForm(
			{
				[headcountField('15-19', 'female')]: '3',
				[headcountField('20-24', 'male')]: ' 12 ',
				[vulnerableField('roma')]: '1'
			},
			bands,
			['roma']
		);
		expect(parsed).toEqual({
			ok: true,
			counts: {
				byBand: {
					'15-19': { female: 3, male: 0, other: 0, unspecified: 0 },
					'20-24': { female: 0, male: 12, other: 0, unspecified: 0 }
				},
				vulnerable: { roma: 1 }
			}
		});
	});
	it('names every cell that is not a whole number from 0 to 9999', () => {
		const parsed = parseHeadcountForm(
			{
				[headcountField('15-19', 'female')]: '-1',
				[headcountField('20-24', 'other')]: '2.5',
				[vulnerableField('roma')]: '10000'
			},
			bands,
			['roma']
		);
		expect(parsed.ok).toBe(false);
		expect(parsed.ok ? [] : Object.keys(parsed.errors).sort()).toEqual(
			['count.15-19.female', 'count.20-24.other', 'vulnerable.roma'].sort()
		);
	});
});

describe('the walk-in form', () => {
	const parse = (values: Record<string, string>) =>
		v.safeParse(walkInInput, {
			sessionId: '3aca0f78-8198-4224-aca5-c99b4fd81791',
			name: 'Ана',
			birthYear: '2006',
			...values
		});
	it('takes a name and year of birth; gender, e-mail and phone are optional', () => {
		const parsed = parse({ phone: '064 123-4567' });
		expect(parsed.success && parsed.output).toMatchObject({
			birthYear: 2006,
			gender: null,
			email: '',
			phone: '0641234567'
		});
	});
	it('refuses a year that is not four digits or lies ahead, and a made-up gender', () => {
		const issues = (values: Record<string, string>) => {
			const parsed = parse(values);
			return parsed.success ? [] : parsed.issues.map((issue) => issue.path?.[0].key);
		};
		expect(issues({ birthYear: '06' })).toEqual(['birthYear']);
		expect(issues({ birthYear: String(new Date().getFullYear() + 1) })).toEqual(['birthYear']);
		expect(issues({ gender: 'robot' })).toEqual(['gender']);
		expect(issues({ sessionId: 'x' })).toEqual(['sessionId']);
	});
});

describe('the settings form', () => {
	it('reads bands and groups, keeping a group’s key stable by its label', () => {
		const parsed = v.safeParse(attendanceSettingsInput, {
			ageBands: '15-24\n25-30',
			vulnerableGroups: 'Млади Роми | Roma youth\n\nMladi Romi\nМлади са инвалидитетом'
		});
		expect(parsed.success && parsed.output).toEqual({
			ageBands: [
				{ key: '15-24', min: 15, max: 24 },
				{ key: '25-30', min: 25, max: 30 }
			],
			vulnerableGroups: [
				{ key: 'mladi-romi', label: 'Млади Роми', labelEn: 'Roma youth' },
				{ key: 'mladi-sa-invaliditetom', label: 'Млади са инвалидитетом', labelEn: '' }
			]
		});
	});
	it('points to the bad band line', () => {
		const parsed = v.safeParse(attendanceSettingsInput, { ageBands: '15-24\n20-30', vulnerableGroups: '' });
		expect(parsed.success ? null : [parsed.issues[0].path?.[0].key, parsed.issues[0].message]).toEqual([
			'ageBands',
			'attendance.settings.bandsInvalid|{"line":2}'
		]);
	});
});

describe('the statistics filter', () => {
	it('defaults to the year up to today and ignores bad values', () => {
		expect(readStatisticsFilter(new URLSearchParams('from=bad&programme=x&event=1'), '2026-11-22')).toEqual({
			from: '2025-11-22',
			to: '2026-11-22',
			programmeId: null,
			eventId: null
		});
		expect(readStatisticsFilter(new URLSearchParams('from=2026-01-01&to=2026-03-31'), '2028-02-29')).toMatchObject({
			from: '2026-01-01',
			to: '2026-03-31'
		});
		expect(readStatisticsFilter(new URLSearchParams(''), '2028-02-29').from).toBe('2027-02-28');
	});
});
