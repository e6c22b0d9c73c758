import { and, eq } from 'drizzle-orm';
import { users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locale.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { organisationChanges, organisations } from '../schema.ts';
import { applyProfileChanges } from '../self-service-profile.server.ts';

/**
 * Staff approve (the proposed values go live) or reject a representative's pending set of changes;
 * the representative is told by e-mail.
 */
export async function reviewOrganisationChange(
	ctx: Context,
	options: { changeId: string; decision: 'approve' | 'reject' }
): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.changeId)) throw new AppError('not_found', 'error.404.text');
	const office = await getOfficeById(ctx.db, ctx.officeId);
	await ctx.db.transaction(async (tx) => {
		const [change] = await tx
			.select()
			.from(organisationChanges)
			.where(and(eq(organisationChanges.officeId, ctx.officeId), eq(organisationChanges.id, options.changeId)))
			.for('update');
		if (!change) throw new AppError('not_found', 'error.404.text');
		if (change.status !== 'pending') throw new AppError('conflict', 'organisations.requests.alreadyDecided');
		const status = options.decision === 'approve' ? 'applied' : 'rejected';
		if (status === 'applied') await applyProfileChanges(tx, ctx.officeId, change.organisationId, change.changes);
		await tx
			.update(organisationChanges)
			.set({ status, decidedAt: new Date(), decidedBy: actor.userId })
			.where(eq(organisationChanges.id, change.id));
		const [organisation] = await tx
			.select({ name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, change.organisationId));
		const [author] = change.changedBy
			? await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, change.changedBy))
			: [];
		if (author) {
			const i18n = createI18n(DEFAULT_LOCALE, office?.keepLatin ?? []);
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: author.email,
				subject: i18n.t(`organisations.review.mail.${status}.subject`, { organisation: organisation?.name ?? '' }),
				text: i18n.t(`organisations.review.mail.${status}.body`, {
					name: i18n.text(author.name),
					organisation: i18n.text(organisation?.name ?? '')
				})
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: status === 'applied' ? 'organisations.change_approved' : 'organisations.change_rejected',
			entityType: 'organisation',
			entityId: change.organisationId,
			details: { changeId: change.id, fields: change.changes.map((item) => item.field) }
		});
	});
}
