import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { accountLinks, memberships, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { hashPassword } from '../../../server/auth/password.ts';
import { createSession } from '../../../server/auth/sessions.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { mailAccountLink, type AccountMailWords } from './mail-account-link.server.ts';
import type { Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';

/** Builds the absolute addresses the e-mails carry (links.ts publicLink, never the request's host). */
export interface SignUpLinks {
	/** The confirmation link, from its token. */
	confirm: (token: string) => string;
	/** The sign-in page, for an address that already has an account. */
	signIn: string;
	/** The new-password page, likewise. */
	forgotPassword: string;
}

export interface SignUpOptions {
	name: string;
	email: string;
	password: string;
	locale: Locale;
	clientAddress: string;
	links: SignUpLinks;
}

/** A confirmation link works for two days. */
export const SIGN_UP_CONFIRM_HOURS = 48;
/** How long every answer to a sign-up takes, whether or not the address has an account. */
export const SIGN_UP_ANSWER_MS = 600;

/**
 * Asks to open an account (issue 14.8 and 13.16): e-mails a confirmation link to the address; the
 * account exists only once the link is used, so nobody gets an account on an address they cannot
 * read. When the address already has an account, its owner gets an e-mail saying so (with the ways to
 * sign in) and nothing else happens. The answer is the same, in the same time, either way: the form
 * cannot tell anyone which addresses have accounts.
 */
export async function signUp(ctx: Context, options: SignUpOptions): Promise<void> {
	let existing: { id: string; name: string } | undefined;
	return mailAccountLink<{ passwordHash: string }>(ctx, {
		...options,
		rateLimit: 'sign-up',
		answerMs: SIGN_UP_ANSWER_MS,
		findRecipient: async (db) => {
			const passwordHash = await hashPassword(options.password);
			[existing] = await db
				.select({ id: users.id, name: users.name })
				.from(users)
				.where(eq(users.email, options.email));
			return existing ? undefined : { passwordHash };
		},
		storeToken: async (tx, tokenHash, { passwordHash }) => {
			await tx.insert(accountLinks).values({
				id: tokenHash,
				purpose: 'sign-up',
				officeId: ctx.officeId,
				email: options.email,
				name: options.name,
				passwordHash,
				locale: options.locale,
				expiresAt: new Date(Date.now() + SIGN_UP_CONFIRM_HOURS * 3600_000)
			});
		},
		linkFor: options.links.confirm,
		mail: (_, link, words) => confirmationMail(options.email, options.name, link, words),
		whenNoRecipient: async (tx, { i18n, officeName }) => {
			if (!existing) return;
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: options.email,
				subject: i18n.t('accounts.signUp.existingMailSubject', { office: officeName }),
				text: i18n.t('accounts.signUp.existingMailBody', {
					name: i18n.text(existing.name),
					signIn: options.links.signIn,
					forgot: options.links.forgotPassword,
					office: officeName
				})
			});
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: null,
				action: 'accounts.sign_up_for_existing_account',
				entityType: 'user',
				entityId: existing.id
			});
		}
	});
}

function confirmationMail(to: string, name: string, link: string, { i18n, officeName }: AccountMailWords) {
	return {
		to,
		subject: i18n.t('accounts.signUp.confirmMailSubject', { office: officeName }),
		text: i18n.t('accounts.signUp.confirmMailBody', { name: i18n.text(name), link, office: officeName })
	};
}

function usableSignUp(token: string, officeId: string) {
	return and(
		eq(accountLinks.id, hashToken(token)),
		eq(accountLinks.purpose, 'sign-up'),
		eq(accountLinks.officeId, officeId),
		isNull(accountLinks.usedAt),
		gt(accountLinks.expiresAt, new Date())
	);
}

/** Whether a confirmation link can still be used (unused, not expired, for this office). */
export async function isSignUpLinkValid(db: Database, officeId: string, token: string): Promise<boolean> {
	const [row] = await db.select({ id: accountLinks.id }).from(accountLinks).where(usableSignUp(token, officeId));
	return !!row;
}

const alreadyOpened = () => new AppError('invalid', 'accounts.signUp.confirmInvalid');

/**
 * Confirms the address with the e-mailed link: opens the young person's account as they asked for
 * it, records their consent, and signs them in. The link works once; other pending sign-ups of the
 * same address stop working.
 */
export async function confirmSignUp(
	ctx: Context,
	options: { token: string }
): Promise<{ userId: string; token: string; expiresAt: Date }> {
	try {
		return await ctx.db.transaction(async (tx) => {
			const [claimed] = await tx
				.update(accountLinks)
				.set({ usedAt: new Date() })
				.where(usableSignUp(options.token, ctx.officeId))
				.returning();
			if (!claimed) throw alreadyOpened();
			const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, claimed.email));
			if (existing) throw alreadyOpened();
			const [user] = await tx
				.insert(users)
				.values({
					name: claimed.name,
					email: claimed.email,
					passwordHash: claimed.passwordHash,
					locale: claimed.locale
				})
				.returning({ id: users.id });
			await tx.insert(memberships).values({ officeId: ctx.officeId, userId: user.id, role: 'young_person' });
			await tx
				.delete(accountLinks)
				.where(and(eq(accountLinks.purpose, 'sign-up'), eq(accountLinks.email, claimed.email)));
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: { userId: user.id, name: claimed.name, email: claimed.email, roles: ['young_person'], isDemo: false },
				action: 'accounts.signed_up',
				entityType: 'user',
				entityId: user.id,
				details: { consent: 'account-terms', emailConfirmed: true }
			});
			const session = await createSession(tx, user.id);
			return { userId: user.id, ...session };
		});
	} catch (caught) {
		// Two links of one address used at the same moment: the unique index decides.
		if (isUniqueViolation(caught)) throw alreadyOpened();
		throw caught;
	}
}

/**
 * Sends the confirmation e-mail again, with a fresh link (the earlier one stops working) and a fresh
 * two days, when this office has a sign-up of the address waiting. Says and takes the same whether
 * or not there is one.
 */
export async function resendSignUpConfirmation(
	ctx: Context,
	options: { email: string; locale: Locale; clientAddress: string; confirm: (token: string) => string }
): Promise<void> {
	return mailAccountLink(ctx, {
		...options,
		rateLimit: 'sign-up-resend',
		answerMs: SIGN_UP_ANSWER_MS,
		findRecipient: async (db) => {
			const [pending] = await db
				.select()
				.from(accountLinks)
				.where(
					and(
						eq(accountLinks.purpose, 'sign-up'),
						eq(accountLinks.officeId, ctx.officeId),
						eq(accountLinks.email, options.email),
						isNull(accountLinks.usedAt)
					)
				)
				.orderBy(desc(accountLinks.createdAt))
				.limit(1);
			return pending;
		},
		storeToken: async (tx, tokenHash, pending) => {
			await tx
				.update(accountLinks)
				.set({ id: tokenHash, expiresAt: new Date(Date.now() + SIGN_UP_CONFIRM_HOURS * 3600_000) })
				.where(eq(accountLinks.id, pending.id));
		},
		linkFor: options.confirm,
		mail: (pending, link, words) => confirmationMail(pending.email, pending.name, link, words)
	});
}
