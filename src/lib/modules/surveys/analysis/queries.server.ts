// Reads for the analysis of survey answers. Every aggregation runs in SQL (GROUP BY over the jsonb
// answers or the demographic columns), so a survey of tens of thousands of responses is summarised in
// one scan and nothing per respondent is loaded into the server.
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { searchKey } from '../../../i18n/script.ts';
import { AGE_BANDS, AREA_TYPES, GENDERS, OCCUPATIONS } from '../demographics.ts';
import type { CrossDemographic } from './crosstab-options.ts';
import {
	RESPONSE_SOURCES,
	researchThemes,
	surveyAnswerTallies,
	surveyAnswerThemes,
	surveyQuestions,
	surveyResponses,
	surveySections,
	surveys,
	type ResponseSource,
	type SurveyOption,
	type SurveyQuestionKind,
	type SurveyScale
} from '../schema.ts';
import {
	meanOf,
	medianOf,
	percentOf,
	roundOne,
	suppressCrossTab,
	isSmall,
	type ShownCount,
	type ValueCount
} from './statistics.ts';
import { outer } from '../../../server/db/outer.ts';

export interface AnalysisQuestion {
	id: string;
	key: string;
	kind: SurveyQuestionKind;
	prompt: string;
	promptEn: string;
	options: SurveyOption[];
	statements: SurveyOption[];
	scale: SurveyScale | null;
	allowsOther: boolean;
	demographic: string | null;
	isSensitive: boolean;
	sectionTitle: string;
}

export interface AnalysisSurvey {
	id: string;
	slug: string;
	title: string;
	titleEn: string;
	year: number;
	status: string;
	resultsPublic: boolean;
	questions: AnalysisQuestion[];
}

export const CHOICE_KINDS: readonly SurveyQuestionKind[] = ['single', 'dropdown', 'multiple'];
export const TEXT_KINDS: readonly SurveyQuestionKind[] = ['short_text', 'long_text'];

export { CROSS_DEMOGRAPHICS, type CrossDemographic } from './crosstab-options.ts';

const demographicColumn = {
	age_band: surveyResponses.ageBand,
	gender: surveyResponses.gender,
	area_type: surveyResponses.areaType,
	occupation: surveyResponses.occupation,
	settlement: surveyResponses.settlement
} as const;

/** Which responses an analysis counts. */
export interface ResponseFilter {
	completeOnly: boolean;
	source: ResponseSource | null;
	ageBand: string | null;
	gender: string | null;
	areaType: string | null;
	occupation: string | null;
	settlement: string | null;
}

export const NO_FILTER: ResponseFilter = {
	completeOnly: true,
	source: null,
	ageBand: null,
	gender: null,
	areaType: null,
	occupation: null,
	settlement: null
};

/** Reads a filter from a results page's query string; unknown values are ignored. */
export function filterFromSearchParams(params: URLSearchParams): ResponseFilter {
	const oneOf = (name: string, allowed: readonly string[] | null) => {
		const value = params.get(name)?.trim() ?? '';
		if (!value || value.length > 80) return null;
		return allowed === null || allowed.includes(value) ? value : null;
	};
	return {
		completeOnly: params.get('all') !== '1',
		source: oneOf('source', RESPONSE_SOURCES) as ResponseSource | null,
		ageBand: oneOf('age_band', AGE_BANDS),
		gender: oneOf('gender', GENDERS),
		areaType: oneOf('area_type', AREA_TYPES),
		occupation: oneOf('occupation', OCCUPATIONS),
		settlement: oneOf('settlement', null)
	};
}

function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

function responseWhere(surveyId: string, filter: ResponseFilter): SQL {
	const conditions: SQL[] = [sql`${surveyResponses.surveyId} = ${surveyId}`];
	if (filter.completeOnly) conditions.push(sql`${surveyResponses.isComplete}`);
	if (filter.source) conditions.push(sql`${surveyResponses.source} = ${filter.source}`);
	if (filter.ageBand) conditions.push(sql`${surveyResponses.ageBand} = ${filter.ageBand}`);
	if (filter.gender) conditions.push(sql`${surveyResponses.gender} = ${filter.gender}`);
	if (filter.areaType) conditions.push(sql`${surveyResponses.areaType} = ${filter.areaType}`);
	if (filter.occupation) conditions.push(sql`${surveyResponses.occupation} = ${filter.occupation}`);
	if (filter.settlement) conditions.push(sql`${surveyResponses.settlement} = ${filter.settlement}`);
	return sql.join(conditions, sql` AND `);
}

/**
 * An answer given (not null, not an empty string, list or record). The answer expression is
 * evaluated once (a jsonb lookup per row is what a summary of many thousand responses costs);
 * open answers also must not be blank.
 */
const isAnswered = (value: SQL, isText = false) =>
	isText
		? sql`(coalesce(btrim(${value} #>> '{}'), '') <> '')`
		: sql`(${value} NOT IN ('null'::jsonb, '""'::jsonb, '[]'::jsonb, '{}'::jsonb))`;

