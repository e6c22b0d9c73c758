// The Word document municipal administrations pass around: built with `docx` (plain OOXML, no
// template), headings as real Word headings so the navigation pane and a table of contents work,
// tables with a repeating header row, the office's logo and name on top and page numbers below.
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { cellText, type ExportBlock, type ExportDocument, type ExportTable } from './model.ts';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE_WIDTH = 11906;
const MARGIN = 1134;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FONT = 'Arial';
const MUTED = '555555';
const HEADINGS = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3,
	4: HeadingLevel.HEADING_4
} as const;

/** Runs for text that may hold line breaks. */
function runs(text: string, options: { bold?: boolean; color?: string; size?: number } = {}): TextRun[] {
	return text
		.split('\n')
		.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...options }));
}

function table(model: ExportTable, locale: ExportDocument['locale']): Table {
	const total = model.columns.reduce((sum, column) => sum + column.width, 0);
	const widths = model.columns.map((column) => Math.floor((column.width / total) * CONTENT_WIDTH));
	const border = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
	const cell = (text: string, index: number, header: boolean) =>
		new TableCell({
			width: { size: widths[index], type: WidthType.DXA },
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			shading: header ? { type: ShadingType.CLEAR, fill: 'E8ECF4', color: 'auto' } : undefined,
			children: [
				new Paragraph({
					alignment:
						!header && model.columns[index].kind !== 'text' && model.columns[index].kind !== 'year'
							? AlignmentType.RIGHT
							: AlignmentType.LEFT,
					children: runs(text, { bold: header, size: 17 })
				})
			]
		});
	return new Table({
		width: { size: CONTENT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		borders: {
			top: border,
			bottom: border,
			left: border,
			right: border,
			insideHorizontal: border,
			insideVertical: border
		},
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: model.columns.map((column, index) => cell(column.header, index, true))
			}),
			...model.rows.map(
				(row) =>
					new TableRow({
						cantSplit: true,
						children: model.columns.map((column, index) =>
							cell(cellText(row[index] ?? null, column.kind, locale), index, false)
						)
					})
			)
		]
	});
}

function blockToDocx(block: ExportBlock, locale: ExportDocument['locale']): (Paragraph | Table)[] {
	switch (block.kind) {
		case 'heading':
			return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: runs(block.text) })];
		case 'paragraph':
			return [
				new Paragraph({
					spacing: { after: 120 },
					children: runs(block.text, block.muted ? { color: MUTED } : {})
				})
			];
		case 'facts':
			return block.items.map(
				(item) =>
					new Paragraph({
						spacing: { after: 40 },
						children: [new TextRun({ text: `${item.label}: `, bold: true }), ...runs(item.value)]
					})
			);
		case 'list':
			return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
		case 'table':
			// An empty paragraph after a table keeps two tables from merging into one in Word.
			return [table(block.table, locale), new Paragraph({ spacing: { after: 120 }, children: [] })];
	}
}

/** The document as a DOCX file. */
export async function renderDocx(document: ExportDocument): Promise<Uint8Array> {
	const { logo } = document.office;
	const letterhead: Paragraph[] = [];
	if (logo) {
		const scale = Math.min(60 / logo.height, 200 / logo.width, 1);
		letterhead.push(
			new Paragraph({
				children: [
					new ImageRun({
						type: logo.type,
						data: logo.data,
						transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
						altText: { name: document.office.name, description: document.office.name, title: document.office.name }
					})
				]
			})
		);
	}
	letterhead.push(
		new Paragraph({
			spacing: { after: 240 },
			children: [new TextRun({ text: document.office.name, bold: true, color: MUTED })]
		})
	);
	const [before, after] = document.pageLabel.split('{page}');
	const [middle, end] = (after ?? '').split('{pages}');
	const doc = new Document({
		creator: document.office.name,
		title: document.title,
		styles: {
			default: {
				document: { run: { font: FONT, size: 20, language: { value: languageTag(document.locale) } } },
				heading1: { run: { font: FONT, size: 34, bold: true }, paragraph: { spacing: { before: 120, after: 160 } } },
				heading2: { run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 320, after: 120 } } },
				heading3: { run: { font: FONT, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
				heading4: { run: { font: FONT, size: 21, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } }
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE_WIDTH, height: 16838 },
						margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
					}
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({
										size: 16,
										color: MUTED,
										children: [
											`${document.office.name} · ${before}`,
											PageNumber.CURRENT,
											middle ?? '',
											PageNumber.TOTAL_PAGES,
											end ?? ''
										]
									})
								]
							})
						]
					})
				},
				children: [...letterhead, ...document.blocks.flatMap((block) => blockToDocx(block, document.locale))]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The language Word checks spelling in. */
function languageTag(locale: ExportDocument['locale']): string {
	return locale === 'en' ? 'en-GB' : locale === 'sr-Latn' ? 'sr-Latn-RS' : 'sr-Cyrl-RS';
}
