import { describe, expect, it } from 'vitest';
import {
	ageBandOf,
	ageThisYear,
	answerDueAt,
	ballotProblem,
	budgetPhase,
	checkPollEdit,
	checkRoundEdit,
	chooseWinners,
	isAnswerOverdue,
	isWithinYouthRange,
	reachesThreshold,
	suppressSmallGroups,
	thresholdProgress
} from './rules.ts';

const at = (iso: string) => new Date(iso);
const project = (id: string, cost: number, votes: number, day = 1) => ({
	id,
	cost,
	votes,
	createdAt: new Date(Date.UTC(2026, 0, day))
});

describe('the budget winner rule', () => {
	it('chooses by votes within the amount', () => {
		const outcome = chooseWinners([project('a', 300, 10), project('b', 500, 30), project('c', 200, 20)], 1000);
		expect(outcome.winners).toEqual(['b', 'c', 'a']);
		expect(outcome.spent).toBe(1000);
		expect(outcome.left).toBe(0);
	});
	it('skips an expensive project that no longer fits and goes on to cheaper ones', () => {
		const outcome = chooseWinners(
			[project('first', 600, 50), project('big', 500, 40), project('small', 300, 10), project('tiny', 200, 5)],
			1000
		);
		expect(outcome.winners).toEqual(['first', 'small']);
		expect(outcome.skipped).toEqual(['big', 'tiny']);
		expect(outcome.left).toBe(100);
	});
	it('breaks ties by the lower cost, then by who proposed first', () => {
		expect(chooseWinners([project('dear', 700, 9), project('cheap', 400, 9)], 800).winners).toEqual(['cheap']);
		expect(chooseWinners([project('late', 400, 9, 5), project('early', 400, 9, 2)], 500).winners).toEqual(['early']);
	});
	it('leaves an amount nobody fills, and never chooses projects without votes', () => {
		const outcome = chooseWinners([project('a', 100, 3), project('none', 50, 0)], 1000);
		expect(outcome.winners).toEqual(['a']);
		expect(outcome.left).toBe(900);
		expect(chooseWinners([], 500)).toEqual({ winners: [], skipped: [], spent: 0, left: 500 });
		expect(chooseWinners([project('x', 2000, 8)], 1000).winners).toEqual([]);
	});
	it('refuses an over-budget ballot and too many approvals', () => {
		const round = { amount: 1000, rule: 'within_amount' as const, maxChoices: null };
		expect(ballotProblem(round, [600, 500])).toBe('over_budget');
		expect(ballotProblem(round, [600, 400])).toBeNull();
		expect(ballotProblem(round, [])).toBe('empty');
		const approval = { amount: 1000, rule: 'approve_up_to' as const, maxChoices: 2 };
		expect(ballotProblem(approval, [900, 900])).toBeNull();
		expect(ballotProblem(approval, [1, 1, 1])).toBe('too_many');
	});
});

describe('threshold and the answer deadline', () => {
	it('reaches the threshold at the count, not before', () => {
		expect(reachesThreshold(29, 30)).toBe(false);
		expect(reachesThreshold(30, 30)).toBe(true);
		expect(thresholdProgress(15, 30)).toBe(50);
		expect(thresholdProgress(45, 30)).toBe(100);
	});
	it('is overdue only after the due date, while unanswered and visible', () => {
		const due = answerDueAt(at('2026-03-01T10:00:00Z'), 30);
		expect(due.toISOString()).toBe('2026-03-31T10:00:00.000Z');
		const waiting = { status: 'published' as const, answerDueAt: due, answeredAt: null };
		expect(isAnswerOverdue(waiting, at('2026-03-31T09:00:00Z'))).toBe(false);
		expect(isAnswerOverdue(waiting, at('2026-04-01T00:00:00Z'))).toBe(true);
		expect(isAnswerOverdue({ ...waiting, status: 'under_consideration' }, at('2026-04-01T00:00:00Z'))).toBe(true);
		expect(
			isAnswerOverdue(
				{ ...waiting, answeredAt: at('2026-03-20T00:00:00Z'), status: 'accepted' },
				at('2026-05-01T00:00:00Z')
			)
		).toBe(false);
		expect(isAnswerOverdue({ ...waiting, hiddenAt: at('2026-03-02T00:00:00Z') }, at('2026-05-01T00:00:00Z'))).toBe(
			false
		);
		expect(isAnswerOverdue({ ...waiting, answerDueAt: null }, at('2026-05-01T00:00:00Z'))).toBe(false);
	});
});

