import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import type { Database } from '../../server/db/client.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { searchKey } from '../../i18n/script.ts';
import { getEventById, type EventRecord } from '../events/queries.server.ts';
import { events, eventSessions, programmes } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { eventFeedback, sessionAttendance, sessionHeadcounts, type HeadcountCounts } from './schema.ts';
import { canRecordAttendance, canViewAttendanceStatistics } from './permissions.server.ts';
import { getAttendanceSettings, type AttendanceSettings } from './settings.server.ts';
import { chooseSession } from './session-choice.ts';
import { isId } from './inputs.ts';
import { recordListRead } from './list-audit.server.ts';
import { attendanceFigures, type AttendanceFigures } from './figures.ts';
import {
	computeStatistics,
	emptyHeadcount,
	headcountTotal,
	suppressFigures,
	suppressStatistics,
	type DisplayedStatistics,
	type SessionHeadcount,
	type StatisticsPerson
} from './statistics.ts';
import { outer } from '../../server/db/outer.ts';
import type { EventAttendance, EventAttendanceGroup } from '../../server/manifest.ts';

/** An event of this office for staff, or not_found (also for ids that cannot be ids). */
export async function requireEvent(ctx: Context, eventId: string): Promise<EventRecord> {
	const event = isId(eventId) ? await getEventById(ctx.db, ctx.officeId, eventId) : null;
	if (!event) throw new AppError('not_found', 'error.404.text');
	return event;
}

/** A registration counted at the door: confirmed, walk-ins included. */
const atTheDoor = (eventId: string) => and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed'));

export interface CheckInPerson {
	id: string;
	name: string;
	birthYear: number | null;
	isWalkIn: boolean;
	checkInCode: string;
	present: boolean;
	/** The name folded for matching in either script. */
	key: string;
}

export interface CheckInSheet {
	event: { id: string; title: string; titleEn: string; slug: string };
	sessions: { id: string; title: string; titleEn: string; startsAt: Date; endsAt: Date }[];
	sessionId: string | null;
	people: CheckInPerson[];
	counts: { registered: number; present: number; walkIns: number; headcount: number };
	headcount: HeadcountCounts;
	settings: AttendanceSettings;
}

/** Confirmed registrations of an event with who is present at one session (default: the one today or now). */
export async function getCheckInSheet(
	ctx: Context,
	options: { eventId: string; sessionId?: string | null; now?: Date }
): Promise<CheckInSheet> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	const event = await requireEvent(ctx, options.eventId);
	const session =
		event.sessions.find((item) => item.id === options.sessionId) ??
		chooseSession(event.sessions, options.now ?? new Date());
	const settings = await getAttendanceSettings(ctx.db, ctx.officeId);
	const rows = await ctx.db
		.select({
			id: registrations.id,
			name: registrations.name,
			birthYear: registrations.birthYear,
			source: registrations.source,
			checkInCode: registrations.checkInCode,
			present: session
				? sql<boolean>`exists (select 1 from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${outer(registrations.id)} and ${sessionAttendance.sessionId} = ${session.id})`
				: sql<boolean>`false`
		})
		.from(registrations)
		.where(atTheDoor(event.id))
		.orderBy(asc(registrations.name), asc(registrations.sequence));
	const [headcountRow] = session
		? await ctx.db.select().from(sessionHeadcounts).where(eq(sessionHeadcounts.sessionId, session.id))
		: [];
	const headcount =
		headcountRow?.counts ??
		emptyHeadcount(
			settings.ageBands,
			settings.vulnerableGroups.map((group) => group.key)
		);
	const people = rows
		.map((row) => ({
			id: row.id,
			name: row.name,
			birthYear: row.birthYear,
			isWalkIn: row.source === 'walk_in',
			checkInCode: row.checkInCode,
			present: Boolean(row.present),
			key: searchKey(row.name)
		}))
		.sort((a, b) => a.key.localeCompare(b.key));
	await recordListRead(ctx.db, {
		officeId: ctx.officeId,
		actor,
		action: 'attendance.check_in_list.viewed',
		entityType: 'event',
		entityId: event.id,
		now: options.now
	});
	return {
		event: { id: event.id, title: event.title, titleEn: event.titleEn, slug: event.slug },
		sessions: event.sessions.map(({ id, title, titleEn, startsAt, endsAt }) => ({
			id,
			title,
			titleEn,
			startsAt,
			endsAt
		})),
		sessionId: session?.id ?? null,
		people,
		counts: {
			registered: people.filter((person) => !person.isWalkIn).length,
			present: people.filter((person) => person.present).length,
			walkIns: people.filter((person) => person.isWalkIn).length,
			headcount: headcountTotal(headcount)
		},
		headcount,
		settings
	};
}

