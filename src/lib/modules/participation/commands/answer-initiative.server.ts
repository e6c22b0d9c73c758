import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { participationInitiatives } from '../schema.ts';
import type { AnswerInput } from '../inputs.ts';
import { ANSWERED } from '../rules.ts';
import { canManageParticipation } from '../permissions.server.ts';
import { notifyFollowers } from './shared.server.ts';

/**
 * The office's official answer: a new status (under consideration, accepted, partly accepted, not
 * accepted with the reasons, in progress, done), its text and the work it became. Followers are told.
 */
export async function answerInitiative(
	ctx: Context,
	options: { id: string; input: AnswerInput; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const now = options.now ?? new Date();
	const { input } = options;
	if (ANSWERED.includes(input.status) && input.answer === '')
		throw new AppError('invalid', 'participation.error.answerRequired', {
			answer: encodeMessage('participation.error.answerRequired')
		});
	await ctx.db.transaction(async (tx) => {
		const [existing] = await tx
			.select()
			.from(participationInitiatives)
			.where(and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.id)))
			.for('update');
		if (!existing) throw new AppError('not_found', 'error.404.text');
		if (existing.status === 'submitted' || existing.status === 'rejected')
			throw new AppError('conflict', 'participation.error.notPublished');
		const changed = existing.status !== input.status;
		await tx
			.update(participationInitiatives)
			.set({
				status: input.status,
				answer: input.answer,
				answerEn: input.answerEn,
				linkedLabel: input.linkedLabel,
				linkedPath: input.linkedPath,
				answeredAt: ANSWERED.includes(input.status) ? (existing.answeredAt ?? now) : null,
				statusChangedAt: changed ? now : existing.statusChangedAt
			})
			.where(eq(participationInitiatives.id, existing.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.initiative.answered',
			entityType: 'participation_initiative',
			entityId: existing.id,
			details: { from: existing.status, to: input.status }
		});
		if (changed)
			await notifyFollowers(tx, {
				officeId: ctx.officeId,
				initiativeId: existing.id,
				subjectKey: 'participation.mail.statusSubject'
			});
	});
}
