// The decision on a call's money and the appeals against it (decision 0033): staff record the decision from the
// ranking, publish it (applicants are told by e-mail), record or receive appeals until the window closes, and
// decide them; the decision is final once the window has passed and no appeal waits.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError, type FieldErrors } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { publicLink } from '../../../server/links.ts';
import { createI18n, encodeMessage, type I18n } from '../../../i18n/index.ts';
import { instantToBelgrade } from '../../../i18n/office-time.ts';
import { callAppeals, callApplications, callDecisions, fundingCalls, type DecisionRow } from '../schema.ts';
import { callState } from '../rules.ts';
import { awardProblems, decisionStage, outcomeOfAward, proposedRows } from '../decision-rules.ts';
import type { DecisionInput } from '../decision-inputs.ts';
import { canManageCalls } from '../permissions.server.ts';
import { getRankingForStaff } from '../committee-queries.server.ts';
import { loadOwnApplication } from './applications-shared.server.ts';
import { formatDinars } from '../format.ts';

const m = encodeMessage;

/** A Belgrade day (YYYY-MM-DD) as the reader's locale writes it in full. */
export const longDay = (i18n: Pick<I18n, 'formatDate'>, day: string) =>
	i18n.formatDate(new Date(`${day}T12:00:00Z`), { dateStyle: 'long' });

/** The Belgrade day of an instant (YYYY-MM-DD). */
export const belgradeDay = (instant: Date) => instantToBelgrade(instant).date;

function awardErrors(rows: DecisionRow[], call: { totalBudget: number; allowsPartialFunding: boolean }): FieldErrors {
	const errors: FieldErrors = {};
	for (const problem of awardProblems(rows, {
		budget: call.totalBudget,
		allowsPartialFunding: call.allowsPartialFunding
	})) {
		if (problem.kind === 'overBudget') errors.awards = m('calls.decision.overBudget', { budget: problem.budget });
		else errors[`award.${problem.applicationId}`] = m(`calls.decision.award.${problem.kind}`);
	}
	return errors;
}

async function lockedCall(tx: Database, officeId: string, callId: string) {
	if (!isUuid(callId)) throw new AppError('not_found', 'error.404.text');
	const [call] = await tx
		.select()
		.from(fundingCalls)
		.where(and(eq(fundingCalls.officeId, officeId), eq(fundingCalls.id, callId)))
		.for('update');
	if (!call) throw new AppError('not_found', 'error.404.text');
	return call;
}

/**
 * Records (or corrects, while unpublished) the decision of a closed call: the ranking as it stands, with the amounts
 * staff settled (the ranking's proposal where they typed none), checked against the request, the call's partial
 * funding rule and the budget.
 */
export async function recordDecision(
	ctx: Context,
	options: { callId: string; input: DecisionInput; awards: Record<string, number>; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const call = await lockedCall(tx, ctx.officeId, options.callId);
		if (callState(call, now) !== 'closed') throw new AppError('invalid', 'calls.decision.callNotClosed');
		const [existing] = await tx.select().from(callDecisions).where(eq(callDecisions.callId, call.id));
		if (existing?.status === 'published') throw new AppError('conflict', 'calls.decision.alreadyPublished');
		const { rows: ranking } = await getRankingForStaff({ ...ctx, db: tx }, call.id);
		const rows = proposedRows(ranking).map((row) => {
			const awarded = options.awards[row.applicationId] ?? row.awarded;
			return { ...row, awarded, outcome: outcomeOfAward({ ...row, awarded }) };
		});
		const errors = awardErrors(rows, call);
		if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
		const values = { ...options.input, rows, updatedAt: now };
		if (existing) await tx.update(callDecisions).set(values).where(eq(callDecisions.id, existing.id));
		else await tx.insert(callDecisions).values({ ...values, officeId: ctx.officeId, callId: call.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.decision.recorded',
			entityType: 'funding_call',
			entityId: call.id,
			details: { number: options.input.number, awarded: rows.reduce((sum, row) => sum + row.awarded, 0) }
		});
	});
}

