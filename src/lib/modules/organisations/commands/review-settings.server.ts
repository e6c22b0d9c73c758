import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { organisationSettings } from '../schema.ts';

/** Staff choose whether representatives' changes to public fields wait for review. */
export async function setReviewPublicChanges(ctx: Context, options: { review: boolean }): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		await tx
			.insert(organisationSettings)
			.values({ officeId: ctx.officeId, reviewPublicChanges: options.review })
			.onConflictDoUpdate({ target: organisationSettings.officeId, set: { reviewPublicChanges: options.review } });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.review_setting_changed',
			entityType: 'organisation_settings',
			details: { reviewPublicChanges: options.review }
		});
	});
}
