import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locale.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { organisationChanges, organisationSettings, organisations, type FieldChange } from '../schema.ts';
import { isApprovedRepresentative } from '../self-service.server.ts';
import { applyProfileChanges, readProfile } from '../self-service-profile.server.ts';
import { diffProfiles, isPublicChange, type ProfileSnapshot } from '../self-service-profile.ts';

export interface ProposalResult {
	/** Changes that are live now. */
	applied: string[];
	/** Changes visitors would see that wait for staff review. */
	pending: string[];
}

/**
 * A representative saves their organisation's profile. Every difference is recorded in the history;
 * those visitors would see wait for staff review when the office asks for it, the rest (and all of
 * them when it does not) go live at once. Only an approved representative of this very organisation
 * may do it, whatever page the request came from.
 */
export async function proposeOrganisationChanges(
	ctx: Context,
	options: { slug: string; profile: ProfileSnapshot }
): Promise<ProposalResult> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const office = await getOfficeById(ctx.db, ctx.officeId);
	const result = await ctx.db.transaction(async (tx) => {
		const [organisation] = await tx
			.select({ id: organisations.id, name: organisations.name, type: organisations.type })
			.from(organisations)
			.where(and(eq(organisations.officeId, ctx.officeId), eq(organisations.slug, options.slug)))
			.for('update');
		if (!organisation) throw new AppError('not_found', 'error.404.text');
		if (!(await isApprovedRepresentative(tx, ctx.officeId, actor, organisation.id)))
			throw new AppError('forbidden', 'error.403.text');
		const before = (await readProfile(tx, organisation.id))!;
		// Only informal groups list their members; other organisations keep what staff recorded.
		const after: ProfileSnapshot =
			organisation.type === 'informal_group' ? options.profile : { ...options.profile, members: before.members };
		const changes = diffProfiles(before, after);
		if (changes.length === 0) return { applied: [], pending: [] };
		const [settings] = await tx
			.select({ review: organisationSettings.reviewPublicChanges })
			.from(organisationSettings)
			.where(eq(organisationSettings.officeId, ctx.officeId));
		const review = settings?.review ?? true;
		const waiting: FieldChange[] = review ? changes.filter((change) => isPublicChange(change, before, after)) : [];
		const live = changes.filter((change) => !waiting.includes(change));
		if (live.length > 0) {
			await applyProfileChanges(tx, ctx.officeId, organisation.id, live);
			await tx.insert(organisationChanges).values({
				officeId: ctx.officeId,
				organisationId: organisation.id,
				changedBy: actor.userId,
				status: 'applied',
				changes: live
			});
		}
		if (waiting.length > 0) {
			await tx.insert(organisationChanges).values({
				officeId: ctx.officeId,
				organisationId: organisation.id,
				changedBy: actor.userId,
				status: 'pending',
				changes: waiting
			});
			if (office?.email) {
				const staff = createI18n(DEFAULT_LOCALE, office.keepLatin);
				await queueMail(tx, {
					officeId: ctx.officeId,
					to: office.email,
					subject: staff.t('organisations.review.staffMailSubject', { organisation: organisation.name }),
					text: staff.t('organisations.review.staffMailBody', { organisation: organisation.name, name: actor.name })
				});
			}
		}
		const applied = live.map((change) => change.field);
		const pending = waiting.map((change) => change.field);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.profile_changed',
			entityType: 'organisation',
			entityId: organisation.id,
			// Field names only: the values (contacts, members) stay in the organisation's own history.
			details: { applied, pending }
		});
		return { applied, pending };
	});
	return result;
}
