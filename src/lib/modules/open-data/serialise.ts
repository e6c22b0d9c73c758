// Open data as files: CSV (RFC 4180) and JSON, from a dataset's declared columns (decision 0025).
import type { OpenDataColumn, OpenDataRow, OpenDataValue } from '../../server/manifest.ts';

/** Byte order mark: spreadsheet programs open UTF-8 CSV with Cyrillic correctly only with it. */
const BOM = '\uFEFF';

/**
 * A text that a spreadsheet would run as a formula (=, +, @, a tab or a return first; a minus
 * followed by something other than a number) gets a leading apostrophe. Numbers are never changed.
 */
export function guardFormula(text: string): string {
	return /^[=+@\t\r]/.test(text) || /^-(?![\d.])/.test(text) ? `'${text}` : text;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break; missing values are empty. */
export function csvField(value: OpenDataValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = guardFormula(value);
	return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A dataset as CSV: a header of column names, then one line per row, CRLF line ends, UTF-8 with BOM. */
export function toCsv(columns: readonly OpenDataColumn[], rows: readonly OpenDataRow[]): string {
	const lines = [columns.map((column) => column.name).join(',')];
	for (const row of rows) lines.push(columns.map((column) => csvField(row[column.name] ?? null)).join(','));
	return BOM + lines.join('\r\n') + '\r\n';
}

/** Only the declared columns of a row, in their declared order, missing ones as null. */
export function pickColumns(columns: readonly OpenDataColumn[], row: OpenDataRow): OpenDataRow {
	return Object.fromEntries(columns.map((column) => [column.name, row[column.name] ?? null]));
}

/** Everything a dataset's JSON file says about itself, then its rows. */
export interface DatasetDocument {
	id: string;
	title: string;
	description: string;
	licence: { id: string; url: string };
	updatedAt: string | null;
	columns: {
		name: string;
		type: string;
		description: string;
		nullable: boolean;
		values?: { code: string; label: string }[];
	}[];
	rows: OpenDataRow[];
}

/** A dataset as one JSON document (the file offered on /open-data). */
export function toJsonDocument(document: DatasetDocument): string {
	return JSON.stringify(document, null, 2) + '\n';
}
