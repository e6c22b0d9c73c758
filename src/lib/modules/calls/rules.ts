// Pure rules of a funding call: the budget table's arithmetic and limits, the ranking list, the time left.
// No database, no clock: the server and the tests give them everything (decision 0028).
import type { TieRule } from './schema.ts';

/** One line of an application's budget table: a cost category, quantity × unit price, what the applicant covers. */
export interface BudgetLine {
	categoryKey: string;
	quantity: number;
	/** Whole dinars. */
	unitPrice: number;
	/** Whole dinars the applicant (or a partner) covers on this line. */
	coFinanced: number;
}

export interface BudgetTotals {
	/** Each line's cost (quantity × unit price), in the table's order. */
	lineTotals: number[];
	total: number;
	coFinanced: number;
	/** What is asked of the call: the total less what the applicant covers. */
	requested: number;
	/** The applicant's share of the total, in per cent with one decimal (0 for an empty table). */
	coFinancedPercent: number;
}

/** Totals of a budget table; amounts are whole dinars, so the sums are exact. */
export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
	const lineTotals = lines.map((line) => line.quantity * line.unitPrice);
	const total = lineTotals.reduce((sum, value) => sum + value, 0);
	const coFinanced = lines.reduce((sum, line) => sum + line.coFinanced, 0);
	return {
		lineTotals,
		total,
		coFinanced,
		requested: total - coFinanced,
		coFinancedPercent: total === 0 ? 0 : Math.round((coFinanced / total) * 1000) / 10
	};
}

/** The limits a call puts on a budget. */
export interface BudgetLimits {
	minPerProject: number;
	maxPerProject: number;
	coFinancingPercent: number;
	eligibleCategoryKeys: readonly string[];
}

export type BudgetProblem =
	| { kind: 'empty' }
	| { kind: 'ineligibleCategory'; line: number }
	| { kind: 'coFinancedOverLine'; line: number }
	| { kind: 'belowMinimum'; min: number }
	| { kind: 'overMaximum'; max: number }
	| { kind: 'coFinancingTooLow'; percent: number };

/** What is wrong with a budget under a call's limits; [] when it may be submitted. */
export function budgetProblems(lines: readonly BudgetLine[], limits: BudgetLimits): BudgetProblem[] {
	if (lines.length === 0) return [{ kind: 'empty' }];
	const problems: BudgetProblem[] = [];
	const totals = budgetTotals(lines);
	lines.forEach((line, index) => {
		if (!limits.eligibleCategoryKeys.includes(line.categoryKey))
			problems.push({ kind: 'ineligibleCategory', line: index });
		if (line.coFinanced > totals.lineTotals[index]) problems.push({ kind: 'coFinancedOverLine', line: index });
	});
	if (totals.requested < limits.minPerProject) problems.push({ kind: 'belowMinimum', min: limits.minPerProject });
	if (totals.requested > limits.maxPerProject) problems.push({ kind: 'overMaximum', max: limits.maxPerProject });
	// Compared in whole dinars: the share is met when co-financed × 100 ≥ percent × total.
	if (limits.coFinancingPercent > 0 && totals.coFinanced * 100 < limits.coFinancingPercent * totals.total) {
		problems.push({ kind: 'coFinancingTooLow', percent: limits.coFinancingPercent });
	}
	return problems;
}

/** One committee member's submitted score of one application: points per criterion, in the call's order. */
export interface MemberScore {
	memberId: string;
	points: readonly number[];
}

/** An application as the ranking sees it. */
export interface RankingEntry {
	applicationId: string;
	requested: number;
	submittedAt: Date;
	/** Submitted scores only; members who declared a conflict have none. */
	scores: readonly MemberScore[];
}

export interface RankingRules {
	budget: number;
	minTotalPoints: number;
	tieRule: TieRule;
	allowsPartialFunding: boolean;
}

