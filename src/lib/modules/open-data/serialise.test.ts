import { describe, expect, it } from 'vitest';
import type { OpenDataColumn } from '../../server/manifest.ts';
import { csvField, guardFormula, pickColumns, toCsv, toJsonDocument } from './serialise.ts';

const columns: OpenDataColumn[] = [
	{ name: 'title', type: 'string', descriptionKey: 'x.title' },
	{ name: 'count', type: 'integer', descriptionKey: 'x.count', nullable: true },
	{ name: 'online', type: 'boolean', descriptionKey: 'x.online' }
];

describe('CSV', () => {
	it('starts with a BOM and the column names, ends lines with CRLF', () => {
		const csv = toCsv(columns, [{ title: 'Радионица', count: 12, online: true }]);
		expect(csv).toBe('\uFEFFtitle,count,online\r\nРадионица,12,true\r\n');
	});

	it('quotes separators, quotes and line breaks, and leaves missing values empty', () => {
		const csv = toCsv(columns, [{ title: 'Он рече: "да", па\nотишао', count: null, online: false }]);
		expect(csv.split('\r\n')[1]).toBe('"Он рече: ""да"", па\nотишао",,false');
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField(undefined as unknown as null)).toBe('');
		expect(csvField(Number.NaN)).toBe('');
	});

	it('keeps text a spreadsheet would run as a formula as text, but never changes a number', () => {
		expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
		expect(guardFormula('+381')).toBe(`'+381`);
		expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
		expect(guardFormula('-cmd')).toBe(`'-cmd`);
		expect(guardFormula('-5')).toBe('-5');
		expect(guardFormula('Нови Сад')).toBe('Нови Сад');
		expect(csvField(-5)).toBe('-5');
	});

	it('writes only the declared columns, in their order', () => {
		const csv = toCsv(columns, [{ online: true, secret: 'ne', title: 'A' } as never]);
		expect(csv.split('\r\n')[1]).toBe('A,,true');
	});
});

describe('JSON', () => {
	it('keeps the declared columns only, missing ones as null', () => {
		expect(pickColumns(columns, { title: 'A', extra: 'x' })).toEqual({ title: 'A', count: null, online: null });
	});

	it('writes a document with its metadata and rows that parses back', () => {
		const document = {
			id: 'events',
			title: 'Догађаји',
			description: 'Опис',
			licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
			updatedAt: '2026-03-01T10:00:00.000Z',
			columns: [{ name: 'title', type: 'string', description: 'Назив', nullable: false }],
			rows: [{ title: 'Радионица "Прва"' }]
		};
		const text = toJsonDocument(document);
		expect(text.endsWith('\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(document);
	});
});
