import { describe, expect, it } from 'vitest';
import { asciiFileName, detectDocumentFormat, formatOfMime, zipEntryNames } from '../../server/file-type.ts';
import { sampleCompoundFile, sampleExecutable, sampleOoxml, sampleOpenDocument, samplePdf } from './test-fixtures.ts';
import { storedZip } from './zip.ts';

const format = (bytes: Uint8Array) => {
	const detected = detectDocumentFormat(bytes);
	return detected.ok ? detected.format : detected.reason;
};

describe('detectDocumentFormat', () => {
	it('recognises PDF by its signature', () => {
		expect(detectDocumentFormat(samplePdf())).toEqual({ ok: true, format: 'pdf', mime: 'application/pdf' });
	});

	it('tells Word, Excel and PowerPoint apart by the part inside the archive', () => {
		expect(format(sampleOoxml('word/document.xml'))).toBe('docx');
		expect(format(sampleOoxml('xl/workbook.xml'))).toBe('xlsx');
		expect(format(sampleOoxml('ppt/presentation.xml'))).toBe('pptx');
	});

	it('recognises OpenDocument text, spreadsheets and presentations by their mimetype entry', () => {
		expect(format(sampleOpenDocument('application/vnd.oasis.opendocument.text'))).toBe('odt');
		expect(format(sampleOpenDocument('application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
		expect(format(sampleOpenDocument('application/vnd.oasis.opendocument.presentation'))).toBe('odp');
		expect(format(sampleOpenDocument('application/vnd.oasis.opendocument.graphics'))).toBe('unknown');
	});

	it('recognises old binary Office files by their stream names', () => {
		expect(format(sampleCompoundFile(['WordDocument', '1Table']))).toBe('doc');
		expect(format(sampleCompoundFile(['Workbook']))).toBe('xls');
		expect(format(sampleCompoundFile(['Book']))).toBe('xls');
		expect(format(sampleCompoundFile(['PowerPoint Document', 'Current User']))).toBe('ppt');
		expect(format(sampleCompoundFile(['Something else']))).toBe('unknown');
	});

	it('refuses Office files that carry macros', () => {
		expect(format(sampleOoxml('word/document.xml', ['word/vbaProject.bin']))).toBe('macros');
		expect(format(sampleOoxml('xl/workbook.xml', ['xl/vbaProject.bin']))).toBe('macros');
		expect(format(sampleCompoundFile(['WordDocument', 'Macros']))).toBe('macros');
		expect(format(sampleCompoundFile(['Workbook', '_VBA_PROJECT_CUR']))).toBe('macros');
	});

	it('refuses a renamed program, plain text, images, other archives and truncated files', () => {
		expect(format(sampleExecutable())).toBe('unknown');
		expect(format(new TextEncoder().encode('Ово је обичан текст, не PDF.'))).toBe('unknown');
		expect(format(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('unknown');
		expect(format(storedZip([{ name: 'photo.jpg', content: 'x' }]))).toBe('unknown');
		expect(format(sampleOoxml('word/document.xml').slice(0, 40))).toBe('unknown');
		expect(format(sampleCompoundFile(['WordDocument']).slice(0, 600))).toBe('unknown');
		expect(format(new Uint8Array())).toBe('unknown');
	});
});

describe('zipEntryNames', () => {
	it('lists entries with UTF-8 names in order', () => {
		expect(
			zipEntryNames(
				storedZip([
					{ name: 'а.txt', content: '1' },
					{ name: 'b/c.xml', content: '' }
				])
			)
		).toEqual(['а.txt', 'b/c.xml']);
		expect(zipEntryNames(samplePdf())).toBeNull();
	});
});

describe('file names', () => {
	it('makes a safe ASCII name in Latin with the detected extension', () => {
		expect(asciiFileName('Локални акциони план 2025–2029.docx', 'pdf')).toBe('lokalni-akcioni-plan-2025-2029.pdf');
		expect(asciiFileName('Izveštaj o radu, Ђурђевдан.pdf', 'pdf')).toBe('izvestaj-o-radu-djurdjevdan.pdf');
		expect(asciiFileName('"../../etc/passwd"', 'odt')).toBe('etc-passwd.odt');
		expect(asciiFileName('***', 'xlsx')).toBe('document.xlsx');
	});

	it('names the format of a stored MIME type', () => {
		expect(formatOfMime('application/pdf')).toBe('pdf');
		expect(formatOfMime('text/plain')).toBeNull();
	});
});
