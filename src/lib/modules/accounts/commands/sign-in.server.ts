import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit, resetRateLimit } from '../../../server/rate-limit.ts';
import { hashPassword, verifyPassword } from '../../../server/auth/password.ts';
import { createSession, loadRoles } from '../../../server/auth/sessions.ts';
import type { Context } from '../../../server/actor.ts';

export interface SignInOptions {
	email: string;
	password: string;
	clientAddress: string;
}

// Compared against when the address is unknown, so a wrong address takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export const SIGN_IN_LIMITS = {
	perAccount: { limit: 8, windowSeconds: 15 * 60 },
	perAddress: { limit: 40, windowSeconds: 15 * 60 }
};

/** Checks a password and starts a session; throws `invalid` with one message for any wrong pair. */
export async function signIn(
	ctx: Context,
	options: SignInOptions
): Promise<{ userId: string; token: string; expiresAt: Date }> {
	const accountKey = `sign-in:${options.email}`;
	await consumeRateLimit(ctx.db, accountKey, SIGN_IN_LIMITS.perAccount);
	await consumeRateLimit(ctx.db, `sign-in-ip:${options.clientAddress}`, SIGN_IN_LIMITS.perAddress);
	const [user] = await ctx.db
		.select()
		.from(users)
		.where(and(eq(users.email, options.email), isNull(users.disabledAt)));
	decoyHash ??= hashPassword('not a real password');
	const valid = await verifyPassword(options.password, user?.passwordHash ?? (await decoyHash));
	if (!user || !valid) throw new AppError('invalid', 'accounts.signIn.failed');
	await resetRateLimit(ctx.db, accountKey);
	return ctx.db.transaction(async (tx) => {
		const roles = await loadRoles(tx, user.id, ctx.officeId);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: { userId: user.id, name: user.name, email: user.email, roles, isDemo: user.isDemo },
			action: 'accounts.signed_in',
			entityType: 'user',
			entityId: user.id
		});
		const session = await createSession(tx, user.id);
		return { userId: user.id, ...session };
	});
}
