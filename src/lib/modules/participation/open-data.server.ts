// The participation datasets of the open data (decision 0025): listed initiatives with the office's answer
// (never the author, the group's members or who supported), results of closed quick polls (counts under
// five hidden by the shared rule), and budget rounds' results once they are public (projects, costs,
// votes and winners as the portal shows them; never who proposed or voted).
import { and, asc, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataRow, OpenDataset } from '../../server/manifest.ts';
import { isoOrNull, latestOf } from '../../server/open-data.ts';
import { shownCount } from '../../statistics/suppression.ts';
import { getPollResults, type PollRow } from './poll-queries.server.ts';
import { getRoundResults } from './budget-queries.server.ts';
import { PUBLIC_STATUSES } from './rules.ts';
import {
	participationBudgetRounds,
	participationCategories,
	participationInitiatives,
	participationPolls
} from './schema.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `participation.opendata.column.${name}` });

export const initiativesDataset: OpenDataset = {
	id: 'initiatives',
	titleKey: 'participation.opendata.initiatives.title',
	descriptionKey: 'participation.opendata.initiatives.description',
	keywordKeys: ['participation.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('title', 'string'),
		column('category', 'string', true),
		column('category_en', 'string', true),
		column('status', 'string', false, {
			codes: PUBLIC_STATUSES,
			labelKey: (code) => `participation.status.${code}`
		}),
		column('supports', 'integer'),
		column('published_at', 'datetime', true),
		column('answer_due_at', 'datetime', true),
		column('answered_at', 'datetime', true),
		column('answer', 'string', true),
		column('answer_en', 'string', true),
		column('url', 'string')
	],
	async read(db: Database, officeId: string) {
		const initiatives = await db
			.select({
				id: participationInitiatives.id,
				title: participationInitiatives.title,
				category: participationCategories.name,
				categoryEn: participationCategories.nameEn,
				status: participationInitiatives.status,
				supports: participationInitiatives.supportCount,
				publishedAt: participationInitiatives.publishedAt,
				answerDueAt: participationInitiatives.answerDueAt,
				answeredAt: participationInitiatives.answeredAt,
				answer: participationInitiatives.answer,
				answerEn: participationInitiatives.answerEn,
				statusChangedAt: participationInitiatives.statusChangedAt
			})
			.from(participationInitiatives)
			.leftJoin(participationCategories, eq(participationCategories.id, participationInitiatives.categoryId))
			.where(
				and(
					eq(participationInitiatives.officeId, officeId),
					inArray(participationInitiatives.status, [...PUBLIC_STATUSES]),
					isNull(participationInitiatives.hiddenAt)
				)
			)
			.orderBy(desc(participationInitiatives.publishedAt), asc(participationInitiatives.id));
		return {
			updatedAt: latestOf(initiatives.map((initiative) => initiative.statusChangedAt)),
			rows: initiatives.map((initiative) => ({
				id: initiative.id,
				title: initiative.title,
				category: initiative.category || null,
				category_en: initiative.categoryEn || null,
				status: initiative.status,
				supports: initiative.supports,
				published_at: isoOrNull(initiative.publishedAt),
				answer_due_at: isoOrNull(initiative.answerDueAt),
				answered_at: isoOrNull(initiative.answeredAt),
				answer: initiative.answer || null,
				answer_en: initiative.answerEn || null,
				url: `/initiatives/${initiative.id}`
			}))
		};
	}
};

export const pollResultsDataset: OpenDataset = {
	id: 'poll-results',
	titleKey: 'participation.opendata.polls.title',
	descriptionKey: 'participation.opendata.polls.description',
	keywordKeys: ['participation.opendata.keyword'],
	columns: [
		column('poll_id', 'string'),
		column('question', 'string'),
		column('question_en', 'string', true),
		column('is_multiple', 'boolean'),
		column('opened_at', 'datetime'),
		column('closed_at', 'datetime'),
		column('voters', 'integer', true),
		column('option_id', 'string'),
		column('option', 'string'),
		column('option_en', 'string', true),
		column('votes', 'integer', true),
		column('percent', 'number', true)
	],
	async read(db: Database, officeId: string, now: Date) {
		const polls: PollRow[] = await db
			.select()
			.from(participationPolls)
			.where(and(eq(participationPolls.officeId, officeId), lte(participationPolls.closesAt, now)))
			.orderBy(desc(participationPolls.closesAt), asc(participationPolls.id));
		const rows: OpenDataRow[] = [];
		for (const poll of polls) {
			const results = await getPollResults(db, poll);
			const voters = shownCount(results.voters);
			for (const option of poll.options) {
				const counted = results.options.find((candidate) => candidate.id === option.id);
				const votes = shownCount(counted?.votes ?? 0);
				rows.push({
					poll_id: poll.id,
					question: poll.question,
					question_en: poll.questionEn || null,
					is_multiple: poll.isMultiple,
					opened_at: poll.opensAt.toISOString(),
					closed_at: poll.closesAt.toISOString(),
					voters: voters.hidden ? null : voters.count,
					option_id: option.id,
					option: option.label,
					option_en: option.labelEn || null,
					// A count under five, and its share, stay hidden (the shared suppression rule).
					votes: votes.hidden ? null : votes.count,
					percent: votes.hidden || voters.hidden ? null : (counted?.percent ?? 0)
				});
			}
		}
		return { rows, updatedAt: latestOf(polls.map((poll) => poll.closesAt)) };
	}
};

export const budgetResultsDataset: OpenDataset = {
	id: 'budget-results',
	titleKey: 'participation.opendata.budget.title',
	descriptionKey: 'participation.opendata.budget.description',
	keywordKeys: ['participation.opendata.keyword'],
	columns: [
		column('round_id', 'string'),
		column('round', 'string'),
		column('round_en', 'string', true),
		column('amount', 'integer'),
		column('results_from', 'datetime'),
		column('ballots', 'integer'),
		column('project_id', 'string'),
		column('project', 'string'),
		column('cost', 'integer'),
		// Not a poll's votes: a project's are shown whole, as on the portal, since they decide the winners.
		{ ...column('votes', 'integer'), descriptionKey: 'participation.opendata.column.projectVotes' },
		column('is_winner', 'boolean'),
		column('progress', 'integer'),
		column('url', 'string')
	],
	async read(db: Database, officeId: string, now: Date) {
		const rounds = await db
			.select()
			.from(participationBudgetRounds)
			.where(and(eq(participationBudgetRounds.officeId, officeId), lte(participationBudgetRounds.resultsFrom, now)))
			.orderBy(desc(participationBudgetRounds.resultsFrom), asc(participationBudgetRounds.id));
		const rows: OpenDataRow[] = [];
		for (const round of rounds) {
			const results = await getRoundResults(db, round);
			for (const project of results.projects)
				rows.push({
					round_id: round.id,
					round: round.title,
					round_en: round.titleEn || null,
					amount: round.amount,
					results_from: round.resultsFrom.toISOString(),
					ballots: results.ballots,
					project_id: project.id,
					project: project.title,
					cost: project.cost,
					votes: project.votes,
					is_winner: project.isWinner,
					progress: project.progress,
					url: '/budget'
				});
		}
		return { rows, updatedAt: latestOf(rounds.map((round) => round.resultsFrom)) };
	}
};
