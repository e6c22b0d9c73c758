import { describe, expect, it } from 'vitest';
import { officeTexts } from './office-texts.ts';

const office = {
	name: 'Канцеларија за младе',
	nameEn: 'Youth Office',
	mission: 'Мисија',
	missionEn: '',
	workingHours: 'Радним данима од 8 до 16 часова',
	workingHoursEn: 'Weekdays 8:00–16:00',
	dpoName: 'Лице за заштиту података',
	dpoNameEn: ''
};

describe("the office's texts in the reader's language (13.10)", () => {
	it('uses the English field on the English site', () => {
		const texts = officeTexts(office, 'en');
		expect(texts.name).toEqual({ text: 'Youth Office', inSerbian: false });
		expect(texts.workingHours).toEqual({ text: 'Weekdays 8:00–16:00', inSerbian: false });
	});

	it('shows Serbian on the English site only when the English field is empty, and says so', () => {
		const texts = officeTexts(office, 'en');
		expect(texts.dpoName).toEqual({ text: 'Лице за заштиту података', inSerbian: true });
		expect(texts.mission.inSerbian).toBe(true);
	});

	it('never uses English on the Serbian sites', () => {
		for (const locale of ['sr-Cyrl', 'sr-Latn'] as const) {
			const texts = officeTexts(office, locale);
			expect(texts.name).toEqual({ text: 'Канцеларија за младе', inSerbian: false });
			expect(texts.workingHours.text).toBe('Радним данима од 8 до 16 часова');
		}
	});
});
