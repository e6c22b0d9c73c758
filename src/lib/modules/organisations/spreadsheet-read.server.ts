// Reading an uploaded spreadsheet into rows of text. Both formats go through exceljs (already a
// dependency): XLSX natively, CSV through its reader, which wraps fast-csv (quotes, embedded line
// breaks, a byte-order mark). Its CSV reader would turn "0123" into 123 and "2020-01-05" into a
// date, so every cell is kept as typed; the delimiter is guessed from the header line, because
// spreadsheet programs set to Serbian save CSV with semicolons.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../server/errors.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { MAX_IMPORT_ROWS } from './spreadsheet.ts';
import { isWithinZipLimits, zipEntries } from '../../server/zip-limits.ts';

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** The format of an uploaded file, by its name and first bytes (an XLSX file is a ZIP archive). */
export function spreadsheetFormat(fileName: string, bytes: Uint8Array): SpreadsheetFormat | null {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
	if (/\.(csv|txt)$/i.test(fileName)) return 'csv';
	return null;
}

/** The text of a cell as a person would read it: dates as YYYY-MM-DD, rich text joined, formulas' results. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((part) => part.text).join('');
		if ('text' in value && typeof value.text === 'string') return value.text;
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		if ('hyperlink' in value) return String(value.hyperlink);
		return '';
	}
	return String(value);
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
	const rows: string[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row, number) => {
		const values: string[] = [];
		for (let column = 1; column <= row.cellCount; column++) values.push(cellText(row.getCell(column).value).trim());
		rows[number - 1] = values;
	});
	return Array.from(rows, (row) => row ?? []);
}

/** The delimiter of a CSV text: whichever of ; , or tab appears most in its first line. */
export function guessDelimiter(text: string): string {
	const first = text.split(/\r?\n/, 1)[0] ?? '';
	const counts = [';', ',', '\t'].map((candidate) => [candidate, first.split(candidate).length - 1] as const);
	return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ',';
}

/** Largest spreadsheet read at all, in bytes: 2,000 rows of an organisations list fit in well under 1 MB. */
export const MAX_SPREADSHEET_BYTES = 2 * 1024 * 1024;
/** Largest size an XLSX file may declare its parts expand to (a zip bomb declares gigabytes). */
const MAX_XLSX_EXPANDED_BYTES = 30 * 1024 * 1024;

/**
 * Whether a file can be read without holding the server (issue 14.6): checked on the raw bytes
 * before any parser sees them. A CSV with far more lines than the row limit, an XLSX whose parts
 * would expand past the limit, and any file over MAX_SPREADSHEET_BYTES are refused unread.
 */
export function isWithinReadingLimits(format: SpreadsheetFormat, bytes: Uint8Array): boolean {
	if (bytes.length > MAX_SPREADSHEET_BYTES) return false;
	if (format === 'xlsx') {
		const entries = zipEntries(bytes);
		if (!entries || !isWithinZipLimits(entries)) return false;
		return entries.reduce((total, entry) => total + entry.size, 0) <= MAX_XLSX_EXPANDED_BYTES;
	}
	let lines = 0;
	for (const byte of bytes) if (byte === 0x0a) lines++;
	// Quoted cells may hold line breaks, so allow some room before the exact count after parsing.
	return lines <= MAX_IMPORT_ROWS * 3;
}

/** The rows of the first sheet of an XLSX file, or of a CSV file, as text. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<string[][]> {
	const format = spreadsheetFormat(fileName, bytes);
	if (!format) throw new AppError('invalid', 'organisations.import.noFile', { file: 'organisations.import.noFile' });
	if (!isWithinReadingLimits(format, bytes)) {
		const message = encodeMessage('organisations.import.tooLarge', { max: MAX_IMPORT_ROWS });
		throw new AppError('invalid', message, { file: message });
	}
	const workbook = new ExcelJS.Workbook();
	let rows: string[][];
	try {
		if (format === 'xlsx') {
			await workbook.xlsx.load(
				bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
			);
			const sheet = workbook.worksheets[0];
			rows = sheet ? sheetRows(sheet) : [];
		} else {
			const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
			const sheet = await workbook.csv.read(Readable.from([text]), {
				map: (value: string) => value,
				parserOptions: { delimiter: guessDelimiter(text) }
			} as unknown as Parameters<typeof workbook.csv.read>[1]);
			rows = sheetRows(sheet);
		}
	} catch (caught) {
		const reason = caught instanceof Error ? caught.message.slice(0, 200) : 'unknown';
		const message = encodeMessage('organisations.import.unreadable', { reason });
		throw new AppError('invalid', message, { file: message });
	}
	if (rows.length - 1 > MAX_IMPORT_ROWS) {
		const message = encodeMessage('organisations.import.tooLarge', { max: MAX_IMPORT_ROWS });
		throw new AppError('invalid', message, { file: message });
	}
	return rows;
}
