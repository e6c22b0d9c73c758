// Contracts with funded applicants, the payments of their tranches, and the reports they owe (decision 0033).
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { publicLink } from '../../../server/links.ts';
import { storeFile } from '../../../server/files.ts';
import { createI18n } from '../../../i18n/index.ts';
import {
	callApplications,
	callContracts,
	callDecisions,
	callPayments,
	callReports,
	fundingCalls,
	REPORT_KINDS,
	type ReportKind
} from '../schema.ts';
import { reminderDue, trancheAmounts } from '../decision-rules.ts';
import type { ContractInput } from '../decision-inputs.ts';
import { canManageCalls } from '../permissions.server.ts';
import { belgradeDay, isDecisionFinal, longDay } from './decision.server.ts';
import { loadOwnApplication } from './applications-shared.server.ts';

/**
 * Prepares the contract of a funded application once the decision is final: the amount awarded split into tranches,
 * and the interim, final and financial reports it owes with their due days.
 */
export async function createContract(
	ctx: Context,
	options: { applicationId: string; input: ContractInput; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const { input } = options;
	if (!isUuid(options.applicationId)) throw new AppError('not_found', 'error.404.text');
	try {
		return await ctx.db.transaction(async (tx) => {
			const [application] = await tx
				.select()
				.from(callApplications)
				.where(and(eq(callApplications.officeId, ctx.officeId), eq(callApplications.id, options.applicationId)));
			if (!application) throw new AppError('not_found', 'error.404.text');
			if (!(await isDecisionFinal(tx, application.callId, now)))
				throw new AppError('invalid', 'calls.contract.decisionNotFinal');
			const [decision] = await tx.select().from(callDecisions).where(eq(callDecisions.callId, application.callId));
			const awarded = decision.rows.find((row) => row.applicationId === application.id)?.awarded ?? 0;
			if (awarded <= 0) throw new AppError('invalid', 'calls.contract.notFunded');
			const percents = input.firstPercent === 100 ? [100] : [input.firstPercent, 100 - input.firstPercent];
			const amounts = trancheAmounts(awarded, percents);
			const dues = [input.firstDue, input.secondDue];
			const [contract] = await tx
				.insert(callContracts)
				.values({
					officeId: ctx.officeId,
					callId: application.callId,
					applicationId: application.id,
					number: input.number,
					amount: awarded,
					signedOn: input.signedOn || null,
					tranches: amounts.map((amount, index) => ({ amount, dueOn: dues[index] })),
					interimReportDue: input.interimReportDue,
					finalReportDue: input.finalReportDue
				})
				.returning({ id: callContracts.id });
			await tx.insert(callReports).values(
				REPORT_KINDS.map((kind) => ({
					officeId: ctx.officeId,
					contractId: contract.id,
					kind,
					dueOn: kind === 'interim' ? input.interimReportDue : input.finalReportDue
				}))
			);
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'calls.contract.created',
				entityType: 'call_contract',
				entityId: contract.id,
				details: { number: input.number, amount: awarded, applicationId: application.id }
			});
			return contract;
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'calls.contract.exists');
		throw caught;
	}
}

async function contractOfOffice(db: Database, officeId: string, contractId: string) {
	if (!isUuid(contractId)) throw new AppError('not_found', 'error.404.text');
	const [contract] = await db
		.select()
		.from(callContracts)
		.where(and(eq(callContracts.officeId, officeId), eq(callContracts.id, contractId)));
	if (!contract) throw new AppError('not_found', 'error.404.text');
	return contract;
}

