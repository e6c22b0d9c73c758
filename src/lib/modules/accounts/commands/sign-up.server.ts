import { eq } from 'drizzle-orm';
import { memberships, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { hashPassword } from '../../../server/auth/password.ts';
import { createSession } from '../../../server/auth/sessions.ts';
import type { Context } from '../../../server/actor.ts';
import type { Locale } from '../../../i18n/locale.ts';

export interface SignUpOptions {
	name: string;
	email: string;
	password: string;
	locale: Locale;
	clientAddress: string;
}

const emailTaken = () => new AppError('invalid', 'accounts.signUp.emailTaken', { email: 'accounts.signUp.emailTaken' });

/** Opens an account for a young person in the current office and signs them in. */
export async function signUp(
	ctx: Context,
	options: SignUpOptions
): Promise<{ userId: string; token: string; expiresAt: Date }> {
	await consumeRateLimit(ctx.db, `sign-up:${options.clientAddress}`, { limit: 10, windowSeconds: 3600 });
	const passwordHash = await hashPassword(options.password);
	try {
		return await ctx.db.transaction(async (tx) => {
			const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, options.email));
			if (existing) throw emailTaken();
			const [user] = await tx
				.insert(users)
				.values({ name: options.name, email: options.email, passwordHash, locale: options.locale })
				.returning({ id: users.id });
			await tx.insert(memberships).values({ officeId: ctx.officeId, userId: user.id, role: 'young_person' });
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: { userId: user.id, name: options.name, email: options.email, roles: ['young_person'], isDemo: false },
				action: 'accounts.signed_up',
				entityType: 'user',
				entityId: user.id,
				details: { consent: 'account-terms' }
			});
			const session = await createSession(tx, user.id);
			return { userId: user.id, ...session };
		});
	} catch (caught) {
		// Two sign-ups with one address at the same moment: the unique index decides.
		if (isUniqueViolation(caught)) throw emailTaken();
		throw caught;
	}
}
