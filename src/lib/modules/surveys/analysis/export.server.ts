// Responses as a spreadsheet: one row per response, one column per answer. Two header rows, the
// first with labels in the reader's language, the second with stable codes (question key, or
// key.option for a multiple choice, a matrix statement or a ranked item), so a file of one year can
// be joined with another's by code. Multiple choice: a column per option with 1 (chosen) or 0, plus
// the "other" text; matrix: a column per statement with its value; ranking: a column per item with
// its position. Sensitive questions are left out unless the reader may see them per respondent.
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { createI18n, type MessageKey } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { surveyResponses } from '../schema.ts';
import { canManageSurveys, canReadSensitiveAnswers } from '../permissions.server.ts';
import { requireSurveyForAnalysis } from './staff-reads.server.ts';
import { optionLabel, promptOf } from './labels.ts';
import type { AnalysisQuestion } from './queries.server.ts';

export type ResponsesExportFormat = 'csv' | 'xlsx';

/** A cell that a spreadsheet would run as a formula is kept as text. */
function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
	return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

interface Column {
	label: string;
	code: string;
	value: (answers: Record<string, unknown>) => string | number | null;
}

const asText = (value: unknown): string | number | null => {
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'number') return value;
	if (typeof value === 'string') return value;
	return JSON.stringify(value);
};

function columnsOf(question: AnalysisQuestion, i18n: ReturnType<typeof createI18n>): Column[] {
	const prompt = promptOf(i18n, question);
	const answerOf = (answers: Record<string, unknown>) => answers[question.key];
	switch (question.kind) {
		case 'multiple': {
			const columns: Column[] = question.options.map((option) => ({
				label: `${prompt}: ${optionLabel(i18n, question, option.value)}`,
				code: `${question.key}.${option.value}`,
				value: (answers) => {
					const chosen = answerOf(answers);
					return Array.isArray(chosen) ? (chosen.includes(option.value) ? 1 : 0) : null;
				}
			}));
			if (question.allowsOther)
				columns.push({
					label: `${prompt}: ${i18n.t('surveys.results.other')}`,
					code: `${question.key}__other`,
					value: (answers) => asText(answers[`${question.key}__other`])
				});
			return columns;
		}
		case 'matrix':
			return question.statements.map((statement) => ({
				label: `${prompt}: ${optionLabel(i18n, question, statement.value)}`,
				code: `${question.key}.${statement.value}`,
				value: (answers) => {
					const rows = answerOf(answers);
					return rows && typeof rows === 'object' && !Array.isArray(rows)
						? asText((rows as Record<string, unknown>)[statement.value])
						: null;
				}
			}));
		case 'ranking':
			return question.options.map((option) => ({
				label: `${prompt}: ${optionLabel(i18n, question, option.value)}`,
				code: `${question.key}.${option.value}`,
				value: (answers) => {
					const ranked = answerOf(answers);
					if (!Array.isArray(ranked)) return null;
					const position = ranked.indexOf(option.value);
					return position < 0 ? null : position + 1;
				}
			}));
		case 'single':
			return [
				{ label: prompt, code: question.key, value: (answers) => asText(answerOf(answers)) },
				...(question.allowsOther
					? [
							{
								label: `${prompt}: ${i18n.t('surveys.results.other')}`,
								code: `${question.key}__other`,
								value: (answers: Record<string, unknown>) => asText(answers[`${question.key}__other`])
							}
						]
					: [])
			];
		default:
			return [{ label: prompt, code: question.key, value: (answers) => asText(answerOf(answers)) }];
	}
}

/**
 * Every response of a survey as CSV or XLSX (with a codebook sheet), for staff. Sensitive answers
 * only for administrators and coordinators; every export is written to the audit log.
 */
