// Recognises the document formats the library accepts from the file's bytes (and, for Office files,
// from the structure inside the container), whatever name or type the browser claimed.
import { toLatin } from '../i18n/script.ts';
import { isWithinZipLimits, zipEntries } from './zip-limits.ts';

export { ZIP_LIMITS } from './zip-limits.ts';

export const DOCUMENT_FORMATS = {
	pdf: { mime: 'application/pdf', label: 'PDF' },
	doc: { mime: 'application/msword', label: 'DOC' },
	xls: { mime: 'application/vnd.ms-excel', label: 'XLS' },
	ppt: { mime: 'application/vnd.ms-powerpoint', label: 'PPT' },
	docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
	xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX' },
	pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PPTX' },
	odt: { mime: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
	ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'ODS' },
	odp: { mime: 'application/vnd.oasis.opendocument.presentation', label: 'ODP' }
} as const;

export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

export type Detection =
	{ ok: true; format: DocumentFormat; mime: string } | { ok: false; reason: 'unknown' | 'macros' | 'bomb' };

const ASCII = new TextDecoder('latin1');

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
	if (bytes.length < at + signature.length) return false;
	return signature.every((byte, index) => bytes[at + index] === byte);
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

const found = (format: DocumentFormat): Detection => ({ ok: true, format, mime: DOCUMENT_FORMATS[format].mime });
const UNKNOWN: Detection = { ok: false, reason: 'unknown' };

/** The names of the entries in a ZIP archive, read from its central directory; null when it is not one. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
	return zipEntries(bytes)?.map((entry) => entry.name) ?? null;
}

/** OpenDocument files start with an uncompressed entry named "mimetype" holding their type. */
function openDocumentMime(bytes: Uint8Array): string | null {
	if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
	const method = u16(bytes, 8);
	const size = u32(bytes, 18);
	const nameLength = u16(bytes, 26);
	const extraLength = u16(bytes, 28);
	if (method !== 0 || size > 200) return null;
	if (ASCII.decode(bytes.subarray(30, 30 + nameLength)) !== 'mimetype') return null;
	const start = 30 + nameLength + extraLength;
	return ASCII.decode(bytes.subarray(start, start + size)).trim();
}

function detectZip(bytes: Uint8Array): Detection {
	const entries = zipEntries(bytes);
	if (!entries) return UNKNOWN;
	if (!isWithinZipLimits(entries)) return { ok: false, reason: 'bomb' };
	const names = entries.map((entry) => entry.name);
	const has = (name: string) => names.includes(name);
	const odf = openDocumentMime(bytes);
	if (odf && has('content.xml')) {
		if (odf === DOCUMENT_FORMATS.odt.mime) return found('odt');
		if (odf === DOCUMENT_FORMATS.ods.mime) return found('ods');
		if (odf === DOCUMENT_FORMATS.odp.mime) return found('odp');
		return UNKNOWN;
	}
	if (!has('[Content_Types].xml')) return UNKNOWN;
	// Macro-enabled Office files (.docm, .xlsm, .pptm) carry VBA code; a public library does not serve them.
	if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return { ok: false, reason: 'macros' };
	if (has('word/document.xml')) return found('docx');
	if (has('xl/workbook.xml')) return found('xlsx');
	if (has('ppt/presentation.xml')) return found('pptx');
	return UNKNOWN;
}

/** The names of the entries in an OLE compound file (old binary Office formats); null when it is not one. */
export function compoundFileEntryNames(bytes: Uint8Array): string[] | null {
	if (!startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) || bytes.length < 512) return null;
	const sectorSize = 1 << u16(bytes, 0x1e);
	if (sectorSize !== 512 && sectorSize !== 4096) return null;
	const perSector = sectorSize / 4;
	const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
	const END = 0xfffffffe;
	// The sectors of the allocation table: 109 listed in the header, the rest in a chain of DIFAT sectors.
	const fatSectors: number[] = [];
	for (let index = 0; index < 109; index++) {
		const sector = u32(bytes, 0x4c + index * 4);
		if (sector >= 0xfffffffa) break;
		fatSectors.push(sector);
	}
	let difat = u32(bytes, 0x44);
	for (let guard = 0; difat < 0xfffffffa && guard < 1000; guard++) {
		const at = sectorOffset(difat);
		if (at + sectorSize > bytes.length) return null;
		for (let index = 0; index < perSector - 1; index++) {
			const sector = u32(bytes, at + index * 4);
			if (sector < 0xfffffffa) fatSectors.push(sector);
		}
		difat = u32(bytes, at + sectorSize - 4);
	}
	const next = (sector: number): number | null => {
		const fatSector = fatSectors[Math.floor(sector / perSector)];
		if (fatSector === undefined) return null;
		const at = sectorOffset(fatSector) + (sector % perSector) * 4;
		return at + 4 <= bytes.length ? u32(bytes, at) : null;
	};
	const names: string[] = [];
	let sector: number | null = u32(bytes, 0x30);
	for (let guard = 0; sector !== null && sector !== END && guard < 10_000; guard++) {
		const at = sectorOffset(sector);
		if (at + sectorSize > bytes.length) return null;
		for (let entry = at; entry < at + sectorSize; entry += 128) {
			const nameLength = u16(bytes, entry + 64);
			const kind = bytes[entry + 66];
			if (kind === 0 || nameLength < 2 || nameLength > 64) continue;
			let name = '';
			for (let index = 0; index < nameLength - 2; index += 2) name += String.fromCharCode(u16(bytes, entry + index));
			names.push(name);
		}
		sector = next(sector);
	}
	return names;
}

/** Old binary Office files are OLE compound files; the stream names inside tell Word, Excel and PowerPoint apart. */
function detectCompoundFile(bytes: Uint8Array): Detection {
	const names = compoundFileEntryNames(bytes);
	if (!names) return UNKNOWN;
	const has = (name: string) => names.includes(name);
	if (has('_VBA_PROJECT_CUR') || has('Macros') || has('VBA')) return { ok: false, reason: 'macros' };
	if (has('WordDocument')) return found('doc');
	if (has('Workbook') || has('Book')) return found('xls');
	if (has('PowerPoint Document')) return found('ppt');
	return UNKNOWN;
}

/** Which accepted document format these bytes are, or why they are refused. */
export function detectDocumentFormat(bytes: Uint8Array): Detection {
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return found('pdf'); // %PDF-
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return detectCompoundFile(bytes);
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZip(bytes);
	return UNKNOWN;
}

/** The format of a stored file from its MIME type (for labels such as "PDF"). */
export function formatOfMime(mime: string): DocumentFormat | null {
	for (const [format, info] of Object.entries(DOCUMENT_FORMATS))
		if (info.mime === mime) return format as DocumentFormat;
	return null;
}

/**
 * A file name safe in any header or URL: Latin letters without diacritics, digits, dots and hyphens,
 * with the extension of the detected format.
 */
export function asciiFileName(base: string, format: DocumentFormat): string {
	const stem = toLatin(base)
		.replace(/\.[a-z0-9]{2,5}$/i, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, (char) => (char === 'đ' ? 'dj' : 'Dj'))
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '')
		.toLowerCase();
	return `${stem || 'document'}.${format}`;
}

/** RFC 5987 percent-encoding: everything but the attribute characters. */
function encodeRfc5987(text: string): string {
	return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Content-Disposition with a plain ASCII name for old clients and the full UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string, format: DocumentFormat): string {
	return `attachment; filename="${asciiFileName(name, format)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