/** Publishes a recorded decision on the call's page and tells every ranked applicant what it gives them. */
export async function publishDecision(ctx: Context, options: { callId: string; now?: Date }): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const call = await lockedCall(tx, ctx.officeId, options.callId);
		const [decision] = await tx.select().from(callDecisions).where(eq(callDecisions.callId, call.id));
		if (!decision) throw new AppError('invalid', 'calls.decision.notRecorded');
		if (decision.status === 'published') throw new AppError('conflict', 'calls.decision.alreadyPublished');
		await tx
			.update(callDecisions)
			.set({ status: 'published', publishedAt: now, updatedAt: now })
			.where(eq(callDecisions.id, decision.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.decision.published',
			entityType: 'funding_call',
			entityId: call.id,
			details: { number: decision.number }
		});
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office) return;
		const i18n = createI18n('sr-Cyrl', office.keepLatin);
		const applications = await tx
			.select({
				id: callApplications.id,
				reference: callApplications.reference,
				contactEmail: callApplications.contactEmail
			})
			.from(callApplications)
			.where(eq(callApplications.callId, call.id));
		for (const row of decision.rows) {
			const application = applications.find((item) => item.id === row.applicationId);
			if (!application?.contactEmail) continue;
			const result =
				row.awarded > 0
					? i18n.t('calls.mail.decision.funded', { amount: formatDinars(i18n, row.awarded) })
					: i18n.t('calls.mail.decision.notFunded');
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: application.contactEmail,
				subject: i18n.t('calls.mail.decision.subject', { reference: application.reference ?? '' }),
				text: [
					i18n.t('calls.mail.decision.text', { number: decision.number, call: i18n.text(call.title) }),
					result,
					i18n.t('calls.mail.decision.appeal', { date: longDay(i18n, decision.appealUntil) }),
					'',
					publicLink(office, `/calls/${call.slug}`, 'sr-Cyrl'),
					publicLink(office, `/account/applications/${application.id}/results`, 'sr-Cyrl'),
					'',
					i18n.text(office.name)
				].join('\n')
			});
		}
	});
}

/** The published decision that ranks an application, locked; not_found when there is none. */
async function decisionFor(tx: Database, callId: string) {
	const [decision] = await tx.select().from(callDecisions).where(eq(callDecisions.callId, callId)).for('update');
	if (!decision || decision.status !== 'published') throw new AppError('invalid', 'calls.appeal.noDecision');
	return decision;
}

/**
 * Lodges an appeal against the published decision: by the applicant (their own application) or by staff recording
 * one that came on paper. Refused after the last day of the window (Belgrade), and for an application the decision
 * does not rank.
 */
export async function lodgeAppeal(
	ctx: Context,
	options: { applicationId: string; text: string; asStaff?: boolean; now?: Date }
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	if (options.asStaff) authorize(actor, canManageCalls(actor));
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		let callId: string;
		if (options.asStaff) {
			if (!isUuid(options.applicationId)) throw new AppError('not_found', 'error.404.text');
			const [application] = await tx
				.select({ callId: callApplications.callId })
				.from(callApplications)
				.where(and(eq(callApplications.officeId, ctx.officeId), eq(callApplications.id, options.applicationId)));
			if (!application) throw new AppError('not_found', 'error.404.text');
			callId = application.callId;
		} else {
			callId = (await loadOwnApplication(tx, ctx.officeId, actor, options.applicationId)).call.id;
		}
		const decision = await decisionFor(tx, callId);
		if (!decision.rows.some((row) => row.applicationId === options.applicationId))
			throw new AppError('not_found', 'error.404.text');
		if (belgradeDay(now) > decision.appealUntil) throw new AppError('invalid', 'calls.appeal.windowClosed');
		const [appeal] = await tx
			.insert(callAppeals)
			.values({
				officeId: ctx.officeId,
				decisionId: decision.id,
				applicationId: options.applicationId,
				text: options.text,
				source: options.asStaff ? 'staff' : 'applicant',
				lodgedBy: actor.userId,
				lodgedAt: now
			})
			.returning({ id: callAppeals.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.appeal.lodged',
			entityType: 'call_appeal',
			entityId: appeal.id,
			details: { applicationId: options.applicationId, source: options.asStaff ? 'staff' : 'applicant' }
		});
	});
}