/** The survey with its questions in order, or null when it is not this office's. */
export async function getSurveyForAnalysis(
	db: Database,
	officeId: string,
	surveyId: string
): Promise<AnalysisSurvey | null> {
	if (!/^[0-9a-f-]{36}$/i.test(surveyId)) return null;
	const [survey] = await db
		.select()
		.from(surveys)
		.where(and(eq(surveys.officeId, officeId), eq(surveys.id, surveyId)));
	return survey ? withQuestions(db, survey) : null;
}

/** A survey whose results are public (and which is not a draft), by its address, or null. */
export async function getPublicResultsSurvey(
	db: Database,
	officeId: string,
	slug: string
): Promise<AnalysisSurvey | null> {
	const [survey] = await db
		.select()
		.from(surveys)
		.where(
			and(
				eq(surveys.officeId, officeId),
				eq(surveys.slug, slug),
				eq(surveys.resultsPublic, true),
				ne(surveys.status, 'draft')
			)
		);
	return survey ? withQuestions(db, survey) : null;
}

async function withQuestions(db: Database, survey: typeof surveys.$inferSelect): Promise<AnalysisSurvey> {
	const questions = await db
		.select({
			id: surveyQuestions.id,
			key: surveyQuestions.key,
			kind: surveyQuestions.kind,
			prompt: surveyQuestions.prompt,
			promptEn: surveyQuestions.promptEn,
			options: surveyQuestions.options,
			statements: surveyQuestions.statements,
			scale: surveyQuestions.scale,
			allowsOther: surveyQuestions.allowsOther,
			demographic: surveyQuestions.demographic,
			isSensitive: surveyQuestions.isSensitive,
			sectionTitle: surveySections.title
		})
		.from(surveyQuestions)
		.innerJoin(surveySections, eq(surveySections.id, surveyQuestions.sectionId))
		.where(eq(surveyQuestions.surveyId, survey.id))
		.orderBy(asc(surveySections.sortOrder), asc(surveyQuestions.sortOrder));
	return {
		id: survey.id,
		slug: survey.slug,
		title: survey.title,
		titleEn: survey.titleEn,
		year: survey.year,
		status: survey.status,
		resultsPublic: survey.resultsPublic,
		questions
	};
}

/** A count as a summary shows it: hidden under the threshold when the question is suppressed. */
export interface OptionCount {
	value: string;
	count: ShownCount;
	percent: number | null;
}

export type QuestionSummary =
	| { type: 'choice'; key: string; answered: ShownCount; options: OptionCount[] }
	| {
			type: 'numeric';
			key: string;
			/** The answers are years (year of birth): shown without a thousands separator. */
			isYear: boolean;
			answered: ShownCount;
			distribution: OptionCount[];
			mean: number | null;
			median: number | null;
	  }
	| {
			type: 'matrix';
			key: string;
			answered: ShownCount;
			statements: { value: string; answered: ShownCount; mean: number | null; median: number | null }[];
	  }
	| {
			type: 'ranking';
			key: string;
			answered: ShownCount;
			items: { value: string; averagePosition: number | null; firstPlace: ShownCount }[];
	  }
	| { type: 'text'; key: string; answered: ShownCount };

export interface SurveySummary {
	respondents: number;
	questions: QuestionSummary[];
}

interface SummaryRow {
	key: string;
	part: 'n' | 's' | 'a' | 'o';
	item: string | null;
	value: string | null;
	pos: number;
	n: number;
}

const shown = (value: number, suppress: boolean): ShownCount =>
	suppress && isSmall(value) ? { hidden: true } : { hidden: false, count: value };

/** Counts of a one-way table; when suppressed, small counts and one complementary count are hidden. */
function oneWay(counts: { value: string; count: number }[], base: number, suppress: boolean): OptionCount[] {
	if (!suppress)
		return counts.map((entry) => ({
			value: entry.value,
			count: { hidden: false, count: entry.count },
			percent: percentOf(entry.count, base)
		}));
	const table = suppressCrossTab({
		cells: counts.map((entry) => [entry.count]),
		rowTotals: counts.map((entry) => entry.count),
		columnTotals: [base],
		grandTotal: base
	});
	return counts.map((entry, index) => {
		const cell = table.cells[index][0];
		return { value: entry.value, count: cell, percent: cell.hidden ? null : percentOf(entry.count, base) };
	});
}

/** Option codes in the question's order, then any other codes that were answered (e.g. "other"). */
function orderedCodes(defined: readonly string[], seen: Iterable<string>): string[] {
	const extra = [...new Set(seen)].filter((code) => !defined.includes(code)).sort();
	return [...defined, ...extra];
}

/**
 * Per question: respondents who answered, counts and percentages of each option, distribution, mean
 * and median of scales and numbers, per-statement means of a matrix, average ranks of a ranking.
 * Small counts are hidden everywhere by default (src/lib/statistics/suppression.ts: the results page,
 * its PDF and public results all say so); `exact: true` is for tests that check the arithmetic.
 * Without a filter but completeness the groups come from the answer tally; `fromResponses: true`
 * groups the responses themselves (what a filtered summary does), for tests that compare the two.
 */
