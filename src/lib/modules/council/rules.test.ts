import { describe, expect, it } from 'vitest';
import {
	addMonths,
	ageAt,
	ageRuleStandingAt,
	checkAgeRule,
	decisionNumber,
	hasQuorum,
	isDecisionOverdue,
	nextDecisionSequence,
	quorumNeeded,
	namedVoteTotals,
	votesFitAttendance,
	type AgeRuleMember
} from './rules.ts';

const POLICY = { youthMinAge: 15, youthMaxAge: 30, minYouthSharePercent: 50 };
const member = (
	id: string,
	birthYear: number,
	mandateFrom = '2025-01-01',
	mandateTo: string | null = null
): AgeRuleMember => ({
	id,
	name: `Члан ${id}`,
	birthYear,
	mandateFrom,
	mandateTo
});

describe('the age at a date', () => {
	it('counts the age reached in the calendar year, so birthdays turn over on 1 January', () => {
		expect(ageAt(1996, '2026-01-01')).toBe(30);
		expect(ageAt(1996, '2026-12-31')).toBe(30);
		expect(ageAt(1996, '2027-01-01')).toBe(31);
		expect(ageAt(2011, '2026-06-01')).toBe(15);
	});
});

describe('the age rule at a date', () => {
	it('holds for an empty body and reports no share', () => {
		expect(ageRuleStandingAt([], POLICY, '2026-05-01')).toEqual({
			date: '2026-05-01',
			members: 0,
			young: 0,
			sharePercent: null,
			holds: true
		});
		expect(checkAgeRule([], POLICY, '2026-05-01')).toEqual({
			today: expect.objectContaining({ members: 0 }),
			warning: null
		});
	});

	it('counts exactly half as enough and less than half as a break', () => {
		const half = [member('a', 2000), member('b', 1980)];
		expect(ageRuleStandingAt(half, POLICY, '2026-05-01')).toMatchObject({
			members: 2,
			young: 1,
			sharePercent: 50,
			holds: true
		});
		const third = [member('a', 2000), member('b', 1980), member('c', 1970)];
		expect(ageRuleStandingAt(third, POLICY, '2026-05-01')).toMatchObject({
			young: 1,
			sharePercent: 33.3,
			holds: false
		});
	});

	it('counts the minimum and maximum ages as young, and 14 and 31 as not', () => {
		const members = [member('a', 2011), member('b', 1996), member('c', 2012), member('d', 1995)];
		expect(ageRuleStandingAt(members, POLICY, '2026-03-01')).toMatchObject({ members: 4, young: 2 });
	});

	it('counts only mandates running on the date, both ends included', () => {
		const members = [member('a', 2000, '2026-01-01', '2026-03-31'), member('b', 1980, '2026-04-01')];
		expect(ageRuleStandingAt(members, POLICY, '2026-03-31')).toMatchObject({ members: 1, young: 1 });
		expect(ageRuleStandingAt(members, POLICY, '2026-04-01')).toMatchObject({ members: 1, young: 0, holds: false });
		expect(ageRuleStandingAt(members, POLICY, '2025-12-31')).toMatchObject({ members: 0 });
	});

	it('warns three months ahead of a member ageing out that breaks the rule, naming them', () => {
		const members = [member('ana', 1996), member('b', 1980), member('c', 2004), member('d', 1975)];
		const report = checkAgeRule(members, POLICY, '2026-10-15');
		expect(report.today.holds).toBe(true);
		expect(report.warning).toMatchObject({
			date: '2027-01-01',
			standing: { young: 1, members: 4, holds: false },
			causes: [{ memberId: 'ana', reason: 'ages_out' }]
		});
		// Further than three months ahead: not yet a warning.
		expect(checkAgeRule(members, POLICY, '2026-09-30').warning).toBeNull();
	});

	it('warns of a young member’s mandate ending, on the day after it ends', () => {
		const members = [member('a', 2000, '2025-01-01', '2026-06-30'), member('b', 1980)];
		const report = checkAgeRule(members, POLICY, '2026-05-01');
		expect(report.warning).toMatchObject({ date: '2026-07-01', causes: [{ memberId: 'a', reason: 'mandate_ends' }] });
	});

	it('does not warn when an older member’s mandate ends, which only helps', () => {
		const members = [member('a', 2000), member('b', 1980, '2025-01-01', '2026-06-30')];
		expect(checkAgeRule(members, POLICY, '2026-05-01').warning).toBeNull();
	});

	it('uses the office’s age range and the body’s share', () => {
		const members = [member('a', 1994), member('b', 2000)];
		expect(ageRuleStandingAt(members, POLICY, '2026-05-01')).toMatchObject({ young: 1, holds: true });
		expect(ageRuleStandingAt(members, { ...POLICY, youthMaxAge: 35 }, '2026-05-01').young).toBe(2);
		expect(ageRuleStandingAt(members, { ...POLICY, minYouthSharePercent: 100 }, '2026-05-01').holds).toBe(false);
	});

	it('adds months to the last day of a shorter month', () => {
		expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
	});
});

