import { addDays } from '../../i18n/office-time.ts';
// The council's rules as pure functions: the law's age rule at a date (with a look-ahead), quorum, and
// decision numbers per body and year. Dates are calendar dates (YYYY-MM-DD) in Belgrade time.

/** How many months ahead the age rule looks for a member ageing out or a mandate ending. */
export const AGE_RULE_LOOK_AHEAD_MONTHS = 3;

export interface AgeRuleMember {
	id: string;
	name: string;
	birthYear: number;
	mandateFrom: string;
	mandateTo: string | null;
}

export interface AgeRulePolicy {
	youthMinAge: number;
	youthMaxAge: number;
	/** At least this share (percent) of the members must be young. */
	minYouthSharePercent: number;
}

export interface AgeRuleStanding {
	date: string;
	/** Members whose mandate runs on that date. */
	members: number;
	young: number;
	/** Share of young members in percent (rounded down to one decimal); null for a body without members. */
	sharePercent: number | null;
	/** Whether the rule holds; a body without members breaks nothing yet. */
	holds: boolean;
}

export type AgeRuleChangeReason = 'ages_out' | 'mandate_ends';

export interface AgeRuleWarning {
	/** The first date on which the rule no longer holds. */
	date: string;
	standing: AgeRuleStanding;
	/** What changes on that date, member by member. */
	causes: { memberId: string; name: string; reason: AgeRuleChangeReason }[];
}

export interface AgeRuleReport {
	today: AgeRuleStanding;
	/** The first break within the look-ahead, when the rule holds today; null when nothing breaks it. */
	warning: AgeRuleWarning | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
	const match = DATE.exec(date);
	if (!match) throw new Error(`Not a date: ${date}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar-day arithmetic is the office's one helper (office-time.ts), offered here too. */
export { addDays };

/** The calendar date `months` after `date` (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
	const [year, month, day] = parts(date);
	const target = new Date(Date.UTC(year, month - 1 + months, 1));
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	return format(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, last));
}

/**
 * The age the law counts for a member at a date. Only the year of birth is kept (staff-only), so a
 * member is counted at the age they reach in that calendar year: born in 1996, they are 30 all of 2026
 * and 31 from 1 January 2027.
 */
export function ageAt(birthYear: number, date: string): number {
	return parts(date)[0] - birthYear;
}

/** Whether a mandate runs on a date (both ends included; no end means it runs on). */
export function isMandateRunning(member: Pick<AgeRuleMember, 'mandateFrom' | 'mandateTo'>, date: string): boolean {
	return member.mandateFrom <= date && (member.mandateTo === null || member.mandateTo >= date);
}

/** The age rule's standing on one date. */
export function ageRuleStandingAt(
	members: readonly AgeRuleMember[],
	policy: AgeRulePolicy,
	date: string
): AgeRuleStanding {
	const running = members.filter((member) => isMandateRunning(member, date));
	const young = running.filter((member) => {
		const age = ageAt(member.birthYear, date);
		return age >= policy.youthMinAge && age <= policy.youthMaxAge;
	}).length;
	if (running.length === 0) return { date, members: 0, young: 0, sharePercent: null, holds: true };
	return {
		date,
		members: running.length,
		young,
		sharePercent: Math.floor((young * 1000) / running.length) / 10,
		holds: young * 100 >= policy.minYouthSharePercent * running.length
	};
}

/**
 * The age rule today and the first date within the look-ahead on which it would break, with who
 * ages out or whose mandate ends then. Only the days something changes are checked.
 */
export function checkAgeRule(
	members: readonly AgeRuleMember[],
	policy: AgeRulePolicy,
	today: string,
	lookAheadMonths = AGE_RULE_LOOK_AHEAD_MONTHS
): AgeRuleReport {
	const standing = ageRuleStandingAt(members, policy, today);
	const horizon = addMonths(today, lookAheadMonths);
	const changes = new Map<string, AgeRuleWarning['causes']>();
	const note = (date: string, memberId: string, name: string, reason: AgeRuleChangeReason) => {
		if (date <= today || date > horizon) return;
		const list = changes.get(date) ?? [];
		list.push({ memberId, name, reason });
		changes.set(date, list);
	};
	for (const member of members) {
		// The first day they count as too old: 1 January of the year they reach the maximum age plus one.
		note(format(member.birthYear + policy.youthMaxAge + 1, 1, 1), member.id, member.name, 'ages_out');
		if (member.mandateTo) note(addDays(member.mandateTo, 1), member.id, member.name, 'mandate_ends');
	}
	let warning: AgeRuleWarning | null = null;
	for (const date of [...changes.keys()].sort()) {
		const later = ageRuleStandingAt(members, policy, date);
		if (!later.holds) {
			const causes = changes.get(date)!.filter((cause) => {
				const member = members.find((candidate) => candidate.id === cause.memberId)!;
				// Someone ageing out whose mandate already ended changes nothing.
				return isMandateRunning(member, addDays(date, -1));
			});
			warning = { date, standing: later, causes };
			break;
		}
	}
	return { today: standing, warning };
}

/** Whether the members present make a quorum: more than `quorumPercent` of the members. */
export function hasQuorum(present: number, members: number, quorumPercent = 50): boolean {
	if (members <= 0) return false;
	return present * 100 > quorumPercent * members;
}

/** How many members must be present for a quorum. */
export function quorumNeeded(members: number, quorumPercent = 50): number {
	if (members <= 0) return 1;
	return Math.floor((quorumPercent * members) / 100) + 1;
}

/** The next decision's sequence in a year, after the ones already numbered in that year. */
export function nextDecisionSequence(existing: readonly { year: number; sequence: number }[], year: number): number {
	return existing.filter((row) => row.year === year).reduce((max, row) => Math.max(max, row.sequence), 0) + 1;
}

/** A decision's number as printed: "7/2026". */
export function decisionNumber(decision: { sequence: number; year: number }): string {
	return `${decision.sequence}/${decision.year}`;
}

/** Whether a decision is overdue at a date: its deadline passed and it is neither carried out nor closed. */
export function isDecisionOverdue(decision: { deadline: string | null; status: string }, today: string): boolean {
	return (
		decision.deadline !== null &&
		decision.deadline < today &&
		(decision.status === 'adopted' || decision.status === 'in_progress')
	);
}

/** Whether vote totals fit the attendance: nobody votes twice, nobody absent votes. */
export function votesFitAttendance(
	votes: { for: number; against: number; abstained: number },
	present: number
): boolean {
	return votes.for + votes.against + votes.abstained <= present;
}

/**
 * The totals of a vote taken by name: each member's vote counted once. With no named votes the item
 * had no vote, so the totals stay empty rather than three zeros.
 */
export function namedVoteTotals(votes: readonly { memberId: string; vote: 'for' | 'against' | 'abstained' }[]): {
	votesFor: number | null;
	votesAgainst: number | null;
	votesAbstained: number | null;
} {
	if (votes.length === 0) return { votesFor: null, votesAgainst: null, votesAbstained: null };
	const byMember = new Map(votes.map((vote) => [vote.memberId, vote.vote]));
	const count = (kind: string) => [...byMember.values()].filter((vote) => vote === kind).length;
	return { votesFor: count('for'), votesAgainst: count('against'), votesAbstained: count('abstained') };
}