export async function summarizeSurvey(
	db: Database,
	survey: AnalysisSurvey,
	filter: ResponseFilter,
	options: { exact?: boolean; fromResponses?: boolean } = {}
): Promise<SurveySummary> {
	const questions = survey.questions;
	const where = responseWhere(survey.id, filter);
	// One scan of the survey's responses, grouped with GROUPING SETS: per question by its whole answer
	// as jsonb text (a choice, a number, the set of chosen options, a matrix's statements, a ranking's
	// order), per open question by whether it was answered, and all together for the respondents. The
	// answer sets are few (options, their combinations), so everything else — answered counts, chosen
	// options, matrix statements, ranking positions — is worked out per group, never per response. The
	// expressions are written out with literal keys so that the planner sees the SELECT and GROUP BY
	// expressions as the same.
	const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);
	const column = (question: AnalysisQuestion) =>
		question.isSensitive ? sql.raw('"sensitive_answers"') : sql.raw('"answers"');
	const value = (question: AnalysisQuestion) => sql`(${column(question)} -> ${literal(question.key)})`;
	const expressions = questions.map((question) =>
		TEXT_KINDS.includes(question.kind) ? isAnswered(value(question), true) : sql`(${value(question)}::text)`
	);
	const tallied = isTallied(filter) && !options.fromResponses ? await tallyGroups(db, survey, filter) : null;
	const result =
		tallied !== null
			? { rows: [] }
			: expressions.length === 0
				? await db.execute(sql`SELECT count(*)::int AS n FROM survey_responses WHERE ${where}`)
				: await db.execute(sql`
				SELECT ${sql.join(
					expressions.map((expression, index) => sql`${expression} AS ${sql.raw(`c${index}`)}`),
					sql`, `
				)},
				${sql.join(
					expressions.map((expression, index) => sql`GROUPING(${expression}) AS ${sql.raw(`g${index}`)}`),
					sql`, `
				)},
				count(*)::int AS n
				FROM survey_responses WHERE ${where}
				GROUP BY GROUPING SETS (${sql.join(
					expressions.map((expression) => sql`(${expression})`),
					sql`, `
				)}, ())`);
	let respondents = tallied?.respondents ?? 0;
	const groups = tallied?.groups ?? new Map<string, { answer: unknown; n: number }[]>();
	for (const row of rowsOf<Record<string, unknown>>(result)) {
		const index = expressions.findIndex((_, position) => Number(row[`g${position}`]) === 0);
		const n = Number(row.n);
		if (index < 0) {
			respondents = n;
			continue;
		}
		const key = questions[index].key;
		const group = { answer: row[`c${index}`], n };
		const known = groups.get(key);
		if (known) known.push(group);
		else groups.set(key, [group]);
	}
	const byKey = new Map<string, SummaryRow[]>();
	for (const question of questions) byKey.set(question.key, summaryRows(question, groups.get(question.key) ?? []));
	return {
		respondents,
		questions: questions.map((question) =>
			summarizeQuestion(question, byKey.get(question.key) ?? [], !options.exact || question.isSensitive)
		)
	};
}

/** Whether a summary can be read from the answer tally: no filter but completeness. */
function isTallied(filter: ResponseFilter): boolean {
	return (
		!filter.source && !filter.ageBand && !filter.gender && !filter.areaType && !filter.occupation && !filter.settlement
	);
}

/**
 * The summary's groups of identical answers read from the answer tally that triggers keep on every
 * write (survey_answer_tallies): the same groups the scan of the responses makes — a non-open
 * question's answers as jsonb text, an open question's answered count as `true` — from a few hundred
 * rows sent as one JSON text instead of 20,000 responses grouped on every page load.
 */
async function tallyGroups(
	db: Database,
	survey: AnalysisSurvey,
	filter: ResponseFilter
): Promise<{ respondents: number; groups: Map<string, { answer: unknown; n: number }[]> }> {
	const completeness = filter.completeOnly ? sql` AND ${surveyAnswerTallies.isComplete}` : sql``;
	const result = await db.execute(sql`
		SELECT coalesce(json_agg(json_build_array(t.is_sensitive, t.question_key, t.answer, t.n)), '[]')::text AS tally
		FROM (
			SELECT ${surveyAnswerTallies.isSensitive} AS is_sensitive, ${surveyAnswerTallies.questionKey} AS question_key,
				${surveyAnswerTallies.answer} AS answer, sum(${surveyAnswerTallies.n})::int AS n
			FROM ${surveyAnswerTallies}
			WHERE ${surveyAnswerTallies.surveyId} = ${survey.id}${completeness}
			GROUP BY 1, 2, 3
		) t`);
	const [{ tally }] = rowsOf<{ tally: string }>(result);
	const questionOf = new Map(survey.questions.map((question) => [`${question.isSensitive}:${question.key}`, question]));
	let respondents = 0;
	const groups = new Map<string, { answer: unknown; n: number }[]>();
	for (const [isSensitive, key, answer, n] of JSON.parse(tally) as [boolean, string, string, number][]) {
		if (n === 0) continue;
		if (key === '' && !isSensitive) {
			respondents += n;
			continue;
		}
		const question = questionOf.get(`${isSensitive}:${key}`);
		if (!question) continue;
		const group = { answer: TEXT_KINDS.includes(question.kind) ? answer === 'true' : answer, n };
		const known = groups.get(key);
		if (known) known.push(group);
		else groups.set(key, [group]);
	}
	return { respondents, groups };
}

