import { describe, expect, it } from 'vitest';
import { isWithinReadingLimits, MAX_SPREADSHEET_BYTES, readSpreadsheet } from './spreadsheet-read.server.ts';
import { MAX_IMPORT_ROWS } from './spreadsheet.ts';
import { storedZip } from '../documents/zip.ts';

const encoder = new TextEncoder();

describe('spreadsheet imports are limited before any parser reads them', () => {
	it('reads an ordinary CSV', async () => {
		const csv = encoder.encode('Назив;Општина\nУдружење;Ивањица\n');
		expect(isWithinReadingLimits('csv', csv)).toBe(true);
		expect(await readSpreadsheet('list.csv', csv)).toEqual([
			['Назив', 'Општина'],
			['Удружење', 'Ивањица']
		]);
	});

	it('refuses a file over the size cap, a CSV of far too many lines, and an XLSX that would expand hugely', async () => {
		expect(isWithinReadingLimits('csv', new Uint8Array(MAX_SPREADSHEET_BYTES + 1))).toBe(false);
		const manyLines = encoder.encode('a\n'.repeat(MAX_IMPORT_ROWS * 3 + 1));
		expect(isWithinReadingLimits('csv', manyLines)).toBe(false);
		await expect(readSpreadsheet('list.csv', manyLines)).rejects.toMatchObject({ code: 'invalid' });
		const xlsx = storedZip([
			{ name: '[Content_Types].xml', content: '<Types/>' },
			{ name: 'xl/workbook.xml', content: '<workbook/>' }
		]);
		expect(isWithinReadingLimits('xlsx', xlsx)).toBe(true);
		const bomb = xlsx.slice();
		const view = new DataView(bomb.buffer);
		for (let at = 0; at + 46 <= bomb.length; at++) {
			if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 2_000_000_000, true);
		}
		expect(isWithinReadingLimits('xlsx', bomb)).toBe(false);
	});
});
