// Pure rules of what follows the ranking: the amounts a decision may give, the appeal window, a contract's
// tranches and when a report's reminders are due. No database, no clock (decision 0033).
import type { DecisionRow } from './schema.ts';
import type { RankedApplication } from './rules.ts';
import { addDays } from '../../i18n/office-time.ts';

export type AwardProblem =
	| { kind: 'overRequest'; applicationId: string }
	| { kind: 'partialNotAllowed'; applicationId: string }
	| { kind: 'notEligible'; applicationId: string }
	| { kind: 'overBudget'; budget: number };

/** The decision's lines as the ranking proposes them: the proposed amount becomes the award. */
export function proposedRows(ranking: readonly RankedApplication[]): DecisionRow[] {
	return ranking.map((row) => ({
		applicationId: row.applicationId,
		place: row.place,
		average: row.average,
		requested: row.requested,
		awarded: row.proposed,
		outcome: row.outcome
	}));
}

/**
 * What is wrong with the amounts staff typed for a decision: never more than asked, less only when the call allows
 * partial funding, nothing for a project under the minimum or unscored, and never more than the budget in all.
 */
export function awardProblems(
	rows: readonly DecisionRow[],
	rules: { budget: number; allowsPartialFunding: boolean }
): AwardProblem[] {
	const problems: AwardProblem[] = [];
	for (const row of rows) {
		if (row.awarded === 0) continue;
		if (row.outcome === 'belowMinimum' || row.outcome === 'unscored')
			problems.push({ kind: 'notEligible', applicationId: row.applicationId });
		else if (row.awarded > row.requested) problems.push({ kind: 'overRequest', applicationId: row.applicationId });
		else if (row.awarded < row.requested && !rules.allowsPartialFunding)
			problems.push({ kind: 'partialNotAllowed', applicationId: row.applicationId });
	}
	const total = rows.reduce((sum, row) => sum + row.awarded, 0);
	if (total > rules.budget) problems.push({ kind: 'overBudget', budget: rules.budget });
	return problems;
}

/** The outcome a line shows once staff have set its amount. */
export function outcomeOfAward(row: DecisionRow): DecisionRow['outcome'] {
	if (row.outcome === 'belowMinimum' || row.outcome === 'unscored') return row.outcome;
	if (row.awarded === 0) return 'outOfBudget';
	return row.awarded < row.requested ? 'partial' : 'funded';
}

/** Where a decision stands: not yet published, open for appeals, waiting on appeals, or final. */
export type DecisionStage = 'draft' | 'appealWindow' | 'appealsPending' | 'final';

/**
 * The decision's stage on Belgrade day `today` (YYYY-MM-DD): appeals may be lodged up to and including
 * `appealUntil`; after it the decision is final once every appeal has been decided.
 */
export function decisionStage(
	decision: { status: 'draft' | 'published'; appealUntil: string },
	appeals: readonly { outcome: string | null }[],
	today: string
): DecisionStage {
	if (decision.status === 'draft') return 'draft';
	if (today <= decision.appealUntil) return 'appealWindow';
	return appeals.some((appeal) => appeal.outcome === null) ? 'appealsPending' : 'final';
}

/**
 * A contract's amount split into tranches by whole per cents (the first ones rounded down, the last takes the
 * rest), so the tranches always add up to the amount.
 */
export function trancheAmounts(amount: number, percents: readonly number[]): number[] {
	if (percents.length === 0) return [];
	const amounts = percents.slice(0, -1).map((percent) => Math.floor((amount * percent) / 100));
	return [...amounts, amount - amounts.reduce((sum, value) => sum + value, 0)];
}

/** Days before a report's due day when the first reminder goes out. */
export const REMINDER_DAYS_BEFORE = 7;

/** Calendar-day arithmetic is the office's one helper (office-time.ts), offered here too. */
export { addDays };

/** Which reminder a report needs on `today`: one in the week before its due day, one after it passes; or none. */
export function reminderDue(
	report: {
		status: string;
		dueOn: string;
		remindedBeforeAt: Date | null;
		remindedAfterAt: Date | null;
	},
	today: string
): 'before' | 'after' | null {
	if (report.status !== 'due' && report.status !== 'returned') return null;
	if (today > report.dueOn) return report.remindedAfterAt ? null : 'after';
	if (today >= addDays(report.dueOn, -REMINDER_DAYS_BEFORE)) return report.remindedBeforeAt ? null : 'before';
	return null;
}
