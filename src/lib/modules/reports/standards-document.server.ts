// The work-standards self-assessment of a year as a document (PDF, DOCX through the action plan's
// renderers): the summary per area with last year's score, then every indicator with its rating,
// comment, evidence and improvement action, in the reader's language and script.
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ExportBlock, ExportDocument, ExportFormat, ExportTable } from '../../export/model.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../export/render.server.ts';
import { fileNameOf } from '../../export/render.server.ts';
import { canManageWorkStandards } from './permissions.server.ts';
import { getStandardsAssessment } from './standards.server.ts';
import { scoreChange, type AreaSummary, type StandardsAssessmentView } from './standards.ts';
import { bilingualText, signedPoints } from './labels.ts';

/** The summary per area as a document table (also used by the annual report). */
export function standardsSummaryTable(
	i18n: I18n,
	summary: AreaSummary[],
	previousSummary: AreaSummary[],
	year: number
): ExportTable {
	return {
		columns: [
			{ header: i18n.t('reports.standards.area'), kind: 'text', width: 34 },
			{ header: i18n.t('reports.standards.rating.met'), kind: 'number', width: 10 },
			{ header: i18n.t('reports.standards.rating.partly'), kind: 'number', width: 10 },
			{ header: i18n.t('reports.standards.rating.not_met'), kind: 'number', width: 10 },
			{ header: i18n.t('reports.standards.rating.not_applicable'), kind: 'number', width: 10 },
			{ header: i18n.t('reports.standards.score'), kind: 'number', width: 12 },
			{
				header: i18n.t('reports.standards.previousScore', { year: i18n.formatYear(year - 1) }),
				kind: 'number',
				width: 12
			},
			{ header: i18n.t('reports.standards.change'), kind: 'text', width: 10 }
		],
		rows: summary.map((current) => {
			const previous = previousSummary.find((item) => item.area === current.area);
			const change = scoreChange(current, previous);
			return [
				i18n.t(`reports.standards.area.${current.area}` as MessageKey),
				current.counts.met,
				current.counts.partly,
				current.counts.not_met,
				current.counts.not_applicable,
				current.score,
				previous?.score ?? null,
				change === null ? '—' : signedPoints(i18n, change)
			];
		})
	};
}

/** The document of a year's self-assessment. */
export function buildStandardsDocument(
	i18n: I18n,
	assessment: StandardsAssessmentView,
	office: { name: string; logo: ExportDocument['office']['logo'] }
): ExportDocument {
	const title = i18n.t('reports.standards.documentTitle', { year: String(assessment.year) });
	const activityTitle = new Map(
		assessment.activities.map(
			(activity) => [activity.id, bilingualText(i18n, { text: activity.title, textEn: activity.titleEn })] as const
		)
	);
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: office.name, muted: true },
		{ kind: 'heading', level: 2, text: i18n.t('reports.standards.summary') },
		{
			kind: 'table',
			table: standardsSummaryTable(i18n, assessment.summary, assessment.previousSummary, assessment.year)
		},
		{ kind: 'paragraph', text: i18n.t('reports.standards.scoreHint'), muted: true }
	];
	for (const area of assessment.areas) {
		blocks.push({ kind: 'heading', level: 2, text: i18n.t(`reports.standards.area.${area.area}` as MessageKey) });
		for (const standard of area.standards) {
			blocks.push({ kind: 'heading', level: 3, text: bilingualText(i18n, standard) });
			for (const indicator of standard.indicators) {
				const rating = indicator.rating;
				blocks.push({ kind: 'heading', level: 4, text: bilingualText(i18n, indicator) });
				const facts = [
					{
						label: i18n.t('reports.standards.rating'),
						value: rating
							? i18n.t(`reports.standards.rating.${rating.rating}` as MessageKey)
							: i18n.t('reports.standards.unrated')
					}
				];
				if (rating?.comment)
					facts.push({ label: i18n.t('reports.standards.comment'), value: i18n.text(rating.comment) });
				if (rating?.improvement)
					facts.push({ label: i18n.t('reports.standards.improvement'), value: i18n.text(rating.improvement) });
				const activity = rating?.activityId ? activityTitle.get(rating.activityId) : undefined;
				if (activity) facts.push({ label: i18n.t('reports.standards.activity'), value: activity });
				blocks.push({ kind: 'facts', items: facts });
				if (rating && rating.evidence.length > 0)
					blocks.push(
						{ kind: 'paragraph', text: i18n.t('reports.standards.evidence') },
						{
							kind: 'list',
							items: rating.evidence.map(
								(link) =>
									`${i18n.t(link.kindKey as MessageKey)}: ${bilingualText(i18n, { text: link.title, textEn: link.titleEn })}`
							)
						}
					);
			}
		}
	}
	return {
		locale: i18n.locale,
		title,
		office,
		blocks,
		sheets: [],
		fileName: fileNameOf(title),
		pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
	};
}

/** The year's self-assessment as PDF or DOCX for staff. Audited. */
export async function exportStandardsAssessment(
	ctx: Context,
	options: { year: number; format: Exclude<ExportFormat, 'xlsx'>; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	const assessment = await getStandardsAssessment(ctx, options.year);
	const { office, keepLatin } = await loadOffice(ctx.db, ctx.officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const file = await renderExport(
		buildStandardsDocument(i18n, assessment, { ...office, name: i18n.text(office.name) }),
		options.format
	);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'reports.standards_exported',
		entityType: 'work_standard_assessment',
		entityId: null,
		details: { year: options.year, format: options.format }
	});
	return file;
}
