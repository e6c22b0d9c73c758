import { and, asc, desc, eq, isNull, lte, gte, or, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { orderOf } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import {
	surveyInvitationCodes,
	surveyQuestions,
	surveyResponses,
	surveys,
	surveySections,
	surveySettlements
} from './schema.ts';
import { canManageSurveys } from './permissions.server.ts';
import type { SearchHit, SitemapEntry } from '../../server/manifest.ts';
import { searchTerms, termPrefix } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';
import { outer } from '../../server/db/outer.ts';
import { listPublishedResearch } from './analysis/research-queries.server.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type SectionRow = typeof surveySections.$inferSelect;
export type QuestionRow = typeof surveyQuestions.$inferSelect;
export type SectionWithQuestions = SectionRow & { questions: QuestionRow[] };

/** Whether a survey takes answers now, and if not, why. */
export type SurveyAvailability = 'open' | 'draft' | 'not_yet_open' | 'closed' | 'archived';

/** Open while published and between the open and close dates (either may be empty). */
export function availabilityOf(
	survey: Pick<SurveyRow, 'status' | 'opensAt' | 'closesAt'>,
	now: Date
): SurveyAvailability {
	if (survey.status === 'draft') return 'draft';
	if (survey.status === 'archived') return 'archived';
	if (survey.opensAt && survey.opensAt > now) return 'not_yet_open';
	if (survey.closesAt && survey.closesAt <= now) return 'closed';
	return 'open';
}

/** Surveys of the office for the back-office list, newest year first, with response counts. */
/** Completed responses of the survey in the outer query. */
const completeResponses = sql<number>`(select count(*)::int from ${surveyResponses} r where r.survey_id = ${outer(surveys.id)} and r.is_complete)`;

/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_SURVEY_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${surveys.title}) COLLATE "C"`,
	year: surveys.year,
	dates: surveys.opensAt,
	responses: completeResponses,
	// The availability the column shows (availabilityOf): draft, not yet open, open, closed, archived.
	status: sql`(CASE WHEN ${surveys.status} = 'draft' THEN 0 WHEN ${surveys.status} = 'archived' THEN 4 WHEN ${surveys.opensAt} > now() THEN 1 WHEN ${surveys.closesAt} <= now() THEN 3 ELSE 2 END)`
} as const;

export async function listSurveysForAdmin(ctx: Context, sort: SortState | null = null) {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const complete = completeResponses;
	return ctx.db
		.select({
			id: surveys.id,
			slug: surveys.slug,
			title: surveys.title,
			year: surveys.year,
			status: surveys.status,
			opensAt: surveys.opensAt,
			closesAt: surveys.closesAt,
			targetResponses: surveys.targetResponses,
			isDemo: surveys.isDemo,
			responses: complete
		})
		.from(surveys)
		.where(eq(surveys.officeId, ctx.officeId))
		.orderBy(
			...orderOf(sort, ADMIN_SURVEY_SORT_COLUMNS, [desc(surveys.year), desc(surveys.createdAt)], [asc(surveys.id)])
		);
}

/** Sections of a survey in order, each with its questions in order. */
export async function getSurveyStructure(db: Database, surveyId: string): Promise<SectionWithQuestions[]> {
	const [sections, questions] = await Promise.all([
		db
			.select()
			.from(surveySections)
			.where(eq(surveySections.surveyId, surveyId))
			.orderBy(asc(surveySections.sortOrder)),
		db
			.select()
			.from(surveyQuestions)
			.where(eq(surveyQuestions.surveyId, surveyId))
			.orderBy(asc(surveyQuestions.sortOrder))
	]);
	return sections.map((section) => ({
		...section,
		questions: questions.filter((question) => question.sectionId === section.id)
	}));
}

/** A survey with its structure and response count, for the editor. */
export async function getSurveyForAdmin(ctx: Context, surveyId: string) {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const [survey] = await ctx.db
		.select()
		.from(surveys)
		.where(and(eq(surveys.id, surveyId), eq(surveys.officeId, ctx.officeId)))
		.limit(1);
	if (!survey) throw new AppError('not_found', 'error.404.text');
	const [sections, [{ responses, complete }]] = await Promise.all([
		getSurveyStructure(ctx.db, survey.id),
		ctx.db
			.select({
				responses: sql<number>`count(*)::int`,
				complete: sql<number>`count(*) filter (where ${surveyResponses.isComplete})::int`
			})
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, survey.id))
	]);
	return { survey, sections, responses: Number(responses), complete: Number(complete) };
}

/** A survey of the office by its address, whatever its state (the page explains when it is closed). */
export async function getSurveyBySlug(db: Database, officeId: string, slug: string): Promise<SurveyRow | null> {
	const [survey] = await db
		.select()
		.from(surveys)
		.where(and(eq(surveys.officeId, officeId), eq(surveys.slug, slug)))
		.limit(1);
	return survey ?? null;
}

/** Published surveys taking answers now, for the portal. */
export async function listOpenSurveys(db: Database, officeId: string, now: Date) {
	return db
		.select({
			slug: surveys.slug,
			title: surveys.title,
			titleEn: surveys.titleEn,
			introduction: surveys.introduction,
			introductionEn: surveys.introductionEn,
			closesAt: surveys.closesAt,
			year: surveys.year,
			updatedAt: surveys.updatedAt
		})
		.from(surveys)
		.where(
			and(
				eq(surveys.officeId, officeId),
				eq(surveys.status, 'published'),
				or(isNull(surveys.opensAt), lte(surveys.opensAt, now)),
				or(isNull(surveys.closesAt), gte(surveys.closesAt, now))
			)
		)
		.orderBy(desc(surveys.year), asc(surveys.closesAt));
}

/** The office's settlements in their order. */
export async function listSettlements(db: Database, officeId: string) {
	return db
		.select()
		.from(surveySettlements)
		.where(eq(surveySettlements.officeId, officeId))
		.orderBy(asc(surveySettlements.sortOrder), asc(surveySettlements.name));
}

/** Invitation codes of a survey, by batch; `batch` narrows to one sheet. */
export async function listInvitationCodes(ctx: Context, surveyId: string, batch?: string) {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const conditions = [eq(surveyInvitationCodes.surveyId, surveyId), eq(surveyInvitationCodes.officeId, ctx.officeId)];
	if (batch !== undefined) conditions.push(eq(surveyInvitationCodes.batch, batch));
	return ctx.db
		.select({
			id: surveyInvitationCodes.id,
			code: surveyInvitationCodes.code,
			batch: surveyInvitationCodes.batch,
			usedAt: surveyInvitationCodes.usedAt,
			createdAt: surveyInvitationCodes.createdAt
		})
		.from(surveyInvitationCodes)
		.where(and(...conditions))
		.orderBy(asc(surveyInvitationCodes.batch), asc(surveyInvitationCodes.createdAt), asc(surveyInvitationCodes.code));
}

/** How many answers each question key has in a survey (to refuse changes that would orphan them). */
export async function answeredKeys(db: Database, surveyId: string, keys: readonly string[]): Promise<Set<string>> {
	if (keys.length === 0) return new Set();
	const rows = await db
		.selectDistinct({
			key: sql<string>`jsonb_object_keys(${surveyResponses.answers} || ${surveyResponses.sensitiveAnswers})`
		})
		.from(surveyResponses)
		.where(eq(surveyResponses.surveyId, surveyId));
	const found = new Set(rows.map((row) => row.key));
	return new Set(keys.filter((key) => found.has(key)));
}

/** Whether any stored answer to `key` chose `code` (single, multiple, dropdown, ranking). */
export async function optionCodesInUse(db: Database, surveyId: string, key: string): Promise<Set<string>> {
	const rows = await db
		.select({
			value: sql<unknown>`coalesce(${surveyResponses.answers} -> ${key}, ${surveyResponses.sensitiveAnswers} -> ${key})`
		})
		.from(surveyResponses)
		.where(
			and(
				eq(surveyResponses.surveyId, surveyId),
				sql`(${surveyResponses.answers} ? ${key} or ${surveyResponses.sensitiveAnswers} ? ${key})`
			)
		);
	const used = new Set<string>();
	for (const { value } of rows) {
		if (Array.isArray(value)) value.forEach((code) => used.add(String(code)));
		else if (value && typeof value === 'object') Object.keys(value).forEach((code) => used.add(code));
		else if (value !== null && value !== undefined) used.add(String(value));
	}
	return used;
}

/**
 * Open surveys matching a folded query, for the portal search. An office has a handful open at a
 * time, so they are matched here rather than through a search index.
 */
export async function searchOpenSurveys(
	db: Database,
	officeId: string,
	folded: string,
	limit: number
): Promise<SearchHit[]> {
	const terms = searchTerms(folded).map(termPrefix);
	if (terms.length === 0) return [];
	const open = await listOpenSurveys(db, officeId, new Date());
	return open
		.map((survey) => {
			const text = searchKey(`${survey.title} ${survey.titleEn} ${survey.introduction} ${survey.introductionEn}`);
			const title = searchKey(`${survey.title} ${survey.titleEn}`);
			const matched = terms.filter((term) => text.includes(term)).length;
			const rank = matched / terms.length + terms.filter((term) => title.includes(term)).length / terms.length;
			return { survey, matched, rank };
		})
		.filter(({ matched }) => matched === terms.length)
		.sort((a, b) => b.rank - a.rank)
		.slice(0, limit)
		.map(({ survey, rank }) => ({
			kindKey: 'surveys.kind',
			title: survey.title,
			titleEn: survey.titleEn,
			summary: survey.introduction.slice(0, 240),
			summaryEn: survey.introductionEn.slice(0, 240),
			path: `/surveys/${survey.slug}`,
			rank,
			date: survey.closesAt
		}));
}

/** The survey list and every open survey, for sitemap.xml (nothing while none is open). */
export async function listSurveySitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const [open, published] = await Promise.all([
		listOpenSurveys(db, officeId, new Date()),
		listPublishedResearch(db, officeId)
	]);
	const hasResearch = published.summaries.length > 0 || published.results.length > 0;
	return [
		...(open.length > 0 || hasResearch ? [{ path: '/surveys', updatedAt: null }] : []),
		...open.map((survey) => ({ path: `/surveys/${survey.slug}`, updatedAt: survey.updatedAt })),
		...(hasResearch ? [{ path: '/research', updatedAt: null }] : []),
		...published.summaries.map((summary) => ({ path: `/research/${summary.year}`, updatedAt: summary.updatedAt })),
		...published.results.map((survey) => ({ path: `/surveys/${survey.slug}/results`, updatedAt: survey.updatedAt }))
	];
}
