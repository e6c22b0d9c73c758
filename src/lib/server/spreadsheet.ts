// Writing one sheet (an export, an import template) as CSV or XLSX: shared by the modules that export lists.
import ExcelJS from 'exceljs';

export type SheetFormat = 'csv' | 'xlsx';

export interface SheetFile {
	body: Uint8Array;
	contentType: string;
	filename: string;
}

/** A cell that a spreadsheet would run as a formula is kept as text. */
export function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string): string {
	return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One sheet as a file: CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Cyrillic), or XLSX. */
export async function writeSheet(
	format: SheetFormat,
	name: string,
	sheetName: string,
	header: string[],
	rows: string[][]
): Promise<SheetFile> {
	const safeRows = rows.map((row) => row.map(safeCell));
	if (format === 'csv') {
		const text = '\uFEFF' + [header, ...safeRows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
		return { body: new TextEncoder().encode(text), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` };
	}
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KZM';
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
	sheet.addRow(header).font = { bold: true };
	for (const row of safeRows) sheet.addRow(row);
	sheet.columns.forEach((column) => (column.width = 20));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const buffer = await workbook.xlsx.writeBuffer();
	return {
		body: new Uint8Array(buffer as ArrayBuffer),
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		filename: `${name}.xlsx`
	};
}
