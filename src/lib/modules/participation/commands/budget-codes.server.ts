// One-time invitation codes of a budget round that requires them (handed out at schools and the
// office, as the surveys' codes): staff generate a sheet, a voter enters one code once.
import { and, eq, isNull } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { isUuid } from '../../../server/ids.ts';
import { newInvitationCodes, normaliseCode } from '../../../server/invitation-codes.ts';
import type { Database } from '../../../server/db/client.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { participationBudgetCodes, participationBudgetRounds } from '../schema.ts';
import type { BudgetCodesInput } from '../inputs.ts';
import { canManageParticipation } from '../permissions.server.ts';

/** Generates a sheet of one-time voting codes for a batch (e.g. a school class). */
export async function generateBudgetCodes(
	ctx: Context,
	options: { roundId: string; input: BudgetCodesInput }
): Promise<{ codes: string[] }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const { input } = options;
	if (!isUuid(options.roundId)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [round] = await tx
			.select({ id: participationBudgetRounds.id })
			.from(participationBudgetRounds)
			.where(
				and(eq(participationBudgetRounds.officeId, ctx.officeId), eq(participationBudgetRounds.id, options.roundId))
			);
		if (!round) throw new AppError('not_found', 'error.404.text');
		const rows = await tx
			.insert(participationBudgetCodes)
			.values(
				newInvitationCodes(input.count).map((code) => ({
					officeId: ctx.officeId,
					roundId: round.id,
					code,
					batch: input.batch
				}))
			)
			// A clash with an earlier sheet is rare (31^6 codes) and simply skipped.
			.onConflictDoNothing()
			.returning({ code: participationBudgetCodes.code });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.codes.generated',
			entityType: 'participation_budget_round',
			entityId: round.id,
			details: { batch: input.batch, count: rows.length }
		});
		return { codes: rows.map((row) => row.code) };
	});
}

/** Whether the voter has already entered a code for the round (then they need none to change their ballot). */
export async function hasRedeemedCode(db: Database, roundId: string, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: participationBudgetCodes.id })
		.from(participationBudgetCodes)
		.where(and(eq(participationBudgetCodes.roundId, roundId), eq(participationBudgetCodes.usedBy, userId)));
	return Boolean(row);
}

/**
 * Marks the typed code used by this voter, inside the ballot's transaction. Only an unused code of
 * the round is taken, in one statement, so two people typing the same code get one success; a wrong
 * or used code is refused with a message on the code field.
 */
export async function redeemBudgetCode(
	tx: Database,
	options: { roundId: string; userId: string; typed: string; now: Date }
): Promise<void> {
	const code = normaliseCode(options.typed);
	if (!code)
		throw new AppError('invalid', 'participation.code.error.missing', {
			code: encodeMessage('participation.code.error.missing')
		});
	const taken = await tx
		.update(participationBudgetCodes)
		.set({ usedAt: options.now, usedBy: options.userId })
		.where(
			and(
				eq(participationBudgetCodes.roundId, options.roundId),
				eq(participationBudgetCodes.code, code),
				isNull(participationBudgetCodes.usedAt)
			)
		)
		.returning({ id: participationBudgetCodes.id });
	if (taken.length > 0) return;
	const [existing] = await tx
		.select({ id: participationBudgetCodes.id })
		.from(participationBudgetCodes)
		.where(and(eq(participationBudgetCodes.roundId, options.roundId), eq(participationBudgetCodes.code, code)));
	const key = existing ? 'participation.code.error.used' : 'participation.code.error.wrong';
	throw new AppError('invalid', key, { code: encodeMessage(key) });
}
