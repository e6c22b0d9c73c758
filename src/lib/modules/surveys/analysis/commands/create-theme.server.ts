import * as v from 'valibot';
import { authorize, type Context } from '../../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../../server/errors.ts';
import { recordAudit } from '../../../../server/audit.ts';
import { encodeMessage } from '../../../../i18n/index.ts';
import { researchThemes } from '../../schema.ts';
import { canManageSurveys } from '../../permissions.server.ts';
import type { themeInput } from '../inputs.ts';

/** Creates a research theme for coding open answers and focus-group findings; names are unique per office. */
export async function createResearchTheme(
	ctx: Context,
	input: v.InferOutput<typeof themeInput>
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	try {
		return await ctx.db.transaction(async (tx) => {
			const [theme] = await tx
				.insert(researchThemes)
				.values({ officeId: ctx.officeId, name: input.name, nameEn: input.nameEn, description: input.description })
				.returning({ id: researchThemes.id });
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: ctx.actor,
				action: 'surveys.theme.created',
				entityType: 'research_theme',
				entityId: theme.id,
				details: { name: input.name }
			});
			return theme;
		});
	} catch (caught) {
		if (isUniqueViolation(caught))
			throw new AppError('conflict', 'surveys.coding.error.themeTaken', {
				name: encodeMessage('surveys.coding.error.themeTaken')
			});
		throw caught;
	}
}
