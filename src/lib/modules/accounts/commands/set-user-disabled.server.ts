import { and, eq } from 'drizzle-orm';
import { memberships, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { deleteUserSessions } from '../../../server/auth/sessions.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageAccount, canManageUsers } from '../permissions.server.ts';

/** Disables an account (it cannot sign in, its sessions end) or enables it again. */
export async function setUserDisabled(ctx: Context, options: { userId: string; disabled: boolean }): Promise<void> {
	authorize(ctx.actor, canManageUsers(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.userId)) throw new AppError('not_found', 'error.404.text');
	if (options.disabled && options.userId === actor.userId) throw new AppError('invalid', 'accounts.admin.notYourself');
	await ctx.db.transaction(async (tx) => {
		// Only people of this office may be touched from this office's back-office.
		const held = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.officeId, ctx.officeId), eq(memberships.userId, options.userId)));
		if (held.length === 0) throw new AppError('not_found', 'error.404.text');
		// A coordinator cannot lock an administrator out.
		authorize(
			actor,
			canManageAccount(
				actor,
				held.map((row) => row.role)
			)
		);
		await tx
			.update(users)
			.set({ disabledAt: options.disabled ? new Date() : null })
			.where(eq(users.id, options.userId));
		if (options.disabled) await deleteUserSessions(tx, options.userId);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: options.disabled ? 'accounts.user_disabled' : 'accounts.user_enabled',
			entityType: 'user',
			entityId: options.userId
		});
	});
}
