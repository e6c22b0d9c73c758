// One description of an exported document, rendered three ways (PDF, DOCX, XLSX), so the formats
// cannot drift apart: the builders decide what the plan or report says, in the reader's language and
// script, and the renderers only decide how it looks.
import type { Locale } from '../i18n/locale.ts';
import { intlLocale } from '../i18n/locale.ts';
import { numberFormat } from '../i18n/formatters.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ExportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** The format named in an address ("pdf", "docx", "xlsx"), or null for anything else. */
export function exportFormatOf(value: string): ExportFormat | null {
	return (EXPORT_FORMATS as readonly string[]).includes(value) ? (value as ExportFormat) : null;
}

/** How a column's values are shown: numbers are kept as numbers in spreadsheets. */
export type ColumnKind = 'text' | 'number' | 'year' | 'money' | 'percent';

export interface ExportColumn {
	header: string;
	kind: ColumnKind;
	/** Width in characters (spreadsheets); documents share the page in proportion to it. */
	width: number;
}

/** A cell: text (may hold line breaks), a number for number columns, or nothing. */
export type ExportCell = string | number | null;

export interface ExportTable {
	columns: ExportColumn[];
	rows: ExportCell[][];
}

export type ExportBlock =
	| { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
	| { kind: 'paragraph'; text: string; muted?: boolean }
	| { kind: 'facts'; items: { label: string; value: string }[] }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; table: ExportTable };

export interface ExportSheet {
	name: string;
	table: ExportTable;
}

/** The office's logo, already turned into a format every renderer can embed. */
export interface ExportLogo {
	data: Uint8Array;
	type: 'png' | 'jpg';
	width: number;
	height: number;
}

export interface ExportDocument {
	locale: Locale;
	title: string;
	office: { name: string; logo: ExportLogo | null };
	/** Running text of the PDF and DOCX. */
	blocks: ExportBlock[];
	/** The workbook's sheets: the same content as tables. */
	sheets: ExportSheet[];
	/** The file name without extension, in the reader's script. */
	fileName: string;
	/** "Page {page} of {pages}" with the placeholders left in. */
	pageLabel: string;
}

/** A cell as text, the way documents print it; spreadsheets keep the number instead. */
export function cellText(value: ExportCell, kind: ColumnKind, locale: Locale): string {
	if (value === null || value === '') return kind === 'text' ? '' : '—';
	if (typeof value === 'string') return value;
	if (kind === 'year') return String(value);
	if (kind === 'percent')
		return numberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
	return numberFormat(intlLocale(locale), { maximumFractionDigits: kind === 'money' ? 0 : 2 }).format(value);
}

/** Sheet names: at most 31 characters and none of the characters spreadsheets forbid there. */
export function sheetName(name: string): string {
	return (
		name
			.replace(/[[\]:*?/\\]/g, ' ')
			.trim()
			.slice(0, 31)
			.trim() || 'Sheet'
	);
}
