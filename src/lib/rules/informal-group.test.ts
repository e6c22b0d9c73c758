import { describe, expect, it } from 'vitest';
import { groupProblems } from './informal-group.ts';

const born = (...years: number[]) => years.map((birthYear) => ({ birthYear }));
const rule = { minMembers: 3, minAge: 15, maxAge: 30, year: 2026 };

describe('groupProblems for initiatives (no adult needed)', () => {
	it('accepts three minors when no adult must sign, and asks for one when the rule does', () => {
		expect(groupProblems(born(2010, 2011, 2009), { ...rule, requiresAdult: false })).toEqual([]);
		expect(groupProblems(born(2010, 2011, 2009), rule)).toEqual([{ kind: 'noAdult' }]);
	});

	it('names a group too small and each member outside the range, at both ends', () => {
		expect(groupProblems(born(2010, 2012, 1995), { ...rule, requiresAdult: false })).toEqual([
			{ kind: 'outsideAgeRange', member: 1, minAge: 15, maxAge: 30 },
			{ kind: 'outsideAgeRange', member: 2, minAge: 15, maxAge: 30 }
		]);
		expect(groupProblems(born(2011, 1996), { ...rule, requiresAdult: false })).toEqual([{ kind: 'tooFew', min: 3 }]);
	});
});
