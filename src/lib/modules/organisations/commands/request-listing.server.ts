import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit, type RateLimitRule } from '../../../server/rate-limit.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../i18n/locale.ts';
import type { Context } from '../../../server/actor.ts';
import { organisationRepresentatives, organisations } from '../schema.ts';
import type { ListingRequestInput } from '../listing-inputs.ts';
import { freeOrganisationSlug } from './shared.server.ts';

/** How many listing requests one address may send in an hour. */
export const LISTING_RATE_LIMIT: RateLimitRule = { limit: 3, windowSeconds: 3600 };

/**
 * A visitor asks for a new organisation to be listed: it is saved hidden from the public until staff
 * approve it. A filled trap field is accepted without a word and nothing is kept. When the visitor
 * is signed in, their claim to represent it is recorded too, for staff to decide with the listing.
 */
export async function requestListing(
	ctx: Context,
	options: ListingRequestInput & { locale: Locale; clientAddress: string }
): Promise<{ stored: boolean }> {
	if (options.homepage.trim() !== '') return { stored: false };
	await consumeRateLimit(ctx.db, `organisation-listing:${options.clientAddress}`, LISTING_RATE_LIMIT);
	const office = await getOfficeById(ctx.db, ctx.officeId);
	if (!office) throw new AppError('not_found', 'error.404.text');
	const consentText = createI18n(options.locale, office.keepLatin).t('organisations.listing.form.consent');
	await ctx.db.transaction(async (tx) => {
		const slug = await freeOrganisationSlug(tx, ctx.officeId, options.name);
		const [created] = await tx
			.insert(organisations)
			.values({
				officeId: ctx.officeId,
				slug,
				name: options.name,
				type: options.type,
				areas: options.areas,
				description: options.description,
				email: options.email,
				listing: 'pending',
				publicFields: ['website', 'social'],
				requestedByEmail: options.email
			})
			.returning({ id: organisations.id });
		if (ctx.actor) {
			await tx.insert(organisationRepresentatives).values({
				organisationId: created.id,
				userId: ctx.actor.userId,
				officeId: ctx.officeId,
				message: createI18n(DEFAULT_LOCALE, office.keepLatin).t('organisations.listing.form.claimNote')
			});
		}
		if (office.email) {
			const staff = createI18n(DEFAULT_LOCALE, office.keepLatin);
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: office.email,
				subject: staff.t('organisations.listing.staffMailSubject', { organisation: options.name }),
				text: staff.t('organisations.listing.staffMailBody', { organisation: options.name, email: options.email })
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'organisations.listing_requested',
			entityType: 'organisation',
			entityId: created.id,
			details: { consentText }
		});
	});
	return { stored: true };
}
