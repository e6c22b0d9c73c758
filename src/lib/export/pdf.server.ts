// The PDF: laid out by hand with pdf-lib and the Noto Sans the certificates already embed (Latin and
// Cyrillic), so no font of the machine is needed. Text wraps to the width, headings stay with what
// follows them, tables break between rows and repeat their header on the next page.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { BOLD_FONT, REGULAR_FONT } from '../server/pdf/fonts.server.ts';
import { cellText, type ExportBlock, type ExportDocument, type ExportTable } from './model.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, side: 56 };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
const INK = rgb(0.1, 0.1, 0.15);
const MUTED = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.73, 0.73, 0.73);
const HEADER_FILL = rgb(0.91, 0.93, 0.96);
const HEADING_SIZES = { 1: 18, 2: 14, 3: 12, 4: 10.5 } as const;
const BODY_SIZE = 10;
const TABLE_SIZE = 8;
const LINE = 1.35;
const CELL_PADDING = 3;

// Measuring text with fontkit costs about a millisecond a call, and a plan has thousands of words:
// widths are measured once per word and font, and a line's width is the sum of its words'.
const widthCache = new WeakMap<PDFFont, Map<string, number>>();

function unitWidth(font: PDFFont, text: string): number {
	let cache = widthCache.get(font);
	if (!cache) widthCache.set(font, (cache = new Map()));
	let width = cache.get(text);
	if (width === undefined) {
		width = font.widthOfTextAtSize(text, 1000) / 1000;
		cache.set(text, width);
	}
	return width;
}

/** The width of a line of text in points. */
export function textWidth(font: PDFFont, text: string, size: number): number {
	const words = text.split(' ');
	return (
		(words.reduce((sum, word) => sum + unitWidth(font, word), 0) + (words.length - 1) * unitWidth(font, ' ')) * size
	);
}

/** Lines of at most `width` points; a word longer than the line is cut. Keeps given line breaks. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	const space = unitWidth(font, ' ') * size;
	for (const paragraph of text.split('\n')) {
		let line = '';
		let lineWidth = 0;
		for (let word of paragraph.split(/[ \t]+/).filter(Boolean)) {
			let wordWidth = unitWidth(font, word) * size;
			if (line && lineWidth + space + wordWidth <= width) {
				line += ` ${word}`;
				lineWidth += space + wordWidth;
				continue;
			}
			if (line) lines.push(line);
			// A word wider than the line (a long address, say) is cut where it no longer fits.
			while (wordWidth > width && word.length > 1) {
				let cut = 1;
				let cutWidth = unitWidth(font, word[0]) * size;
				while (cut < word.length && cutWidth + unitWidth(font, word[cut]) * size <= width) {
					cutWidth += unitWidth(font, word[cut]) * size;
					cut++;
				}
				lines.push(word.slice(0, cut));
				word = word.slice(cut);
				wordWidth = unitWidth(font, word) * size;
			}
			line = word;
			lineWidth = wordWidth;
		}
		lines.push(line);
	}
	return lines;
}

class Layout {
	private page!: PDFPage;
	private y = 0;
	readonly pages: PDFPage[] = [];

	constructor(
		private readonly pdf: PDFDocument,
		readonly regular: PDFFont,
		readonly bold: PDFFont
	) {
		this.newPage();
	}

	newPage(): void {
		this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
		this.pages.push(this.page);
		this.y = PAGE.height - MARGIN.top;
	}

	/** Starts a new page unless `height` points still fit on this one. */
	ensure(height: number): void {
		if (this.y - height < MARGIN.bottom && this.y < PAGE.height - MARGIN.top) this.newPage();
	}

	space(points: number): void {
		this.y -= points;
	}

	get current(): { page: PDFPage; y: number } {
		return { page: this.page, y: this.y };
	}

	/** Wrapped text from the left edge (plus indent); breaks pages between lines. */
	text(text: string, options: { font: PDFFont; size: number; color?: ReturnType<typeof rgb>; indent?: number }): void {
		const indent = options.indent ?? 0;
		for (const line of wrapText(text, options.font, options.size, CONTENT_WIDTH - indent)) {
			this.ensure(options.size * LINE);
			this.y -= options.size * LINE;
			this.page.drawText(line, {
				x: MARGIN.side + indent,
				y: this.y + options.size * 0.3,
				size: options.size,
				font: options.font,
				color: options.color ?? INK
			});
		}
	}

	/** A label in bold and its value wrapped beside it. */
	fact(label: string, value: string): void {
		const labelWidth = Math.min(170, CONTENT_WIDTH * 0.35);
		const labelLines = wrapText(label, this.bold, BODY_SIZE, labelWidth - 8);
		const valueLines = wrapText(value, this.regular, BODY_SIZE, CONTENT_WIDTH - labelWidth);
		const height = Math.max(labelLines.length, valueLines.length) * BODY_SIZE * LINE;
		this.ensure(height);
		labelLines.forEach((line, index) =>
			this.page.drawText(line, {
				x: MARGIN.side,
				y: this.y - (index + 1) * BODY_SIZE * LINE + BODY_SIZE * 0.3,
				size: BODY_SIZE,
				font: this.bold,
				color: INK
			})
		);
		valueLines.forEach((line, index) =>
			this.page.drawText(line, {
				x: MARGIN.side + labelWidth,
				y: this.y - (index + 1) * BODY_SIZE * LINE + BODY_SIZE * 0.3,
				size: BODY_SIZE,
				font: this.regular,
				color: INK
			})
		);
		this.y -= height + 1;
	}

	table(model: ExportTable, locale: ExportDocument['locale']): void {
		const total = model.columns.reduce((sum, column) => sum + column.width, 0);
		const widths = model.columns.map((column) => (column.width / total) * CONTENT_WIDTH);
		const lineHeight = TABLE_SIZE * LINE;
		const layoutRow = (cells: string[], font: PDFFont) => {
			const lines = cells.map((cell, index) => wrapText(cell, font, TABLE_SIZE, widths[index] - 2 * CELL_PADDING));
			return { lines, height: Math.max(...lines.map((cell) => cell.length)) * lineHeight + 2 * CELL_PADDING };
		};
		const header = layoutRow(
			model.columns.map((column) => column.header),
			this.bold
		);
		const drawRow = (row: { lines: string[][]; height: number }, isHeader: boolean) => {
			let x = MARGIN.side;
			const top = this.y;
			row.lines.forEach((lines, index) => {
				const width = widths[index];
				this.page.drawRectangle({
					x,
					y: top - row.height,
					width,
					height: row.height,
					borderColor: RULE,
					borderWidth: 0.5,
					color: isHeader ? HEADER_FILL : undefined
				});
				const kind = model.columns[index].kind;
				const alignRight = !isHeader && kind !== 'text' && kind !== 'year';
				const font = isHeader ? this.bold : this.regular;
				lines.forEach((line, lineIndex) => {
					const lineWidth = textWidth(font, line, TABLE_SIZE);
					this.page.drawText(line, {
						x: alignRight ? x + width - CELL_PADDING - lineWidth : x + CELL_PADDING,
						y: top - CELL_PADDING - (lineIndex + 1) * lineHeight + TABLE_SIZE * 0.3,
						size: TABLE_SIZE,
						font,
						color: INK
					});
				});
				x += width;
			});
			this.y -= row.height;
		};
		const rows = model.rows.map((row) =>
			layoutRow(
				model.columns.map((column, index) => cellText(row[index] ?? null, column.kind, locale)),
				this.regular
			)
		);
		// The header goes with at least the first row.
		this.ensure(header.height + (rows[0]?.height ?? 0));
		drawRow(header, true);
		for (const row of rows) {
			if (this.y - row.height < MARGIN.bottom) {
				this.newPage();
				drawRow(header, true);
			}
			drawRow(row, false);
		}
		this.y -= 10;
	}
}