export interface RankedApplication {
	applicationId: string;
	/** 1-based place among scored applications; equal only when the tie rule cannot separate them. */
	place: number;
	/** Average of the members' totals, rounded to two decimals; null when nobody scored it. */
	average: number | null;
	requested: number;
	/** Dinars proposed: the request, part of it when the money runs out and the call allows it, or 0. */
	proposed: number;
	outcome: 'funded' | 'partial' | 'belowMinimum' | 'outOfBudget' | 'unscored';
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function averageOf(scores: readonly MemberScore[]): number | null {
	if (scores.length === 0) return null;
	const totals = scores.map((score) => score.points.reduce((sum, value) => sum + value, 0));
	return totals.reduce((sum, value) => sum + value, 0) / totals.length;
}

function firstCriterionAverage(scores: readonly MemberScore[]): number {
	if (scores.length === 0) return 0;
	return scores.reduce((sum, score) => sum + (score.points[0] ?? 0), 0) / scores.length;
}

/**
 * The ranking list: applications ordered by the average of their members' totals (highest first), ties
 * broken by the call's rule; those under the call's minimum are not funded; the budget is given out down
 * the list, the last project partly when the call allows it, and a project that no longer fits is skipped
 * for a cheaper one below it only as a whole (decision 0028).
 */
export function rankApplications(entries: readonly RankingEntry[], rules: RankingRules): RankedApplication[] {
	const scored = entries
		.map((entry) => ({ entry, exact: averageOf(entry.scores) }))
		.filter((item): item is { entry: RankingEntry; exact: number } => item.exact !== null);
	const tieKey = (item: { entry: RankingEntry }): number => {
		switch (rules.tieRule) {
			case 'first_criterion':
				return -firstCriterionAverage(item.entry.scores);
			case 'lower_request':
				return item.entry.requested;
			case 'earlier_submission':
				return item.entry.submittedAt.getTime();
		}
	};
	// Averages are compared rounded to two decimals, as they are published: equal on the list means tied.
	scored.sort(
		(a, b) =>
			round2(b.exact) - round2(a.exact) ||
			tieKey(a) - tieKey(b) ||
			a.entry.applicationId.localeCompare(b.entry.applicationId)
	);
	let left = rules.budget;
	const ranked: RankedApplication[] = [];
	scored.forEach((item, index) => {
		const previous = index > 0 ? scored[index - 1] : null;
		const isTied =
			previous !== null && round2(previous.exact) === round2(item.exact) && tieKey(previous) === tieKey(item);
		const place = isTied ? ranked[index - 1].place : index + 1;
		const average = round2(item.exact);
		const requested = item.entry.requested;
		const base = { applicationId: item.entry.applicationId, place, average, requested };
		if (item.exact < rules.minTotalPoints) {
			ranked.push({ ...base, proposed: 0, outcome: 'belowMinimum' });
		} else if (requested <= left) {
			left -= requested;
			ranked.push({ ...base, proposed: requested, outcome: 'funded' });
		} else if (rules.allowsPartialFunding && left > 0) {
			ranked.push({ ...base, proposed: left, outcome: 'partial' });
			left = 0;
		} else {
			ranked.push({ ...base, proposed: 0, outcome: 'outOfBudget' });
		}
	});
	for (const entry of entries) {
		if (entry.scores.length === 0) {
			ranked.push({
				applicationId: entry.applicationId,
				place: 0,
				average: null,
				requested: entry.requested,
				proposed: 0,
				outcome: 'unscored'
			});
		}
	}
	return ranked;
}

/** Where a call stands at a moment. */
export type CallState = 'upcoming' | 'open' | 'closed';

/** The call's state at `now`: open from its opening instant up to (not including) its closing one. */
export function callState(call: { opensAt: Date; closesAt: Date }, now: Date): CallState {
	if (now < call.opensAt) return 'upcoming';
	return now < call.closesAt ? 'open' : 'closed';
}

/** Time left until `until`, in the largest unit that is at least one (days, then hours, then minutes). */
export function timeLeft(until: Date, now: Date): { unit: 'days' | 'hours' | 'minutes'; count: number } {
	const minutes = Math.max(0, Math.floor((until.getTime() - now.getTime()) / 60_000));
	if (minutes >= 24 * 60) return { unit: 'days', count: Math.floor(minutes / (24 * 60)) };
	if (minutes >= 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
	return { unit: 'minutes', count: minutes };
}

// The informal-group rule is shared with participation initiatives.
export { ADULT_AGE, groupProblems, type GroupProblem } from '../../rules/informal-group.ts';

/** A call's stored ranking settings, and the stored rows the ranking reads (as the calls schema keeps them). */
export interface CallRankingSource {
	call: {
		criteria: readonly { key: string }[];
		totalBudget: number;
		minTotalPoints: number;
		tieRule: TieRule;
		allowsPartialFunding: boolean;
	};
	applications: readonly { id: string; requested: number; submittedAt: Date | null; createdAt: Date }[];
	/** Submitted scores, points by criterion key. */
	scores: readonly { applicationId: string; memberUserId: string; points: Record<string, number> }[];
}

/** The ranking list of a call from its stored applications and scores, by the call's own rules. */
export function rankCallApplications({ call, applications, scores }: CallRankingSource): RankedApplication[] {
	const keys = call.criteria.map((criterion) => criterion.key);
	return rankApplications(
		applications.map((application) => ({
			applicationId: application.id,
			requested: application.requested,
			submittedAt: application.submittedAt ?? application.createdAt,
			scores: scores
				.filter((score) => score.applicationId === application.id)
				.map((score) => ({ memberId: score.memberUserId, points: keys.map((key) => score.points[key] ?? 0) }))
		})),
		{
			budget: call.totalBudget,
			minTotalPoints: call.minTotalPoints,
			tieRule: call.tieRule,
			allowsPartialFunding: call.allowsPartialFunding
		}
	);
}
