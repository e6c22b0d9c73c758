import { eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { organisations } from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { lockOrganisation, recordOrganisationChange } from './shared.server.ts';

/** Staff confirm that the organisation is active and its details are right (e.g. after a phone call). */
export async function confirmOrganisation(ctx: Context, options: { id: string; now?: Date }): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const current = await lockOrganisation(tx, ctx.officeId, options.id);
		await tx
			.update(organisations)
			.set({ confirmedAt: now, status: 'active', updatedAt: now })
			.where(eq(organisations.id, current.id));
		const changes = [
			{ field: 'confirmedAt', before: current.confirmedAt?.toISOString() ?? null, after: now.toISOString() }
		];
		if (current.status !== 'active') changes.push({ field: 'status', before: current.status, after: 'active' });
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: current.id,
			actor,
			action: 'organisations.confirmed',
			changes,
			now
		});
	});
}
