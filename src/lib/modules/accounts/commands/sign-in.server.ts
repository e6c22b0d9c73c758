import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError, isAppError } from '../../../server/errors.ts';
import { consumeRateLimit, releaseRateLimit, resetRateLimit } from '../../../server/rate-limit.ts';
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

/**
 * Guessing is throttled per account *and address* pair (issue 14.8): a stranger's tries lock only
 * the stranger out, never the owner signing in from elsewhere. The per-account limit stays, much
 * higher, against guesses spread over many addresses; a locked-out owner signs in through the
 * e-mailed link (the password-reset link, offered on the refusal). Every wrong pair is answered
 * after a delay, which slows a script down without bothering a person. A sign-in that succeeds gives
 * its attempt back to the account and the address: a class signing in behind one school router counts
 * only its typos, never its successful sign-ins.
 */
export const SIGN_IN_LIMITS = {
	perAccountAndAddress: { limit: 8, windowSeconds: 15 * 60 },
	perAccount: { limit: 100, windowSeconds: 15 * 60 },
	perAddress: { limit: 40, windowSeconds: 15 * 60 },
	failureDelayMs: 500
};

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Checks a password and starts a session; throws `invalid` with one message for any wrong pair. */
export async function signIn(
	ctx: Context,
	options: SignInOptions
): Promise<{ userId: string; token: string; expiresAt: Date }> {
	const pairKey = `sign-in:${options.email}|${options.clientAddress}`;
	try {
		await consumeRateLimit(ctx.db, pairKey, SIGN_IN_LIMITS.perAccountAndAddress);
		await consumeRateLimit(ctx.db, `sign-in:${options.email}`, SIGN_IN_LIMITS.perAccount);
		await consumeRateLimit(ctx.db, `sign-in-ip:${options.clientAddress}`, SIGN_IN_LIMITS.perAddress);
	} catch (caught) {
		// Said the same way whether or not the address has an account; the message offers the e-mailed link.
		if (isAppError(caught) && caught.code === 'rate_limited')
			throw new AppError('rate_limited', 'accounts.signIn.locked');
		throw caught;
	}
	const [user] = await ctx.db
		.select()
		.from(users)
		.where(and(eq(users.email, options.email), isNull(users.disabledAt)));
	decoyHash ??= hashPassword('not a real password');
	const valid = await verifyPassword(options.password, user?.passwordHash ?? (await decoyHash));
	if (!user || !valid) {
		await pause(SIGN_IN_LIMITS.failureDelayMs);
		throw new AppError('invalid', 'accounts.signIn.failed');
	}
	await resetRateLimit(ctx.db, pairKey);
	await releaseRateLimit(ctx.db, `sign-in:${options.email}`);
	await releaseRateLimit(ctx.db, `sign-in-ip:${options.clientAddress}`);
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
