// Events, sessions, attendances and young people reached in a period, for the office's statistics
// (manifest `statistics`). Figures come from figures.ts (one definition) and reach.ts; the caller
// checks the actor and hides small groups.
import { and, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { EVENT_TYPES, events, eventSessions } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { listSettlements } from '../surveys/queries.server.ts';
import { sessionAttendance, sessionHeadcounts } from './schema.ts';
import { getAttendanceSettings } from './settings.server.ts';
import { headcountTotal, largestHeadcountPerEvent } from './statistics.ts';
import { countReach, resolveReachRows, UNKNOWN_SETTLEMENT, type ReachRow } from './reach.ts';
import { UNKNOWN_BAND } from './statistics.ts';
import { wallClock } from '../../i18n/office-time.ts';

/** What JavaScript's String.prototype.trim takes away: a place of only these was not given. */
const TRIMMED =
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Arrival numbers padded to one width, so that the smallest "number, value" text is the first value given. */
const ARRIVAL_DIGITS = 20;

/** One row of reachQuery's array (see there). */
type ReachJsonRow = [
	userId: string | null,
	email: string,
	phone: string,
	gender: string | null,
	genderAt: number | null,
	birthYear: number | null,
	birthYearAt: number | null,
	place: string | null,
	placeAt: number | null,
	firstStartsAt: number,
	attended: number,
	walkIns: number
];

/**
 * The rows of ReachRow, with each row's attendances (figures.ts): the present registrations of the held
 * events (a walk-in, or a registration checked in at a session) grouped by account, e-mail and phone.
 * Walk-ins and checked-in registrations are two branches of one list (they never overlap), so the
 * check-ins are a semi-join rather than a probe per registration or a distinct list joined back. The
 * first value given is the smallest "arrival number, value" text (a plain min, which lets the database
 * group by hashing instead of sorting every registration), split again here. The rows are one JSON
 * array: [account, e-mail, phone, gender, its arrival number, year of birth, its arrival number, place,
 * its arrival number, first event's start (epoch milliseconds), attendances, walk-ins].
 */
function reachQuery(heldEvents: SQL | undefined): SQL {
	const r = registrations;
	const present = (branch: SQL) => sql`
		select ${r.id} as id, ${r.userId} as user_id, ${r.email} as email, ${r.phone} as phone,
			${r.sequence} as sequence, ${r.gender} as gender, ${r.birthYear} as birth_year, ${r.place} as place,
			${r.source} = 'walk_in' as is_walk_in, ${events.startsAt} as starts_at
		from ${r} inner join ${events} on ${events.id} = ${r.eventId}
		where ${heldEvents} and ${r.status} = 'confirmed' and ${branch}`;
	const digits = sql.raw(String(ARRIVAL_DIGITS));
	const first = (value: SQL, given: SQL) =>
		sql`min((lpad(sequence::text, ${digits}, '0') || ${value}) collate "C") filter (where ${given})`;
	// One JSON text rather than a row per person: the embedded database hands rows over slowly.
	return sql`
		select coalesce(json_agg(json_build_array(user_id, email, phone,
			substr(gender, ${digits} + 1), left(gender, ${digits})::bigint,
			birth_year[2], birth_year[1],
			substr(place, ${digits} + 1), left(place, ${digits})::bigint,
			(extract(epoch from first_starts_at) * 1000)::float8, attended, walk_ins)), '[]')::text as "people"
		from (
			select user_id, email, phone,
				${first(sql`gender`, sql`gender is not null and gender <> ''`)} as gender,
				min(array[sequence, birth_year::bigint]) filter (where birth_year is not null) as birth_year,
				${first(sql`place`, sql`btrim(place, ${TRIMMED}) <> ''`)} as place,
				min(starts_at) as first_starts_at,
				count(*) filter (where not is_walk_in) as attended,
				count(*) filter (where is_walk_in) as walk_ins
			from (
				${present(sql`${r.source} = 'walk_in'`)}
				union all
				${present(sql`${r.source} <> 'walk_in' and exists (select 1 from ${sessionAttendance}
					where ${sessionAttendance.registrationId} = ${r.id})`)}
			) as present
			group by user_id, email, phone, case when user_id is null and email = '' and phone = '' then id end
		) as people`;
}

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
		.select({ id: events.id, type: events.type, startsAt: events.startsAt })
		.from(events)
		.where(and(...conditions));
	const heldEvents = and(...conditions);
	// The held events as the same conditions (the planner then knows how many there are; a city's year
	// is thousands of events, too many to send one by one).
	const heldIds = sql`(select ${events.id} from ${events} where ${heldEvents})`;
	const [settings, settlements, sessionRows, reachResult, headcountRows] = await Promise.all([
		getAttendanceSettings(db, query.officeId),
		listSettlements(db, query.officeId),
		held.length
			? db
					.select({ count: sql<number>`count(*)::int` })
					.from(eventSessions)
					.where(sql`${eventSessions.eventId} in ${heldIds}`)
			: Promise.resolve([{ count: 0 }]),
		// People who came, gathered by the database: registrations with the same account, e-mail and phone
		// are one row (one with none of them is a row of its own), with the first values each gave
		// (ReachRow) and its attendances; resolveReachRows joins the rows of one person as groupSamePeople does.
		held.length ? db.execute(reachQuery(heldEvents)) : Promise.resolve({ rows: [{ people: '[]' }] }),
		held.length
			? db
					.select({
						eventId: eventSessions.eventId,
						sessionId: sessionHeadcounts.sessionId,
						counts: sessionHeadcounts.counts
					})
					.from(sessionHeadcounts)
					.innerJoin(eventSessions, eq(eventSessions.id, sessionHeadcounts.sessionId))
					.where(sql`${eventSessions.eventId} in ${heldIds}`)
			: Promise.resolve([])
	]);
	// The Belgrade year of each first event, once per instant, not once per person.
	const years = new Map<number, number>();
	const yearOf = (instant: number) => {
		let year = years.get(instant);
		if (year === undefined) years.set(instant, (year = wallClock(new Date(instant)).year));
		return year;
	};
	// Attendances as figures.ts counts them: registered people who came to a session, and walk-ins.
	let attended = 0;
	let walkIns = 0;
	const [{ people }] = (reachResult as { rows: { people: string }[] }).rows;
	const reachRows: ReachRow[] = (JSON.parse(people) as ReachJsonRow[]).map((row) => {
		attended += row[10];
		walkIns += row[11];
		return {
			userId: row[0],
			email: row[1],
			phone: row[2],
			gender: row[3],
			genderAt: row[4],
			birthYear: row[5],
			birthYearAt: row[6],
			place: row[7],
			placeAt: row[8],
			year: yearOf(row[9])
		};
	});
	const largestHeadcounts = [...largestHeadcountPerEvent(headcountRows).values()];
	// Everyone who came (figures.ts): registered people who came, walk-ins, and each event's largest headcount.
	const participants = attended + walkIns + largestHeadcounts.reduce((sum, counts) => sum + headcountTotal(counts), 0);
	const reach = countReach({
		people: resolveReachRows(reachRows),
		headcounts: largestHeadcounts,
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
					value: participants,
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
