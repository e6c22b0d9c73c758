// Small files of every kind the library meets, built in memory for the tests.
import { storedZip } from './zip.ts';

const encoder = new TextEncoder();

/** A tiny but well-formed PDF. */
export function samplePdf(text = 'Test'): Uint8Array {
	return encoder.encode(
		`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`
	);
}

/** An Office Open XML file whose main part is the given one (word/document.xml, xl/workbook.xml …). */
export function sampleOoxml(mainPart: string, extra: string[] = []): Uint8Array {
	return storedZip([
		{ name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types/>' },
		{ name: '_rels/.rels', content: '<?xml version="1.0"?><Relationships/>' },
		{ name: mainPart, content: '<?xml version="1.0"?><root/>' },
		...extra.map((name) => ({ name, content: 'x' }))
	]);
}

/** An OpenDocument file of the given MIME type. */
export function sampleOpenDocument(mime: string): Uint8Array {
	return storedZip([
		{ name: 'mimetype', content: mime },
		{ name: 'content.xml', content: '<?xml version="1.0"?><office:document-content/>' },
		{ name: 'META-INF/manifest.xml', content: '<?xml version="1.0"?><manifest/>' }
	]);
}

/** An OLE compound file (the old .doc/.xls/.ppt container) holding streams with the given names. */
export function sampleCompoundFile(streams: string[]): Uint8Array {
	const sector = 512;
	const bytes = new Uint8Array(sector * 3);
	const view = new DataView(bytes.buffer);
	bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	view.setUint16(0x18, 0x3e, true);
	view.setUint16(0x1a, 3, true);
	view.setUint16(0x1c, 0xfffe, true);
	view.setUint16(0x1e, 9, true);
	view.setUint16(0x20, 6, true);
	view.setUint32(0x2c, 1, true); // one allocation-table sector
	view.setUint32(0x30, 1, true); // the directory starts in sector 1
	view.setUint32(0x38, 4096, true);
	view.setUint32(0x3c, 0xfffffffe, true);
	view.setUint32(0x44, 0xfffffffe, true);
	view.setUint32(0x4c, 0, true); // sector 0 holds the allocation table
	for (let index = 1; index < 109; index++) view.setUint32(0x4c + index * 4, 0xffffffff, true);
	// Allocation table (sector 0, file offset 512): itself, then the directory's one-sector chain.
	for (let index = 0; index < 128; index++) view.setUint32(sector + index * 4, 0xffffffff, true);
	view.setUint32(sector, 0xfffffffd, true);
	view.setUint32(sector + 4, 0xfffffffe, true);
	// Directory (sector 1, file offset 1024): the root entry and one entry per stream (four fit).
	const entries = [{ name: 'Root Entry', kind: 5 }, ...streams.slice(0, 3).map((name) => ({ name, kind: 2 }))];
	entries.forEach((entry, index) => {
		const at = sector * 2 + index * 128;
		for (let char = 0; char < entry.name.length; char++)
			view.setUint16(at + char * 2, entry.name.charCodeAt(char), true);
		view.setUint16(at + 64, (entry.name.length + 1) * 2, true);
		bytes[at + 66] = entry.kind;
		view.setUint32(at + 68, 0xffffffff, true);
		view.setUint32(at + 72, 0xffffffff, true);
		view.setUint32(at + 76, index === 0 && entries.length > 1 ? 1 : 0xffffffff, true);
	});
	return bytes;
}

/** The start of a Windows program: what a renamed .exe looks like. */
export function sampleExecutable(): Uint8Array {
	const bytes = new Uint8Array(256);
	bytes.set(encoder.encode('MZ'));
	bytes.set(encoder.encode('This program cannot be run in DOS mode.'), 78);
	return bytes;
}
