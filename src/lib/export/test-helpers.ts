// For tests: reading what the exported files contain, as a reader's program would.
import { inflateRawSync } from 'node:zlib';
import { createI18n } from '../i18n/index.ts';
import type { Locale } from '../i18n/locale.ts';

/** The entries of a ZIP file (DOCX and XLSX are ZIPs) by name, inflated. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = buffer.length - 22;
	while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip file');
	const count = buffer.readUInt16LE(end + 10);
	let at = buffer.readUInt32LE(end + 16);
	const entries = new Map<string, Buffer>();
	for (let index = 0; index < count; index++) {
		const method = buffer.readUInt16LE(at + 10);
		const compressedSize = buffer.readUInt32LE(at + 20);
		const nameLength = buffer.readUInt16LE(at + 28);
		const extraLength = buffer.readUInt16LE(at + 30);
		const commentLength = buffer.readUInt16LE(at + 32);
		const localHeader = buffer.readUInt32LE(at + 42);
		const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
		const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
		const data = buffer.subarray(dataStart, dataStart + compressedSize);
		entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** The text of a DOCX body: the runs' text, paragraphs on lines of their own. */
export function docxText(bytes: Uint8Array): string {
	const xml = unzip(bytes).get('word/document.xml')?.toString('utf8') ?? '';
	return xml
		.replace(/<\/w:p>/g, '\n')
		.replace(/<w:tab\/>/g, '\t')
		.replace(/<w:br\/>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** A translator like the one the exports use, for expected texts. */
export function i18nFor(locale: Locale) {
	return createI18n(locale);
}

/** A small PNG logo made on the spot. */
export async function makeLogo(): Promise<Buffer> {
	const { default: sharp } = await import('sharp');
	return sharp({ create: { width: 120, height: 60, channels: 3, background: { r: 20, g: 80, b: 200 } } })
		.png()
		.toBuffer();
}
