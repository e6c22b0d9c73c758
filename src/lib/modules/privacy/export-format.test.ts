import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { fieldLabel, shownValue } from './export-format.ts';

describe('a personal data record as a person reads it', () => {
	const cyrillic = createI18n('sr-Cyrl');
	const english = createI18n('en');

	it('names every field the modules report (no camelCase name on the page)', () => {
		for (const field of ['title', 'groupMembers', 'submittedAt', 'birthDate', 'workedOn', 'mandateTo', 'answer']) {
			expect(fieldLabel(cyrillic, field)).not.toBe(field);
			expect(fieldLabel(english, field)).not.toBe(field);
		}
		expect(fieldLabel(cyrillic, 'birthDate')).toBe('Датум рођења');
	});

	it('shows a calendar day in words, the same day in every time zone', () => {
		expect(shownValue(cyrillic, '2006-04-12', 'birthDate')).toBe(cyrillic.formatDate(new Date('2006-04-12T12:00:00Z')));
		expect(shownValue(english, '2006-04-12', 'birthDate')).toMatch(/12 Apr 2006/);
	});

	it('shows stored codes in words, from the field’s own message or the module’s', () => {
		expect(shownValue(cyrillic, 'confirmed', 'status')).toBe('потврђено');
		expect(shownValue(cyrillic, 'young_person', 'role')).toBe('Млада особа');
		expect(shownValue(cyrillic, 'president', 'role')).toBe('председник');
		expect(shownValue(english, 'female', 'gender')).toBe('Female');
		expect(shownValue(cyrillic, 'sr-Cyrl', 'locale')).toBe('српски, ћирилица');
		expect(shownValue(createI18n('sr-Latn'), 'online', 'source')).toBe('preko sajta');
		// Free text that happens to look like a code stays as the person wrote it.
		expect(shownValue(cyrillic, 'confirmed', 'comment')).toBe('confirmed');
	});
});
