import { describe, expect, it } from 'vitest';
import { ageInYearOf, needsGuardian } from './age.ts';

describe('needsGuardian', () => {
	const june2027 = new Date('2027-06-15T16:00:00Z');
	it('asks for a guardian when the person turns 14 or less in the event year', () => {
		expect(needsGuardian(2013, june2027)).toBe(true);
		expect(needsGuardian(2020, june2027)).toBe(true);
	});
	it('lets someone turning 15 in the event year sign up alone', () => {
		expect(needsGuardian(2012, june2027)).toBe(false);
		expect(needsGuardian(1997, june2027)).toBe(false);
	});
	it('uses the Belgrade calendar year: an event at 00:30 on 1 January Belgrade time counts as the new year', () => {
		const newYear = new Date('2026-12-31T23:30:00Z');
		expect(ageInYearOf(2012, newYear)).toBe(15);
		expect(needsGuardian(2012, newYear)).toBe(false);
	});
	it('does not ask without a year of birth (staff-added walk-ins)', () => {
		expect(needsGuardian(null, june2027)).toBe(false);
	});
});
