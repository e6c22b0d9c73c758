// "Download my data" as a PDF: the same sections and fields as the page, in the reader's language
// and script, with the embedded Noto Sans (Latin and Cyrillic) every PDF of the platform uses, so
// it reads the same on any machine and can be kept or handed on.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { BOLD_FONT, REGULAR_FONT } from '../../server/pdf/fonts.server.ts';
import { createI18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { shownRecord } from './export-format.ts';
import type { PersonalDataExport } from './queries.server.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.15);
const MUTED = rgb(0.35, 0.35, 0.4);
const LABEL_WIDTH = 160;

/** Splits text into lines that fit the width (a word longer than the line is broken by letters). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (font.widthOfTextAtSize(candidate, size) <= width) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			let rest = word;
			while (font.widthOfTextAtSize(rest, size) > width) {
				let cut = rest.length - 1;
				while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
				lines.push(rest.slice(0, cut));
				rest = rest.slice(cut);
			}
			line = rest;
		}
		lines.push(line);
	}
	return lines;
}

/** The person's data as PDF bytes, with a file name carrying the day it was made. */
export async function buildPersonalDataPdf(
	data: PersonalDataExport,
	options: { locale: Locale; officeName: string }
): Promise<{ body: Uint8Array; filename: string }> {
	const i18n = createI18n(options.locale);
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const regular = await pdf.embedFont(REGULAR_FONT, { subset: true });
	const bold = await pdf.embedFont(BOLD_FONT, { subset: true });
	const title = i18n.t('privacy.mine.pageTitle');
	pdf.setTitle(title);
	pdf.setLanguage(options.locale);
	let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
	let y = PAGE.height - MARGIN;
	const ensure = (height: number) => {
		if (y - height < MARGIN) {
			page = pdf.addPage([PAGE.width, PAGE.height]);
			y = PAGE.height - MARGIN;
		}
	};
	const text = (value: string, font: PDFFont, size: number, color = INK) => {
		for (const line of wrap(value, font, size, PAGE.width - 2 * MARGIN)) {
			ensure(size * 1.4);
			page.drawText(line, { x: MARGIN, y: y - size, size, font, color });
			y -= size * 1.4;
		}
	};
	const field = (label: string, value: string) => {
		const size = 9;
		const labels = wrap(label, regular, size, LABEL_WIDTH - 8);
		const values = wrap(value, regular, size, PAGE.width - 2 * MARGIN - LABEL_WIDTH);
		for (let line = 0; line < Math.max(labels.length, values.length); line++) {
			ensure(size * 1.4);
			if (labels[line]) page.drawText(labels[line], { x: MARGIN, y: y - size, size, font: regular, color: MUTED });
			if (values[line])
				page.drawText(values[line], { x: MARGIN + LABEL_WIDTH, y: y - size, size, font: regular, color: INK });
			y -= size * 1.4;
		}
	};

	text(title, bold, 18);
	text(i18n.text(options.officeName), regular, 11);
	text(i18n.t('privacy.mine.generatedAt', { date: i18n.formatDate(data.generatedAt) }), regular, 10, MUTED);
	if (data.sections.length === 0) {
		y -= 8;
		text(i18n.t('privacy.mine.nothing'), regular, 10);
	}
	for (const section of data.sections) {
		y -= 10;
		ensure(40);
		text(i18n.t(section.titleKey as MessageKey), bold, 13);
		text(i18n.t('privacy.export.recordCount', { count: section.records.length }), regular, 8, MUTED);
		for (const record of section.records) {
			y -= 6;
			for (const { label, value } of shownRecord(i18n, record)) field(label, value);
		}
	}
	return { body: await pdf.save(), filename: `my-data-${data.generatedAt.slice(0, 10)}.pdf` };
}
