import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { participationPollVotes, participationPolls } from '../schema.ts';
import type { PollInput } from '../inputs.ts';
import { canManageParticipation } from '../permissions.server.ts';

/** Creates a quick poll, or changes one nobody has voted in yet. */
export async function savePoll(ctx: Context, options: { id?: string; input: PollInput }): Promise<{ id: string }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const { input } = options;
	const values = {
		question: input.question,
		questionEn: input.questionEn,
		options: input.options.map((label, index) => ({
			id: `o${index + 1}`,
			label,
			labelEn: input.optionsEn[index] ?? ''
		})),
		isMultiple: input.isMultiple,
		audience: input.audience,
		resultsAfterVote: input.resultsAfterVote,
		opensAt: input.opensAt,
		closesAt: input.closesAt
	};
	return ctx.db.transaction(async (tx) => {
		let id: string;
		if (options.id) {
			const [existing] = await tx
				.select({ id: participationPolls.id })
				.from(participationPolls)
				.where(and(eq(participationPolls.officeId, ctx.officeId), eq(participationPolls.id, options.id)));
			if (!existing) throw new AppError('not_found', 'error.404.text');
			const [vote] = await tx
				.select({ id: participationPollVotes.id })
				.from(participationPollVotes)
				.where(eq(participationPollVotes.pollId, existing.id))
				.limit(1);
			if (vote) throw new AppError('conflict', 'participation.error.pollHasVotes');
			await tx.update(participationPolls).set(values).where(eq(participationPolls.id, existing.id));
			id = existing.id;
		} else {
			const [created] = await tx
				.insert(participationPolls)
				.values({ ...values, officeId: ctx.officeId })
				.returning({ id: participationPolls.id });
			id = created.id;
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: options.id ? 'participation.poll.updated' : 'participation.poll.created',
			entityType: 'participation_poll',
			entityId: id
		});
		return { id };
	});
}
