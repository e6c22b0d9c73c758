import { and, eq, isNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { createToken, hashToken } from '../../../server/auth/tokens.ts';
import { getOfficeById } from '../../../server/office.ts';
import { answerInConstantTime } from '../../../server/timing.ts';
import { createI18n } from '../../../i18n/index.ts';
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
	return answerInConstantTime(RESET_ANSWER_MS, () => requestReset(ctx, options));
}

/** How long every answer to a reset request takes, whether or not the address has an account. */
export const RESET_ANSWER_MS = 400;

async function requestReset(ctx: Context, options: RequestPasswordResetOptions): Promise<void> {
	await consumeRateLimit(ctx.db, `reset:${options.clientAddress}`, { limit: 10, windowSeconds: 3600 });
	await consumeRateLimit(ctx.db, `reset:${options.email}`, { limit: 3, windowSeconds: 3600 });
	const [user] = await ctx.db
		.select()
		.from(users)
		.where(and(eq(users.email, options.email), isNull(users.disabledAt)));
	if (!user) return;
	const office = await getOfficeById(ctx.db, ctx.officeId);
	const i18n = createI18n(options.locale);
	const token = createToken();
	await ctx.db.transaction(async (tx) => {
		await tx.insert(passwordResetTokens).values({
			id: hashToken(token),
			userId: user.id,
			expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3600_000)
		});
		const officeName = i18n.text(office?.name ?? '');
		await queueMail(tx, {
			officeId: ctx.officeId,
			to: user.email,
			subject: i18n.t('accounts.reset.mailSubject', { office: officeName }),
			text: i18n.t('accounts.reset.mailBody', {
				name: i18n.text(user.name),
				link: options.linkFor(token),
				office: officeName
			}),
			sensitive: true
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: null,
			action: 'accounts.password_reset_requested',
			entityType: 'user',
			entityId: user.id
		});
	});
}