describe('age eligibility', () => {
	const range = { youthMinAge: 15, youthMaxAge: 30 };
	it('counts the age reached this year in Belgrade', () => {
		expect(ageThisYear(2011, at('2026-01-01T00:30:00+01:00'))).toBe(15);
		// 31 December 23:30 UTC is already 1 January in Belgrade.
		expect(ageThisYear(2011, at('2025-12-31T23:30:00Z'))).toBe(15);
	});
	it('includes both ends of the range and refuses outside it or without a year', () => {
		const now = at('2026-06-01T12:00:00Z');
		expect(isWithinYouthRange(2011, range, now)).toBe(true);
		expect(isWithinYouthRange(1996, range, now)).toBe(true);
		expect(isWithinYouthRange(2012, range, now)).toBe(false);
		expect(isWithinYouthRange(1995, range, now)).toBe(false);
		expect(isWithinYouthRange(null, range, now)).toBe(false);
		expect(isWithinYouthRange(2005, { youthMinAge: 15, youthMaxAge: 19 }, now)).toBe(false);
	});
	it('bands ages and hides groups under five', () => {
		expect([14, 15, 19, 20, 24, 25, 30, 31].map(ageBandOf)).toEqual([
			'under_15',
			'15_19',
			'15_19',
			'20_24',
			'20_24',
			'25_30',
			'25_30',
			'over_30'
		]);
		expect(ageBandOf(null)).toBe('');
		// The shared rule (decision 0017): b is under 5, and a would give it back from the total, so a
		// is hidden too (the old rule here showed a = 5 next to a total of 9).
		expect(
			suppressSmallGroups(
				new Map([
					['b', 4],
					['a', 5]
				])
			)
		).toEqual([
			{ key: 'a', count: null },
			{ key: 'b', count: null }
		]);
		// With a third group, the smallest other group covers the hidden one; the largest stays.
		expect(
			suppressSmallGroups(
				new Map([
					['c', 9],
					['b', 2],
					['a', 6]
				])
			)
		).toEqual([
			{ key: 'a', count: null },
			{ key: 'b', count: null },
			{ key: 'c', count: 9 }
		]);
		// A total under 5 hides every group.
		expect(suppressSmallGroups(new Map([['a', 3]]), 3)).toEqual([{ key: 'a', count: null }]);
	});
});

describe('budget phases', () => {
	const round = {
		proposalsFrom: at('2026-03-01T00:00:00Z'),
		reviewFrom: at('2026-04-01T00:00:00Z'),
		votingFrom: at('2026-05-01T00:00:00Z'),
		resultsFrom: at('2026-06-01T00:00:00Z'),
		implementationFrom: at('2026-07-01T00:00:00Z')
	};
	it('follows the dates', () => {
		expect(budgetPhase(round, at('2026-02-01T00:00:00Z'))).toBe('upcoming');
		expect(budgetPhase(round, at('2026-03-01T00:00:00Z'))).toBe('proposals');
		expect(budgetPhase(round, at('2026-04-15T00:00:00Z'))).toBe('review');
		expect(budgetPhase(round, at('2026-05-31T23:59:00Z'))).toBe('voting');
		expect(budgetPhase(round, at('2026-06-01T00:00:00Z'))).toBe('results');
		expect(budgetPhase(round, at('2027-01-01T00:00:00Z'))).toBe('implementation');
	});
});

describe('what may change once a poll or a round has opened', () => {
	const at = (day: string, time = '00:00') => new Date(`${day}T${time}:00+01:00`);
	const poll = {
		opensAt: at('2026-03-01', '10:00'),
		closesAt: at('2026-03-10', '10:00'),
		isMultiple: false,
		audience: 'everyone',
		resultsAfterVote: true,
		options: ['a', 'b']
	};

	it('lets anything change before the poll opens', () => {
		const edited = { ...poll, options: ['a', 'b', 'c'], isMultiple: true, opensAt: at('2026-02-01') };
		expect(checkPollEdit(poll, edited, at('2026-02-20')).problems).toEqual({});
	});

	it('keeps the stored times when the days stay, and lets the close move later', () => {
		const { problems, values } = checkPollEdit(
			poll,
			{ ...poll, opensAt: at('2026-03-01'), closesAt: at('2026-03-12') },
			at('2026-03-05')
		);
		expect(problems).toEqual({});
		expect(values.opensAt).toEqual(poll.opensAt);
		expect(values.closesAt).toEqual(at('2026-03-12'));
	});

	it('refuses other answers, an earlier close and a moved opening once open', () => {
		const { problems } = checkPollEdit(
			poll,
			{
				...poll,
				options: ['a'],
				audience: 'young',
				opensAt: at('2026-03-02'),
				closesAt: at('2026-03-09')
			},
			at('2026-03-05')
		);
		expect(problems).toEqual({ options: 'locked', audience: 'locked', opensAt: 'started', closesAt: 'onlyLater' });
	});

	it('refuses changing a close that has passed', () => {
		expect(checkPollEdit(poll, { ...poll, closesAt: at('2026-03-20') }, at('2026-03-15')).problems.closesAt).toBe(
			'started'
		);
	});

	const round = {
		amount: 1_000_000,
		rule: 'within_amount',
		maxChoices: null,
		requiresCode: false,
		proposalsFrom: at('2026-03-01'),
		reviewFrom: at('2026-03-10'),
		votingFrom: at('2026-03-20'),
		resultsFrom: at('2026-03-30'),
		implementationFrom: at('2026-04-10')
	};

	it('keeps the amount, the rule and the code requirement of an opened round, and moves only dates ahead later', () => {
		const now = at('2026-03-12');
		expect(checkRoundEdit(round, { ...round, amount: 1 }, at('2026-02-01')).problems).toEqual({});
		expect(
			checkRoundEdit(
				round,
				{ ...round, amount: 2, requiresCode: true, reviewFrom: at('2026-03-11'), votingFrom: at('2026-03-19') },
				now
			).problems
		).toEqual({ amount: 'locked', requiresCode: 'locked', reviewFrom: 'started', votingFrom: 'onlyLater' });
		expect(checkRoundEdit(round, { ...round, votingFrom: at('2026-03-25') }, now).problems).toEqual({});
	});
});