/** A number in an answer, kept as PostgreSQL writes it (`1.50` stays `1.50`, as `->>` gives it). */
class JsonNumber {
	readonly source: string;
	constructor(source: string) {
		this.source = source;
	}
}

/** An answer's jsonb text parsed, its numbers kept as written. */
function parseAnswer(text: string): unknown {
	return JSON.parse(text, (_key: string, parsed: unknown, context?: { source?: string }) =>
		typeof parsed === 'number' ? new JsonNumber(context?.source ?? String(parsed)) : parsed
	);
}

/** What `->>` gives for an element of an answer: null for a JSON null or a missing element. */
function elementText(element: unknown): string | null {
	if (element === null || element === undefined) return null;
	if (typeof element === 'string') return element;
	if (element instanceof JsonNumber) return element.source;
	if (typeof element === 'boolean') return String(element);
	return JSON.stringify(element, (_key, nested: unknown) =>
		nested instanceof JsonNumber ? Number(nested.source) : nested
	);
}

/** Whether jsonb's `?` finds the code: an element of an array, a key of an object, or the string itself. */
function holdsCode(answer: unknown, code: string): boolean {
	if (typeof answer === 'string') return answer === code;
	if (Array.isArray(answer)) return answer.some((element) => element === code);
	if (answer !== null && typeof answer === 'object' && !(answer instanceof JsonNumber))
		return Object.hasOwn(answer, code);
	return false;
}

const UNANSWERED = new Set(['null', '""', '[]', '{}']);

/**
 * A question's summary rows from its groups of identical answers: respondents who answered, the value
 * of a scalar answer, each chosen option of a multiple choice, each statement of a matrix, each
 * position of a ranking — the same figures as grouping each part separately over the responses.
 */
function summaryRows(question: AnalysisQuestion, groups: { answer: unknown; n: number }[]): SummaryRow[] {
	const key = question.key;
	const merged = new Map<string, SummaryRow>();
	const add = (row: Omit<SummaryRow, 'n'>, n: number) => {
		const id = JSON.stringify([row.part, row.item, row.value, row.pos]);
		const existing = merged.get(id);
		if (existing) existing.n += n;
		else merged.set(id, { ...row, n });
	};
	add({ key, part: 'n', item: null, value: null, pos: 0 }, 0);
	if (TEXT_KINDS.includes(question.kind)) {
		for (const group of groups)
			if (group.answer === true) add({ key, part: 'n', item: null, value: null, pos: 0 }, group.n);
		return [...merged.values()];
	}
	const codes = question.options.map((option) => option.value);
	if (question.kind === 'multiple' && question.allowsOther && !codes.includes('other')) codes.push('other');
	for (const group of groups) {
		if (group.answer === null || group.answer === undefined) continue;
		const text = String(group.answer);
		if (!UNANSWERED.has(text)) add({ key, part: 'n', item: null, value: null, pos: 0 }, group.n);
		const answer = parseAnswer(text);
		if (['single', 'dropdown', 'scale', 'number'].includes(question.kind)) {
			const scalar = answer === null ? null : typeof answer === 'string' ? answer : text;
			if (scalar !== null && scalar.trim() !== '') add({ key, part: 's', item: null, value: scalar, pos: 0 }, group.n);
		} else if (question.kind === 'multiple') {
			for (const code of codes)
				if (holdsCode(answer, code)) add({ key, part: 'a', item: null, value: code, pos: 0 }, group.n);
		} else if (question.kind === 'matrix') {
			const isObject =
				answer !== null && typeof answer === 'object' && !Array.isArray(answer) && !(answer instanceof JsonNumber);
			for (const statement of question.statements) {
				const element =
					isObject && Object.hasOwn(answer, statement.value)
						? elementText((answer as Record<string, unknown>)[statement.value])
						: null;
				if (element !== null && element.trim() !== '')
					add({ key, part: 'o', item: statement.value, value: element, pos: 0 }, group.n);
			}
		} else if (question.kind === 'ranking') {
			for (let position = 0; position < Math.max(1, question.options.length); position++) {
				const element = Array.isArray(answer) ? elementText(answer[position]) : null;
				if (element !== null && element.trim() !== '')
					add({ key, part: 'a', item: null, value: element, pos: position + 1 }, group.n);
			}
		}
	}
	return [...merged.values()].filter((row) => row.n > 0 || row.part === 'n');
}

