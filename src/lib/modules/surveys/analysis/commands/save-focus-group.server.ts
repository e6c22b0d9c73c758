import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { authorize, type Context } from '../../../../server/actor.ts';
import { AppError } from '../../../../server/errors.ts';
import { recordAudit } from '../../../../server/audit.ts';
import { sanitizeRichText } from '../../../../server/html.ts';
import { AGE_BANDS, GENDERS } from '../../demographics.ts';
import { focusGroupThemes, focusGroups, researchThemes, type ParticipantProfile } from '../../schema.ts';
import { canManageSurveys } from '../../permissions.server.ts';
import type { focusGroupInput } from '../inputs.ts';

/** Creates a focus group or interview (no `id`) or updates one; participants only as counts. */
export async function saveFocusGroup(
	ctx: Context,
	options: { id: string | null; input: v.InferOutput<typeof focusGroupInput> }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const { input } = options;
	const profile: ParticipantProfile = {
		ageBands: Object.fromEntries(
			AGE_BANDS.map((band) => [band, input[`age_${band}`]]).filter(([, n]) => Number(n) > 0)
		),
		genders: Object.fromEntries(
			GENDERS.map((gender) => [gender, input[`gender_${gender}`]]).filter(([, n]) => Number(n) > 0)
		),
		description: input.profileDescription
	};
	const values = {
		kind: input.kind,
		title: input.title,
		heldOn: input.heldOn,
		place: input.place,
		facilitator: input.facilitator,
		participantCount: input.participantCount,
		profile,
		notes: sanitizeRichText(input.notes),
		updatedAt: new Date()
	};
	return ctx.db.transaction(async (tx) => {
		let id: string;
		if (options.id) {
			const [updated] = await tx
				.update(focusGroups)
				.set(values)
				.where(and(eq(focusGroups.officeId, ctx.officeId), eq(focusGroups.id, options.id)))
				.returning({ id: focusGroups.id });
			if (!updated) throw new AppError('not_found', 'surveys.research.error.notFound');
			id = updated.id;
		} else {
			[{ id }] = await tx
				.insert(focusGroups)
				.values({ officeId: ctx.officeId, ...values })
				.returning({ id: focusGroups.id });
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: options.id ? 'surveys.focusGroup.updated' : 'surveys.focusGroup.created',
			entityType: 'focus_group',
			entityId: id,
			details: { title: input.title, participants: input.participantCount }
		});
		return { id };
	});
}

/** Notes a theme in a focus group (or changes its note); `remove` takes it off. */
export async function setFocusGroupTheme(
	ctx: Context,
	options: { focusGroupId: string; themeId: string; note: string; remove?: boolean }
): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const [group] = await tx
			.select({ id: focusGroups.id })
			.from(focusGroups)
			.where(and(eq(focusGroups.officeId, ctx.officeId), eq(focusGroups.id, options.focusGroupId)));
		const [theme] = await tx
			.select({ id: researchThemes.id })
			.from(researchThemes)
			.where(and(eq(researchThemes.officeId, ctx.officeId), eq(researchThemes.id, options.themeId)));
		if (!group || !theme) throw new AppError('not_found', 'surveys.research.error.notFound');
		if (options.remove)
			await tx
				.delete(focusGroupThemes)
				.where(and(eq(focusGroupThemes.focusGroupId, group.id), eq(focusGroupThemes.themeId, theme.id)));
		else
			await tx
				.insert(focusGroupThemes)
				.values({ focusGroupId: group.id, themeId: theme.id, officeId: ctx.officeId, note: options.note })
				.onConflictDoUpdate({
					target: [focusGroupThemes.focusGroupId, focusGroupThemes.themeId],
					set: { note: options.note }
				});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: options.remove ? 'surveys.focusGroup.themeRemoved' : 'surveys.focusGroup.themeNoted',
			entityType: 'focus_group',
			entityId: group.id,
			details: { themeId: theme.id }
		});
	});
}
