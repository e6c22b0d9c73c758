import { and, eq, gt, isNull } from 'drizzle-orm';
import { accountLinks, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { resetRateLimit } from '../../../server/rate-limit.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { createSession, loadRoles } from '../../../server/auth/sessions.ts';
import {
	findActiveUser,
	mailAccountLink,
	type LinkRecipient,
	type MailAccountLinkOptions
} from './mail-account-link.server.ts';
import type { Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';

export interface RequestSignInLinkOptions {
	email: string;
	locale: Locale;
	clientAddress: string;
	/** Builds the absolute link the e-mail carries, from the token (links.ts publicLink). */
	linkFor: (token: string) => string;
}

/** A sign-in link works for a quarter of an hour, once. */
export const SIGN_IN_LINK_MINUTES = 15;
/** How long every answer to a link request takes, whether or not the address has an account. */
export const SIGN_IN_LINK_ANSWER_MS = 400;

/**
 * E-mails a one-time sign-in link to the owner of the address (issue 14.8: the way in while sign-in
 * by password is locked by someone else's guesses). Says and takes the same whether or not the
 * address has an account.
 */
export async function requestSignInLink(ctx: Context, options: RequestSignInLinkOptions): Promise<void> {
	return mailAccountLink(ctx, signInLinkMail(ctx, options));
}

function signInLinkMail(ctx: Context, options: RequestSignInLinkOptions): MailAccountLinkOptions<LinkRecipient> {
	return {
		...options,
		rateLimit: 'sign-in-link',
		answerMs: SIGN_IN_LINK_ANSWER_MS,
		findRecipient: (db) => findActiveUser(db, options.email),
		storeToken: async (tx, tokenHash, user) => {
			await tx.insert(accountLinks).values({
				id: tokenHash,
				purpose: 'sign-in',
				officeId: ctx.officeId,
				email: user.email,
				userId: user.id,
				expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000)
			});
		},
		mail: (user, link, { i18n, officeName }) => ({
			to: user.email,
			subject: i18n.t('accounts.signInLink.mailSubject', { office: officeName }),
			text: i18n.t('accounts.signInLink.mailBody', { name: i18n.text(user.name), link, office: officeName })
		}),
		audit: (user) => ({ action: 'accounts.sign_in_link_requested', entityType: 'user', entityId: user.id })
	};
}

function usableSignInLink(token: string) {
	return and(
		eq(accountLinks.id, hashToken(token)),
		eq(accountLinks.purpose, 'sign-in'),
		isNull(accountLinks.usedAt),
		gt(accountLinks.expiresAt, new Date())
	);
}

/** Whether a sign-in link can still be used (unused, not expired). */
export async function isSignInLinkValid(db: Database, token: string): Promise<boolean> {
	const [row] = await db.select({ id: accountLinks.id }).from(accountLinks).where(usableSignInLink(token));
	return !!row;
}

/**
 * Signs the owner in with an e-mailed link: the link works once, and since it proves the owner, the
 * lock on their account and on their pair with this address ends.
 */
export async function signInWithLink(
	ctx: Context,
	options: { token: string; clientAddress: string }
): Promise<{ userId: string; token: string; expiresAt: Date }> {
	return ctx.db.transaction(async (tx) => {
		// Marked used in the statement that checks it, so a second use fails even under a race.
		const [claimed] = await tx
			.update(accountLinks)
			.set({ usedAt: new Date() })
			.where(usableSignInLink(options.token))
			.returning({ userId: accountLinks.userId });
		if (!claimed?.userId) throw new AppError('invalid', 'accounts.signInLink.invalid');
		const [user] = await tx
			.select()
			.from(users)
			.where(and(eq(users.id, claimed.userId), isNull(users.disabledAt)));
		if (!user) throw new AppError('invalid', 'accounts.signInLink.invalid');
		await resetRateLimit(tx, `sign-in:${user.email}`);
		await resetRateLimit(tx, `sign-in:${user.email}|${options.clientAddress}`);
		const roles = await loadRoles(tx, user.id, ctx.officeId);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: { userId: user.id, name: user.name, email: user.email, roles, isDemo: user.isDemo },
			action: 'accounts.signed_in_with_link',
			entityType: 'user',
			entityId: user.id
		});
		const session = await createSession(tx, user.id);
		return { userId: user.id, ...session };
	});
}
