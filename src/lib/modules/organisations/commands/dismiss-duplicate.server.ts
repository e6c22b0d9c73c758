import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { duplicateDismissals } from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { lockOrganisation } from './shared.server.ts';

/** Staff decide two records are different organisations: the pair is not offered as duplicates again. */
export async function dismissDuplicatePair(ctx: Context, options: { first: string; second: string }): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	if (options.first === options.second) throw new AppError('invalid', 'organisations.merge.same');
	const [firstId, secondId] = [options.first, options.second].sort();
	await ctx.db.transaction(async (tx) => {
		const first = await lockOrganisation(tx, ctx.officeId, firstId);
		const second = await lockOrganisation(tx, ctx.officeId, secondId);
		await tx
			.insert(duplicateDismissals)
			.values({ officeId: ctx.officeId, firstId, secondId, dismissedBy: ctx.actor?.userId ?? null })
			.onConflictDoNothing();
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'organisations.duplicate_dismissed',
			entityType: 'organisation',
			entityId: firstId,
			details: { first: first.name, second: second.name, secondId }
		});
	});
}
