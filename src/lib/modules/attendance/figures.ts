// The one definition of an event's attendance figures. Every screen, export and count that shows
// "confirmed", "attended", the attendance rate, walk-ins or headcounts reads them from here, so the
// registrations page, the results summary, the per-session table and the statistics agree.

/** One confirmed registration as the figures see it. */
export interface FiguresRegistration {
	/** Came without registering (added at the door). */
	isWalkIn: boolean;
	/** Sessions of the event this registration was checked in at. */
	sessionIds: readonly string[];
}

/** Figures of one session. */
export interface SessionFigures {
	sessionId: string;
	/** Confirmed registrations (walk-ins not included) checked in at this session. */
	attended: number;
	/** Walk-ins checked in at this session. */
	walkIns: number;
	/** `attended` out of the event's confirmed registrations (walk-ins not included), whole percent. */
	attendanceRate: number | null;
	/** People counted anonymously at this session. */
	headcount: number;
	/** Everyone at this session: attended + walk-ins + headcount. */
	participants: number;
}

/** Figures of one event. */
export interface AttendanceFigures {
	/** Confirmed registrations; walk-ins are not included (they never registered). */
	confirmed: number;
	/** Of the confirmed, how many came to one session at least. */
	attended: number;
	/** `attended` out of `confirmed`, whole percent; walk-ins are not included on either side. */
	attendanceRate: number | null;
	/** People added at the door who came without registering. */
	walkIns: number;
	/**
	 * People counted anonymously: the largest headcount of one session (the same people may come to
	 * every session and cannot be told apart, so session headcounts are never added up).
	 */
	headcount: number;
	/** Everyone who came: attended + walk-ins + headcount. */
	participants: number;
	sessions: SessionFigures[];
}

/** Attended out of confirmed, as a whole percentage; null when nobody is confirmed. */
export function attendanceRate(attended: number, confirmed: number): number | null {
	if (confirmed <= 0) return null;
	return Math.round((Math.min(attended, confirmed) / confirmed) * 100);
}

/** The figures of one event from its confirmed registrations and its session headcounts. */
export function attendanceFigures(options: {
	sessionIds: readonly string[];
	registrations: readonly FiguresRegistration[];
	/** Anonymous headcount total per session. */
	headcounts: readonly { sessionId: string; total: number }[];
}): AttendanceFigures {
	let confirmed = 0;
	let attended = 0;
	let walkIns = 0;
	const perSession = new Map(options.sessionIds.map((id) => [id, { attended: 0, walkIns: 0, headcount: 0 }]));
	for (const registration of options.registrations) {
		if (registration.isWalkIn) walkIns++;
		else {
			confirmed++;
			if (registration.sessionIds.length > 0) attended++;
		}
		for (const sessionId of new Set(registration.sessionIds)) {
			const session = perSession.get(sessionId);
			if (!session) continue;
			if (registration.isWalkIn) session.walkIns++;
			else session.attended++;
		}
	}
	for (const row of options.headcounts) {
		const session = perSession.get(row.sessionId);
		if (session) session.headcount += row.total;
	}
	const sessions = [...perSession].map(([sessionId, counts]) => ({
		sessionId,
		attended: counts.attended,
		walkIns: counts.walkIns,
		attendanceRate: attendanceRate(counts.attended, confirmed),
		headcount: counts.headcount,
		participants: counts.attended + counts.walkIns + counts.headcount
	}));
	const headcount = Math.max(0, ...sessions.map((session) => session.headcount));
	return {
		confirmed,
		attended,
		attendanceRate: attendanceRate(attended, confirmed),
		walkIns,
		headcount,
		participants: attended + walkIns + headcount,
		sessions
	};
}

/** Figures of several events added up (a programme, a period); rates are recomputed, not averaged. */
export function addFigures(list: readonly AttendanceFigures[]): Omit<AttendanceFigures, 'sessions'> {
	const sum = (pick: (figures: AttendanceFigures) => number) => list.reduce((total, item) => total + pick(item), 0);
	const confirmed = sum((item) => item.confirmed);
	const attended = sum((item) => item.attended);
	return {
		confirmed,
		attended,
		attendanceRate: attendanceRate(attended, confirmed),
		walkIns: sum((item) => item.walkIns),
		headcount: sum((item) => item.headcount),
		participants: sum((item) => item.participants)
	};
}
