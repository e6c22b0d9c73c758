// The participation rules that need no database: age eligibility from a year of birth, the support
// threshold and the answer deadline, budget phases and the winner rule (decision 0020).
import { instantToBelgrade, wallClock } from '../../i18n/office-time.ts';
import type { InitiativeStatus } from './constants.ts';
import { suppressGroups } from '../../statistics/suppression.ts';

/**
 * A person's age for the youth range: the age they reach this calendar year (Belgrade time). Only the
 * year of birth is kept, so someone born in 2011 counts as 15 for the whole of 2026.
 */
export function ageThisYear(birthYear: number, now: Date): number {
	return wallClock(now).year - birthYear;
}

/** Whether a person born in `birthYear` is a young person under the office's range (inclusive). */
export function isWithinYouthRange(
	birthYear: number | null | undefined,
	range: { youthMinAge: number; youthMaxAge: number },
	now: Date
): boolean {
	if (!birthYear) return false;
	const age = ageThisYear(birthYear, now);
	return age >= range.youthMinAge && age <= range.youthMaxAge;
}

/** The age bands breakdowns are shown in. */
export const AGE_BANDS = ['under_15', '15_19', '20_24', '25_30', 'over_30'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The band an age falls in ('' when the age is unknown). */
export function ageBandOf(age: number | null | undefined): AgeBand | '' {
	if (age === null || age === undefined) return '';
	if (age < 15) return 'under_15';
	if (age <= 19) return '15_19';
	if (age <= 24) return '20_24';
	if (age <= 30) return '25_30';
	return 'over_30';
}

/**
 * A breakdown of people (voters, supporters) by age band or gender, in key order, under the shared
 * small-cell rule (`suppressGroups`, decision 0017): a group under 5 comes back as null ("<5"), and one
 * more where the hidden one could be worked out from the others and `total` (default: their sum).
 */
export function suppressSmallGroups(
	counts: ReadonlyMap<string, number>,
	total?: number
): { key: string; count: number | null }[] {
	const groups = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));
	return suppressGroups(groups, total);
}

/** Statuses in which the office still owes an answer once the threshold is reached. */
export const AWAITING_ANSWER: readonly InitiativeStatus[] = ['published', 'under_consideration'];
/** Statuses that are the office's answer. */
export const ANSWERED: readonly InitiativeStatus[] = [
	'accepted',
	'partly_accepted',
	'not_accepted',
	'in_progress',
	'done'
];
/** Statuses the public sees. */
export const PUBLIC_STATUSES: readonly InitiativeStatus[] = ['published', 'under_consideration', ...ANSWERED];

/** Whether this support count reaches the office's threshold. */
export function reachesThreshold(supportCount: number, threshold: number): boolean {
	return threshold > 0 && supportCount >= threshold;
}

const DAY = 24 * 60 * 60 * 1000;

/** When the office's answer is due: `answerDays` after the threshold was reached. */
export function answerDueAt(thresholdReachedAt: Date, answerDays: number): Date {
	return new Date(thresholdReachedAt.getTime() + answerDays * DAY);
}

/** Whether an initiative's answer is overdue at `now`: due, passed, and not yet answered. */
export function isAnswerOverdue(
	initiative: { status: InitiativeStatus; answerDueAt: Date | null; answeredAt: Date | null; hiddenAt?: Date | null },
	now: Date
): boolean {
	return (
		initiative.answerDueAt !== null &&
		initiative.answeredAt === null &&
		!initiative.hiddenAt &&
		AWAITING_ANSWER.includes(initiative.status) &&
		initiative.answerDueAt.getTime() < now.getTime()
	);
}

/** Percentage towards the threshold, 0–100. */
export function thresholdProgress(supportCount: number, threshold: number): number {
	if (threshold <= 0) return 100;
	return Math.min(100, Math.floor((supportCount / threshold) * 100));
}

export const BUDGET_PHASES = ['upcoming', 'proposals', 'review', 'voting', 'results', 'implementation'] as const;
export type BudgetPhase = (typeof BUDGET_PHASES)[number];

/** The phase a round is in at `now`: each phase runs from its date until the next one's. */
export function budgetPhase(
	round: { proposalsFrom: Date; reviewFrom: Date; votingFrom: Date; resultsFrom: Date; implementationFrom: Date },
	now: Date
): BudgetPhase {
	const at = now.getTime();
	if (at >= round.implementationFrom.getTime()) return 'implementation';
	if (at >= round.resultsFrom.getTime()) return 'results';
	if (at >= round.votingFrom.getTime()) return 'voting';
	if (at >= round.reviewFrom.getTime()) return 'review';
	if (at >= round.proposalsFrom.getTime()) return 'proposals';
	return 'upcoming';
}

/** A feasible project as the winner rule sees it. */
export interface CountedProject {
	id: string;
	cost: number;
	votes: number;
	/** Submission order, for the last tie-break. */
	createdAt: Date;
}

