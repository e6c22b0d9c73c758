import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import type { ApplicationInput } from '../application-inputs.ts';
import { callApplications } from '../schema.ts';
import { budgetTotals } from '../rules.ts';
import { isEditableAt, loadOwnApplication } from './applications-shared.server.ts';

/**
 * Saves a draft as typed (the requested amount recomputed from the budget lines). The last save wins; when
 * someone else saved since this author's form was loaded, the result says so, and the page tells them.
 */
export async function saveApplication(
	ctx: Context,
	options: { id: string; input: ApplicationInput; now?: Date }
): Promise<{ version: number; savedOverSomeoneElse: boolean }> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	return ctx.db.transaction(async (tx) => {
		const { application, call } = await loadOwnApplication(tx, ctx.officeId, actor, options.id, { lock: true });
		if (application.status !== 'draft') throw new AppError('conflict', 'calls.apply.alreadySubmitted');
		if (!isEditableAt(application, call, now)) throw new AppError('invalid', 'calls.apply.deadlinePassed');
		const { version: seenVersion, ...input } = options.input;
		const savedOverSomeoneElse = seenVersion !== application.version && application.lastSavedBy !== actor.userId;
		// Lines of categories the call does not have are kept as typed; submission refuses them.
		const requested = budgetTotals(input.budget).requested;
		const version = application.version + 1;
		await tx
			.update(callApplications)
			.set({
				...input,
				applicantName: application.organisationId ? application.applicantName : input.applicantName,
				requested,
				version,
				lastSavedBy: actor.userId,
				updatedAt: now
			})
			.where(eq(callApplications.id, application.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.saved',
			entityType: 'call_application',
			entityId: application.id,
			details: { version, requested, savedOverSomeoneElse }
		});
		return { version, savedOverSomeoneElse };
	});
}
