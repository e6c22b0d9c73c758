import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, type CalendarEntry } from './ical.ts';

const entry: CalendarEntry = {
	uid: '6f1c2a4e-0000-4000-8000-000000000001',
	title: 'Курс видео монтаже; први сусрет, увод',
	description: 'Донесите телефон.\nПочињемо тачно у 18 часова.',
	location: 'Канцеларија за младе, Ивањица',
	url: 'https://mladi.example.rs/events/kurs-video-montaze',
	startsAt: new Date('2026-12-01T17:00:00Z'),
	endsAt: new Date('2026-12-01T19:00:00Z'),
	cancelled: false,
	updatedAt: new Date('2026-11-20T10:00:00Z')
};

function parse(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('buildCalendar', () => {
	it('writes events a real iCal parser reads back, Cyrillic, separators and line breaks intact', () => {
		const [event] = parse(buildCalendar([entry], { name: 'КЗМ Ивањица', host: 'mladi.example.rs' }));
		expect(event.summary).toBe(entry.title);
		expect(event.description).toBe(entry.description);
		expect(event.location).toBe(entry.location);
		expect(event.uid).toBe(`${entry.uid}@mladi.example.rs`);
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T17:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T19:00:00.000Z');
	});

	it('marks cancelled meetings, and an invitation carries the method and organizer', () => {
		const text = buildCalendar([{ ...entry, cancelled: true }], {
			name: 'КЗМ',
			host: 'mladi.example.rs',
			method: 'request',
			organizer: { name: 'КЗМ Ивањица', email: 'kzm@example.rs' }
		});
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
		const vevent = calendar.getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(String(vevent.getFirstPropertyValue('organizer'))).toContain('kzm@example.rs');
	});

	it('writes one event per session', () => {
		const sessions = [0, 1, 2].map((week) => ({
			...entry,
			uid: `session-${week}`,
			startsAt: new Date(entry.startsAt.getTime() + week * 7 * 86_400_000),
			endsAt: new Date(entry.endsAt.getTime() + week * 7 * 86_400_000)
		}));
		expect(parse(buildCalendar(sessions, { name: 'КЗМ', host: 'h' })).map((event) => event.uid)).toEqual([
			'session-0@h',
			'session-1@h',
			'session-2@h'
		]);
	});
});