describe('quorum', () => {
	it('needs more than half the members by default', () => {
		expect(hasQuorum(6, 11)).toBe(true);
		expect(hasQuorum(5, 11)).toBe(false);
		expect(hasQuorum(5, 10)).toBe(false);
		expect(hasQuorum(6, 10)).toBe(true);
		expect(quorumNeeded(11)).toBe(6);
		expect(quorumNeeded(10)).toBe(6);
		expect(quorumNeeded(30)).toBe(16);
	});
	it('follows a body’s own quorum share and never counts an empty body', () => {
		expect(hasQuorum(7, 10, 66)).toBe(true);
		expect(hasQuorum(6, 10, 66)).toBe(false);
		expect(quorumNeeded(10, 66)).toBe(7);
		expect(hasQuorum(0, 0)).toBe(false);
	});
});

describe('decision numbers', () => {
	it('start at 1 in each year and follow the highest number of that year', () => {
		const existing = [
			{ year: 2025, sequence: 1 },
			{ year: 2025, sequence: 2 },
			{ year: 2025, sequence: 5 },
			{ year: 2026, sequence: 1 }
		];
		expect(nextDecisionSequence(existing, 2025)).toBe(6);
		expect(nextDecisionSequence(existing, 2026)).toBe(2);
		expect(nextDecisionSequence(existing, 2027)).toBe(1);
		expect(nextDecisionSequence([], 2026)).toBe(1);
		expect(decisionNumber({ sequence: 7, year: 2026 })).toBe('7/2026');
	});
	it('are overdue only after the deadline while still open', () => {
		expect(isDecisionOverdue({ deadline: '2026-05-01', status: 'adopted' }, '2026-05-02')).toBe(true);
		expect(isDecisionOverdue({ deadline: '2026-05-01', status: 'in_progress' }, '2026-05-01')).toBe(false);
		expect(isDecisionOverdue({ deadline: '2026-05-01', status: 'carried_out' }, '2026-06-01')).toBe(false);
		expect(isDecisionOverdue({ deadline: null, status: 'adopted' }, '2026-06-01')).toBe(false);
	});
});

describe('votes and attendance', () => {
	it('refuses totals above the members present', () => {
		expect(votesFitAttendance({ for: 4, against: 1, abstained: 1 }, 6)).toBe(true);
		expect(votesFitAttendance({ for: 5, against: 1, abstained: 1 }, 6)).toBe(false);
	});
	it('counts a vote by name once per member, and no votes as no vote at all', () => {
		expect(
			namedVoteTotals([
				{ memberId: 'a', vote: 'for' },
				{ memberId: 'b', vote: 'against' },
				{ memberId: 'c', vote: 'abstained' },
				{ memberId: 'd', vote: 'for' }
			])
		).toEqual({ votesFor: 2, votesAgainst: 1, votesAbstained: 1 });
		// The last choice of a member sent twice counts, once.
		expect(
			namedVoteTotals([
				{ memberId: 'a', vote: 'for' },
				{ memberId: 'a', vote: 'against' }
			])
		).toEqual({ votesFor: 0, votesAgainst: 1, votesAbstained: 0 });
		expect(namedVoteTotals([])).toEqual({ votesFor: null, votesAgainst: null, votesAbstained: null });
	});
});
