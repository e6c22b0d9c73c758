import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { participationFollows } from '../schema.ts';
import { getPublicInitiative } from '../queries.server.ts';
import { AppError } from '../../../server/errors.ts';

/** Starts or stops the actor's following of an initiative (told by e-mail when its status changes). */
export async function setFollowing(ctx: Context, options: { id: string; follow: boolean }): Promise<void> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	const initiative = await getPublicInitiative(ctx.db, ctx.officeId, options.id, actor);
	if (!initiative) throw new AppError('not_found', 'error.404.text');
	if (options.follow)
		await ctx.db
			.insert(participationFollows)
			.values({ initiativeId: options.id, userId: actor.userId })
			.onConflictDoNothing();
	else
		await ctx.db
			.delete(participationFollows)
			.where(and(eq(participationFollows.initiativeId, options.id), eq(participationFollows.userId, actor.userId)));
}
