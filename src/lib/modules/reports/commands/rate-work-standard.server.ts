// Rating one indicator of the work standards for a year, with a comment, evidence chosen from what the
// platform suggests and an improvement that may be carried by an action-plan activity.
import { and, desc, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { instantToBelgrade } from '../../../i18n/office-time.ts';
import { listActivityChoices } from '../../action-plan/queries.server.ts';
import { canManageWorkStandards } from '../permissions.server.ts';
import {
	workStandardItems,
	workStandardRatings,
	workStandardVersions,
	type WorkStandardEvidenceLink
} from '../schema.ts';
import { suggestEvidence } from '../standards.server.ts';
import type { WorkStandardRating } from '../standards.ts';

/** Saves (or replaces) the year's rating of an indicator, pinned to the indicator's current wording. */
export async function rateWorkStandard(
	ctx: Context,
	options: {
		year: number;
		indicatorId: string;
		rating: WorkStandardRating;
		comment: string;
		improvement: string;
		activityId: string | null;
		/** Keys of the evidence chosen: suggestions of the year, or evidence the rating already had. */
		evidenceKeys: readonly string[];
		now?: Date;
	}
): Promise<void> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	const now = options.now ?? new Date();
	if (!Number.isInteger(options.year) || options.year < 2000 || options.year > now.getUTCFullYear() + 1)
		throw new AppError('not_found', 'error.404.text');
	const suggestions = await suggestEvidence(ctx.db, ctx.officeId, options.year);
	if (options.activityId) {
		const [activity] = await listActivityChoices(ctx.db, ctx.officeId, { ids: [options.activityId] });
		if (!activity)
			throw new AppError('invalid', 'common.formHasErrors', { activityId: 'reports.standards.unknownActivity' });
	}
	await ctx.db.transaction(async (tx) => {
		const [indicator] = await tx
			.select()
			.from(workStandardItems)
			.where(and(eq(workStandardItems.officeId, ctx.officeId), eq(workStandardItems.id, options.indicatorId)));
		if (!indicator || indicator.parentId === null) throw new AppError('not_found', 'error.404.text');
		const [existing] = await tx
			.select()
			.from(workStandardRatings)
			.where(
				and(
					eq(workStandardRatings.officeId, ctx.officeId),
					eq(workStandardRatings.year, options.year),
					eq(workStandardRatings.indicatorId, indicator.id)
				)
			);
		// A retired indicator can be re-rated only in a year that already rated it.
		if (indicator.retiredAt && !existing) throw new AppError('conflict', 'reports.standards.retiredNoEdit');
		const [version] = await tx
			.select({ id: workStandardVersions.id })
			.from(workStandardVersions)
			.where(eq(workStandardVersions.itemId, indicator.id))
			.orderBy(desc(workStandardVersions.createdAt), desc(workStandardVersions.id))
			.limit(1);
		// Evidence is what the platform offers for the indicator's area (or what was attached before),
		// copied as it reads now: titles never come from the form.
		const known = new Map<string, WorkStandardEvidenceLink>();
		for (const link of existing?.evidence ?? []) known.set(link.key, link);
		for (const suggestion of suggestions) {
			if (suggestion.area !== indicator.area) continue;
			const { key, kindKey, title, titleEn, path, date } = suggestion;
			known.set(key, { key, kindKey, title, titleEn, path, date });
		}
		const evidence = [...new Set(options.evidenceKeys)]
			.map((key) => known.get(key))
			.filter((link): link is WorkStandardEvidenceLink => link !== undefined);
		const values = {
			rating: options.rating,
			comment: options.comment,
			improvement: options.improvement,
			activityId: options.activityId,
			evidence,
			updatedAt: now,
			updatedBy: ctx.actor?.userId ?? null
		};
		// A past year's rating keeps the wording it was rated in (as does a retired indicator's); this year's
		// follows the current wording, so rewording and rating again reads as one.
		const isPastYear = options.year < Number(instantToBelgrade(now).date.slice(0, 4));
		const versionId = existing && (isPastYear || indicator.retiredAt) ? existing.versionId : version.id;
		if (existing) {
			await tx
				.update(workStandardRatings)
				.set({ ...values, versionId })
				.where(eq(workStandardRatings.id, existing.id));
		} else {
			await tx.insert(workStandardRatings).values({
				...values,
				officeId: ctx.officeId,
				year: options.year,
				indicatorId: indicator.id,
				versionId
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.standard_assessment_saved',
			entityType: 'work_standard_assessment',
			entityId: indicator.id,
			details: { year: options.year, rating: options.rating, evidence: evidence.length }
		});
	});
}
