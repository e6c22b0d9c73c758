// The workbook: one sheet per table of the document model, numbers kept as numbers (amounts with
// thousands separators, progress as a percentage), a bold frozen header row and filters.
import ExcelJS from 'exceljs';
import type { ColumnKind, ExportDocument } from './model.ts';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
	money: '#,##0',
	percent: '0%',
	year: '0'
};

/** The document's sheets as an XLSX file. */
export async function renderXlsx(document: ExportDocument): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = document.office.name;
	workbook.title = document.title;
	workbook.created = new Date();
	const used = new Set<string>();
	for (const sheet of document.sheets) {
		// Two sheets may not share a name, even when their labels happen to match.
		let name = sheet.name;
		for (let copy = 2; used.has(name.toLowerCase()); copy++) name = `${sheet.name.slice(0, 28)} ${copy}`;
		used.add(name.toLowerCase());
		const worksheet = workbook.addWorksheet(name);
		const { columns, rows } = sheet.table;
		worksheet.columns = columns.map((column) => ({
			header: column.header,
			width: column.width,
			style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {}
		}));
		const header = worksheet.getRow(1);
		header.font = { bold: true };
		header.alignment = { vertical: 'top', wrapText: true };
		for (const row of rows) {
			const added = worksheet.addRow(
				row.map((value, index) => {
					if (value === null) return null;
					if (columns[index]?.kind === 'percent' && typeof value === 'number') return value / 100;
					return value;
				})
			);
			added.alignment = { vertical: 'top', wrapText: true };
		}
		worksheet.views = [{ state: 'frozen', ySplit: 1 }];
		if (rows.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
	}
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
