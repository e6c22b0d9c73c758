import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locale.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { organisations } from '../schema.ts';
import { portalBaseUrl } from '../directory.server.ts';

/** Staff approve a listing request (the organisation becomes public) or reject it; the requester is told. */
export async function decideListing(
	ctx: Context,
	options: { organisationId: string; decision: 'approve' | 'reject' }
): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.organisationId)) throw new AppError('not_found', 'error.404.text');
	const office = await getOfficeById(ctx.db, ctx.officeId);
	await ctx.db.transaction(async (tx) => {
		const listing = options.decision === 'approve' ? 'listed' : 'rejected';
		const [organisation] = await tx
			.update(organisations)
			.set({ listing, updatedAt: new Date() })
			.where(
				and(
					eq(organisations.officeId, ctx.officeId),
					eq(organisations.id, options.organisationId),
					eq(organisations.listing, 'pending')
				)
			)
			.returning({ name: organisations.name, slug: organisations.slug, to: organisations.requestedByEmail });
		if (!organisation) throw new AppError('conflict', 'organisations.requests.alreadyDecided');
		if (organisation.to) {
			const i18n = createI18n(DEFAULT_LOCALE, office?.keepLatin ?? []);
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: organisation.to,
				subject: i18n.t(`organisations.listing.mail.${listing}.subject`, { organisation: organisation.name }),
				text: i18n.t(`organisations.listing.mail.${listing}.body`, {
					organisation: i18n.text(organisation.name),
					link: `${portalBaseUrl(office?.publicUrl)}/organisations/${organisation.slug}`
				})
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: `organisations.listing_${listing}`,
			entityType: 'organisation',
			entityId: options.organisationId
		});
	});
}