function summarizeQuestion(question: AnalysisQuestion, rows: SummaryRow[], suppress: boolean): QuestionSummary {
	const answeredCount = rows.find((row) => row.part === 'n')?.n ?? 0;
	const answered = shown(answeredCount, suppress);
	const key = question.key;
	const hideAll = suppress && isSmall(answeredCount);
	switch (question.kind) {
		case 'single':
		case 'dropdown':
		case 'multiple': {
			const counts = new Map<string, number>();
			for (const row of rows)
				if ((row.part === 's' || row.part === 'a') && row.value !== null)
					counts.set(row.value, (counts.get(row.value) ?? 0) + row.n);
			const codes = orderedCodes(
				question.options.map((option) => option.value),
				counts.keys()
			);
			const entries = codes.map((value) => ({ value, count: counts.get(value) ?? 0 }));
			// For a multiple-choice question the options do not add up to the base, so each count is
			// hidden on its own; for a single choice one hidden count could be subtracted back.
			const options =
				question.kind === 'multiple'
					? entries.map((entry) => {
							const cell = shown(entry.count, suppress);
							return {
								value: entry.value,
								count: cell,
								percent: cell.hidden ? null : percentOf(entry.count, answeredCount)
							};
						})
					: oneWay(entries, answeredCount, suppress);
			return { type: 'choice', key, answered, options };
		}
		case 'scale':
		case 'number': {
			const distribution: ValueCount[] = rows
				.filter((row) => row.part === 's' && row.value !== null && Number.isFinite(Number(row.value)))
				.map((row) => ({ value: Number(row.value), count: row.n }))
				.sort((a, b) => a.value - b.value);
			if (question.kind === 'scale' && question.scale)
				for (let value = question.scale.min; value <= question.scale.max; value++)
					if (!distribution.some((entry) => entry.value === value)) distribution.push({ value, count: 0 });
			distribution.sort((a, b) => a.value - b.value);
			const mean = meanOf(distribution);
			const median = medianOf(distribution);
			return {
				type: 'numeric',
				key,
				isYear: question.demographic === 'birth_year',
				answered,
				distribution: oneWay(
					distribution.map((entry) => ({ value: String(entry.value), count: entry.count })),
					answeredCount,
					suppress
				),
				mean: hideAll || mean === null ? null : roundOne(mean),
				median: hideAll ? null : median
			};
		}
		case 'matrix': {
			return {
				type: 'matrix',
				key,
				answered,
				statements: question.statements.map((statement) => {
					const distribution = rows
						.filter((row) => row.part === 'o' && row.item === statement.value && Number.isFinite(Number(row.value)))
						.map((row) => ({ value: Number(row.value), count: row.n }));
					const total = distribution.reduce((sum, entry) => sum + entry.count, 0);
					const hidden = suppress && isSmall(total);
					const mean = meanOf(distribution);
					return {
						value: statement.value,
						answered: shown(total, suppress),
						mean: hidden || mean === null ? null : roundOne(mean),
						median: hidden ? null : medianOf(distribution)
					};
				})
			};
		}
		case 'ranking': {
			const codes = orderedCodes(
				question.options.map((option) => option.value),
				rows.filter((row) => row.part === 'a' && row.value !== null).map((row) => row.value as string)
			);
			return {
				type: 'ranking',
				key,
				answered,
				items: codes
					.map((value) => {
						const positions = rows
							.filter((row) => row.part === 'a' && row.value === value)
							.map((row) => ({ value: row.pos, count: row.n }));
						const mean = meanOf(positions);
						const first = positions.find((entry) => entry.value === 1)?.count ?? 0;
						return {
							value,
							averagePosition: hideAll || mean === null ? null : roundOne(mean),
							firstPlace: shown(first, suppress)
						};
					})
					.sort((a, b) => (a.averagePosition ?? 99) - (b.averagePosition ?? 99))
			};
		}
		default:
			return { type: 'text', key, answered };
	}
}

export interface CrossTabColumn {
	value: string | null;
}

export type CrossTab =
	| {
			mode: 'counts';
			question: AnalysisQuestion;
			demographic: CrossDemographic;
			columns: (string | null)[];
			rows: { value: string; cells: { count: ShownCount; percent: number | null }[]; total: ShownCount }[];
			columnTotals: ShownCount[];
			grandTotal: ShownCount;
	  }
	| {
			mode: 'means';
			question: AnalysisQuestion;
			demographic: CrossDemographic;
			columns: (string | null)[];
			rows: { value: string; cells: { mean: number | null; answered: ShownCount }[]; mean: number | null }[];
			columnTotals: ShownCount[];
			grandTotal: ShownCount;
	  };

interface CrossRow {
	g: string | null;
	part: 'base' | 'item';
	item: string | null;
	n: number;
	avg: number | null;
}

/** The group values of a demographic in their natural order, then anything else seen (e.g. unknown). */
function orderedGroups(
	demographic: CrossDemographic,
	seen: (string | null)[],
	settlementOrder: string[]
): (string | null)[] {
	const known: readonly string[] =
		demographic === 'age_band'
			? AGE_BANDS
			: demographic === 'gender'
				? GENDERS
				: demographic === 'area_type'
					? AREA_TYPES
					: demographic === 'occupation'
						? OCCUPATIONS
						: settlementOrder;
	const present = new Set(seen);
	const columns: (string | null)[] = known.filter((value) => present.has(value));
	for (const value of seen) if (value !== null && !columns.includes(value)) columns.push(value);
	if (present.has(null)) columns.push(null);
	return columns;
}

