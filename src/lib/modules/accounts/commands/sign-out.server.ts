import { recordAudit } from '../../../server/audit.ts';
import { deleteSession } from '../../../server/auth/sessions.ts';
import type { Context } from '../../../server/actor.ts';

/** Ends the current session; the sign-out is recorded like a sign-in. */
export async function signOut(ctx: Context, options: { token: string }): Promise<void> {
	await ctx.db.transaction(async (tx) => {
		await deleteSession(tx, options.token);
		if (ctx.actor) {
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: ctx.actor,
				action: 'accounts.signed_out',
				entityType: 'user',
				entityId: ctx.actor.userId
			});
		}
	});
}
