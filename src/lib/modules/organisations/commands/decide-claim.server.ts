import { and, eq } from 'drizzle-orm';
import { memberships, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locale.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { organisationRepresentatives, organisations } from '../schema.ts';
import { portalBaseUrl } from '../directory.server.ts';

export type ClaimDecision = 'approve' | 'reject' | 'revoke';

/**
 * Staff approve or reject a pending claim, or revoke an approved one. On approval the person gets the
 * association representative role in the office (when they lack it); they are told by e-mail.
 */
export async function decideClaim(
	ctx: Context,
	options: { organisationId: string; userId: string; decision: ClaimDecision }
): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.organisationId) || !isUuid(options.userId)) throw new AppError('not_found', 'error.404.text');
	const office = await getOfficeById(ctx.db, ctx.officeId);
	await ctx.db.transaction(async (tx) => {
		const [claim] = await tx
			.select({
				status: organisationRepresentatives.status,
				name: organisations.name,
				slug: organisations.slug,
				email: users.email,
				personName: users.name
			})
			.from(organisationRepresentatives)
			.innerJoin(organisations, eq(organisations.id, organisationRepresentatives.organisationId))
			.innerJoin(users, eq(users.id, organisationRepresentatives.userId))
			.where(
				and(
					eq(organisationRepresentatives.officeId, ctx.officeId),
					eq(organisationRepresentatives.organisationId, options.organisationId),
					eq(organisationRepresentatives.userId, options.userId)
				)
			)
			.for('update', { of: organisationRepresentatives });
		if (!claim) throw new AppError('not_found', 'error.404.text');
		const expected = options.decision === 'revoke' ? 'approved' : 'pending';
		if (claim.status !== expected) throw new AppError('conflict', 'organisations.requests.alreadyDecided');
		const status = options.decision === 'approve' ? 'approved' : options.decision === 'reject' ? 'rejected' : 'revoked';
		await tx
			.update(organisationRepresentatives)
			.set({ status, decidedAt: new Date(), decidedBy: actor.userId })
			.where(
				and(
					eq(organisationRepresentatives.organisationId, options.organisationId),
					eq(organisationRepresentatives.userId, options.userId)
				)
			);
		let roleGranted = false;
		if (status === 'approved') {
			const granted = await tx
				.insert(memberships)
				.values({ officeId: ctx.officeId, userId: options.userId, role: 'association_representative' })
				.onConflictDoNothing()
				.returning({ role: memberships.role });
			roleGranted = granted.length > 0;
		}
		const i18n = createI18n(DEFAULT_LOCALE, office?.keepLatin ?? []);
		const link = `${portalBaseUrl(office?.publicUrl)}/organisations/${claim.slug}/edit`;
		await queueMail(tx, {
			officeId: ctx.officeId,
			to: claim.email,
			subject: i18n.t(`organisations.claim.mail.${status}.subject`, { organisation: claim.name }),
			text: i18n.t(`organisations.claim.mail.${status}.body`, {
				name: i18n.text(claim.personName),
				organisation: i18n.text(claim.name),
				link
			})
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: `organisations.claim_${status}`,
			entityType: 'organisation',
			entityId: options.organisationId,
			details: { userId: options.userId, roleGranted }
		});
	});
}
