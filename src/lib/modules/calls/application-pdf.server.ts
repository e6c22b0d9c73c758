// The whole application as a PDF, sent with the submission receipt: every part of the form in the applicant's
// language and script, laid out by the same renderer as the action plan's exports (Noto Sans, Latin and Cyrillic).
import { createI18n, type I18n } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { renderPdf } from '../../export/pdf.server.ts';
import type { ExportBlock, ExportDocument } from '../../export/model.ts';
import { budgetTotals } from './rules.ts';
import type { ApplicationRow, CallRow } from './commands/applications-shared.server.ts';

/** What the PDF shows besides the stored application: the office and the files attached. */
export interface ApplicationPdfFacts {
	locale: Locale;
	keepLatin?: readonly string[];
	officeName: string;
	attachments: readonly { kind: string; name: string }[];
}

const nameOf = (i18n: I18n, text: string, textEn: string) =>
	i18n.locale === 'en' && textEn ? textEn : i18n.text(text);

/** The blocks of the document: the facts, then each part of the form in the order the applicant filled it in. */
export function applicationBlocks(
	application: ApplicationRow,
	call: CallRow,
	i18n: I18n,
	attachments: ApplicationPdfFacts['attachments']
): ExportBlock[] {
	const text = (value: string) => i18n.text(value);
	const money = (amount: number) => i18n.t('calls.money', { amount: i18n.formatNumber(amount) });
	const totals = budgetTotals(application.budget);
	const categoryName = (key: string) => {
		const category = call.costCategories.find((item) => item.key === key);
		return category ? nameOf(i18n, category.name, category.nameEn) : key;
	};
	const paragraph = (label: Parameters<I18n['t']>[0], value: string): ExportBlock[] =>
		value.trim()
			? [
					{ kind: 'heading', level: 3, text: i18n.t(label) },
					{ kind: 'paragraph', text: text(value) }
				]
			: [];
	const partners = [
		...application.partnerOrganisations.map((partner) => text(partner.name)),
		...(application.partners.trim() ? [text(application.partners)] : [])
	];
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: text(application.title) || i18n.t('calls.pdf.title') },
		{
			kind: 'facts',
			items: [
				{ label: i18n.t('calls.application.forCall'), value: nameOf(i18n, call.title, call.titleEn) },
				...(application.reference
					? [{ label: i18n.t('calls.application.reference'), value: application.reference }]
					: []),
				...(application.submittedAt
					? [
							{
								label: i18n.t('calls.pdf.title'),
								value: i18n.t('calls.pdf.generatedAt', {
									date: i18n.formatDate(application.submittedAt, { dateStyle: 'long', timeStyle: 'short' })
								})
							}
						]
					: []),
				{ label: i18n.t('calls.application.section.applicant'), value: text(application.applicantName) },
				{ label: i18n.t('calls.application.contactEmail'), value: application.contactEmail },
				...(application.contactPhone
					? [{ label: i18n.t('calls.application.contactPhone'), value: application.contactPhone }]
					: [])
			]
		}
	];
	if (application.members.length > 0)
		blocks.push(
			{ kind: 'heading', level: 2, text: i18n.t('calls.pdf.members') },
			{
				kind: 'table',
				table: {
					columns: [
						{ header: i18n.t('calls.application.memberName'), kind: 'text', width: 40 },
						{ header: i18n.t('calls.application.birthYear'), kind: 'year', width: 12 }
					],
					rows: application.members.map((member) => [text(member.name), member.birthYear])
				}
			}
		);
	blocks.push(
		{ kind: 'heading', level: 2, text: i18n.t('calls.application.section.project') },
		...paragraph('calls.application.summary', application.summary),
		...paragraph('calls.application.need', application.need),
		...paragraph('calls.application.targetGroup', application.targetGroup)
	);
	if (application.goals.length > 0)
		blocks.push(
			{ kind: 'heading', level: 3, text: i18n.t('calls.pdf.goals') },
			{ kind: 'list', items: application.goals.map((goal) => text(goal.text)) }
		);
	blocks.push(
		...paragraph('calls.application.results', application.results),
		...paragraph('calls.application.indicators', application.indicators)
	);
	if (partners.length > 0)
		blocks.push(
			{ kind: 'heading', level: 3, text: i18n.t('calls.application.partners') },
			{ kind: 'list', items: partners }
		);
	blocks.push(
		{ kind: 'heading', level: 2, text: i18n.t('calls.application.section.activities') },
		{
			kind: 'table',
			table: {
				columns: [
					{ header: i18n.t('calls.application.activityTitle'), kind: 'text', width: 50 },
					{ header: i18n.t('calls.application.activityFrom'), kind: 'text', width: 12 },
					{ header: i18n.t('calls.application.activityTo'), kind: 'text', width: 12 }
				],
				rows: application.activities.map((activity) => [text(activity.title), activity.from, activity.to])
			}
		},
		{ kind: 'heading', level: 2, text: i18n.t('calls.application.section.budget') },
		{
			kind: 'table',
			table: {
				columns: [
					{ header: i18n.t('calls.application.category'), kind: 'text', width: 20 },
					{ header: i18n.t('calls.application.description'), kind: 'text', width: 30 },
					{ header: i18n.t('calls.application.quantity'), kind: 'number', width: 10 },
					{ header: i18n.t('calls.application.unitPrice'), kind: 'money', width: 14 },
					{ header: i18n.t('calls.application.coFinanced'), kind: 'money', width: 14 }
				],
				rows: application.budget.map((line) => [
					categoryName(line.categoryKey),
					text(line.description),
					line.quantity,
					line.unitPrice,
					line.coFinanced
				])
			}
		},
		{
			kind: 'facts',
			items: [
				{ label: i18n.t('calls.application.total'), value: money(totals.total) },
				{ label: i18n.t('calls.application.totalCoFinanced'), value: money(totals.coFinanced) },
				{ label: i18n.t('calls.application.requested'), value: money(totals.requested) }
			]
		}
	);
	const answered = call.questions.filter((question) => application.answers[question.key]?.trim());
	if (answered.length > 0) {
		blocks.push({ kind: 'heading', level: 2, text: i18n.t('calls.application.section.questions') });
		for (const question of answered)
			blocks.push(
				{ kind: 'heading', level: 3, text: nameOf(i18n, question.text, question.textEn) },
				{ kind: 'paragraph', text: text(application.answers[question.key]) }
			);
	}
	if (call.attachmentKinds.length > 0) {
		blocks.push({ kind: 'heading', level: 2, text: i18n.t('calls.attachment.title') });
		blocks.push({
			kind: 'list',
			items: call.attachmentKinds.map((kind) => {
				const attached = attachments.find((attachment) => attachment.kind === kind.key);
				return `${nameOf(i18n, kind.name, kind.nameEn)}: ${attached ? attached.name : i18n.t('calls.attachment.notAttached')}`;
			})
		});
	}
	return blocks;
}

/** The application as PDF bytes, in the applicant's language and script. */
export async function buildApplicationPdf(
	application: ApplicationRow,
	call: CallRow,
	facts: ApplicationPdfFacts
): Promise<Uint8Array> {
	const i18n = createI18n(facts.locale, facts.keepLatin ?? []);
	const document: ExportDocument = {
		locale: facts.locale,
		title: `${i18n.t('calls.pdf.title')} ${application.reference ?? ''}`.trim(),
		office: { name: i18n.text(facts.officeName), logo: null },
		blocks: applicationBlocks(application, call, i18n, facts.attachments),
		sheets: [],
		fileName: application.reference ?? 'application',
		pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
	};
	return renderPdf(document);
}
