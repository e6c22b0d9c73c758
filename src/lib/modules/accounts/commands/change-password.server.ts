import { eq } from 'drizzle-orm';
import { users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { hashPassword, verifyPassword } from '../../../server/auth/password.ts';
import { deleteUserSessions, createSession } from '../../../server/auth/sessions.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';

/** Changes the signed-in person's password; other sessions end and a fresh one is returned. */
export async function changePassword(
	ctx: Context,
	options: { currentPassword: string; password: string }
): Promise<{ token: string; expiresAt: Date }> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	await consumeRateLimit(ctx.db, `change-password:${actor.userId}`, { limit: 8, windowSeconds: 15 * 60 });
	const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
	if (!user || !(await verifyPassword(options.currentPassword, user.passwordHash))) {
		throw new AppError('invalid', 'accounts.account.wrongPassword', {
			currentPassword: 'accounts.account.wrongPassword'
		});
	}
	const passwordHash = await hashPassword(options.password);
	return ctx.db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
		await deleteUserSessions(tx, user.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'accounts.password_changed',
			entityType: 'user',
			entityId: user.id
		});
		return createSession(tx, user.id);
	});
}