export async function exportResponses(
	ctx: Context,
	options: { surveyId: string; format: ResponsesExportFormat; locale: Locale }
): Promise<{ body: Uint8Array; contentType: string; filename: string; rows: number }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const survey = await requireSurveyForAnalysis(ctx, options.surveyId);
	const withSensitive = canReadSensitiveAnswers(ctx.actor);
	const i18n = createI18n(options.locale);
	const questions = survey.questions.filter((question) => withSensitive || !question.isSensitive);
	const meta: { label: MessageKey; code: string }[] = [
		{ label: 'surveys.export.number', code: 'n' },
		{ label: 'surveys.export.source', code: 'source' },
		{ label: 'surveys.export.complete', code: 'is_complete' },
		{ label: 'surveys.export.submittedAt', code: 'submitted_at' }
	];
	const columns = questions.map((question) => ({ question, columns: columnsOf(question, i18n) }));
	const responses = await ctx.db
		.select({
			source: surveyResponses.source,
			isComplete: surveyResponses.isComplete,
			submittedAt: surveyResponses.submittedAt,
			startedAt: surveyResponses.startedAt,
			answers: surveyResponses.answers,
			sensitiveAnswers: surveyResponses.sensitiveAnswers
		})
		.from(surveyResponses)
		.where(eq(surveyResponses.surveyId, survey.id))
		.orderBy(asc(surveyResponses.startedAt), asc(surveyResponses.id));
	const labels = [
		...meta.map((entry) => i18n.t(entry.label)),
		...columns.flatMap((entry) => entry.columns.map((c) => c.label))
	];
	const codes = [...meta.map((entry) => entry.code), ...columns.flatMap((entry) => entry.columns.map((c) => c.code))];
	// Responses are numbered by when they were started: the export never shows an internal id.
	const rows = responses.map((response, index) => [
		index + 1,
		response.source,
		response.isComplete ? 1 : 0,
		response.submittedAt ? response.submittedAt.toISOString() : '',
		...columns.flatMap((entry) =>
			entry.columns.map((column) =>
				column.value(entry.question.isSensitive ? response.sensitiveAnswers : response.answers)
			)
		)
	]);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'surveys.responses.exported',
		entityType: 'survey',
		entityId: survey.id,
		details: {
			format: options.format,
			rows: rows.length,
			sensitive: withSensitive && questions.some((q) => q.isSensitive)
		}
	});
	const filename = `${survey.slug}-responses.${options.format}`;
	const cell = (value: string | number | null) =>
		value === null ? '' : typeof value === 'number' ? value : safeCell(value);
	if (options.format === 'csv') {
		const text =
			'\uFEFF' +
			[labels, codes, ...rows]
				.map((row) => row.map((value) => csvField(String(cell(value as string | number | null)))).join(','))
				.join('\r\n') +
			'\r\n';
		return {
			body: new TextEncoder().encode(text),
			contentType: 'text/csv; charset=utf-8',
			filename,
			rows: rows.length
		};
	}
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'KZM';
	const sheet = workbook.addWorksheet(i18n.t('surveys.export.sheet'));
	sheet.addRow(labels).font = { bold: true };
	sheet.addRow(codes).font = { italic: true };
	for (const row of rows) sheet.addRow(row.map((value) => cell(value as string | number | null)));
	sheet.views = [{ state: 'frozen', ySplit: 2 }];
	sheet.columns.forEach((column) => (column.width = 16));
	const book = workbook.addWorksheet(i18n.t('surveys.export.codebook'));
	book.addRow([i18n.t('surveys.export.code'), i18n.t('surveys.export.label')]).font = { bold: true };
	for (const question of questions) {
		book.addRow([question.key, promptOf(i18n, question)]);
		for (const option of [...question.options, ...question.statements])
			book.addRow([`${question.key}.${option.value}`, optionLabel(i18n, question, option.value)]);
	}
	book.columns.forEach((column) => (column.width = 40));
	const buffer = await workbook.xlsx.writeBuffer();
	return {
		body: new Uint8Array(buffer as ArrayBuffer),
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		filename,
		rows: rows.length
	};
}
