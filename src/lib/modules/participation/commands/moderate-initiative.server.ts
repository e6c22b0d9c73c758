import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { participationInitiatives } from '../schema.ts';
import type { ModerationInput } from '../inputs.ts';
import { canManageParticipation } from '../permissions.server.ts';
import { notifyFollowers } from './shared.server.ts';

/** Staff publish a submitted initiative, or reject it with a reason (the author may edit and resubmit). */
export async function moderateInitiative(
	ctx: Context,
	options: { id: string; input: ModerationInput; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: participationInitiatives.id, status: participationInitiatives.status })
			.from(participationInitiatives)
			.where(and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.id)))
			.for('update');
		if (!existing) throw new AppError('not_found', 'error.404.text');
		if (existing.status !== 'submitted') throw new AppError('conflict', 'participation.error.notAwaitingModeration');
		const { input } = options;
		await tx
			.update(participationInitiatives)
			.set(
				input.decision === 'publish'
					? { status: 'published', publishedAt: now, statusChangedAt: now }
					: { status: 'rejected', rejectionReason: input.reason, rejectionNote: input.note, statusChangedAt: now }
			)
			.where(eq(participationInitiatives.id, existing.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: input.decision === 'publish' ? 'participation.initiative.published' : 'participation.initiative.rejected',
			entityType: 'participation_initiative',
			entityId: existing.id,
			details: input.decision === 'reject' ? { reason: input.reason } : {}
		});
		await notifyFollowers(tx, {
			officeId: ctx.officeId,
			initiativeId: existing.id,
			subjectKey: 'participation.mail.statusSubject'
		});
	});
}
