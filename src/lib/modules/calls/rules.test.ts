import { describe, expect, it } from 'vitest';
import {
	budgetProblems,
	budgetTotals,
	callState,
	groupProblems,
	rankApplications,
	timeLeft,
	type RankingEntry
} from './rules.ts';

const limits = {
	minPerProject: 50_000,
	maxPerProject: 200_000,
	coFinancingPercent: 10,
	eligibleCategoryKeys: ['material', 'travel']
};

describe('budgetTotals', () => {
	it('multiplies quantity by unit price and subtracts what the applicant covers', () => {
		const totals = budgetTotals([
			{ categoryKey: 'material', quantity: 3, unitPrice: 12_500, coFinanced: 2_500 },
			{ categoryKey: 'travel', quantity: 10, unitPrice: 4_000, coFinanced: 5_000 }
		]);
		expect(totals).toEqual({
			lineTotals: [37_500, 40_000],
			total: 77_500,
			coFinanced: 7_500,
			requested: 70_000,
			coFinancedPercent: 9.7
		});
	});

	it('gives zeros for an empty table', () => {
		expect(budgetTotals([])).toEqual({ lineTotals: [], total: 0, coFinanced: 0, requested: 0, coFinancedPercent: 0 });
	});
});

describe('budgetProblems', () => {
	it('accepts a budget within every limit', () => {
		expect(
			budgetProblems([{ categoryKey: 'material', quantity: 1, unitPrice: 100_000, coFinanced: 10_000 }], limits)
		).toEqual([]);
	});

	it('refuses an empty table', () => {
		expect(budgetProblems([], limits)).toEqual([{ kind: 'empty' }]);
	});

	it('refuses a request over the maximum and under the minimum', () => {
		expect(
			budgetProblems([{ categoryKey: 'material', quantity: 1, unitPrice: 300_000, coFinanced: 30_000 }], limits)
		).toEqual([{ kind: 'overMaximum', max: 200_000 }]);
		expect(
			budgetProblems([{ categoryKey: 'material', quantity: 1, unitPrice: 40_000, coFinanced: 4_000 }], limits)
		).toEqual([{ kind: 'belowMinimum', min: 50_000 }]);
	});

	it('accepts exactly the maximum and exactly the co-financing share', () => {
		// 200,000 requested of 222,222: co-financed 22,222 is 9.99992 % — just under 10 %.
		expect(
			budgetProblems([{ categoryKey: 'travel', quantity: 1, unitPrice: 222_222, coFinanced: 22_222 }], limits)
		).toEqual([{ kind: 'coFinancingTooLow', percent: 10 }]);
		expect(
			budgetProblems([{ categoryKey: 'travel', quantity: 1, unitPrice: 222_220, coFinanced: 22_222 }], limits)
		).toEqual([]);
	});

	it('names the line with an ineligible category or more co-financing than its cost', () => {
		expect(
			budgetProblems(
				[
					{ categoryKey: 'material', quantity: 1, unitPrice: 90_000, coFinanced: 10_000 },
					{ categoryKey: 'salaries', quantity: 1, unitPrice: 10_000, coFinanced: 0 },
					{ categoryKey: 'travel', quantity: 1, unitPrice: 1_000, coFinanced: 2_000 }
				],
				limits
			)
		).toEqual([
			{ kind: 'ineligibleCategory', line: 1 },
			{ kind: 'coFinancedOverLine', line: 2 }
		]);
	});
});

const at = (text: string) => new Date(text);
function entry(id: string, requested: number, totals: number[][], submittedAt = '2026-03-01T10:00:00Z'): RankingEntry {
	return {
		applicationId: id,
		requested,
		submittedAt: at(submittedAt),
		scores: totals.map((points, index) => ({ memberId: `m${index}`, points }))
	};
}
const rules = { budget: 500_000, minTotalPoints: 50, tieRule: 'first_criterion' as const, allowsPartialFunding: false };

