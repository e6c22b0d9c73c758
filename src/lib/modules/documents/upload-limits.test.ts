import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { detectDocumentFormat, ZIP_LIMITS } from '../../server/file-type.ts';
import { withoutActivePdfContent } from '../../server/pdf/active-content.server.ts';
import { sampleOoxml } from './test-fixtures.ts';
import { storedZip } from './zip.ts';

const reason = (bytes: Uint8Array) => {
	const detected = detectDocumentFormat(bytes);
	return detected.ok ? detected.format : detected.reason;
};

/** Rewrites the uncompressed size every central-directory entry declares (what a zip bomb looks like). */
function declaringSize(bytes: Uint8Array, size: number): Uint8Array {
	const copy = bytes.slice();
	const view = new DataView(copy.buffer);
	for (let at = 0; at + 46 <= copy.length; at++) {
		if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
	}
	return copy;
}

describe('Office files packed as zip bombs', () => {
	it('accepts an ordinary document', () => {
		expect(reason(sampleOoxml('word/document.xml'))).toBe('docx');
	});

	it('refuses one that would expand a thousand-fold or past the total limit', () => {
		expect(reason(declaringSize(sampleOoxml('word/document.xml'), 3_000_000_000))).toBe('bomb');
		expect(reason(declaringSize(sampleOoxml('word/document.xml'), 0xffffffff))).toBe('bomb');
	});

	it('refuses one with more entries than any real document has', () => {
		const entries = [
			{ name: '[Content_Types].xml', content: '<Types/>' },
			{ name: 'word/document.xml', content: '<w:document/>' },
			...Array.from({ length: ZIP_LIMITS.entries }, (_, index) => ({ name: `word/media/${index}.xml`, content: 'x' }))
		];
		expect(reason(storedZip(entries))).toBe('bomb');
	});
});

async function pdfWithScript(): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	const page = document.addPage();
	const script = document.context.register(
		document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert("hi")') })
	);
	document.catalog.set(PDFName.of('OpenAction'), script);
	const launch = document.context.obj({ S: 'Launch', F: PDFString.of('calc.exe') });
	page.node.set(PDFName.of('AA'), document.context.obj({ O: launch }));
	const link = document.context.obj({
		Type: 'Annot',
		Subtype: 'Link',
		Rect: [0, 0, 10, 10],
		A: document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.launchURL("x")') })
	});
	page.node.set(PDFName.of('Annots'), document.context.obj([document.context.register(link)]));
	page.drawText('Hello');
	return document.save({ useObjectStreams: false });
}

describe('PDFs with active content', () => {
	it('lose every script, automatic action and launch before they are stored', async () => {
		const original = await pdfWithScript();
		const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
		expect(text(original)).toContain('/JavaScript');
		const { bytes, removed } = await withoutActivePdfContent(original);
		expect(removed).toBeGreaterThanOrEqual(3);
		expect(text(bytes)).not.toMatch(/\/JavaScript|\/OpenAction|\/Launch|app\.alert|calc\.exe/);
		// Still a readable PDF with its page.
		expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
	});

	it('keeps a PDF without active content byte for byte', async () => {
		const document = await PDFDocument.create();
		document.addPage().drawText('Plain');
		const original = await document.save();
		expect((await withoutActivePdfContent(original)).bytes).toBe(original);
	});

	it('refuses a file that only pretends to be a PDF', async () => {
		await expect(withoutActivePdfContent(new TextEncoder().encode('%PDF-1.7 garbage'))).rejects.toMatchObject({
			fieldErrors: { file: 'documents.file.unreadablePdf' }
		});
	});
});
