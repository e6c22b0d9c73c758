// Reading the work standards: the framework as staff edit it, and a year's self-assessment with the
// evidence other modules suggest (manifest `standardsEvidence`) and the summary per area.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import type { StandardsEvidence } from '../../server/manifest.ts';
import { listActivityChoices, type ActivityChoice } from '../action-plan/queries.server.ts';
import { canManageWorkStandards } from './permissions.server.ts';
import { workStandardItems, workStandardRatings, workStandardVersions } from './schema.ts';
import { periodBounds, yearPeriod } from './period.ts';
import {
	WORK_STANDARD_AREAS,
	summariseRatings,
	type AreaSummary,
	type AssessedArea,
	type AssessedIndicator,
	type FrameworkItemView,
	type StandardsAssessmentView,
	type WorkStandardArea
} from './standards.ts';

export type { AssessedArea, AssessedIndicator };

type ItemRow = typeof workStandardItems.$inferSelect;
type VersionRow = typeof workStandardVersions.$inferSelect;
type RatingRow = typeof workStandardRatings.$inferSelect;

export interface StandardsAssessment extends StandardsAssessmentView {
	activities: ActivityChoice[];
}

export type FrameworkItem = FrameworkItemView;

async function loadFramework(db: Database, officeId: string) {
	const items = await db
		.select()
		.from(workStandardItems)
		.where(eq(workStandardItems.officeId, officeId))
		.orderBy(asc(workStandardItems.position), asc(workStandardItems.createdAt));
	const versions = items.length
		? await db
				.select()
				.from(workStandardVersions)
				.where(
					inArray(
						workStandardVersions.itemId,
						items.map((item) => item.id)
					)
				)
				.orderBy(asc(workStandardVersions.createdAt), asc(workStandardVersions.id))
		: [];
	const versionsOf = new Map<string, VersionRow[]>();
	for (const version of versions) versionsOf.set(version.itemId, [...(versionsOf.get(version.itemId) ?? []), version]);
	return { items, versionsOf };
}

/** The wording of an item as it read at the end of a year (its first one, when it came later). */
function wordingAt(versions: VersionRow[], end: Date): VersionRow {
	const before = versions.filter((version) => version.createdAt < end);
	return before.at(-1) ?? versions[0];
}

/** The office's standards and indicators with their current wording (retired ones last in their place). */
export async function listWorkStandardFramework(ctx: Context): Promise<FrameworkItem[]> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	const { items, versionsOf } = await loadFramework(ctx.db, ctx.officeId);
	return items.map((item) => {
		const versions = versionsOf.get(item.id) ?? [];
		const current = versions.at(-1);
		return {
			id: item.id,
			area: item.area as WorkStandardArea,
			parentId: item.parentId,
			text: current?.text ?? '',
			textEn: current?.textEn ?? '',
			versions: versions.length,
			isRetired: item.retiredAt !== null
		};
	});
}

/**
 * The assessment of a year as it reads: every standard and indicator still in use plus the retired ones
 * the year rated, each rated indicator in the wording it was rated in. No actor check (the annual report
 * and the documents call it after their own).
 */
export async function readAssessment(
	db: Database,
	officeId: string,
	year: number
): Promise<{ areas: Omit<AssessedArea, 'suggestions'>[]; summary: AreaSummary[]; hasFramework: boolean }> {
	const { items, versionsOf } = await loadFramework(db, officeId);
	const ratings = await db
		.select()
		.from(workStandardRatings)
		.where(and(eq(workStandardRatings.officeId, officeId), eq(workStandardRatings.year, year)));
	const ratingOf = new Map<string, RatingRow>(ratings.map((rating) => [rating.indicatorId, rating]));
	const end = periodBounds(yearPeriod(year)).to;
	const indicatorOf = (item: ItemRow): AssessedIndicator | null => {
		const rating = ratingOf.get(item.id);
		if (item.retiredAt && !rating) return null;
		const versions = versionsOf.get(item.id) ?? [];
		const current = versions.at(-1);
		const version = (rating && versions.find((candidate) => candidate.id === rating.versionId)) ?? current;
		if (!version) return null;
		return {
			id: item.id,
			versionId: version.id,
			text: version.text,
			textEn: version.textEn,
			isRetired: item.retiredAt !== null,
			isOlderWording: version.id !== current?.id,
			rating: rating
				? {
						rating: rating.rating,
						comment: rating.comment,
						improvement: rating.improvement,
						activityId: rating.activityId,
						evidence: rating.evidence
					}
				: null
		};
	};
	const areas = WORK_STANDARD_AREAS.map((area) => ({
		area,
		standards: items
			.filter((item) => item.area === area && item.parentId === null)
			.map((standard) => {
				const indicators = items
					.filter((item) => item.parentId === standard.id)
					.map(indicatorOf)
					.filter((indicator): indicator is AssessedIndicator => indicator !== null);
				const wording = wordingAt(versionsOf.get(standard.id) ?? [], end);
				return { id: standard.id, text: wording?.text ?? '', textEn: wording?.textEn ?? '', indicators };
			})
			.filter((standard) => standard.indicators.length > 0)
	}));
	const summary = summariseRatings(
		areas.flatMap((area) =>
			area.standards.flatMap((standard) =>
				standard.indicators.map((indicator) => ({ area: area.area, rating: indicator.rating?.rating ?? null }))
			)
		)
	);
	return { areas, summary, hasFramework: items.length > 0 };
}

/** Records of the year that every module offers as evidence, per area, newest first. */
export async function suggestEvidence(db: Database, officeId: string, year: number): Promise<StandardsEvidence[]> {
	// The registry imports every manifest, this one included: a lazy import keeps the circle open.
	const { manifests } = await import('../registry.server.ts');
	const query = { officeId, ...periodBounds(yearPeriod(year)), programmeId: null };
	const lists = await Promise.all(manifests.map((manifest) => manifest.standardsEvidence?.(db, query) ?? []));
	return lists.flat().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key));
}

/** A year's self-assessment for staff: the indicators with their ratings, suggestions, the summary and last year's. */
export async function getStandardsAssessment(ctx: Context, year: number): Promise<StandardsAssessment> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	if (!Number.isInteger(year) || year < 2000 || year > 3000) throw new AppError('not_found', 'error.404.text');
	const [current, previous, suggestions, activities] = await Promise.all([
		readAssessment(ctx.db, ctx.officeId, year),
		readAssessment(ctx.db, ctx.officeId, year - 1),
		suggestEvidence(ctx.db, ctx.officeId, year),
		listActivityChoices(ctx.db, ctx.officeId)
	]);
	return {
		year,
		hasFramework: current.hasFramework,
		areas: current.areas.map((area) => ({
			...area,
			suggestions: suggestions.filter((suggestion) => suggestion.area === area.area)
		})),
		summary: current.summary,
		previousSummary: previous.summary,
		activities
	};
}

/** The year's summary per area with last year's, for the annual report; null when the office keeps no standards. */
export async function standardsSummaryOfYear(
	db: Database,
	officeId: string,
	year: number
): Promise<{ summary: AreaSummary[]; previousSummary: AreaSummary[] } | null> {
	const [current, previous] = await Promise.all([
		readAssessment(db, officeId, year),
		readAssessment(db, officeId, year - 1)
	]);
	return current.hasFramework ? { summary: current.summary, previousSummary: previous.summary } : null;
}
