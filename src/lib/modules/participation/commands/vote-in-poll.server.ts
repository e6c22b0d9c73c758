import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { participationPollVotes, participationPolls } from '../schema.ts';
import { demographicsOf, requireYoungPerson } from './shared.server.ts';

/** Only the hash of a browser's poll token is kept (as the surveys keep theirs). */
export function hashPollToken(token: string): string {
	return createHash('sha256').update(`poll:${token}`).digest('hex');
}

/**
 * One vote in an open poll: one per account, or for "everyone" polls one per browser (the hash of its
 * HttpOnly token) plus a rate limit per network address. A second vote is refused.
 */
export async function voteInPoll(
	ctx: Context,
	options: { pollId: string; choices: string[]; browserToken: string | null; clientKey: string; now?: Date }
): Promise<void> {
	const now = options.now ?? new Date();
	const [poll] = await ctx.db
		.select()
		.from(participationPolls)
		.where(and(eq(participationPolls.officeId, ctx.officeId), eq(participationPolls.id, options.pollId)));
	if (!poll) throw new AppError('not_found', 'error.404.text');
	if (now < poll.opensAt || now >= poll.closesAt) throw new AppError('conflict', 'participation.poll.closed');
	const known = new Set(poll.options.map((option) => option.id));
	const choices = [...new Set(options.choices)];
	if (choices.length === 0 || choices.some((choice) => !known.has(choice)) || (!poll.isMultiple && choices.length > 1))
		throw new AppError('invalid', 'participation.poll.chooseOne', {
			choices: encodeMessage(poll.isMultiple ? 'participation.poll.chooseSome' : 'participation.poll.chooseOne')
		});
	const actor = ctx.actor;
	if (poll.audience !== 'everyone' && !actor)
		throw new AppError('unauthenticated', 'participation.poll.signInFirst', {
			choices: encodeMessage('participation.poll.signInFirst')
		});
	let demographics: { ageBand: string; gender: 'female' | 'male' | 'other' | 'unstated' } = {
		ageBand: '',
		gender: 'unstated'
	};
	if (actor) {
		if (poll.audience === 'young') {
			const young = await requireYoungPerson(ctx, now, 'choices');
			demographics = { ageBand: young.ageBand, gender: young.gender };
		} else demographics = await demographicsOf(ctx.db, ctx.officeId, actor.userId, now);
	} else {
		if (!options.browserToken) throw new AppError('invalid', 'participation.poll.cookiesNeeded');
		await consumeRateLimit(ctx.db, `participation.poll:${poll.id}:${options.clientKey}`, {
			limit: 30,
			windowSeconds: 3600
		});
	}
	const inserted = await ctx.db
		.insert(participationPollVotes)
		.values({
			pollId: poll.id,
			userId: actor?.userId ?? null,
			tokenHash: actor ? null : hashPollToken(options.browserToken!),
			choices,
			...demographics
		})
		.onConflictDoNothing()
		.returning({ id: participationPollVotes.id });
	if (inserted.length === 0) throw new AppError('conflict', 'participation.poll.alreadyVoted');
}