/**
 * Decides an appeal. An upheld appeal may change the amount awarded to the application (checked against the call's
 * rules and budget as the decision was); the applicant is told the answer by e-mail.
 */
export async function decideAppeal(
	ctx: Context,
	options: { appealId: string; outcome: 'upheld' | 'rejected'; answer: string; awarded: number; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	if (!isUuid(options.appealId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [found] = await tx
			.select({ appeal: callAppeals, decision: callDecisions, call: fundingCalls, application: callApplications })
			.from(callAppeals)
			.innerJoin(callDecisions, eq(callDecisions.id, callAppeals.decisionId))
			.innerJoin(fundingCalls, eq(fundingCalls.id, callDecisions.callId))
			.innerJoin(callApplications, eq(callApplications.id, callAppeals.applicationId))
			.where(and(eq(callAppeals.officeId, ctx.officeId), eq(callAppeals.id, options.appealId)))
			.for('update');
		if (!found) throw new AppError('not_found', 'error.404.text');
		if (found.appeal.outcome) throw new AppError('conflict', 'calls.appeal.alreadyDecided');
		const { decision, call, application } = found;
		if (options.outcome === 'upheld' && options.awarded > 0) {
			const rows = decision.rows.map((row) => {
				if (row.applicationId !== application.id) return row;
				// An upheld appeal can lift a project the ranking left out; the request and the budget still bind.
				const lifted = {
					...row,
					outcome: row.outcome === 'belowMinimum' || row.outcome === 'unscored' ? 'funded' : row.outcome
				};
				const changed = { ...lifted, awarded: options.awarded } as DecisionRow;
				return { ...changed, outcome: outcomeOfAward(changed) };
			});
			const errors = awardErrors(rows, call);
			if (Object.keys(errors).length > 0)
				throw new AppError('invalid', 'common.formHasErrors', {
					awarded: errors[`award.${application.id}`] ?? errors.awards
				});
			await tx.update(callDecisions).set({ rows, updatedAt: now }).where(eq(callDecisions.id, decision.id));
		}
		await tx
			.update(callAppeals)
			.set({ outcome: options.outcome, answer: options.answer, decidedAt: now })
			.where(eq(callAppeals.id, options.appealId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.appeal.decided',
			entityType: 'call_appeal',
			entityId: options.appealId,
			details: { outcome: options.outcome, awarded: options.awarded }
		});
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office || !application.contactEmail) return;
		const i18n = createI18n('sr-Cyrl', office.keepLatin);
		await queueMail(tx, {
			officeId: ctx.officeId,
			to: application.contactEmail,
			subject: i18n.t('calls.mail.appeal.subject', { reference: application.reference ?? '' }),
			text: [
				i18n.t(`calls.mail.appeal.${options.outcome}`),
				'',
				options.answer,
				'',
				publicLink(office, `/account/applications/${application.id}/results`, 'sr-Cyrl'),
				'',
				i18n.text(office.name)
			].join('\n')
		});
	});
}

/** Whether a call's decision is final on `now`: published, the appeal window passed and no appeal waiting. */
export async function isDecisionFinal(db: Database, callId: string, now: Date): Promise<boolean> {
	const [decision] = await db.select().from(callDecisions).where(eq(callDecisions.callId, callId));
	if (!decision) return false;
	const appeals = await db
		.select({ outcome: callAppeals.outcome })
		.from(callAppeals)
		.where(eq(callAppeals.decisionId, decision.id));
	return decisionStage(decision, appeals, belgradeDay(now)) === 'final';
}
