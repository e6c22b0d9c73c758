import { and, eq, notInArray } from 'drizzle-orm';
import { surveySettlements } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageSurveys } from '../permissions.server.ts';

export interface SettlementLine {
	name: string;
	isUrban: boolean;
}

/**
 * Replaces the office's settlement list (name and urban/rural, in order). Surveys keep the options
 * they were built with; a settlement's code is its name in Latin, so answers stay matched.
 */
export async function saveSettlements(ctx: Context, options: { settlements: SettlementLine[] }): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	const seen = new Set<string>();
	const settlements = options.settlements
		.map((item) => ({ name: item.name.trim().replace(/\s+/g, ' ').slice(0, 120), isUrban: item.isUrban }))
		.filter((item) => item.name && !seen.has(item.name.toLowerCase()) && seen.add(item.name.toLowerCase()));
	if (settlements.length === 0) throw new AppError('invalid', 'surveys.error.noSettlements');
	await ctx.db.transaction(async (tx) => {
		await tx.delete(surveySettlements).where(
			and(
				eq(surveySettlements.officeId, ctx.officeId),
				notInArray(
					surveySettlements.name,
					settlements.map((item) => item.name)
				)
			)
		);
		for (const [sortOrder, item] of settlements.entries()) {
			await tx
				.insert(surveySettlements)
				.values({ officeId: ctx.officeId, name: item.name, isUrban: item.isUrban, sortOrder })
				.onConflictDoUpdate({
					target: [surveySettlements.officeId, surveySettlements.name],
					set: { isUrban: item.isUrban, sortOrder }
				});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.settlements_saved',
			entityType: 'survey_settlements',
			details: { count: settlements.length }
		});
	});
}
