// The export kernel shared by every module that makes a document (plan, report, council minutes, call decisions,
// volunteering certificates): the office's letterhead, rendering a document model in PDF, Word or Excel, file
// names and staff-written text as paragraphs. Moved here from the action plan, where it started (decision 0037).
import { eq } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import { offices } from '../server/db/core-schema.ts';
import { AppError } from '../server/errors.ts';
import { htmlToText } from '../server/html.ts';
import type { I18n } from '../i18n/index.ts';
import { EXPORT_MIME, type ExportDocument, type ExportFormat, type ExportLogo } from './model.ts';
import { renderDocx } from './docx.server.ts';
import { renderPdf } from './pdf.server.ts';
import { renderXlsx } from './xlsx.server.ts';

/** The office as a document's letterhead shows it. */
export interface ExportOffice {
	name: string;
	logo: ExportLogo | null;
}

export interface ExportedFile {
	body: Uint8Array;
	contentType: string;
	/** The file name with its extension, in the reader's script. */
	fileName: string;
}

/** The office's logo as PNG or JPEG with its size in pixels; null when there is none or it cannot be read. */
export async function exportLogo(bytes: Uint8Array | null, mime: string | null): Promise<ExportLogo | null> {
	if (!bytes || !mime) return null;
	try {
		const { default: sharp } = await import('sharp');
		const image = sharp(bytes);
		const { width, height, format } = await image.metadata();
		if (!width || !height) return null;
		if (format === 'jpeg') return { data: bytes, type: 'jpg', width, height };
		if (format === 'png') return { data: bytes, type: 'png', width, height };
		// SVG and WebP logos become a PNG of at most 400 px wide, sharp enough for print at that size.
		const png = await image
			.resize({ width: Math.min(400, width), withoutEnlargement: true })
			.png()
			.toBuffer({
				resolveWithObject: true
			});
		return { data: new Uint8Array(png.data), type: 'png', width: png.info.width, height: png.info.height };
	} catch {
		// A logo that cannot be read leaves the document without one rather than without a document.
		return null;
	}
}

/** The office's name, logo and the words it keeps in Latin, for a document's letterhead. */
export async function loadOffice(
	db: Database,
	officeId: string
): Promise<{ office: ExportOffice; keepLatin: string[] }> {
	const [row] = await db
		.select({ name: offices.name, keepLatin: offices.keepLatin, logo: offices.logo, logoMime: offices.logoMime })
		.from(offices)
		.where(eq(offices.id, officeId));
	if (!row) throw new AppError('not_found', 'error.404.text');
	return {
		office: { name: row.name, logo: await exportLogo(row.logo ? new Uint8Array(row.logo) : null, row.logoMime) },
		keepLatin: row.keepLatin
	};
}

/** Renders a document model in one of the formats. */
export async function renderExport(document: ExportDocument, format: ExportFormat): Promise<ExportedFile> {
	const body =
		format === 'pdf'
			? await renderPdf(document)
			: format === 'docx'
				? await renderDocx(document)
				: await renderXlsx(document);
	return { body, contentType: EXPORT_MIME[format], fileName: `${document.fileName}.${format}` };
}

/** Staff-written rich text as paragraphs of plain text in the reader's language and script. */
export function richTextParagraphs(i18n: I18n, html: string, htmlEn: string): string[] {
	const isEnglish = i18n.locale === 'en' && !!htmlEn;
	const source = isEnglish ? htmlEn : html;
	if (!source) return [];
	return htmlToText(source)
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean)
		.map((paragraph) => (isEnglish ? paragraph : i18n.text(paragraph)));
}

/** A file name from a title: what file systems refuse goes, the title stays readable in its script. */
export function fileNameOf(title: string): string {
	return (
		title
			// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
			.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 120)
			.trim() || 'plan'
	);
}
