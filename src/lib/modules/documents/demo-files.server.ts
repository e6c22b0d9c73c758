// Small but real files for the demo library: a PDF made with pdf-lib and a minimal Word document,
// both generated here so the demo needs nothing from outside.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { toLatin } from '../../i18n/script.ts';
import { storedZip } from './zip.ts';

/**
 * The standard PDF fonts only know the Western European letters, so the printed text is Serbian
 * Latin with č, ć and đ simplified; the document's title in its properties keeps the original.
 */
function printable(text: string): string {
	return toLatin(text)
		.replace(/[čć]/g, 'c')
		.replace(/[ČĆ]/g, 'C')
		.replace(/đ/g, 'dj')
		.replace(/Đ/g, 'Dj')
		.replace(/[^\x20-\x7eŠšŽž–’“”]/g, '');
}

function wrap(text: string, width: number, measure: (line: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (measure(next) > width && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** A one-page A4 PDF with a title line and a few paragraphs. */
export async function demoPdf(title: string, paragraphs: readonly string[], author: string): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(title);
	pdf.setAuthor(author);
	pdf.setLanguage('sr');
	pdf.setCreator('KZM');
	pdf.setProducer('KZM');
	const page = pdf.addPage([595.28, 841.89]);
	const regular = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	const margin = 64;
	const width = page.getWidth() - margin * 2;
	let y = page.getHeight() - margin;
	page.drawText(printable(author), { x: margin, y, size: 10, font: regular, color: rgb(0.3, 0.3, 0.3) });
	y -= 36;
	for (const line of wrap(printable(title), width, (text) => bold.widthOfTextAtSize(text, 18))) {
		page.drawText(line, { x: margin, y, size: 18, font: bold });
		y -= 24;
	}
	y -= 12;
	for (const paragraph of paragraphs) {
		for (const line of wrap(printable(paragraph), width, (text) => regular.widthOfTextAtSize(text, 11))) {
			page.drawText(line, { x: margin, y, size: 11, font: regular });
			y -= 16;
		}
		y -= 10;
	}
	return pdf.save({ useObjectStreams: false });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document (DOCX) with a heading and paragraphs; Word and LibreOffice open it. */
export function demoDocx(title: string, paragraphs: readonly string[]): Uint8Array {
	const run = (text: string, bold = false) =>
		`<w:p><w:r>${bold ? '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
	return storedZip([
		{
			name: '[Content_Types].xml',
			content:
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		},
		{
			name: '_rels/.rels',
			content:
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		},
		{
			name: 'word/document.xml',
			content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${run(title, true)}${paragraphs.map((paragraph) => run(paragraph)).join('')}</w:body></w:document>`
		}
	]);
}
