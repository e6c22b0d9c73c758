// The informal-group rule shared by every place a group of young people acts without a register
// (funding calls, participation initiatives): members named with a year of birth, enough of them, all
// within the office's youth age range, and — where someone must sign — one adult (domain.md, decision 0028).

/** Age of majority: an informal group needs one member of at least this age to sign for it. */
export const ADULT_AGE = 18;

/** A member of an informal group as a form lists them: a name and a year of birth, nothing more. */
export interface InformalGroupMember {
	name: string;
	birthYear: number;
}

export type GroupProblem =
	| { kind: 'tooFew'; min: number }
	| { kind: 'outsideAgeRange'; member: number; minAge: number; maxAge: number }
	| { kind: 'noAdult' };

/**
 * What keeps an informal group from acting: fewer members than asked, a member outside the youth age
 * range, or (when `requiresAdult`, the default, as for a call's contract) nobody of age. Only the year of
 * birth is asked, so ages are the ages reached in `year` (a member born in 2008 counts as 18 in 2026).
 */
export function groupProblems(
	members: readonly { birthYear: number }[],
	rule: { minMembers: number; minAge: number; maxAge: number; year: number; requiresAdult?: boolean }
): GroupProblem[] {
	const problems: GroupProblem[] = [];
	if (members.length < rule.minMembers) problems.push({ kind: 'tooFew', min: rule.minMembers });
	members.forEach((member, index) => {
		const age = rule.year - member.birthYear;
		if (age < rule.minAge || age > rule.maxAge) {
			problems.push({ kind: 'outsideAgeRange', member: index, minAge: rule.minAge, maxAge: rule.maxAge });
		}
	});
	if (
		(rule.requiresAdult ?? true) &&
		members.length > 0 &&
		!members.some((member) => rule.year - member.birthYear >= ADULT_AGE)
	) {
		problems.push({ kind: 'noAdult' });
	}
	return problems;
}
