import { describe, expect, it } from 'vitest';
import { chooseSession } from './session-choice.ts';

const HOUR = 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);
const sessions = [
	{ id: 'past', startsAt: at('2026-05-01T16:00:00Z'), endsAt: at('2026-05-01T18:00:00Z') },
	{ id: 'today', startsAt: at('2026-05-08T16:00:00Z'), endsAt: at('2026-05-08T18:00:00Z') },
	{ id: 'next', startsAt: at('2026-05-15T16:00:00Z'), endsAt: at('2026-05-15T18:00:00Z') }
];

describe('the session a check-in opens on', () => {
	it('is the one running, from an hour before its start', () => {
		expect(chooseSession(sessions, new Date(sessions[1].startsAt.getTime() - HOUR))?.id).toBe('today');
		expect(chooseSession(sessions, at('2026-05-08T17:59:00Z'))?.id).toBe('today');
	});
	it('is today’s in the Belgrade calendar when none is running', () => {
		expect(chooseSession(sessions, at('2026-05-08T06:00:00Z'))?.id).toBe('today');
		expect(chooseSession(sessions, at('2026-05-08T21:30:00Z'))?.id).toBe('today');
	});
	it('is the next one to come, else the last one held, else none', () => {
		expect(chooseSession(sessions, at('2026-05-10T10:00:00Z'))?.id).toBe('next');
		expect(chooseSession(sessions, at('2026-06-10T10:00:00Z'))?.id).toBe('next');
		expect(chooseSession([], at('2026-06-10T10:00:00Z'))).toBeNull();
	});
});
