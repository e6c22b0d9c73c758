import { and, eq, isNull } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { participationCategories, participationFollows, participationInitiatives } from '../schema.ts';
import type { InitiativeInput } from '../inputs.ts';
import { canEditInitiative } from '../permissions.server.ts';
import {
	checkInformalGroup,
	chooseImages,
	ownImageIds,
	getParticipationSettings,
	requireYoungPerson
} from './shared.server.ts';

/**
 * Submits a new initiative, or the author's edit of one not yet published (a rejected one goes back to
 * moderation). Only young people within the office's age range; published at once when the office
 * does not pre-moderate.
 */
export async function submitInitiative(
	ctx: Context,
	options: { input: InitiativeInput; id?: string; now?: Date }
): Promise<{ id: string; status: 'submitted' | 'published' }> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const { input } = options;
	const young = await requireYoungPerson(ctx, now);
	await consumeRateLimit(ctx.db, `participation.initiative:${actor.userId}`, { limit: 10, windowSeconds: 24 * 3600 });
	const settings = await getParticipationSettings(ctx.db, ctx.officeId);
	const groupMembers = input.groupName ? (input.groupMembers ?? []) : [];
	checkInformalGroup(
		{ groupName: input.groupName, members: input.groupMembers ?? [] },
		{
			minMembers: settings.groupMinMembers,
			youthMinAge: young.office!.youthMinAge,
			youthMaxAge: young.office!.youthMaxAge
		},
		now
	);
	if (input.categoryId) {
		const [category] = await ctx.db
			.select({ id: participationCategories.id })
			.from(participationCategories)
			.where(
				and(
					eq(participationCategories.officeId, ctx.officeId),
					eq(participationCategories.id, input.categoryId),
					isNull(participationCategories.retiredAt)
				)
			);
		if (!category)
			throw new AppError('invalid', 'participation.error.choice', {
				categoryId: encodeMessage('participation.error.choice')
			});
	}
	const ownImages = await ownImageIds(ctx, input.imageIds);
	const status = settings.preModeration ? ('submitted' as const) : ('published' as const);
	const values = {
		title: input.title,
		problem: input.problem,
		proposal: input.proposal,
		audience: input.audience,
		place: input.place,
		groupName: input.groupName,
		groupMembers,
		categoryId: input.categoryId || null,
		showAuthorName: input.showAuthorName,
		authorName: actor.name,
		authorAge: young.age,
		status,
		rejectionReason: null,
		rejectionNote: '',
		statusChangedAt: now,
		publishedAt: status === 'published' ? now : null
	};
	return ctx.db.transaction(async (tx) => {
		let id: string;
		if (options.id) {
			const [existing] = await tx
				.select()
				.from(participationInitiatives)
				.where(and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.id)))
				.for('update');
			if (!existing) throw new AppError('not_found', 'error.404.text');
			authorize(actor, canEditInitiative(actor, existing));
			const imageIds = chooseImages(input.imageIds, ownImages, existing.imageIds);
			await tx
				.update(participationInitiatives)
				.set({ ...values, imageIds })
				.where(eq(participationInitiatives.id, existing.id));
			id = existing.id;
		} else {
			const [created] = await tx
				.insert(participationInitiatives)
				.values({
					...values,
					imageIds: chooseImages(input.imageIds, ownImages),
					officeId: ctx.officeId,
					authorId: actor.userId,
					submittedAt: now
				})
				.returning({ id: participationInitiatives.id });
			id = created.id;
		}
		if (input.follow)
			await tx.insert(participationFollows).values({ initiativeId: id, userId: actor.userId }).onConflictDoNothing();
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: options.id ? 'participation.initiative.edited' : 'participation.initiative.submitted',
			entityType: 'participation_initiative',
			entityId: id,
			details: { status, images: input.imageIds.length, groupMembers: groupMembers.length }
		});
		return { id, status };
	});
}
