import { describe, expect, it } from 'vitest';
import {
	addDays,
	awardProblems,
	decisionStage,
	outcomeOfAward,
	reminderDue,
	trancheAmounts
} from './decision-rules.ts';
import type { DecisionRow } from './schema.ts';

const row = (overrides: Partial<DecisionRow>): DecisionRow => ({
	applicationId: 'a',
	place: 1,
	average: 80,
	requested: 100_000,
	awarded: 100_000,
	outcome: 'funded',
	...overrides
});

describe('awards', () => {
	const rules = { budget: 250_000, allowsPartialFunding: false };
	it('accepts the whole request or nothing when partial funding is not allowed', () => {
		expect(awardProblems([row({}), row({ applicationId: 'b', awarded: 0 })], rules)).toEqual([]);
		expect(awardProblems([row({ awarded: 90_000 })], rules)).toEqual([
			{ kind: 'partialNotAllowed', applicationId: 'a' }
		]);
		expect(awardProblems([row({ awarded: 90_000 })], { ...rules, allowsPartialFunding: true })).toEqual([]);
	});
	it('never gives more than asked, anything under the minimum, or more than the budget', () => {
		expect(awardProblems([row({ awarded: 100_001 })], rules)).toEqual([{ kind: 'overRequest', applicationId: 'a' }]);
		expect(awardProblems([row({ outcome: 'belowMinimum' })], rules)).toEqual([
			{ kind: 'notEligible', applicationId: 'a' }
		]);
		expect(awardProblems([row({}), row({ applicationId: 'b' }), row({ applicationId: 'c' })], rules)).toEqual([
			{ kind: 'overBudget', budget: 250_000 }
		]);
	});
	it('names the outcome after the amount', () => {
		expect(outcomeOfAward(row({ awarded: 0 }))).toBe('outOfBudget');
		expect(outcomeOfAward(row({ awarded: 50_000, outcome: 'outOfBudget' }))).toBe('partial');
		expect(outcomeOfAward(row({ outcome: 'partial' }))).toBe('funded');
		expect(outcomeOfAward(row({ outcome: 'unscored', awarded: 0 }))).toBe('unscored');
	});
});

describe('the appeal window', () => {
	const published = { status: 'published' as const, appealUntil: '2026-04-28' };
	it('is open through its last day, then waits for undecided appeals, then is final', () => {
		expect(decisionStage({ ...published, status: 'draft' }, [], '2026-05-01')).toBe('draft');
		expect(decisionStage(published, [], '2026-04-28')).toBe('appealWindow');
		expect(decisionStage(published, [{ outcome: null }], '2026-04-29')).toBe('appealsPending');
		expect(decisionStage(published, [{ outcome: 'rejected' }], '2026-04-29')).toBe('final');
	});
});

describe('tranches', () => {
	it('always add up to the amount', () => {
		expect(trancheAmounts(150_000, [80, 20])).toEqual([120_000, 30_000]);
		expect(trancheAmounts(100_001, [33, 67])).toEqual([33_000, 67_001]);
		expect(trancheAmounts(99_999, [100])).toEqual([99_999]);
		for (const amount of [1, 7, 12_345, 199_999])
			expect(trancheAmounts(amount, [70, 30]).reduce((sum, value) => sum + value, 0)).toBe(amount);
	});
});

describe('report reminders', () => {
	const report = { status: 'due', dueOn: '2026-07-01', remindedBeforeAt: null, remindedAfterAt: null };
	it('come in the week before the due day and after it, once each, only while the report is owed', () => {
		expect(reminderDue(report, '2026-06-23')).toBeNull();
		expect(reminderDue(report, addDays('2026-07-01', -7))).toBe('before');
		expect(reminderDue(report, '2026-07-01')).toBe('before');
		expect(reminderDue({ ...report, remindedBeforeAt: new Date() }, '2026-06-30')).toBeNull();
		expect(reminderDue(report, '2026-07-02')).toBe('after');
		expect(reminderDue({ ...report, remindedAfterAt: new Date() }, '2026-07-09')).toBeNull();
		expect(reminderDue({ ...report, status: 'submitted' }, '2026-07-09')).toBeNull();
		expect(reminderDue({ ...report, status: 'returned' }, '2026-07-09')).toBe('after');
	});
	it('count days across month ends', () => {
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});
});
