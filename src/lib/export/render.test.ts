// The three renderers on a made-up document: long tables break across pages with their header,
// long words wrap, numbers stay numbers in the workbook, and names the formats forbid are mended.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { cellText, exportFormatOf, sheetName, type ExportDocument } from './model.ts';
import { renderPdf, textWidth, wrapText } from './pdf.server.ts';
import { renderDocx } from './docx.server.ts';
import { renderXlsx } from './xlsx.server.ts';
import { docxText, unzip } from './test-helpers.ts';

const ROWS = 120;

function sample(overrides: Partial<ExportDocument> = {}): ExportDocument {
	const table = {
		columns: [
			{ header: 'Активност', kind: 'text' as const, width: 30 },
			{ header: 'Година', kind: 'year' as const, width: 8 },
			{ header: 'Напредак', kind: 'percent' as const, width: 10 },
			{ header: 'Планирано (дин.)', kind: 'money' as const, width: 14 }
		],
		rows: Array.from({ length: ROWS }, (_, index) => [`Активност број ${index + 1}`, 2025, 37.5, 1_200_000 + index])
	};
	return {
		locale: 'sr-Cyrl',
		title: 'Пробни документ',
		office: { name: 'Канцеларија за младе', logo: null },
		blocks: [
			{ kind: 'heading', level: 1, text: 'Пробни документ' },
			{ kind: 'facts', items: [{ label: 'Период', value: '2025–2029' }] },
			{ kind: 'paragraph', text: 'Ђачки парламент '.repeat(60) },
			{ kind: 'list', items: ['Први догађај, 1. 3. 2025.', 'Други догађај'] },
			{ kind: 'table', table }
		],
		sheets: [
			{ name: 'Активности', table },
			{ name: 'Активности', table }
		],
		fileName: 'Пробни документ',
		pageLabel: 'Страна {page} од {pages}',
		...overrides
	};
}

describe('formats and cells', () => {
	it('accepts only the three formats', () => {
		expect(exportFormatOf('pdf')).toBe('pdf');
		expect(exportFormatOf('docx')).toBe('docx');
		expect(exportFormatOf('xlsx')).toBe('xlsx');
		expect(exportFormatOf('xls')).toBeNull();
		expect(exportFormatOf('PDF')).toBeNull();
	});

	it('prints numbers as the reader writes them, years without separators, nothing as a dash', () => {
		expect(cellText(1_200_000, 'money', 'sr-Cyrl')).toBe('1.200.000');
		expect(cellText(1_200_000, 'money', 'en')).toBe('1,200,000');
		expect(cellText(2025, 'year', 'sr-Cyrl')).toBe('2025');
		expect(cellText(37.5, 'percent', 'en')).toBe('37.5%');
		expect(cellText(null, 'money', 'en')).toBe('—');
		expect(cellText(null, 'text', 'en')).toBe('');
	});

	it('mends sheet names spreadsheets would refuse', () => {
		expect(sheetName('Буџет: 2025/2026 [нацрт]')).toBe('Буџет  2025 2026  нацрт');
		expect(sheetName('x'.repeat(40))).toHaveLength(31);
		expect(sheetName('???')).toBe('Sheet');
	});
});

describe('line wrapping in the PDF', () => {
	it('fills lines up to the width, keeps line breaks and cuts words longer than a line', async () => {
		const pdf = await PDFDocument.create();
		const font = await pdf.embedFont(StandardFonts.Helvetica);
		const lines = wrapText('one two three four five six seven eight nine ten', font, 10, 60);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(font, line, 10)).toBeLessThanOrEqual(60);
		expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
		expect(wrapText('first\nsecond', font, 10, 500)).toEqual(['first', 'second']);
		const cut = wrapText('x'.repeat(100), font, 10, 50);
		expect(cut.length).toBeGreaterThan(1);
		expect(cut.join('')).toBe('x'.repeat(100));
		for (const line of cut) expect(textWidth(font, line, 10)).toBeLessThanOrEqual(50);
	});
});

describe('the renderers', () => {
	it('PDF: a long table goes on over pages, its header repeated on each, pages numbered', async () => {
		const bytes = await renderPdf(sample());
		const pdf = await getDocumentProxy(new Uint8Array(bytes));
		const { text, totalPages } = await extractText(pdf, { mergePages: false });
		expect(totalPages).toBeGreaterThan(1);
		for (const [index, page] of text.entries()) {
			expect(page).toContain('Планирано (дин.)');
			expect(page).toContain(`Страна ${index + 1} од ${totalPages}`);
		}
		const all = text.join(' ');
		expect(all).toContain(`Активност број ${ROWS}`);
		expect(all).toContain('1.200.000');
		expect(all).toContain('37,5');
	});

	it('DOCX: headings, a repeating table header, bullets and line-broken cells', async () => {
		const bytes = await renderDocx(sample());
		const xml = unzip(bytes).get('word/document.xml')!.toString('utf8');
		expect(xml).toContain('w:tblHeader');
		expect(xml).toContain('Heading1');
		expect(xml).toContain('w:numPr');
		const text = docxText(bytes);
		expect(text).toContain('Канцеларија за младе');
		expect(text).toContain('Период: 2025–2029');
		expect(text).toContain(`Активност број ${ROWS}`);
		expect(text).toContain('1.200.000');
		const footer = [...unzip(bytes).entries()].find(([name]) => name.startsWith('word/footer'))![1].toString('utf8');
		expect(footer).toContain('Страна ');
		expect(footer).toContain('NUMPAGES');
	});

	it('XLSX: numbers as numbers, progress as a percentage, two sheets of one name kept apart', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(await renderXlsx(sample())) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Активности', 'Активности 2']);
		const sheet = workbook.worksheets[0];
		expect(sheet.rowCount).toBe(ROWS + 1);
		expect(sheet.getCell('A1').value).toBe('Активност');
		expect(sheet.getCell('B2').value).toBe(2025);
		expect(sheet.getCell('C2').value).toBe(0.375);
		expect(sheet.getCell('C2').numFmt).toBe('0%');
		expect(sheet.getCell('D2').value).toBe(1_200_000);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
	});
});