describe('rankApplications', () => {
	it('orders by the average of the members’ totals and funds down the list', () => {
		const ranked = rankApplications(
			[
				entry('a', 200_000, [
					[30, 30],
					[20, 20]
				]),
				entry('b', 200_000, [
					[40, 40],
					[40, 30]
				]),
				entry('c', 200_000, [[35, 30]])
			],
			rules
		);
		expect(ranked.map((row) => [row.applicationId, row.place, row.average, row.proposed, row.outcome])).toEqual([
			['b', 1, 75, 200_000, 'funded'],
			['c', 2, 65, 200_000, 'funded'],
			['a', 3, 50, 0, 'outOfBudget']
		]);
	});

	it('does not fund a project under the minimum even with money left', () => {
		const ranked = rankApplications([entry('a', 100_000, [[20, 29]]), entry('b', 100_000, [[25, 25]])], rules);
		expect(ranked.find((row) => row.applicationId === 'a')).toMatchObject({
			outcome: 'belowMinimum',
			proposed: 0,
			average: 49
		});
		expect(ranked.find((row) => row.applicationId === 'b')).toMatchObject({ outcome: 'funded', proposed: 100_000 });
	});

	it('breaks a tie by the first criterion, by the lower request or by the earlier submission', () => {
		const tied = [
			entry('x', 150_000, [[20, 40]], '2026-03-02T10:00:00Z'),
			entry('y', 100_000, [[30, 30]], '2026-03-03T10:00:00Z'),
			entry('z', 120_000, [[25, 35]], '2026-03-01T10:00:00Z')
		];
		const order = (tieRule: 'first_criterion' | 'lower_request' | 'earlier_submission') =>
			rankApplications(tied, { ...rules, tieRule }).map((row) => row.applicationId);
		expect(order('first_criterion')).toEqual(['y', 'z', 'x']);
		expect(order('lower_request')).toEqual(['y', 'z', 'x']);
		expect(order('earlier_submission')).toEqual(['z', 'x', 'y']);
	});

	it('shares a place when the tie rule cannot separate two applications', () => {
		const ranked = rankApplications(
			[entry('a', 100_000, [[30, 30]]), entry('b', 100_000, [[30, 30]]), entry('c', 100_000, [[20, 30]])],
			rules
		);
		expect(ranked.map((row) => row.place)).toEqual([1, 1, 3]);
	});

	it('funds the last project partly within the budget when the call allows it, and nobody after it', () => {
		const entries = [entry('a', 300_000, [[40, 40]]), entry('b', 300_000, [[35, 35]]), entry('c', 50_000, [[30, 30]])];
		expect(
			rankApplications(entries, { ...rules, allowsPartialFunding: true }).map((row) => [row.outcome, row.proposed])
		).toEqual([
			['funded', 300_000],
			['partial', 200_000],
			['outOfBudget', 0]
		]);
		// Without partial funding the money left goes to the next project that fits whole.
		expect(rankApplications(entries, rules).map((row) => [row.outcome, row.proposed])).toEqual([
			['funded', 300_000],
			['outOfBudget', 0],
			['funded', 50_000]
		]);
	});

	it('lists applications nobody scored last, without a place', () => {
		const ranked = rankApplications([entry('a', 100_000, []), entry('b', 100_000, [[30, 30]])], rules);
		expect(ranked.map((row) => [row.applicationId, row.place, row.outcome])).toEqual([
			['b', 1, 'funded'],
			['a', 0, 'unscored']
		]);
	});

	it('never proposes more than the budget in total', () => {
		const entries = Array.from({ length: 12 }, (_, index) =>
			entry(`p${index}`, 30_000 + index * 7_919, [[40 - index, 30]])
		);
		for (const allowsPartialFunding of [true, false]) {
			const ranked = rankApplications(entries, { ...rules, budget: 250_000, allowsPartialFunding });
			expect(ranked.reduce((sum, row) => sum + row.proposed, 0)).toBeLessThanOrEqual(250_000);
		}
	});
});

describe('callState and timeLeft', () => {
	const call = { opensAt: at('2026-03-01T08:00:00Z'), closesAt: at('2026-03-31T13:00:00Z') };
	it('is open from the opening instant up to the closing one', () => {
		expect(callState(call, at('2026-03-01T07:59:59Z'))).toBe('upcoming');
		expect(callState(call, at('2026-03-01T08:00:00Z'))).toBe('open');
		expect(callState(call, at('2026-03-31T12:59:59Z'))).toBe('open');
		expect(callState(call, at('2026-03-31T13:00:00Z'))).toBe('closed');
	});
	it('says the time left in days, hours or minutes', () => {
		expect(timeLeft(call.closesAt, at('2026-03-29T12:00:00Z'))).toEqual({ unit: 'days', count: 2 });
		expect(timeLeft(call.closesAt, at('2026-03-31T09:30:00Z'))).toEqual({ unit: 'hours', count: 3 });
		expect(timeLeft(call.closesAt, at('2026-03-31T12:15:00Z'))).toEqual({ unit: 'minutes', count: 45 });
		expect(timeLeft(call.closesAt, at('2026-04-01T00:00:00Z'))).toEqual({ unit: 'minutes', count: 0 });
	});
});

describe('groupProblems', () => {
	const rule = { minMembers: 5, minAge: 15, maxAge: 30, year: 2026 };
	const born = (...years: number[]) => years.map((birthYear) => ({ birthYear }));
	it('accepts five young members with one adult', () => {
		expect(groupProblems(born(2010, 2010, 2009, 2011, 2008), rule)).toEqual([]);
	});
	it('refuses a group too small, a member too old or too young, and a group without an adult', () => {
		expect(groupProblems(born(2010, 2010, 2009, 2008), rule)).toEqual([{ kind: 'tooFew', min: 5 }]);
		expect(groupProblems(born(2010, 2010, 2009, 2008, 1990, 2012), rule)).toEqual([
			{ kind: 'outsideAgeRange', member: 4, minAge: 15, maxAge: 30 },
			{ kind: 'outsideAgeRange', member: 5, minAge: 15, maxAge: 30 }
		]);
		expect(groupProblems(born(2010, 2010, 2009, 2011, 2009), rule)).toEqual([{ kind: 'noAdult' }]);
	});
	it('counts ages reached in the call’s year, bounds included', () => {
		expect(groupProblems(born(1996, 2011, 2011, 2011, 2011), rule)).toEqual([]);
	});
});
