// Statistics as a spreadsheet: a title, then tables one after another under their headings, as CSV (UTF-8 with a
// byte-order mark, so spreadsheet programs read Cyrillic) or XLSX. Shared by the event, office and volunteering
// statistics, which hand it the same tables their pages show, already under the "<5" rule.
import ExcelJS from 'exceljs';
import { csvField, safeCell } from '../server/spreadsheet.ts';

export type ReportFormat = 'csv' | 'xlsx';

/** One table of the report: a heading, a header row (may be empty) and rows. */
export interface ReportTable {
	heading: string;
	header: string[];
	rows: string[][];
}

export interface ReportFile {
	body: Uint8Array;
	contentType: string;
	filename: string;
}

/** The tables as one CSV or XLSX file named `name` with the format's extension. */
export async function writeReport(
	title: string,
	tables: ReportTable[],
	format: ReportFormat,
	name: string
): Promise<ReportFile> {
	const filename = `${name}.${format}`;
	if (format === 'csv') {
		const lines: string[][] = [[title]];
		for (const table of tables) {
			lines.push([], [table.heading]);
			if (table.header.length) lines.push(table.header);
			lines.push(...table.rows);
		}
		const text =
			'\uFEFF' + lines.map((row) => row.map((cell) => csvField(safeCell(cell))).join(',')).join('\r\n') + '\r\n';
		return { body: new TextEncoder().encode(text), contentType: 'text/csv; charset=utf-8', filename };
	}
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KZM';
	const sheet = workbook.addWorksheet(title.slice(0, 31).replace(/[*?:\\/[\]]/g, ' '));
	sheet.addRow([title]).font = { bold: true, size: 14 };
	for (const table of tables) {
		sheet.addRow([]);
		sheet.addRow([table.heading]).font = { bold: true, size: 12 };
		if (table.header.length) sheet.addRow(table.header.map(safeCell)).font = { bold: true };
		// Counts go in as numbers when they are numbers, so the sheet can sum them; "<5" stays text.
		for (const row of table.rows) sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : safeCell(cell))));
	}
	sheet.columns.forEach((column, index) => (column.width = index === 0 ? 36 : 16));
	const buffer = await workbook.xlsx.writeBuffer();
	return {
		body: new Uint8Array(buffer as ArrayBuffer),
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		filename
	};
}
