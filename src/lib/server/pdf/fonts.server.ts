// The Noto Sans every PDF embeds (certificates, plan exports, survey reports; Latin and Cyrillic, SIL Open
// Font License, fonts/OFL.txt), made safe to subset.
//
// @pdf-lib/fontkit writes a subset's glyph offsets in the short format (offset / 2) whenever they are
// small, but copies each glyph's bytes as they are. This Noto Sans stores many glyphs with an odd
// length, so in a subset every glyph after such a one starts half a byte off and viewers that read
// the font strictly (poppler, FreeType: Evince, Okular) draw nothing for it: most letters vanish.
// Padding every glyph to four bytes, as the TrueType spec recommends, once at start-up, fixes it
// and keeps the PDF small (a subset instead of two whole fonts of 600 KB).
import regularFontUrl from './fonts/NotoSans-Regular.ttf?inline';
import boldFontUrl from './fonts/NotoSans-Bold.ttf?inline';

interface TableRecord {
	tag: string;
	offset: number;
	length: number;
}

function tableRecords(font: Buffer): TableRecord[] {
	const count = font.readUInt16BE(4);
	return Array.from({ length: count }, (_, index) => {
		const at = 12 + index * 16;
		return {
			tag: font.toString('latin1', at, at + 4),
			offset: font.readUInt32BE(at + 8),
			length: font.readUInt32BE(at + 12)
		};
	});
}

function checksum(data: Buffer): number {
	let sum = 0;
	for (let at = 0; at < data.length; at += 4) {
		const word = Buffer.alloc(4);
		data.copy(word, 0, at, Math.min(at + 4, data.length));
		sum = (sum + word.readUInt32BE(0)) >>> 0;
	}
	return sum;
}

const pad4 = (length: number) => (length + 3) & ~3;

/** The same TrueType font with every glyph padded to a multiple of four bytes and long glyph offsets. */
export function padGlyphs(font: Buffer): Buffer {
	const records = tableRecords(font);
	const table = (tag: string) => records.find((record) => record.tag === tag);
	const head = table('head');
	const maxp = table('maxp');
	const loca = table('loca');
	const glyf = table('glyf');
	if (!head || !maxp || !loca || !glyf) return font;
	const isLong = font.readInt16BE(head.offset + 50) === 1;
	const glyphCount = font.readUInt16BE(maxp.offset + 4);
	const offsetOf = (index: number) =>
		isLong ? font.readUInt32BE(loca.offset + index * 4) : font.readUInt16BE(loca.offset + index * 2) * 2;

	const glyphs: Buffer[] = [];
	const newLoca = Buffer.alloc((glyphCount + 1) * 4);
	let position = 0;
	for (let index = 0; index < glyphCount; index++) {
		const start = offsetOf(index);
		const data = font.subarray(glyf.offset + start, glyf.offset + offsetOf(index + 1));
		const padded = Buffer.alloc(data.length === 0 ? 0 : pad4(data.length));
		data.copy(padded);
		newLoca.writeUInt32BE(position, index * 4);
		glyphs.push(padded);
		position += padded.length;
	}
	newLoca.writeUInt32BE(position, glyphCount * 4);

	const contents = new Map<string, Buffer>();
	for (const record of records)
		contents.set(record.tag, Buffer.from(font.subarray(record.offset, record.offset + record.length)));
	contents.set('glyf', Buffer.concat(glyphs));
	contents.set('loca', newLoca);
	const newHead = contents.get('head')!;
	newHead.writeInt16BE(1, 50);
	newHead.writeUInt32BE(0, 8);

	const headerLength = 12 + records.length * 16;
	const header = Buffer.alloc(headerLength);
	font.copy(header, 0, 0, 12);
	const bodies: Buffer[] = [];
	let offset = headerLength;
	let headOffset = -1;
	records.forEach((record, index) => {
		const data = contents.get(record.tag)!;
		const at = 12 + index * 16;
		header.write(record.tag, at, 'latin1');
		header.writeUInt32BE(checksum(data), at + 4);
		header.writeUInt32BE(offset, at + 8);
		header.writeUInt32BE(data.length, at + 12);
		if (record.tag === 'head') headOffset = offset;
		const body = Buffer.alloc(pad4(data.length));
		data.copy(body);
		bodies.push(body);
		offset += body.length;
	});
	const result = Buffer.concat([header, ...bodies]);
	// The whole font sums to 0xB1B0AFBA once head.checkSumAdjustment is set.
	result.writeUInt32BE((0xb1b0afba - checksum(result)) >>> 0, headOffset + 8);
	return result;
}

const fontBytes = (dataUrl: string) => padGlyphs(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));

export const REGULAR_FONT = fontBytes(regularFontUrl);
export const BOLD_FONT = fontBytes(boldFontUrl);
