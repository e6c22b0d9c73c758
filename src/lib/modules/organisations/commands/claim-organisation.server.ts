import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locale.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { organisationRepresentatives, organisations } from '../schema.ts';
import { isPubliclyListed } from '../directory.server.ts';
import type { ClaimInput } from '../claims-inputs.ts';

/**
 * A signed-in person asks to represent a listed organisation; staff decide. A pending or approved
 * claim stays as it is; a rejected or revoked one may be made again.
 */
export async function claimOrganisation(
	ctx: Context,
	options: ClaimInput & { slug: string }
): Promise<{ organisationId: string }> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const office = await getOfficeById(ctx.db, ctx.officeId);
	return ctx.db.transaction(async (tx) => {
		const [organisation] = await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(and(isPubliclyListed(ctx.officeId), eq(organisations.slug, options.slug)));
		if (!organisation) throw new AppError('not_found', 'error.404.text');
		const [existing] = await tx
			.select({ status: organisationRepresentatives.status })
			.from(organisationRepresentatives)
			.where(
				and(
					eq(organisationRepresentatives.organisationId, organisation.id),
					eq(organisationRepresentatives.userId, actor.userId)
				)
			)
			.for('update');
		if (existing?.status === 'pending') throw new AppError('conflict', 'organisations.claim.alreadyPending');
		if (existing?.status === 'approved') throw new AppError('conflict', 'organisations.claim.alreadyApproved');
		const message = options.message ? `${options.role}\n\n${options.message}` : options.role;
		await tx
			.insert(organisationRepresentatives)
			.values({ organisationId: organisation.id, userId: actor.userId, officeId: ctx.officeId, message })
			.onConflictDoUpdate({
				target: [organisationRepresentatives.organisationId, organisationRepresentatives.userId],
				set: { status: 'pending', message, requestedAt: new Date(), decidedAt: null, decidedBy: null }
			});
		if (office?.email) {
			const staff = createI18n(DEFAULT_LOCALE, office.keepLatin);
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: office.email,
				subject: staff.t('organisations.claim.staffMailSubject', { organisation: organisation.name }),
				text: staff.t('organisations.claim.staffMailBody', {
					organisation: organisation.name,
					name: actor.name,
					email: actor.email,
					role: options.role
				})
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.claim_requested',
			entityType: 'organisation',
			entityId: organisation.id
		});
		return { organisationId: organisation.id };
	});
}
