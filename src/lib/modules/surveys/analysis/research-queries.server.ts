// Reads for qualitative research (focus groups, interviews), themes across sources and the yearly
// needs summary.
import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import type { PlanLinkQuery, RelatedLink } from '../../../server/manifest.ts';
import {
	focusGroupThemes,
	focusGroups,
	needsSummaries,
	needsSummaryGoals,
	researchThemes,
	surveyAnswerThemes,
	surveyResponses,
	surveys,
	QUALITATIVE_KINDS
} from '../schema.ts';
import { outer } from '../../../server/db/outer.ts';
import { orderOf, stateOrder } from '../../../server/list-sort.ts';
import type { SortState } from '../../../ui/data-table.ts';

export type FocusGroupRow = typeof focusGroups.$inferSelect;

/** The focus group list's sortable columns (?sort=): the whitelist the address is read against. */
export const FOCUS_GROUP_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${focusGroups.title}) COLLATE "C"`,
	kind: stateOrder(focusGroups.kind, QUALITATIVE_KINDS),
	held: focusGroups.heldOn,
	participants: focusGroups.participantCount
} as const;

/** The office's focus groups and interviews, newest first. */
export async function listFocusGroups(
	db: Database,
	officeId: string,
	sort: SortState | null = null
): Promise<FocusGroupRow[]> {
	return db
		.select()
		.from(focusGroups)
		.where(eq(focusGroups.officeId, officeId))
		.orderBy(
			...orderOf(
				sort,
				FOCUS_GROUP_SORT_COLUMNS,
				[desc(focusGroups.heldOn), asc(focusGroups.title)],
				[asc(focusGroups.id)]
			)
		);
}

/** A focus group with the themes noted in it, or null. */
export async function getFocusGroup(
	db: Database,
	officeId: string,
	id: string
): Promise<(FocusGroupRow & { themes: { themeId: string; name: string; nameEn: string; note: string }[] }) | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [group] = await db
		.select()
		.from(focusGroups)
		.where(and(eq(focusGroups.officeId, officeId), eq(focusGroups.id, id)));
	if (!group) return null;
	const themes = await db
		.select({
			themeId: researchThemes.id,
			name: researchThemes.name,
			nameEn: researchThemes.nameEn,
			note: focusGroupThemes.note
		})
		.from(focusGroupThemes)
		.innerJoin(researchThemes, eq(researchThemes.id, focusGroupThemes.themeId))
		.where(eq(focusGroupThemes.focusGroupId, group.id))
		.orderBy(asc(researchThemes.name));
	return { ...group, themes };
}

export interface ThemeOfYear {
	themeId: string;
	name: string;
	nameEn: string;
	codedAnswers: number;
	focusGroups: { id: string; title: string }[];
}

/**
 * The themes found in a year, from both sources: how many open answers of that year's surveys are
 * coded with each, and in which of that year's focus groups it came up. Most answers first.
 */
export async function listThemesOfYear(db: Database, officeId: string, year: number): Promise<ThemeOfYear[]> {
	const [coded, discussed] = await Promise.all([
		db
			.select({ themeId: surveyAnswerThemes.themeId, n: count() })
			.from(surveyAnswerThemes)
			.innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswerThemes.responseId))
			.innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
			.where(and(eq(surveyAnswerThemes.officeId, officeId), eq(surveys.year, year)))
			.groupBy(surveyAnswerThemes.themeId),
		db
			.select({ themeId: focusGroupThemes.themeId, id: focusGroups.id, title: focusGroups.title })
			.from(focusGroupThemes)
			.innerJoin(focusGroups, eq(focusGroups.id, focusGroupThemes.focusGroupId))
			.where(
				and(
					eq(focusGroupThemes.officeId, officeId),
					gte(focusGroups.heldOn, `${year}-01-01`),
					lt(focusGroups.heldOn, `${year + 1}-01-01`)
				)
			)
	]);
	const ids = [...new Set([...coded.map((row) => row.themeId), ...discussed.map((row) => row.themeId)])];
	if (ids.length === 0) return [];
	const themes = await db
		.select({ id: researchThemes.id, name: researchThemes.name, nameEn: researchThemes.nameEn })
		.from(researchThemes)
		.where(and(eq(researchThemes.officeId, officeId), inArray(researchThemes.id, ids)));
	return themes
		.map((theme) => ({
			themeId: theme.id,
			name: theme.name,
			nameEn: theme.nameEn,
			codedAnswers: Number(coded.find((row) => row.themeId === theme.id)?.n ?? 0),
			focusGroups: discussed.filter((row) => row.themeId === theme.id).map((row) => ({ id: row.id, title: row.title }))
		}))
		.sort(
			(a, b) =>
				b.codedAnswers - a.codedAnswers || b.focusGroups.length - a.focusGroups.length || a.name.localeCompare(b.name)
		);
}

/** The years that have surveys, focus groups or a summary, newest first. */
export async function listResearchYears(db: Database, officeId: string): Promise<number[]> {
	const result = await db.execute(sql`
		SELECT year FROM ${surveys} WHERE ${surveys.officeId} = ${officeId}
		UNION SELECT extract(year FROM ${focusGroups.heldOn})::int FROM ${focusGroups} WHERE ${focusGroups.officeId} = ${officeId}
		UNION SELECT ${needsSummaries.year} FROM ${needsSummaries} WHERE ${needsSummaries.officeId} = ${officeId}
		ORDER BY 1 DESC`);
	return (result as unknown as { rows: { year: number }[] }).rows.map((row) => Number(row.year));
}

export type NeedsSummaryRow = typeof needsSummaries.$inferSelect;

/** The office's needs summaries, newest year first. */
export async function listNeedsSummaries(db: Database, officeId: string): Promise<NeedsSummaryRow[]> {
	return db
		.select()
		.from(needsSummaries)
		.where(eq(needsSummaries.officeId, officeId))
		.orderBy(desc(needsSummaries.year));
}

/** A year's needs summary with the ids of the goals it is linked to, or null. */
export async function getNeedsSummary(
	db: Database,
	officeId: string,
	year: number
): Promise<(NeedsSummaryRow & { goalIds: string[] }) | null> {
	const [summary] = await db
		.select()
		.from(needsSummaries)
		.where(and(eq(needsSummaries.officeId, officeId), eq(needsSummaries.year, year)));
	if (!summary) return null;
	const goals = await db
		.select({ goalId: needsSummaryGoals.goalId })
		.from(needsSummaryGoals)
		.where(eq(needsSummaryGoals.summaryId, summary.id));
	return { ...summary, goalIds: goals.map((row) => row.goalId) };
}

export interface GoalChoice {
	id: string;
	planTitle: string;
	planTitleEn: string;
	title: string;
	titleEn: string;
}

/**
 * The goals of the office's action plans, for linking a needs summary to them (only those of plans the public may read
 * with `publicOnly`), through the plan's `linkTargets` (decision 0037); the registry imports every manifest, this
 * module's too, so it is imported lazily.
 */
export async function listGoalChoices(
	db: Database,
	officeId: string,
	options: { publicOnly?: boolean } = {}
): Promise<GoalChoice[]> {
	const { linkTargetsFor } = await import('../../registry.server.ts');
	return (await linkTargetsFor(db, officeId, { kind: 'plan.goal' }))
		.filter((goal) => !options.publicOnly || goal.path !== null)
		.map((goal) => ({
			id: goal.id,
			planTitle: goal.trail[0]?.title ?? '',
			planTitleEn: goal.trail[0]?.titleEn ?? '',
			title: goal.title,
			titleEn: goal.titleEn
		}));
}

/** A public needs summary with its linked goals, or null when there is none or it is not public. */
export async function getPublicNeedsSummary(
	db: Database,
	officeId: string,
	year: number
): Promise<(NeedsSummaryRow & { goals: GoalChoice[] }) | null> {
	const summary = await getNeedsSummary(db, officeId, year);
	if (!summary || !summary.isPublic) return null;
	const goals = summary.goalIds.length
		? (await listGoalChoices(db, officeId, { publicOnly: true })).filter((goal) => summary.goalIds.includes(goal.id))
		: [];
	return { ...summary, goals };
}

/** The office's surveys with how many complete responses each has, newest year first. */
export async function listSurveysWithResponses(
	db: Database,
	officeId: string
): Promise<{ id: string; title: string; titleEn: string; year: number; responses: number }[]> {
	const rows = await db
		.select({
			id: surveys.id,
			title: surveys.title,
			titleEn: surveys.titleEn,
			year: surveys.year,
			responses: sql<number>`(SELECT count(*)::int FROM ${surveyResponses} WHERE ${surveyResponses.surveyId} = ${outer(surveys.id)} AND ${surveyResponses.isComplete})`
		})
		.from(surveys)
		.where(eq(surveys.officeId, officeId))
		.orderBy(desc(surveys.year), asc(surveys.title));
	return rows.map((row) => ({ ...row, responses: Number(row.responses) }));
}

/** What the office has published from its research: public needs summaries and surveys with public results. */
export interface PublishedResearch {
	summaries: { year: number; updatedAt: Date | null }[];
	results: { slug: string; title: string; titleEn: string; year: number; updatedAt: Date | null }[];
}

/** Every published research record, newest first: the /research page, the surveys page and the sitemap list it. */
export async function listPublishedResearch(db: Database, officeId: string): Promise<PublishedResearch> {
	const [summaries, results] = await Promise.all([
		db
			.select({ year: needsSummaries.year, updatedAt: needsSummaries.updatedAt })
			.from(needsSummaries)
			.where(and(eq(needsSummaries.officeId, officeId), eq(needsSummaries.isPublic, true)))
			.orderBy(desc(needsSummaries.year)),
		db
			.select({
				slug: surveys.slug,
				title: surveys.title,
				titleEn: surveys.titleEn,
				year: surveys.year,
				updatedAt: surveys.updatedAt
			})
			.from(surveys)
			.where(and(eq(surveys.officeId, officeId), eq(surveys.resultsPublic, true), ne(surveys.status, 'draft')))
			.orderBy(desc(surveys.year), asc(surveys.title))
	]);
	return { summaries, results };
}

/**
 * The published needs summaries an action plan answers (manifest `planLinks`): those linked to one of its
 * goals, and those of the year before the plan starts (the research it was built on) through its last year.
 */
export async function listPlanResearchLinks(
	db: Database,
	officeId: string,
	plan: PlanLinkQuery
): Promise<RelatedLink[]> {
	const linked =
		plan.goalIds.length > 0
			? db
					.select({ id: needsSummaryGoals.summaryId })
					.from(needsSummaryGoals)
					.where(and(eq(needsSummaryGoals.officeId, officeId), inArray(needsSummaryGoals.goalId, [...plan.goalIds])))
			: null;
	const inPeriod = and(gte(needsSummaries.year, plan.firstYear - 1), lte(needsSummaries.year, plan.lastYear));
	const rows = await db
		.select({ year: needsSummaries.year })
		.from(needsSummaries)
		.where(
			and(
				eq(needsSummaries.officeId, officeId),
				eq(needsSummaries.isPublic, true),
				linked ? or(inPeriod, inArray(needsSummaries.id, linked)) : inPeriod
			)
		)
		.orderBy(asc(needsSummaries.year));
	return rows.map((row) => ({
		kindKey: 'surveys.research.nav',
		title: '',
		titleEn: '',
		titleKey: 'surveys.research.publicTitle',
		titleValues: { year: String(row.year) },
		path: `/research/${row.year}`
	}));
}