/** Rows statistics are computed from: registrations of the events with whether they came. */
async function statisticsRows(
	db: Database,
	eventIds: string[]
): Promise<{ people: StatisticsPerson[]; headcounts: SessionHeadcount[] }> {
	if (eventIds.length === 0) return { people: [], headcounts: [] };
	const [rows, headcountRows] = await Promise.all([
		db
			.select({
				eventId: registrations.eventId,
				eventStartsAt: events.startsAt,
				userId: registrations.userId,
				email: registrations.email,
				phone: registrations.phone,
				birthYear: registrations.birthYear,
				gender: registrations.gender,
				source: registrations.source,
				sessionIds: sql<
					string[]
				>`coalesce((select json_agg(${sessionAttendance.sessionId}) from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${outer(registrations.id)}), '[]'::json)`
			})
			.from(registrations)
			.innerJoin(events, eq(events.id, registrations.eventId))
			.where(and(inArray(registrations.eventId, eventIds), eq(registrations.status, 'confirmed'))),
		db
			.select({
				eventId: eventSessions.eventId,
				sessionId: sessionHeadcounts.sessionId,
				counts: sessionHeadcounts.counts
			})
			.from(sessionHeadcounts)
			.innerJoin(eventSessions, eq(eventSessions.id, sessionHeadcounts.sessionId))
			.where(inArray(eventSessions.eventId, eventIds))
	]);
	return {
		people: rows.map((row) => ({
			eventId: row.eventId,
			eventYear: new Date(row.eventStartsAt).getUTCFullYear(),
			userId: row.userId,
			email: row.email,
			phone: row.phone,
			birthYear: row.birthYear,
			gender: row.gender,
			isWalkIn: row.source === 'walk_in',
			sessionIds: row.sessionIds ?? []
		})),
		headcounts: headcountRows
	};
}

export interface FeedbackSummary {
	count: number;
	average: number | null;
	/** How many gave 1, 2, 3, 4 and 5. */
	distribution: number[];
	comments: { rating: number; comment: string; createdAt: Date }[];
}

export interface EventResults {
	event: { id: string; title: string; titleEn: string; startsAt: Date; endsAt: Date; status: string };
	sessions: { id: string; title: string; titleEn: string; startsAt: Date }[];
	/** The one definition of the event's figures (figures.ts), sessions included. */
	figures: AttendanceFigures;
	certificates: number;
	statistics: DisplayedStatistics;
	settings: AttendanceSettings;
	feedback: FeedbackSummary;
}

/**
 * The attendance figures of one event (figures.ts), for any screen that shows them: the
 * registrations page, the results page.
 */
export async function getEventAttendanceFigures(db: Database, event: Pick<EventRecord, 'id' | 'sessions'>) {
	const { people, headcounts } = await statisticsRows(db, [event.id]);
	return attendanceFigures({
		sessionIds: event.sessions.map((session) => session.id),
		registrations: people,
		headcounts: headcounts.map((row) => ({ sessionId: row.sessionId, total: headcountTotal(row.counts) }))
	});
}

/**
 * What happened at an event: attendance per session, rate, walk-ins, headcounts and feedback. The
 * event's own staff see exact counts; the breakdown by band and gender keeps the "<5" rule.
 */
export async function getEventResults(ctx: Context, eventId: string): Promise<EventResults> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const event = await requireEvent(ctx, eventId);
	const settings = await getAttendanceSettings(ctx.db, ctx.officeId);
	const [feedbackRows, { people, headcounts }] = await Promise.all([
		ctx.db
			.select({ rating: eventFeedback.rating, comment: eventFeedback.comment, createdAt: eventFeedback.createdAt })
			.from(eventFeedback)
			.where(and(eq(eventFeedback.officeId, ctx.officeId), eq(eventFeedback.eventId, event.id)))
			.orderBy(asc(eventFeedback.createdAt)),
		statisticsRows(ctx.db, [event.id])
	]);
	const figures = attendanceFigures({
		sessionIds: event.sessions.map((session) => session.id),
		registrations: people,
		headcounts: headcounts.map((row) => ({ sessionId: row.sessionId, total: headcountTotal(row.counts) }))
	});
	const stats = computeStatistics({ people, headcounts, bands: settings.ageBands });
	const distribution = [0, 0, 0, 0, 0];
	for (const row of feedbackRows) distribution[row.rating - 1]++;
	return {
		event: {
			id: event.id,
			title: event.title,
			titleEn: event.titleEn,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			status: event.status
		},
		sessions: event.sessions.map(({ id, title, titleEn, startsAt }) => ({ id, title, titleEn, startsAt })),
		figures,
		certificates: figures.attended + people.filter((person) => person.isWalkIn && person.sessionIds.length > 0).length,
		statistics: suppressStatistics(
			stats,
			settings.ageBands.map((band) => band.key)
		),
		settings,
		feedback: {
			count: feedbackRows.length,
			average: feedbackRows.length
				? Math.round((feedbackRows.reduce((sum, row) => sum + row.rating, 0) / feedbackRows.length) * 10) / 10
				: null,
			distribution,
			comments: feedbackRows.filter((row) => row.comment.trim() !== '')
		}
	};
}

