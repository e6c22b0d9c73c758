import { passwordResetTokens } from '../../../server/db/core-schema.ts';
import {
	findActiveUser,
	mailAccountLink,
	type LinkRecipient,
	type MailAccountLinkOptions
} from './mail-account-link.server.ts';
import type { Context } from '../../../server/actor.ts';
import type { Locale } from '../../../i18n/locale.ts';

export interface RequestPasswordResetOptions {
	email: string;
	locale: Locale;
	clientAddress: string;
	/** Builds the absolute link the e-mail carries, from the token. */
	linkFor: (token: string) => string;
}

export const RESET_TOKEN_HOURS = 1;

/**
 * E-mails a one-hour reset link when the address has an account. Says nothing either way, so the
 * form cannot be used to learn who has an account.
 */
export async function requestPasswordReset(ctx: Context, options: RequestPasswordResetOptions): Promise<void> {
	// Queuing the e-mail takes longer than finding no account: the answer waits as long either way.
	return mailAccountLink(ctx, resetLinkMail(ctx, options));
}

/** How long every answer to a reset request takes, whether or not the address has an account. */
export const RESET_ANSWER_MS = 400;

function resetLinkMail(ctx: Context, options: RequestPasswordResetOptions): MailAccountLinkOptions<LinkRecipient> {
	return {
		...options,
		rateLimit: 'reset',
		answerMs: RESET_ANSWER_MS,
		findRecipient: (db) => findActiveUser(db, options.email),
		storeToken: async (tx, tokenHash, user) => {
			await tx.insert(passwordResetTokens).values({
				id: tokenHash,
				userId: user.id,
				expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3600_000)
			});
		},
		mail: (user, link, { i18n, officeName }) => ({
			to: user.email,
			subject: i18n.t('accounts.reset.mailSubject', { office: officeName }),
			text: i18n.t('accounts.reset.mailBody', { name: i18n.text(user.name), link, office: officeName })
		}),
		audit: (user) => ({ action: 'accounts.password_reset_requested', entityType: 'user', entityId: user.id })
	};
}
