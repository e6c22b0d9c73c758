// Figures the action plan's computed indicators count from this module (manifest `indicatorSources`,
// decision 0011). Participation records are not linked to measures, so each counts the whole office.
// Years are calendar years in Belgrade time. Each source's label key is its own key.
import { and, countDistinct, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { IndicatorSource, StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import {
	participationBallots,
	participationBudgetProjects,
	participationBudgetRounds,
	participationInitiatives,
	participationPollVotes,
	participationPolls,
	participationSupports
} from './schema.ts';

const yearStart = (year: number) => belgradeToInstant(`${year}-01-01`, '00:00');

async function perYear(
	years: readonly number[],
	now: Date,
	count: (from: Date, until: Date) => Promise<number>
): Promise<Map<number, number>> {
	const values = await Promise.all(
		years.map((year) => {
			const until = yearStart(year + 1);
			return count(yearStart(year), until.getTime() < now.getTime() ? until : now);
		})
	);
	return new Map(years.map((year, index) => [year, values[index]]));
}

/** Initiatives young people submitted in the year (moderated out ones too: they were submitted). */
const initiativesSubmitted: IndicatorSource = {
	key: 'participation.initiatives_submitted',
	labelKey: 'participation.initiatives_submitted',
	countByYear: (db, { officeId, years, now }) =>
		perYear(years, now, async (from, until) => {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(participationInitiatives)
				.where(
					and(
						eq(participationInitiatives.officeId, officeId),
						gte(participationInitiatives.submittedAt, from),
						lt(participationInitiatives.submittedAt, until)
					)
				);
			return row?.n ?? 0;
		})
};

/**
 * Different young people who supported an initiative, voted in a poll while signed in, or cast a
 * budget ballot in the year (one account counts once), plus paper ballots, which cannot be told apart.
 */
async function countParticipants(db: Database, officeId: string, from: Date, until: Date): Promise<number> {
	const result = await db.execute(sql`
		select count(distinct user_id)::int as people from (
			select s.user_id from ${participationSupports} s
				join ${participationInitiatives} i on i.id = s.initiative_id
				where i.office_id = ${officeId} and s.created_at >= ${from} and s.created_at < ${until}
			union all
			select v.user_id from ${participationPollVotes} v
				join ${participationPolls} p on p.id = v.poll_id
				where p.office_id = ${officeId} and v.user_id is not null and v.created_at >= ${from} and v.created_at < ${until}
			union all
			select b.user_id from ${participationBallots} b
				join ${participationBudgetRounds} r on r.id = b.round_id
				where r.office_id = ${officeId} and b.user_id is not null and b.updated_at >= ${from} and b.updated_at < ${until}
		) people`);
	const [paper] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(participationBallots)
		.innerJoin(participationBudgetRounds, eq(participationBudgetRounds.id, participationBallots.roundId))
		.where(
			and(
				eq(participationBudgetRounds.officeId, officeId),
				eq(participationBallots.isPaper, true),
				gte(participationBallots.createdAt, from),
				lt(participationBallots.createdAt, until)
			)
		);
	const rows = (result as unknown as { rows: { people: number }[] }).rows;
	return Number(rows[0]?.people ?? 0) + (paper?.n ?? 0);
}

const youngParticipants: IndicatorSource = {
	key: 'participation.young_participants',
	labelKey: 'participation.young_participants',
	countByYear: (db, { officeId, years, now }) =>
		perYear(years, now, (from, until) => countParticipants(db, officeId, from, until))
};

/** Budget projects carried out (progress reached 100) in the year. */
const budgetProjectsDone: IndicatorSource = {
	key: 'participation.budget_projects_done',
	labelKey: 'participation.budget_projects_done',
	countByYear: (db, { officeId, years, now }) =>
		perYear(years, now, async (from, until) => {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(participationBudgetProjects)
				.where(
					and(
						eq(participationBudgetProjects.officeId, officeId),
						isNotNull(participationBudgetProjects.completedAt),
						gte(participationBudgetProjects.completedAt, from),
						lt(participationBudgetProjects.completedAt, until)
					)
				);
			return row?.n ?? 0;
		})
};

export const participationIndicatorSources: IndicatorSource[] = [
	initiativesSubmitted,
	youngParticipants,
	budgetProjectsDone
];

/** Initiatives, answers, votes and young people taking part in a period (manifest `statistics`). */
export async function participationStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	if (query.planArea)
		return participationAreaStatistics(db, query, query.planArea.linked?.['participation.initiative'] ?? []);
	const { officeId, from, to } = query;
	const count = async (
		column: typeof participationInitiatives.submittedAt | typeof participationInitiatives.answeredAt
	) => {
		const [row] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(participationInitiatives)
			.where(
				and(eq(participationInitiatives.officeId, officeId), isNotNull(column), gte(column, from), lt(column, to))
			);
		return row?.n ?? 0;
	};
	const [submitted, answered, people, votes, done] = await Promise.all([
		count(participationInitiatives.submittedAt),
		count(participationInitiatives.answeredAt),
		countParticipants(db, officeId, from, to),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(participationPollVotes)
			.innerJoin(participationPolls, eq(participationPolls.id, participationPollVotes.pollId))
			.where(
				and(
					eq(participationPolls.officeId, officeId),
					gte(participationPollVotes.createdAt, from),
					lt(participationPollVotes.createdAt, to)
				)
			),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(participationBudgetProjects)
			.where(
				and(
					eq(participationBudgetProjects.officeId, officeId),
					isNotNull(participationBudgetProjects.completedAt),
					gte(participationBudgetProjects.completedAt, from),
					lt(participationBudgetProjects.completedAt, to)
				)
			)
	]);
	return [
		{
			key: 'participation',
			titleKey: 'participation.statistics.title',
			order: 60,
			filtered: false,
			figures: [
				{ key: `participation.people`, labelKey: 'participation.statistics.people', value: people, people: true },
				{
					key: `participation.submitted`,
					labelKey: 'participation.statistics.submitted',
					value: submitted,
					people: false
				},
				{
					key: `participation.answered`,
					labelKey: 'participation.statistics.answered',
					value: answered,
					people: false
				},
				{
					key: `participation.pollVotes`,
					labelKey: 'participation.statistics.pollVotes',
					value: votes[0]?.n ?? 0,
					people: true
				},
				{
					key: `participation.budgetProjectsDone`,
					labelKey: 'participation.statistics.budgetProjectsDone',
					value: done[0]?.n ?? 0,
					people: false
				}
			],
			tables: []
		}
	];
}

/**
 * The figures of an action-plan area: initiatives are tied to it only through the council decisions that follow
 * them up on the area's measures or events (the council's `planAreaLinks`, decision 0037), so only those
 * initiatives count, with the young people who supported them; polls and the youth budget are left out.
 */
async function participationAreaStatistics(
	db: Database,
	query: StatisticsQuery,
	initiativeIds: readonly string[]
): Promise<StatisticsBlock[]> {
	const { officeId, from, to } = query;
	const initiatives = participationInitiatives;
	const linked = initiativeIds.length ? inArray(initiatives.id, [...initiativeIds]) : sql`false`;
	const count = async (column: typeof initiatives.submittedAt | typeof initiatives.answeredAt) => {
		const [row] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(initiatives)
			.where(and(eq(initiatives.officeId, officeId), linked, isNotNull(column), gte(column, from), lt(column, to)));
		return row?.n ?? 0;
	};
	const [submitted, answered, [supporters]] = await Promise.all([
		count(initiatives.submittedAt),
		count(initiatives.answeredAt),
		db
			.select({ n: countDistinct(participationSupports.userId) })
			.from(participationSupports)
			.innerJoin(initiatives, eq(initiatives.id, participationSupports.initiativeId))
			.where(
				and(
					eq(initiatives.officeId, officeId),
					linked,
					gte(participationSupports.createdAt, from),
					lt(participationSupports.createdAt, to)
				)
			)
	]);
	return [
		{
			key: 'participation',
			titleKey: 'participation.statistics.title',
			order: 60,
			filtered: false,
			areaFiltered: true,
			figures: [
				{
					key: 'participation.areaSupporters',
					labelKey: 'participation.statistics.areaSupporters',
					value: Number(supporters?.n ?? 0),
					people: true
				},
				{
					key: 'participation.submitted',
					labelKey: 'participation.statistics.submitted',
					value: submitted,
					people: false
				},
				{ key: 'participation.answered', labelKey: 'participation.statistics.answered', value: answered, people: false }
			],
			tables: []
		}
	];
}