function drawBlock(layout: Layout, block: ExportBlock, locale: ExportDocument['locale']): void {
	switch (block.kind) {
		case 'heading': {
			const size = HEADING_SIZES[block.level];
			layout.space(block.level === 1 ? 4 : size * 0.9);
			// A heading is never the last thing on a page.
			layout.ensure(size * LINE * 2 + BODY_SIZE * LINE * 3);
			layout.text(block.text, { font: layout.bold, size });
			layout.space(3);
			return;
		}
		case 'paragraph':
			layout.text(block.text, { font: layout.regular, size: BODY_SIZE, color: block.muted ? MUTED : INK });
			layout.space(5);
			return;
		case 'facts':
			for (const item of block.items) layout.fact(item.label, item.value);
			layout.space(5);
			return;
		case 'list':
			for (const item of block.items) layout.text(`•  ${item}`, { font: layout.regular, size: BODY_SIZE, indent: 6 });
			layout.space(5);
			return;
		case 'table':
			layout.table(block.table, locale);
			return;
	}
}

/** The document as a PDF file. */
export async function renderPdf(document: ExportDocument): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const [regular, bold] = await Promise.all([
		pdf.embedFont(REGULAR_FONT, { subset: true }),
		pdf.embedFont(BOLD_FONT, { subset: true })
	]);
	pdf.setTitle(document.title);
	pdf.setAuthor(document.office.name);
	pdf.setProducer('KZM');
	pdf.setCreator('KZM');
	pdf.setLanguage(document.locale === 'en' ? 'en-GB' : document.locale);
	const layout = new Layout(pdf, regular, bold);

	const { logo } = document.office;
	if (logo) {
		const image = logo.type === 'png' ? await pdf.embedPng(logo.data) : await pdf.embedJpg(logo.data);
		const scale = Math.min(48 / logo.height, 160 / logo.width, 1);
		const { page, y } = layout.current;
		page.drawImage(image, {
			x: MARGIN.side,
			y: y - logo.height * scale,
			width: logo.width * scale,
			height: logo.height * scale
		});
		layout.space(logo.height * scale + 6);
	}
	layout.text(document.office.name, { font: bold, size: 11, color: MUTED });
	layout.space(14);
	for (const block of document.blocks) drawBlock(layout, block, document.locale);

	const pages = layout.pages.length;
	layout.pages.forEach((page, index) => {
		const label = `${document.office.name} · ${document.pageLabel
			.replace('{page}', String(index + 1))
			.replace('{pages}', String(pages))}`;
		const [line] = wrapText(label, regular, 8, CONTENT_WIDTH);
		page.drawText(line, {
			x: (PAGE.width - textWidth(regular, line, 8)) / 2,
			y: MARGIN.bottom / 2,
			size: 8,
			font: regular,
			color: MUTED
		});
	});
	return pdf.save();
}