export interface StatisticsFilter {
	/** Belgrade dates, both included. */
	from: string;
	to: string;
	programmeId: string | null;
	eventId: string | null;
}

export interface StatisticsLine {
	id: string;
	title: string;
	titleEn: string;
	startsAt: Date | null;
	registered: string;
	attended: string;
	attendanceRate: number | null;
	walkIns: string;
	headcount: string;
	participants: string;
}

export interface StatisticsReport {
	filter: StatisticsFilter;
	overall: DisplayedStatistics;
	events: StatisticsLine[];
	programmes: StatisticsLine[];
	settings: AttendanceSettings;
	programmeOptions: { id: string; name: string; nameEn: string }[];
	eventOptions: { id: string; title: string; titleEn: string; startsAt: Date }[];
}

/** Statistics per event, programme and period: every count shown with the "<5" rule. */
export async function getStatisticsReport(ctx: Context, filter: StatisticsFilter): Promise<StatisticsReport> {
	authorize(ctx.actor, canViewAttendanceStatistics(ctx.actor));
	const settings = await getAttendanceSettings(ctx.db, ctx.officeId);
	const from = belgradeToInstant(filter.from, '00:00');
	const to = new Date(belgradeToInstant(filter.to, '00:00').getTime() + 24 * 60 * 60 * 1000);
	const inPeriod = and(
		eq(events.officeId, ctx.officeId),
		ne(events.status, 'draft'),
		ne(events.status, 'cancelled'),
		gte(events.startsAt, from),
		lt(events.startsAt, to)
	);
	const periodEvents = await ctx.db
		.select({
			id: events.id,
			title: events.title,
			titleEn: events.titleEn,
			startsAt: events.startsAt,
			programmeId: events.programmeId
		})
		.from(events)
		.where(inPeriod)
		.orderBy(asc(events.startsAt));
	const chosen = periodEvents.filter(
		(event) =>
			(!filter.programmeId || event.programmeId === filter.programmeId) &&
			(!filter.eventId || event.id === filter.eventId)
	);
	const programmeRows = await ctx.db
		.select({ id: programmes.id, name: programmes.name, nameEn: programmes.nameEn })
		.from(programmes)
		.where(eq(programmes.officeId, ctx.officeId))
		.orderBy(asc(programmes.sortOrder), asc(programmes.name));
	const { people, headcounts } = await statisticsRows(
		ctx.db,
		chosen.map((event) => event.id)
	);
	const bandKeys = settings.ageBands.map((band) => band.key);
	const line = (
		id: string,
		title: string,
		titleEn: string,
		startsAt: Date | null,
		eventIds: Set<string>
	): StatisticsLine => {
		const stats = computeStatistics({
			people: people.filter((person) => eventIds.has(person.eventId)),
			headcounts: headcounts.filter((row) => eventIds.has(row.eventId)),
			bands: settings.ageBands
		});
		const shown = suppressFigures(stats);
		return {
			id,
			title,
			titleEn,
			startsAt,
			registered: shown.registered,
			attended: shown.attendedRegistered,
			attendanceRate: shown.attendanceRate,
			walkIns: shown.walkIns,
			headcount: shown.headcount,
			participants: shown.participants
		};
	};
	const programmeLines = programmeRows
		.map((programme) => {
			const ids = new Set(chosen.filter((event) => event.programmeId === programme.id).map((event) => event.id));
			return ids.size ? line(programme.id, programme.name, programme.nameEn, null, ids) : null;
		})
		.filter((item): item is StatisticsLine => item !== null);
	return {
		filter,
		overall: suppressStatistics(computeStatistics({ people, headcounts, bands: settings.ageBands }), bandKeys),
		events: chosen.map((event) => line(event.id, event.title, event.titleEn, event.startsAt, new Set([event.id]))),
		programmes: programmeLines,
		settings,
		programmeOptions: programmeRows.map((row) => ({ id: row.id, name: row.name, nameEn: row.nameEn })),
		eventOptions: periodEvents.map((event) => ({
			id: event.id,
			title: event.title,
			titleEn: event.titleEn,
			startsAt: event.startsAt
		}))
	};
}

