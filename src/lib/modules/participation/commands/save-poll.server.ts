import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { isUuid } from '../../../server/ids.ts';
import { participationPollVotes, participationPolls } from '../schema.ts';
import type { PollInput } from '../inputs.ts';
import { canManageParticipation } from '../permissions.server.ts';
import { checkPollEdit } from '../rules.ts';
import { editRefusal } from './shared.server.ts';

/**
 * Creates a quick poll, or changes one: anything until it opens; once open, only its texts and a
 * later close (checkPollEdit), so votes already cast keep their meaning.
 */
export async function savePoll(
	ctx: Context,
	options: { id?: string; input: PollInput; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const { input } = options;
	const now = options.now ?? new Date();
	if (options.id !== undefined && !isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
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
				.select()
				.from(participationPolls)
				.where(and(eq(participationPolls.officeId, ctx.officeId), eq(participationPolls.id, options.id)))
				.for('update');
			if (!existing) throw new AppError('not_found', 'error.404.text');
			const [vote] = await tx
				.select({ id: participationPollVotes.id })
				.from(participationPollVotes)
				.where(eq(participationPollVotes.pollId, existing.id))
				.limit(1);
			// Votes make a poll "opened" even if staff moved its opening ahead afterwards.
			const stored = vote && existing.opensAt > now ? { ...existing, opensAt: now } : existing;
			const { problems, values: allowed } = checkPollEdit(stored, values, now);
			if (Object.keys(problems).length) throw editRefusal(problems);
			await tx.update(participationPolls).set(allowed).where(eq(participationPolls.id, existing.id));
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