/**
 * A question by a demographic: respondents per answer and group with every small count hidden
 * (see statistics.ts), or for numbers, matrices and rankings the mean per group (hidden under 5).
 */
export async function crossTabulate(
	db: Database,
	survey: AnalysisSurvey,
	questionKey: string,
	demographic: CrossDemographic,
	filter: ResponseFilter
): Promise<CrossTab | null> {
	const question = survey.questions.find((entry) => entry.key === questionKey);
	if (!question || TEXT_KINDS.includes(question.kind) || question.kind === 'date') return null;
	const group = demographicColumn[demographic];
	const answer = question.isSensitive
		? sql`${surveyResponses.sensitiveAnswers} -> ${question.key}`
		: sql`${surveyResponses.answers} -> ${question.key}`;
	const where = responseWhere(survey.id, filter);
	let items: SQL;
	switch (question.kind) {
		case 'multiple':
			items = sql`SELECT g, 'item', el, count(*)::int, NULL::float8 FROM r
				CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(v) = 'array' THEN v ELSE '[]'::jsonb END) el
				GROUP BY g, el`;
			break;
		case 'ranking':
			items = sql`SELECT g, 'item', el.value, count(*)::int, avg(el.pos)::float8 FROM r
				CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(v) = 'array' THEN v ELSE '[]'::jsonb END)
				WITH ORDINALITY el(value, pos)
				GROUP BY g, el.value`;
			break;
		case 'matrix':
			items = sql`SELECT g, 'item', m.key, count(*)::int, avg((m.value #>> '{}')::numeric)::float8 FROM r
				CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(v) = 'object' THEN v ELSE '{}'::jsonb END) m
				WHERE jsonb_typeof(m.value) = 'number'
				GROUP BY g, m.key`;
			break;
		case 'number':
			items = sql`SELECT g, 'item', 'value', count(*)::int, avg((v #>> '{}')::numeric)::float8 FROM r
				WHERE jsonb_typeof(v) = 'number' GROUP BY g`;
			break;
		default:
			items = sql`SELECT g, 'item', v #>> '{}', count(*)::int, NULL::float8 FROM r
				WHERE jsonb_typeof(v) IN ('string', 'number') GROUP BY g, v #>> '{}'`;
	}
	const result = await db.execute(sql`
		WITH r AS (
			SELECT ${group} AS g, ${answer} AS v FROM survey_responses
			WHERE ${where} AND ${isAnswered(answer)}
		)
		SELECT g, 'base' AS part, NULL AS item, count(*)::int AS n, NULL::float8 AS avg FROM r GROUP BY g
		UNION ALL
		${items}
	`);
	const rows = rowsOf<CrossRow>(result).map((row) => ({
		...row,
		n: Number(row.n),
		avg: row.avg === null ? null : Number(row.avg)
	}));
	const settlementOrder = question.demographic === 'settlement' ? question.options.map((o) => o.value) : [];
	const settlementQuestion = survey.questions.find((entry) => entry.demographic === 'settlement');
	const columns = orderedGroups(
		demographic,
		rows.filter((row) => row.part === 'base').map((row) => row.g),
		settlementQuestion ? settlementQuestion.options.map((o) => o.value) : settlementOrder
	);
	const baseOf = (g: string | null) => rows.find((row) => row.part === 'base' && row.g === g)?.n ?? 0;
	const bases = columns.map(baseOf);
	const grand = bases.reduce((sum, value) => sum + value, 0);
	const itemRow = (g: string | null, item: string) =>
		rows.find((row) => row.part === 'item' && row.g === g && row.item === item);
	const numericItems =
		question.kind === 'matrix'
			? question.statements.map((statement) => statement.value)
			: question.kind === 'number'
				? ['value']
				: null;
	if (numericItems || question.kind === 'ranking') {
		const itemCodes =
			numericItems ??
			orderedCodes(
				question.options.map((option) => option.value),
				rows.filter((row) => row.part === 'item' && row.item !== null).map((row) => row.item as string)
			);
		const totals = columns.map((_, index) => shownTotal(bases[index]));
		return {
			mode: 'means',
			question,
			demographic,
			columns,
			rows: itemCodes.map((item) => {
				let sum = 0;
				let n = 0;
				const cells = columns.map((g) => {
					const row = itemRow(g, item);
					const answeredHere = row?.n ?? 0;
					if (row?.avg !== null && row?.avg !== undefined) {
						sum += row.avg * answeredHere;
						n += answeredHere;
					}
					const hidden = isSmall(answeredHere);
					return {
						mean: hidden || row?.avg === null || row?.avg === undefined ? null : roundOne(row.avg),
						answered: hidden ? ({ hidden: true } as const) : ({ hidden: false, count: answeredHere } as const)
					};
				});
				return { value: item, cells, mean: n === 0 || isSmall(n) ? null : roundOne(sum / n) };
			}),
			columnTotals: totals,
			grandTotal: shownTotal(grand)
		};
	}
	const itemCodes = orderedCodes(
		question.kind === 'scale' && question.scale
			? Array.from({ length: question.scale.max - question.scale.min + 1 }, (_, index) =>
					String(question.scale!.min + index)
				)
			: question.options.map((option) => option.value),
		rows.filter((row) => row.part === 'item' && row.item !== null).map((row) => row.item as string)
	);
	const cells = itemCodes.map((item) => columns.map((g) => itemRow(g, item)?.n ?? 0));
	const suppressed = suppressCrossTab({
		cells,
		rowTotals: cells.map((row) => row.reduce((sum, value) => sum + value, 0)),
		columnTotals: bases,
		grandTotal: grand
	});
	return {
		mode: 'counts',
		question,
		demographic,
		columns,
		rows: itemCodes.map((value, rowIndex) => ({
			value,
			cells: suppressed.cells[rowIndex].map((cell, columnIndex) => ({
				count: cell,
				percent:
					cell.hidden || suppressed.columnTotals[columnIndex].hidden ? null : percentOf(cell.count, bases[columnIndex])
			})),
			total: suppressed.rowTotals[rowIndex]
		})),
		columnTotals: suppressed.columnTotals,
		grandTotal: suppressed.grandTotal
	};
}

