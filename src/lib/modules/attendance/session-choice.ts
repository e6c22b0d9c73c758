import { instantToBelgrade } from '../../i18n/office-time.ts';

interface SessionTimes {
	id: string;
	startsAt: Date;
	endsAt: Date;
}

/**
 * The session a check-in opens on: the one running now (from an hour before its start), else the
 * first one today, else the next one to come, else the last one held.
 */
export function chooseSession<S extends SessionTimes>(sessions: readonly S[], now: Date): S | null {
	if (sessions.length === 0) return null;
	const HOUR = 60 * 60 * 1000;
	const running = sessions.find(
		(session) => session.startsAt.getTime() - HOUR <= now.getTime() && now.getTime() <= session.endsAt.getTime()
	);
	if (running) return running;
	const today = instantToBelgrade(now).date;
	const todays = sessions.find((session) => instantToBelgrade(session.startsAt).date === today);
	if (todays) return todays;
	const next = sessions.find((session) => session.startsAt.getTime() > now.getTime());
	return next ?? sessions[sessions.length - 1];
}