export interface BudgetOutcome {
	/** Winners in the order they were chosen. */
	winners: string[];
	/** Projects with enough votes to be reached but too expensive for what was left. */
	skipped: string[];
	spent: number;
	left: number;
}

/**
 * The winner rule, shown publicly: projects in order of votes (ties: the cheaper first, then the one
 * proposed earlier); each is chosen if its cost fits in what is left of the amount, otherwise it is
 * skipped and the next one is tried. Projects with no votes never win.
 */
export function chooseWinners(projects: readonly CountedProject[], amount: number): BudgetOutcome {
	const ordered = [...projects].sort(
		(a, b) =>
			b.votes - a.votes || a.cost - b.cost || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)
	);
	const winners: string[] = [];
	const skipped: string[] = [];
	let left = amount;
	for (const project of ordered) {
		if (project.votes <= 0) break;
		if (project.cost <= left) {
			winners.push(project.id);
			left -= project.cost;
		} else skipped.push(project.id);
	}
	return { winners, skipped, spent: amount - left, left };
}

/** Whether a ballot fits the round's rule: total within the amount, or at most N approvals. */
export function ballotProblem(
	round: { amount: number; rule: 'within_amount' | 'approve_up_to'; maxChoices: number | null },
	chosenCosts: readonly number[]
): 'empty' | 'over_budget' | 'too_many' | null {
	if (chosenCosts.length === 0) return 'empty';
	if (round.rule === 'approve_up_to') return chosenCosts.length > (round.maxChoices ?? 1) ? 'too_many' : null;
	return chosenCosts.reduce((sum, cost) => sum + cost, 0) > round.amount ? 'over_budget' : null;
}

/** Why an edit of an opened poll or round is refused, by form field. */
export type EditProblems = Record<string, 'locked' | 'started' | 'onlyLater'>;

const dayOf = (instant: Date) => instantToBelgrade(instant).date;

/**
 * A date of something already opened: a date already passed stays (same day), a date ahead may only
 * move later. Returns the instant to keep (the stored one when the day is the same) or the problem.
 */
function extendedDate(stored: Date, typed: Date, now: Date): { value: Date } | { problem: 'started' | 'onlyLater' } {
	if (dayOf(typed) === dayOf(stored)) return { value: stored };
	if (stored.getTime() <= now.getTime()) return { problem: 'started' };
	return dayOf(typed) > dayOf(stored) ? { value: typed } : { problem: 'onlyLater' };
}

/**
 * What may change in a poll: everything until it opens; once open, only the texts (question and the
 * wording of its answers, not their number) and a later close. Returns the values to save or the problems.
 */
interface EditablePoll {
	opensAt: Date;
	closesAt: Date;
	isMultiple: boolean;
	audience: string;
	resultsAfterVote: boolean;
	options: readonly unknown[];
}

export function checkPollEdit<E extends EditablePoll>(
	stored: EditablePoll,
	edited: E,
	now: Date
): { problems: EditProblems; values: E } {
	if (now.getTime() < stored.opensAt.getTime()) return { problems: {}, values: edited };
	const problems: EditProblems = {};
	if (edited.options.length !== stored.options.length) problems.options = 'locked';
	for (const field of ['isMultiple', 'audience', 'resultsAfterVote'] as const)
		if (edited[field] !== stored[field]) problems[field] = 'locked';
	const values = { ...edited };
	for (const field of ['opensAt', 'closesAt'] as const) {
		const checked = extendedDate(stored[field], edited[field], now);
		if ('problem' in checked) problems[field] = checked.problem;
		else values[field] = checked.value;
	}
	return { problems, values };
}

export const ROUND_DATES = ['proposalsFrom', 'reviewFrom', 'votingFrom', 'resultsFrom', 'implementationFrom'] as const;

/**
 * What may change in a budget round: everything until its proposals open; after that only the texts
 * and phase dates still ahead, moved later (the amount, rule and code requirement stay as announced).
 */
type EditableRound = Record<(typeof ROUND_DATES)[number], Date> & {
	amount: number;
	rule: string;
	maxChoices: number | null;
	requiresCode: boolean;
};

export function checkRoundEdit<E extends EditableRound>(
	stored: EditableRound,
	edited: E,
	now: Date
): { problems: EditProblems; values: E } {
	if (now.getTime() < stored.proposalsFrom.getTime()) return { problems: {}, values: edited };
	const problems: EditProblems = {};
	for (const field of ['amount', 'rule', 'maxChoices', 'requiresCode'] as const)
		if (edited[field] !== stored[field]) problems[field] = 'locked';
	const values = { ...edited };
	for (const field of ROUND_DATES) {
		const checked = extendedDate(stored[field], edited[field], now);
		if ('problem' in checked) problems[field] = checked.problem;
		else values[field] = checked.value;
	}
	return { problems, values };
}