/**
 * Who came to groups of sessions (manifest `eventAttendance`, for the action plan's computed
 * indicators): each group's figures come from attendanceFigures over the group's sessions, the one
 * definition the registrations page, the results and the statistics read. A walk-in never checked in
 * belongs with the event's first session, so a group holding every session reads exactly as the
 * event's own figures. Names, e-mails and phones stay in this module: registrations of one person
 * (same account, e-mail or phone, as in the statistics) share an opaque `person` key, valid within
 * one call only. Three queries, whatever the number of groups.
 */
export async function countEventAttendance(
	db: Database,
	officeId: string,
	groups: readonly EventAttendanceGroup[]
): Promise<Map<string, EventAttendance>> {
	const result = new Map<string, EventAttendance>();
	if (groups.length === 0) return result;
	const ids = [...new Set(groups.map((group) => group.eventId))];
	const [rows, headcountRows, sessionRows] = await Promise.all([
		db
			.select({
				eventId: registrations.eventId,
				registrationId: registrations.id,
				userId: registrations.userId,
				email: registrations.email,
				phone: registrations.phone,
				source: registrations.source,
				sessionIds: sql<
					string[]
				>`coalesce((select json_agg(${sessionAttendance.sessionId}) from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${outer(registrations.id)}), '[]'::json)`
			})
			.from(registrations)
			.where(
				and(
					eq(registrations.officeId, officeId),
					inArray(registrations.eventId, ids),
					eq(registrations.status, 'confirmed')
				)
			),
		db
			.select({ sessionId: sessionHeadcounts.sessionId, counts: sessionHeadcounts.counts })
			.from(sessionHeadcounts)
			.innerJoin(eventSessions, eq(eventSessions.id, sessionHeadcounts.sessionId))
			.where(and(eq(sessionHeadcounts.officeId, officeId), inArray(eventSessions.eventId, ids))),
		db
			.select({ eventId: eventSessions.eventId, id: eventSessions.id })
			.from(eventSessions)
			.where(inArray(eventSessions.eventId, ids))
			.orderBy(asc(eventSessions.startsAt), asc(eventSessions.id))
	]);
	const personOf = samePersonKeys(rows);
	const headcounts = headcountRows.map((row) => ({ sessionId: row.sessionId, total: headcountTotal(row.counts) }));
	const firstSession = new Map<string, string>();
	for (const row of sessionRows) if (!firstSession.has(row.eventId)) firstSession.set(row.eventId, row.id);
	for (const group of groups) {
		const inGroup = new Set(group.sessionIds);
		const came = rows
			.filter((row) => row.eventId === group.eventId)
			.map((row) => ({
				registrationId: row.registrationId,
				isWalkIn: row.source === 'walk_in',
				all: row.sessionIds ?? [],
				sessionIds: (row.sessionIds ?? []).filter((id) => inGroup.has(id))
			}))
			.filter(
				(row) =>
					!row.isWalkIn ||
					row.sessionIds.length > 0 ||
					(row.all.length === 0 && inGroup.has(firstSession.get(group.eventId) ?? ''))
			);
		const figures = attendanceFigures({
			sessionIds: group.sessionIds,
			registrations: came,
			headcounts: headcounts.filter((row) => inGroup.has(row.sessionId))
		});
		result.set(group.key, {
			participants: figures.participants,
			headcount: figures.headcount,
			people: came
				.filter((row) => row.isWalkIn || row.sessionIds.length > 0)
				.map((row) => personOf.get(row.registrationId)!)
		});
	}
	return result;
}

/**
 * One key per person for registrations that share an account, an e-mail or a phone (transitively),
 * as countUniquePeople counts them.
 */
function samePersonKeys(
	rows: readonly { registrationId: string; userId: string | null; email: string; phone: string }[]
): Map<string, string> {
	const parent = new Map<string, string>();
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	const owner = new Map<string, string>();
	for (const row of rows) {
		if (!parent.has(row.registrationId)) parent.set(row.registrationId, row.registrationId);
		const keys = [
			row.userId ? `u:${row.userId}` : '',
			row.email ? `e:${row.email.trim().toLowerCase()}` : '',
			row.phone ? `p:${row.phone.replace(/[^\d+]/g, '')}` : ''
		].filter(Boolean);
		for (const key of keys) {
			const seen = owner.get(key);
			if (seen === undefined) owner.set(key, row.registrationId);
			else parent.set(find(row.registrationId), find(seen));
		}
	}
	const roots = new Map<string, string>();
	const keys = new Map<string, string>();
	for (const id of parent.keys()) {
		const root = find(id);
		if (!roots.has(root)) roots.set(root, `person-${roots.size + 1}`);
		keys.set(id, roots.get(root)!);
	}
	return keys;
}
