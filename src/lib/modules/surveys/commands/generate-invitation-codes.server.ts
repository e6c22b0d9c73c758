import { newInvitationCodes } from '../../../server/invitation-codes.ts';
import { surveyInvitationCodes } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageSurveys } from '../permissions.server.ts';
import type { CodesInput } from '../inputs.ts';
import { surveyOfOffice } from './shared.server.ts';

export { CODE_LENGTH, newInvitationCode, normaliseCode } from '../../../server/invitation-codes.ts';

/** Generates a sheet of one-time codes for a batch (e.g. a school class). */
export async function generateInvitationCodes(
	ctx: Context,
	options: { surveyId: string; input: CodesInput }
): Promise<{ codes: string[] }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const codes = newInvitationCodes(options.input.count);
		const rows = await tx
			.insert(surveyInvitationCodes)
			.values(codes.map((code) => ({ officeId: ctx.officeId, surveyId: survey.id, code, batch: options.input.batch })))
			.onConflictDoNothing()
			.returning({ code: surveyInvitationCodes.code });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.codes_generated',
			entityType: 'survey',
			entityId: survey.id,
			details: { batch: options.input.batch, count: rows.length }
		});
		return { codes: rows.map((row) => row.code) };
	});
}
