import { eq } from 'drizzle-orm';
import { memberships, passwordResetTokens, users, type Role } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { createToken, hashToken } from '../../../server/auth/tokens.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { canCreateUsers } from '../permissions.server.ts';
import { hashPassword } from '../../../server/auth/password.ts';

export interface CreateUserOptions {
	name: string;
	email: string;
	roles: Role[];
	locale: Locale;
	linkFor: (token: string) => string;
}

const INVITE_DAYS = 7;

/**
 * An administrator opens an account for someone (or gives an existing account roles in this office)
 * and e-mails them a link to set their own password; nobody but them ever knows it.
 */
export async function createUser(ctx: Context, options: CreateUserOptions): Promise<{ userId: string }> {
	authorize(ctx.actor, canCreateUsers(ctx.actor));
	const actor = ctx.actor;
	const office = await getOfficeById(ctx.db, ctx.officeId);
	const i18n = createI18n(options.locale);
	const token = createToken();
	// The account cannot be signed into until the invitation link sets a real password.
	const placeholderHash = await hashPassword(createToken());
	return ctx.db.transaction(async (tx) => {
		const [existing] = await tx.select().from(users).where(eq(users.email, options.email));
		if (existing) {
			const current = await tx.select().from(memberships).where(eq(memberships.userId, existing.id));
			if (current.some((row) => row.officeId === ctx.officeId)) {
				throw new AppError('invalid', 'accounts.signUp.emailTaken', { email: 'accounts.signUp.emailTaken' });
			}
		}
		const user =
			existing ??
			(
				await tx
					.insert(users)
					.values({ name: options.name, email: options.email, passwordHash: placeholderHash, locale: options.locale })
					.returning()
			)[0];
		const roles: Role[] = options.roles.length > 0 ? options.roles : ['young_person'];
		await tx.insert(memberships).values(roles.map((role) => ({ officeId: ctx.officeId, userId: user.id, role })));
		if (!existing) {
			await tx.insert(passwordResetTokens).values({
				id: hashToken(token),
				userId: user.id,
				expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 3600_000)
			});
			const officeName = i18n.text(office?.name ?? '');
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: user.email,
				subject: i18n.t('accounts.invite.mailSubject', { office: officeName }),
				text: i18n.t('accounts.invite.mailBody', {
					name: i18n.text(user.name),
					link: options.linkFor(token),
					office: officeName
				}),
				sensitive: true
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'accounts.user_created',
			entityType: 'user',
			entityId: user.id,
			details: { roles, existingAccount: !!existing }
		});
		return { userId: user.id };
	});
}
