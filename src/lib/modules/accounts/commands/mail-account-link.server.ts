import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { createToken, hashToken } from '../../../server/auth/tokens.ts';
import { getOfficeById } from '../../../server/office.ts';
import { answerInConstantTime } from '../../../server/timing.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';

/** What the e-mail's words are made of: the reader's messages and the office's name in their script. */
export interface AccountMailWords {
	i18n: ReturnType<typeof createI18n>;
	officeName: string;
}

export interface MailAccountLinkOptions<Recipient> {
	/** The address asked for, already normalised. */
	email: string;
	locale: Locale;
	clientAddress: string;
	/** Names the rate-limit counters (`<name>:<client address>`, `<name>:<e-mail address>`). */
	rateLimit: string;
	/** How long every answer takes, whether or not the address is known. */
	answerMs: number;
	/** Finds who the link is for; nothing is sent (or `whenNoRecipient` runs) when there is nobody. */
	findRecipient: (db: Database) => Promise<Recipient | undefined>;
	/** Stores the token's hash (the token itself is only ever in the e-mail). */
	storeToken: (tx: Database, tokenHash: string, recipient: Recipient) => Promise<void>;
	/** Builds the absolute link the e-mail carries, from the token (links.ts publicLink). */
	linkFor: (token: string) => string;
	/** The e-mail carrying the link. */
	mail: (recipient: Recipient, link: string, words: AccountMailWords) => { to: string; subject: string; text: string };
	/** The audit record of the request, if it gets one (always without an actor: nobody is signed in). */
	audit?: (recipient: Recipient) => { action: string; entityType: string; entityId: string };
	/** What to do instead when there is no recipient (in a transaction), such as telling an owner they have an account. */
	whenNoRecipient?: (tx: Database, words: AccountMailWords) => Promise<void>;
}

/**
 * The one sequence behind every e-mailed account link (sign-in link, password reset, sign-up
 * confirmation and its resending): count the request against both rate limits, find the recipient,
 * create a token and store only its hash, queue a sensitive e-mail with the link and audit it, all in
 * one transaction; the answer takes the same time whether or not the address is known, so the forms
 * cannot tell anyone who has an account.
 */
export async function mailAccountLink<Recipient>(
	ctx: Context,
	options: MailAccountLinkOptions<Recipient>
): Promise<void> {
	return answerInConstantTime(options.answerMs, async () => {
		// Counted per address too (said nowhere), so the forms cannot flood someone's inbox.
		await consumeRateLimit(ctx.db, `${options.rateLimit}:${options.clientAddress}`, { limit: 10, windowSeconds: 3600 });
		await consumeRateLimit(ctx.db, `${options.rateLimit}:${options.email}`, { limit: 3, windowSeconds: 3600 });
		const recipient = await options.findRecipient(ctx.db);
		if (!recipient && !options.whenNoRecipient) return;
		const office = await getOfficeById(ctx.db, ctx.officeId);
		const i18n = createI18n(options.locale);
		const words = { i18n, officeName: i18n.text(office?.name ?? '') };
		await ctx.db.transaction(async (tx) => {
			if (!recipient) return options.whenNoRecipient?.(tx, words);
			const token = createToken();
			await options.storeToken(tx, hashToken(token), recipient);
			await queueMail(tx, {
				officeId: ctx.officeId,
				...options.mail(recipient, options.linkFor(token), words),
				sensitive: true
			});
			if (options.audit) await recordAudit(tx, { officeId: ctx.officeId, actor: null, ...options.audit(recipient) });
		});
	});
}

/** An account that may receive links: the one of this address, unless it is disabled. */
export type LinkRecipient = typeof users.$inferSelect;

/** Finds the account of an address that is not disabled. */
export async function findActiveUser(db: Database, email: string): Promise<LinkRecipient | undefined> {
	const [user] = await db
		.select()
		.from(users)
		.where(and(eq(users.email, email), isNull(users.disabledAt)));
	return user;
}
