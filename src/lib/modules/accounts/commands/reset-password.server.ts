import { and, eq, gt, isNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { hashPassword } from '../../../server/auth/password.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { deleteUserSessions } from '../../../server/auth/sessions.ts';
import { resetRateLimit } from '../../../server/rate-limit.ts';
import type { Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';

/** Whether a reset link can still be used (unused, not expired, account enabled). */
export async function isResetTokenValid(db: Database, token: string): Promise<boolean> {
	const [row] = await db
		.select({ id: passwordResetTokens.id })
		.from(passwordResetTokens)
		.innerJoin(users, eq(users.id, passwordResetTokens.userId))
		.where(
			and(
				eq(passwordResetTokens.id, hashToken(token)),
				isNull(passwordResetTokens.usedAt),
				gt(passwordResetTokens.expiresAt, new Date()),
				isNull(users.disabledAt)
			)
		);
	return !!row;
}

/** Sets a new password from an e-mailed link; the link works once and every open session ends. */
export async function resetPassword(ctx: Context, options: { token: string; password: string }): Promise<void> {
	const passwordHash = await hashPassword(options.password);
	await ctx.db.transaction(async (tx) => {
		// Marking the token used in the same statement that checks it makes a second use fail even under a race.
		const [claimed] = await tx
			.update(passwordResetTokens)
			.set({ usedAt: new Date() })
			.where(
				and(
					eq(passwordResetTokens.id, hashToken(options.token)),
					isNull(passwordResetTokens.usedAt),
					gt(passwordResetTokens.expiresAt, new Date())
				)
			)
			.returning({ userId: passwordResetTokens.userId });
		if (!claimed) throw new AppError('invalid', 'accounts.reset.invalid');
		const [user] = await tx
			.update(users)
			.set({ passwordHash })
			.where(and(eq(users.id, claimed.userId), isNull(users.disabledAt)))
			.returning();
		if (!user) throw new AppError('invalid', 'accounts.reset.invalid');
		await deleteUserSessions(tx, user.id);
		// The e-mailed link proves the owner: a lock-out by someone else's guesses ends here.
		await resetRateLimit(tx, `sign-in:${user.email}`);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: { userId: user.id, name: user.name, email: user.email, roles: [], isDemo: user.isDemo },
			action: 'accounts.password_reset',
			entityType: 'user',
			entityId: user.id
		});
	});
}
