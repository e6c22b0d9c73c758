import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { publicLink } from '../../../server/links.ts';
import { createI18n } from '../../../i18n/index.ts';
import { callApplications, fundingCalls, type CheckOutcome } from '../schema.ts';
import { canManageCalls } from '../permissions.server.ts';

export interface CheckInput {
	isComplete: boolean;
	isEligibleApplicant: boolean;
	isWithinLimits: boolean;
	outcome: CheckOutcome;
	note: string;
	completionDue: string;
	/** The parts of the form a completion opens (none: all of them). */
	completionSections?: string[];
}

/**
 * Records the office's administrative check of a submitted application. Asking for a completion reopens it for
 * its authors until the given day (Belgrade) and tells them by e-mail what to complete.
 */
export async function checkApplication(
	ctx: Context,
	options: { id: string; input: CheckInput; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const { input } = options;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.select({ application: callApplications, call: fundingCalls })
			.from(callApplications)
			.innerJoin(fundingCalls, eq(fundingCalls.id, callApplications.callId))
			.where(and(eq(callApplications.officeId, ctx.officeId), eq(callApplications.id, options.id)))
			.for('update');
		if (!row || !row.application.reference) throw new AppError('not_found', 'error.404.text');
		const isCompletion = input.outcome === 'completion';
		await tx
			.update(callApplications)
			.set({
				administrativeCheck: {
					...input,
					completionSections: isCompletion ? (input.completionSections ?? []) : [],
					checkedBy: actor.name,
					checkedAt: now.toISOString()
				},
				// A completion reopens the application for its authors; otherwise it stays submitted.
				status: isCompletion ? 'draft' : 'submitted',
				updatedAt: now
			})
			.where(eq(callApplications.id, options.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.checked',
			entityType: 'call_application',
			entityId: options.id,
			details: { outcome: input.outcome, completionDue: input.completionDue, sections: input.completionSections }
		});
		if (!isCompletion || !row.application.contactEmail) return;
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office) return;
		const i18n = createI18n('sr-Cyrl', office.keepLatin);
		await queueMail(tx, {
			officeId: ctx.officeId,
			to: row.application.contactEmail,
			subject: i18n.t('calls.mail.completion.subject', { reference: row.application.reference }),
			text: [
				i18n.t('calls.mail.completion.text', { reference: row.application.reference, date: input.completionDue }),
				'',
				input.note,
				'',
				publicLink(office, `/account/applications/${options.id}`, 'sr-Cyrl'),
				'',
				i18n.text(office.name)
			].join('\n')
		});
	});
}