function shownTotal(value: number): ShownCount {
	return isSmall(value) ? { hidden: true } : { hidden: false, count: value };
}

export interface OpenAnswer {
	responseId: string;
	text: string;
	submittedAt: Date | null;
	themeIds: string[];
}

export const OPEN_ANSWERS_PAGE_SIZE = 25;

/**
 * One page of the answers to an open question, newest first, found in either script (the search
 * folds Cyrillic, Latin and diacritics alike), optionally only those coded with a theme.
 */
export async function listOpenAnswers(
	db: Database,
	survey: AnalysisSurvey,
	questionKey: string,
	options: { search?: string; themeId?: string | null; uncodedOnly?: boolean; page?: number; filter?: ResponseFilter }
): Promise<{ total: number; page: number; pageSize: number; answers: OpenAnswer[] }> {
	const question = survey.questions.find((entry) => entry.key === questionKey);
	if (!question || !TEXT_KINDS.includes(question.kind) || question.isSensitive)
		return { total: 0, page: 1, pageSize: OPEN_ANSWERS_PAGE_SIZE, answers: [] };
	const text = sql`(${surveyResponses.answers} ->> ${question.key})`;
	const conditions: SQL[] = [responseWhere(survey.id, options.filter ?? { ...NO_FILTER, completeOnly: false })];
	conditions.push(sql`coalesce(btrim(${text}), '') <> ''`);
	const folded = searchKey(options.search ?? '');
	if (folded) {
		const pattern = `%${folded.replace(/[%_\\]/g, '')}%`;
		// The stored key of all answers rules most rows out without folding anything per request.
		conditions.push(sql`${surveyResponses.answersSearchKey} LIKE ${pattern}`);
		conditions.push(sql`kzm_search_key(${text}) LIKE ${pattern}`);
	}
	if (options.themeId && /^[0-9a-f-]{36}$/i.test(options.themeId))
		conditions.push(
			sql`EXISTS (SELECT 1 FROM ${surveyAnswerThemes} WHERE ${surveyAnswerThemes.responseId} = ${outer(surveyResponses.id)}
				AND ${surveyAnswerThemes.questionKey} = ${question.key} AND ${surveyAnswerThemes.themeId} = ${options.themeId})`
		);
	if (options.uncodedOnly)
		conditions.push(
			sql`NOT EXISTS (SELECT 1 FROM ${surveyAnswerThemes} WHERE ${surveyAnswerThemes.responseId} = ${outer(surveyResponses.id)}
				AND ${surveyAnswerThemes.questionKey} = ${question.key})`
		);
	const where = sql.join(conditions, sql` AND `);
	const pageOf = async (page: number) =>
		(
			await db
				.select({
					responseId: surveyResponses.id,
					text: sql<string>`${text}`,
					submittedAt: surveyResponses.submittedAt,
					total: sql<number>`count(*) over ()`
				})
				.from(surveyResponses)
				.where(where)
				.orderBy(desc(surveyResponses.startedAt), asc(surveyResponses.id))
				.limit(OPEN_ANSWERS_PAGE_SIZE)
				.offset((page - 1) * OPEN_ANSWERS_PAGE_SIZE)
		).map(({ total, ...row }) => ({ ...row, total: Number(total) }));
	// The first page (how the list opens, and every new search) and the total come from one scan:
	// searching folds every candidate answer, so a second scan only to count cost as much again. A later
	// page counts first, to bring a page past the end back to the last one.
	const requested = Math.max(1, Math.floor(options.page ?? 1));
	let page = 1;
	let total: number;
	let withTotal: Awaited<ReturnType<typeof pageOf>>;
	if (requested === 1) {
		withTotal = await pageOf(1);
		total = withTotal[0]?.total ?? 0;
	} else {
		[{ total }] = await db.select({ total: count() }).from(surveyResponses).where(where);
		page = Math.min(requested, Math.max(1, Math.ceil(total / OPEN_ANSWERS_PAGE_SIZE)));
		withTotal = await pageOf(page);
	}
	const rows = withTotal.map((row) => ({ responseId: row.responseId, text: row.text, submittedAt: row.submittedAt }));
	const coded =
		rows.length === 0
			? []
			: await db
					.select({ responseId: surveyAnswerThemes.responseId, themeId: surveyAnswerThemes.themeId })
					.from(surveyAnswerThemes)
					.where(
						and(
							eq(surveyAnswerThemes.questionKey, question.key),
							inArray(
								surveyAnswerThemes.responseId,
								rows.map((row) => row.responseId)
							)
						)
					);
	return {
		total,
		page,
		pageSize: OPEN_ANSWERS_PAGE_SIZE,
		answers: rows.map((row) => ({
			...row,
			themeIds: coded.filter((entry) => entry.responseId === row.responseId).map((entry) => entry.themeId)
		}))
	};
}

