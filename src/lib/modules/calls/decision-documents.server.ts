// The published decision as a PDF and the grant contract as PDF and DOCX, built with the action plan's document
// model and renderers, in the reader's language and script (decision 0033).
import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { createI18n, type I18n } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../export/render.server.ts';
import type { ExportBlock, ExportFormat } from '../../export/model.ts';
import { fileNameOf } from '../../export/render.server.ts';
import { callApplications, callContracts, fundingCalls } from './schema.ts';
import { budgetTotals } from './rules.ts';
import { formatDinars } from './format.ts';
import { canManageCalls } from './permissions.server.ts';
import { getPublicDecision } from './decision-queries.server.ts';

function dayText(i18n: I18n, day: string | null): string {
	return day ? i18n.formatDate(new Date(`${day}T12:00:00Z`), { dateStyle: 'long' }) : '—';
}

const callTitle = (i18n: I18n, call: { title: string; titleEn: string }) =>
	i18n.locale === 'en' && call.titleEn ? call.titleEn : i18n.text(call.title);

/** The published decision of a call as a PDF (public); null when the call has none published. */
export async function decisionPdf(
	db: Database,
	officeId: string,
	options: { slug: string; locale: Locale; now?: Date }
): Promise<ExportedFile | null> {
	const [call] = await db
		.select()
		.from(fundingCalls)
		.where(
			and(
				eq(fundingCalls.officeId, officeId),
				eq(fundingCalls.slug, options.slug),
				eq(fundingCalls.status, 'published')
			)
		);
	if (!call) return null;
	const decision = await getPublicDecision(db, call, options.now);
	if (!decision) return null;
	const { office, keepLatin } = await loadOffice(db, officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const t = i18n.t;
	const title = t('calls.decision.documentTitle', { number: decision.number });
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: callTitle(i18n, call) },
		{
			kind: 'facts',
			items: [
				{ label: t('calls.decision.number'), value: decision.number },
				{ label: t('calls.decision.decidedOn'), value: dayText(i18n, decision.decidedOn) },
				{ label: t('calls.decision.appealUntil'), value: dayText(i18n, decision.appealUntil) },
				{ label: t('calls.decision.total'), value: formatDinars(i18n, decision.total) }
			]
		},
		{
			kind: 'table',
			table: {
				columns: [
					{ header: t('calls.committee.columnPlace'), kind: 'number', width: 8 },
					{ header: t('calls.review.columnApplicant'), kind: 'text', width: 30 },
					{ header: t('calls.decision.columnProject'), kind: 'text', width: 36 },
					...(decision.publishesScores
						? [{ header: t('calls.committee.columnAverage'), kind: 'number' as const, width: 10 }]
						: []),
					{ header: t('calls.decision.columnAwarded'), kind: 'money', width: 16 }
				],
				rows: decision.rows.map((row) => [
					row.place || null,
					i18n.text(row.applicantName),
					i18n.text(row.title),
					...(decision.publishesScores ? [row.average] : []),
					row.awarded
				])
			}
		}
	];
	return renderExport(
		{
			locale: options.locale,
			title,
			office: { ...office, name: i18n.text(office.name) },
			blocks,
			sheets: [],
			fileName: fileNameOf(title),
			pageLabel: t('volunteering.document.page')
		},
		'pdf'
	);
}

/**
 * A grant contract as PDF or DOCX for staff: the parties, the project, the amount, its tranches and the reporting
 * days, filled in from the contract and the application. The download is audited.
 */
export async function contractFile(
	ctx: Context,
	options: { applicationId: string; format: Extract<ExportFormat, 'pdf' | 'docx'>; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	if (!isUuid(options.applicationId)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select({ contract: callContracts, application: callApplications, call: fundingCalls })
		.from(callContracts)
		.innerJoin(callApplications, eq(callApplications.id, callContracts.applicationId))
		.innerJoin(fundingCalls, eq(fundingCalls.id, callContracts.callId))
		.where(and(eq(callContracts.officeId, ctx.officeId), eq(callContracts.applicationId, options.applicationId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	const { contract, application, call } = row;
	const { office, keepLatin } = await loadOffice(ctx.db, ctx.officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const t = i18n.t;
	const officeName = i18n.text(office.name);
	const number = i18n.text(contract.number);
	const title = t('calls.contract.documentTitle', { number });
	const totals = budgetTotals(application.budget);
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{
			kind: 'paragraph',
			text: t('calls.contract.parties', {
				office: officeName,
				applicant: i18n.text(application.applicantName),
				call: callTitle(i18n, call)
			})
		},
		{
			kind: 'facts',
			items: [
				{ label: t('calls.contract.number'), value: number },
				{ label: t('calls.contract.signedOn'), value: dayText(i18n, contract.signedOn) },
				{ label: t('calls.review.columnApplicant'), value: i18n.text(application.applicantName) },
				{ label: t('calls.review.columnReference'), value: application.reference ?? '' },
				{ label: t('calls.decision.columnProject'), value: i18n.text(application.title) },
				{ label: t('calls.contract.amount'), value: formatDinars(i18n, contract.amount) },
				{ label: t('calls.contract.projectTotal'), value: formatDinars(i18n, totals.total) }
			]
		},
		{ kind: 'heading', level: 2, text: t('calls.contract.subject') },
		{ kind: 'paragraph', text: i18n.text(application.summary) || i18n.text(application.title) },
		{ kind: 'heading', level: 2, text: t('calls.contract.tranches') },
		{
			kind: 'table',
			table: {
				columns: [
					{ header: t('calls.contract.tranche'), kind: 'number', width: 10 },
					{ header: t('calls.contract.dueOn'), kind: 'text', width: 30 },
					{ header: t('calls.contract.amount'), kind: 'money', width: 20 }
				],
				rows: contract.tranches.map((tranche, index) => [index + 1, dayText(i18n, tranche.dueOn), tranche.amount])
			}
		},
		{ kind: 'heading', level: 2, text: t('calls.contract.reporting') },
		{
			kind: 'list',
			items: [
				t('calls.contract.interimDue', { date: dayText(i18n, contract.interimReportDue) }),
				t('calls.contract.finalDue', { date: dayText(i18n, contract.finalReportDue) })
			]
		},
		{ kind: 'heading', level: 2, text: t('calls.contract.duties') },
		{
			kind: 'list',
			items: [t('calls.contract.duty.purpose'), t('calls.contract.duty.reports'), t('calls.contract.duty.refund')]
		},
		{ kind: 'paragraph', text: t('calls.contract.signatures', { office: officeName }) }
	];
	const file = await renderExport(
		{
			locale: options.locale,
			title,
			office: { ...office, name: officeName },
			blocks,
			sheets: [],
			fileName: fileNameOf(title),
			pageLabel: t('volunteering.document.page')
		},
		options.format
	);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'calls.contract.downloaded',
		entityType: 'call_contract',
		entityId: contract.id,
		details: { format: options.format }
	});
	return file;
}
