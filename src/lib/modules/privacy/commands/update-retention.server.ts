import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { RetentionPeriods } from '../../../server/manifest.ts';
import { privacySettings } from '../schema.ts';
import { canSetRetention } from '../permissions.server.ts';

/** Sets how long each kind of personal record is kept (days; 0 keeps them until erased by hand). */
export async function updateRetention(ctx: Context, periods: RetentionPeriods): Promise<void> {
	authorize(ctx.actor, canSetRetention(ctx.actor));
	const actor = ctx.actor;
	const values = {
		registrationsDays: periods.registrations,
		feedbackDays: periods.feedback,
		importFilesDays: periods.importFiles,
		outboxBodiesDays: periods.outboxBodies,
		updatedBy: actor.userId,
		updatedAt: new Date()
	};
	await ctx.db.transaction(async (tx) => {
		await tx
			.insert(privacySettings)
			.values({ officeId: ctx.officeId, ...values })
			.onConflictDoUpdate({ target: privacySettings.officeId, set: values });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'privacy.retention_updated',
			entityType: 'office',
			entityId: ctx.officeId,
			details: { ...periods }
		});
	});
}