export interface ResearchTheme {
	id: string;
	name: string;
	nameEn: string;
	description: string;
}

/** The office's research themes by name. */
export async function listResearchThemes(db: Database, officeId: string): Promise<ResearchTheme[]> {
	return db
		.select({
			id: researchThemes.id,
			name: researchThemes.name,
			nameEn: researchThemes.nameEn,
			description: researchThemes.description
		})
		.from(researchThemes)
		.where(eq(researchThemes.officeId, officeId))
		.orderBy(asc(researchThemes.name));
}

/** How many answers to a question are coded with each theme, most used first. */
export async function countThemesForQuestion(
	db: Database,
	survey: AnalysisSurvey,
	questionKey: string
): Promise<{ themeId: string; name: string; nameEn: string; count: number }[]> {
	const rows = await db
		.select({
			themeId: researchThemes.id,
			name: researchThemes.name,
			nameEn: researchThemes.nameEn,
			count: count()
		})
		.from(surveyAnswerThemes)
		.innerJoin(researchThemes, eq(researchThemes.id, surveyAnswerThemes.themeId))
		.innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswerThemes.responseId))
		.where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyAnswerThemes.questionKey, questionKey)))
		.groupBy(researchThemes.id, researchThemes.name, researchThemes.nameEn)
		.orderBy(desc(count()), asc(researchThemes.name));
	return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** The office's surveys of other years, for comparing questions that share a key. */
export async function listSurveysOfOtherYears(
	db: Database,
	officeId: string,
	survey: AnalysisSurvey
): Promise<{ id: string; title: string; titleEn: string; year: number }[]> {
	return db
		.select({ id: surveys.id, title: surveys.title, titleEn: surveys.titleEn, year: surveys.year })
		.from(surveys)
		.where(and(eq(surveys.officeId, officeId), ne(surveys.year, survey.year), ne(surveys.status, 'draft')))
		.orderBy(asc(surveys.year));
}

export interface YearComparison {
	key: string;
	question: AnalysisQuestion;
	years: { year: number; surveyId: string; summary: QuestionSummary }[];
}

/**
 * For every choice or scale question this survey shares (same key and kind) with a survey of another
 * year: each year's summary side by side, oldest first.
 */
export async function compareYears(
	db: Database,
	officeId: string,
	survey: AnalysisSurvey,
	otherSurveyId: string
): Promise<{ other: AnalysisSurvey; comparisons: YearComparison[] } | null> {
	const other = await getSurveyForAnalysis(db, officeId, otherSurveyId);
	if (!other || other.id === survey.id) return null;
	const comparable = (question: AnalysisQuestion) =>
		['single', 'dropdown', 'multiple', 'scale', 'number', 'matrix', 'ranking'].includes(question.kind);
	const shared = survey.questions.filter(
		(question) =>
			comparable(question) &&
			other.questions.some((entry) => entry.key === question.key && entry.kind === question.kind)
	);
	const keep = (entry: AnalysisSurvey): AnalysisSurvey => ({
		...entry,
		questions: entry.questions.filter((question) => shared.some((common) => common.key === question.key))
	});
	const [mine, theirs] = await Promise.all([
		summarizeSurvey(db, keep(survey), NO_FILTER),
		summarizeSurvey(db, keep(other), NO_FILTER)
	]);
	const ordered = [
		{ survey, summary: mine },
		{ survey: other, summary: theirs }
	].sort((a, b) => a.survey.year - b.survey.year);
	return {
		other,
		comparisons: shared.map((question) => ({
			key: question.key,
			question,
			years: ordered.map((entry) => ({
				year: entry.survey.year,
				surveyId: entry.survey.id,
				summary: entry.summary.questions.find((summary) => summary.key === question.key)!
			}))
		}))
	};
}

/** The id of an office's survey by its address, or null. */
export async function findSurveyIdBySlug(db: Database, officeId: string, slug: string): Promise<string | null> {
	const [row] = await db
		.select({ id: surveys.id })
		.from(surveys)
		.where(and(eq(surveys.officeId, officeId), eq(surveys.slug, slug)));
	return row?.id ?? null;
}