/** Records the payment of one tranche of a contract (once per tranche; never more than the tranche). */
export async function recordPayment(
	ctx: Context,
	options: { contractId: string; tranche: number; amount: number; paidOn: string; reference: string }
): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	try {
		await ctx.db.transaction(async (tx) => {
			const contract = await contractOfOffice(tx, ctx.officeId, options.contractId);
			const tranche = contract.tranches[options.tranche];
			if (!tranche) throw new AppError('invalid', 'common.formHasErrors', { tranche: 'validation.required' });
			if (options.amount <= 0 || options.amount > tranche.amount)
				throw new AppError('invalid', 'common.formHasErrors', { amount: 'calls.payment.overTranche' });
			const [payment] = await tx
				.insert(callPayments)
				.values({
					officeId: ctx.officeId,
					contractId: contract.id,
					tranche: options.tranche,
					amount: options.amount,
					paidOn: options.paidOn,
					reference: options.reference
				})
				.returning({ id: callPayments.id });
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'calls.payment.recorded',
				entityType: 'call_contract',
				entityId: contract.id,
				details: { paymentId: payment.id, tranche: options.tranche, amount: options.amount, paidOn: options.paidOn }
			});
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'calls.payment.alreadyPaid');
		throw caught;
	}
}

/** Photos and receipts larger than this are refused. */
export const REPORT_FILE_MAX_MB = 10;
const REPORT_FILE_TYPES = {
	pdf: { mime: 'application/pdf', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	jpg: { mime: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
	png: { mime: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
} as const;

/** A photo's or receipt's type from its first bytes (PDF, JPEG or PNG), whatever its name says; null otherwise. */
export function reportFileType(bytes: Uint8Array): { mime: string } | null {
	for (const type of Object.values(REPORT_FILE_TYPES))
		if (bytes.length >= type.signature.length && type.signature.every((byte, index) => bytes[index] === byte))
			return type;
	return null;
}

/**
 * The applicant submits a report of their contract: what was done and the results against the indicators (with
 * photos), or, for the financial report, what was spent per budget line (with receipts). A returned report may be
 * submitted again; an accepted one no longer changes. Files are checked by their bytes.
 */
export async function submitReport(
	ctx: Context,
	options: {
		applicationId: string;
		kind: ReportKind;
		done: string;
		results: string;
		spent: Record<number, number>;
		files: { name: string; bytes: Uint8Array }[];
		now?: Date;
	}
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	for (const file of options.files) {
		if (!reportFileType(file.bytes))
			throw new AppError('invalid', 'common.formHasErrors', { files: 'calls.report.fileType' });
		if (file.bytes.length > REPORT_FILE_MAX_MB * 1024 * 1024)
			throw new AppError('invalid', 'common.formHasErrors', {
				files: `calls.report.fileTooLarge|${JSON.stringify({ max: REPORT_FILE_MAX_MB })}`
			});
	}
	await ctx.db.transaction(async (tx) => {
		const { application } = await loadOwnApplication(tx, ctx.officeId, actor, options.applicationId);
		const [contract] = await tx.select().from(callContracts).where(eq(callContracts.applicationId, application.id));
		if (!contract) throw new AppError('not_found', 'error.404.text');
		const [report] = await tx
			.select()
			.from(callReports)
			.where(and(eq(callReports.contractId, contract.id), eq(callReports.kind, options.kind)))
			.for('update');
		if (!report) throw new AppError('not_found', 'error.404.text');
		if (report.status === 'accepted' || report.status === 'submitted')
			throw new AppError('conflict', 'calls.report.notEditable');
		const isFinancial = options.kind === 'financial';
		if (!isFinancial && (!options.done.trim() || !options.results.trim()))
			throw new AppError('invalid', 'common.formHasErrors', {
				...(options.done.trim() ? {} : { done: 'validation.required' }),
				...(options.results.trim() ? {} : { results: 'validation.required' })
			});
		const spentLines = isFinancial
			? application.budget.map((_line, index) => ({ line: index, spent: options.spent[index] ?? 0 }))
			: [];
		if (isFinancial && options.files.length === 0 && report.fileIds.length === 0)
			throw new AppError('invalid', 'common.formHasErrors', { files: 'calls.report.receiptsRequired' });
		const stored = [];
		for (const file of options.files) {
			const type = reportFileType(file.bytes)!;
			stored.push(await storeFile(tx, { officeId: ctx.officeId, name: file.name, mime: type.mime, bytes: file.bytes }));
		}
		await tx
			.update(callReports)
			.set({
				status: 'submitted',
				done: options.done,
				results: options.results,
				spentLines,
				fileIds: [...report.fileIds, ...stored.map((file) => file.id)],
				submittedAt: now
			})
			.where(eq(callReports.id, report.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.report.submitted',
			entityType: 'call_report',
			entityId: report.id,
			details: { kind: options.kind, files: stored.length }
		});
	});
}

/** Staff accept a submitted report or return it with what to change; the applicant is told by e-mail. */
export async function reviewReport(
	ctx: Context,
	options: { reportId: string; verdict: 'accepted' | 'returned'; comment: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	if (!isUuid(options.reportId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [found] = await tx
			.select({ report: callReports, application: callApplications })
			.from(callReports)
			.innerJoin(callContracts, eq(callContracts.id, callReports.contractId))
			.innerJoin(callApplications, eq(callApplications.id, callContracts.applicationId))
			.where(and(eq(callReports.officeId, ctx.officeId), eq(callReports.id, options.reportId)))
			.for('update');
		if (!found) throw new AppError('not_found', 'error.404.text');
		if (found.report.status !== 'submitted') throw new AppError('conflict', 'calls.report.notSubmitted');
		await tx
			.update(callReports)
			.set({ status: options.verdict, reviewComment: options.comment, reviewedAt: now })
			.where(eq(callReports.id, options.reportId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.report.reviewed',
			entityType: 'call_report',
			entityId: options.reportId,
			details: { verdict: options.verdict }
		});
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office || !found.application.contactEmail) return;
		const i18n = createI18n('sr-Cyrl', office.keepLatin);
		await queueMail(tx, {
			officeId: ctx.officeId,
			to: found.application.contactEmail,
			subject: i18n.t('calls.mail.report.subject', { reference: found.application.reference ?? '' }),
			text: [
				i18n.t(`calls.mail.report.${options.verdict}`, { kind: i18n.t(`calls.report.kind.${found.report.kind}`) }),
				'',
				options.comment,
				'',
				publicLink(office, `/account/applications/${found.application.id}/results`, 'sr-Cyrl'),
				'',
				i18n.text(office.name)
			].join('\n')
		});
	});
}

/**
 * The reminders job: a week before a report's due day, and once after it passes while the report is still owed, the
 * applicant gets an e-mail. Rows are claimed with SKIP LOCKED and marked in the same transaction.
 */
export async function sendReportReminders(db: Database, now: Date): Promise<number> {
	const today = belgradeDay(now);
	return db.transaction(async (tx) => {
		const rows = await tx
			.select({ report: callReports, application: callApplications, call: fundingCalls })
			.from(callReports)
			.innerJoin(callContracts, eq(callContracts.id, callReports.contractId))
			.innerJoin(callApplications, eq(callApplications.id, callContracts.applicationId))
			.innerJoin(fundingCalls, eq(fundingCalls.id, callContracts.callId))
			.where(inArray(callReports.status, ['due', 'returned']))
			.for('update', { of: callReports, skipLocked: true });
		let sent = 0;
		for (const { report, application, call } of rows) {
			const which = reminderDue(report, today);
			if (!which || !application.contactEmail) continue;
			const office = await getOfficeById(tx, report.officeId);
			if (!office) continue;
			const i18n = createI18n('sr-Cyrl', office.keepLatin);
			await queueMail(tx, {
				officeId: report.officeId,
				to: application.contactEmail,
				subject: i18n.t(`calls.mail.reminder.${which}.subject`, { reference: application.reference ?? '' }),
				text: [
					i18n.t(`calls.mail.reminder.${which}.text`, {
						kind: i18n.t(`calls.report.kind.${report.kind}`),
						date: longDay(i18n, report.dueOn),
						call: i18n.text(call.title)
					}),
					'',
					publicLink(office, `/account/applications/${application.id}/results`, 'sr-Cyrl'),
					'',
					i18n.text(office.name)
				].join('\n')
			});
			await tx
				.update(callReports)
				.set(which === 'before' ? { remindedBeforeAt: now } : { remindedAfterAt: now })
				.where(eq(callReports.id, report.id));
			sent++;
		}
		return sent;
	});
}
