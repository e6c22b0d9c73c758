// Events, sessions, attendances and young people reached in a period, for the office's statistics
// (manifest `statistics`). Figures come from figures.ts (one definition) and reach.ts; the caller
// checks the actor and hides small groups.
import { and, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { outer } from '../../server/db/outer.ts';
import { EVENT_TYPES, events, eventSessions } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { listSettlements } from '../surveys/queries.server.ts';
import { sessionAttendance, sessionHeadcounts } from './schema.ts';
import { getAttendanceSettings } from './settings.server.ts';
import { computeStatistics, largestHeadcountPerEvent } from './statistics.ts';
import { computeReach, UNKNOWN_SETTLEMENT } from './reach.ts';
import { UNKNOWN_BAND } from './statistics.ts';
import { wallClock } from '../../i18n/office-time.ts';

/** Events held (published or finished, started in the period), their sessions, attendances and reach. */
export async function attendanceStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const conditions = [
		eq(events.officeId, query.officeId),
		ne(events.status, 'draft'),
		ne(events.status, 'cancelled'),
		gte(events.startsAt, query.from),
		lt(events.startsAt, query.to)
	];
	if (query.programmeId) conditions.push(eq(events.programmeId, query.programmeId));
	// An action-plan area: only the events linked to its measures (none linked, none counted).
	if (query.planArea) conditions.push(inArray(events.id, query.planArea.eventIds));
	const held = await db
		.select({ id: events.id, type: events.type })
		.from(events)
		.where(and(...conditions));
	const ids = held.map((event) => event.id);
	const [settings, settlements, sessionRows, peopleRows, headcountRows] = await Promise.all([
		getAttendanceSettings(db, query.officeId),
		listSettlements(db, query.officeId),
		ids.length
			? db
					.select({ count: sql<number>`count(*)::int` })
					.from(eventSessions)
					.where(inArray(eventSessions.eventId, ids))
			: Promise.resolve([{ count: 0 }]),
		ids.length
			? db
					.select({
						eventId: registrations.eventId,
						eventStartsAt: events.startsAt,
						userId: registrations.userId,
						email: registrations.email,
						phone: registrations.phone,
						birthYear: registrations.birthYear,
						gender: registrations.gender,
						place: registrations.place,
						source: registrations.source,
						sessionIds: sql<
							string[]
						>`coalesce((select json_agg(${sessionAttendance.sessionId}) from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${outer(registrations.id)}), '[]'::json)`
					})
					.from(registrations)
					.innerJoin(events, eq(events.id, registrations.eventId))
					.where(and(inArray(registrations.eventId, ids), eq(registrations.status, 'confirmed')))
			: Promise.resolve([]),
		ids.length
			? db
					.select({
						eventId: eventSessions.eventId,
						sessionId: sessionHeadcounts.sessionId,
						counts: sessionHeadcounts.counts
					})
					.from(sessionHeadcounts)
					.innerJoin(eventSessions, eq(eventSessions.id, sessionHeadcounts.sessionId))
					.where(inArray(eventSessions.eventId, ids))
			: Promise.resolve([])
	]);
	const people = peopleRows.map((row) => ({
		eventId: row.eventId,
		eventYear: wallClock(new Date(row.eventStartsAt)).year,
		userId: row.userId,
		email: row.email,
		phone: row.phone,
		birthYear: row.birthYear,
		gender: row.gender,
		place: row.place,
		isWalkIn: row.source === 'walk_in',
		sessionIds: row.sessionIds ?? []
	}));
	const figures = computeStatistics({ people, headcounts: headcountRows, bands: settings.ageBands });
	const reach = computeReach({
		people,
		headcounts: [...largestHeadcountPerEvent(headcountRows).values()],
		bands: settings.ageBands,
		settlements
	});
	const bandLabel = (band: string) => {
		const found = settings.ageBands.find((item) => item.key === band);
		if (!found || band === UNKNOWN_BAND) return { key: 'attendance.band.unknown' };
		if (found.min === null) return { key: 'attendance.band.under', values: { max: found.max ?? 0 } };
		if (found.max === null) return { key: 'attendance.band.over', values: { min: found.min } };
		return { key: 'attendance.band.range', values: { min: found.min, max: found.max } };
	};
	const byType = EVENT_TYPES.map((type) => ({
		label: { key: `events.type.${type}` },
		value: held.filter((event) => event.type === type).length
	})).filter((row) => row.value > 0);
	return [
		{
			key: 'events',
			titleKey: 'attendance.periodStatistics.events',
			order: 10,
			filtered: true,
			areaFiltered: true,
			figures: [
				{ key: `events.held`, labelKey: 'attendance.periodStatistics.eventsHeld', value: held.length, people: false },
				{
					key: `events.sessions`,
					labelKey: 'attendance.periodStatistics.sessions',
					value: sessionRows[0]?.count ?? 0,
					people: false
				}
			],
			tables: [
				{
					key: `events.byType`,
					titleKey: 'attendance.periodStatistics.byType',
					rows: byType,
					total: held.length,
					people: false
				}
			]
		},
		{
			key: 'attendance',
			titleKey: 'attendance.periodStatistics.people',
			order: 20,
			filtered: true,
			areaFiltered: true,
			figures: [
				{
					key: `attendance.reached`,
					labelKey: 'attendance.periodStatistics.reached',
					value: reach.reached,
					people: true
				},
				{
					key: `attendance.registeredPeople`,
					labelKey: 'attendance.periodStatistics.registeredPeople',
					value: reach.registeredPeople,
					people: true
				},
				{
					key: `attendance.headcount`,
					labelKey: 'attendance.periodStatistics.headcount',
					value: reach.headcount,
					people: true
				},
				{
					key: `attendance.attendances`,
					labelKey: 'attendance.periodStatistics.attendances',
					value: figures.participants,
					people: true
				}
			],
			tables: [
				{
					key: `attendance.byGender`,
					titleKey: 'attendance.periodStatistics.byGender',
					rows: Object.entries(reach.byGender).map(([gender, value]) => ({
						label: { key: `attendance.gender.${gender}` },
						value
					})),
					total: reach.reached,
					people: true
				},
				{
					key: `attendance.byBand`,
					titleKey: 'attendance.periodStatistics.byBand',
					rows: reach.byBand
						.filter((row) => row.band !== UNKNOWN_BAND || row.count > 0)
						.map((row) => ({ label: bandLabel(row.band), value: row.count })),
					total: reach.reached,
					people: true
				},
				{
					key: `attendance.bySettlement`,
					titleKey: 'attendance.periodStatistics.bySettlement',
					// Settlements nobody came from would only lengthen the table.
					rows: reach.bySettlement
						.filter((row) => row.count > 0)
						.map((row) =>
							row.name === UNKNOWN_SETTLEMENT
								? { label: { key: 'attendance.periodStatistics.placeUnknown' }, value: row.count }
								: { label: { text: row.name, textEn: '' }, value: row.count }
						),
					total: reach.reached,
					people: true
				},
				{
					key: `attendance.byArea`,
					titleKey: 'attendance.periodStatistics.byArea',
					rows: [
						{ label: { key: 'attendance.periodStatistics.urban' }, value: reach.byArea.urban },
						{ label: { key: 'attendance.periodStatistics.rural' }, value: reach.byArea.rural },
						{ label: { key: 'attendance.periodStatistics.placeUnknown' }, value: reach.byArea.unknown }
					],
					total: reach.reached,
					people: true
				},
				{
					key: `attendance.vulnerable`,
					titleKey: 'attendance.periodStatistics.vulnerable',
					rows: settings.vulnerableGroups.map((group) => ({
						label: { text: group.label, textEn: group.labelEn },
						value: reach.vulnerable[group.key] ?? 0
					})),
					people: true
				}
			]
		}
	];
}
