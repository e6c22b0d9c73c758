// The results report as PDF: every question's aggregated answers as labelled bars with their numbers,
// in the reader's language and script, with the embedded Noto Sans (Latin and Cyrillic) that the
// attendance certificates use, so no font of the machine is needed. Only aggregates: the same
// suppression as on screen (sensitive questions hide counts under 5).
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { BOLD_FONT as BOLD, REGULAR_FONT as REGULAR } from '../../../server/pdf/fonts.server.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { canManageSurveys } from '../permissions.server.ts';
import { requireSurveyForAnalysis } from './staff-reads.server.ts';
import { NO_FILTER, summarizeSurvey } from './queries.server.ts';
import { localizedText, optionLabel, promptOf } from './labels.ts';
import type { ShownCount } from './statistics.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.15);
const BAR = rgb(0.12, 0.23, 0.54);
const LABEL_WIDTH = 190;
const BAR_WIDTH = PAGE.width - 2 * MARGIN - LABEL_WIDTH - 90;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** The survey's results report for staff, as PDF bytes. */
export async function buildResultsReport(
	ctx: Context,
	options: { surveyId: string; locale: Locale }
): Promise<{ body: Uint8Array; filename: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const survey = await requireSurveyForAnalysis(ctx, options.surveyId);
	const summary = await summarizeSurvey(ctx.db, survey, NO_FILTER);
	const i18n = createI18n(options.locale);
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const regular = await pdf.embedFont(REGULAR, { subset: true });
	const bold = await pdf.embedFont(BOLD, { subset: true });
	const title = localizedText(i18n, survey.title, survey.titleEn);
	pdf.setTitle(i18n.t('surveys.export.reportTitle', { title }));
	let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
	let y = PAGE.height - MARGIN;
	const ensure = (height: number) => {
		if (y - height < MARGIN) {
			page = pdf.addPage([PAGE.width, PAGE.height]);
			y = PAGE.height - MARGIN;
		}
	};
	const text = (value: string, font: PDFFont, size: number, x = MARGIN, width = PAGE.width - 2 * MARGIN) => {
		for (const line of wrap(value, font, size, width)) {
			ensure(size * 1.4);
			page.drawText(line, { x, y: y - size, size, font, color: INK });
			y -= size * 1.4;
		}
	};
	const count = (value: ShownCount) =>
		value.hidden ? i18n.t('surveys.results.hidden') : i18n.formatNumber(value.count);
	const bar = (label: string, fraction: number | null, shown: string) => {
		ensure(16);
		const short = wrap(label, regular, 9, LABEL_WIDTH - 8)[0] ?? '';
		page.drawText(short, { x: MARGIN, y: y - 10, size: 9, font: regular, color: INK });
		const width = fraction === null ? 0 : Math.max(1, Math.min(1, fraction) * BAR_WIDTH);
		if (width > 0) page.drawRectangle({ x: MARGIN + LABEL_WIDTH, y: y - 12, width, height: 11, color: BAR });
		page.drawText(shown, { x: MARGIN + LABEL_WIDTH + width + 4, y: y - 10, size: 9, font: regular, color: INK });
		y -= 16;
	};

	text(i18n.t('surveys.export.reportTitle', { title }), bold, 18);
	text(
		`${i18n.t('surveys.results.respondents', { count: summary.respondents })} · ${i18n.t(
			'surveys.export.reportGenerated',
			{
				date: i18n.formatDate(new Date(), { dateStyle: 'long' })
			}
		)}`,
		regular,
		10
	);
	text(i18n.t('surveys.results.suppressionNote'), regular, 8);
	for (const question of survey.questions) {
		const result = summary.questions.find((entry) => entry.key === question.key);
		if (!result) continue;
		y -= 8;
		ensure(40);
		text(promptOf(i18n, question), bold, 11);
		text(
			result.answered.hidden
				? i18n.t('surveys.results.answeredHidden')
				: i18n.t('surveys.results.answered', { count: result.answered.count }),
			regular,
			8
		);
		if (result.type === 'choice')
			for (const option of result.options)
				bar(
					optionLabel(i18n, question, option.value),
					option.percent === null ? null : option.percent / 100,
					option.percent === null
						? count(option.count)
						: `${i18n.formatNumber(option.percent)} % (${count(option.count)})`
				);
		else if (result.type === 'numeric') {
			text(
				i18n.t('surveys.results.meanMedian', {
					mean: result.mean === null ? '—' : (result.isYear ? i18n.formatYear : i18n.formatNumber)(result.mean),
					median: result.median === null ? '—' : (result.isYear ? i18n.formatYear : i18n.formatNumber)(result.median)
				}),
				regular,
				9
			);
			for (const entry of result.distribution)
				bar(
					entry.value,
					entry.percent === null ? null : entry.percent / 100,
					entry.percent === null ? count(entry.count) : `${i18n.formatNumber(entry.percent)} %`
				);
		} else if (result.type === 'matrix') {
			const top = question.scale?.max ?? 5;
			for (const statement of result.statements)
				bar(
					optionLabel(i18n, question, statement.value),
					statement.mean === null ? null : statement.mean / top,
					statement.mean === null ? '—' : `${i18n.t('surveys.results.mean')} ${i18n.formatNumber(statement.mean)}`
				);
		} else if (result.type === 'ranking') {
			const places = question.options.length || 5;
			for (const item of result.items)
				bar(
					optionLabel(i18n, question, item.value),
					item.averagePosition === null ? null : (places + 1 - item.averagePosition) / places,
					item.averagePosition === null
						? '—'
						: `${i18n.t('surveys.results.averagePosition')} ${i18n.formatNumber(item.averagePosition)}`
				);
		}
	}
	return { body: await pdf.save(), filename: `${survey.slug}-results.pdf` };
}
