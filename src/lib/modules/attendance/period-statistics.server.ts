// Events, sessions, attendances and young people reached in a period, for the office's statistics
// (manifest `statistics`, and `statisticsOfPeriods` for several periods in one pass). Figures come
// from figures.ts (one definition) and reach.ts; the caller checks the actor and hides small groups.
import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { outer } from '../../server/db/outer.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { EVENT_TYPES, events, eventSessions } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { listSettlements } from '../surveys/queries.server.ts';
import { sessionAttendance, sessionHeadcounts } from './schema.ts';
import { getAttendanceSettings, type AttendanceSettings } from './settings.server.ts';
import { headcountTotal, largestHeadcountPerEvent, type SessionHeadcount } from './statistics.ts';
import {
	countReach,
	resolveReachRows,
	UNKNOWN_SETTLEMENT,
	type KnownSettlement,
	type ResolvedPerson
} from './reach.ts';
import { UNKNOWN_BAND } from './statistics.ts';
import { belgradeToInstant, wallClock } from '../../i18n/office-time.ts';
import { readThroughStatisticsStore, warmAttendanceStatistics } from './statistics-store.server.ts';

/** What JavaScript's String.prototype.trim takes away: a place of only these was not given. */
const TRIMMED =
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Arrival numbers padded to one width, so that the smallest "number, value" text is the first value given. */
const ARRIVAL_DIGITS = 20;

/**
 * The first gender and year of birth given are kept as one number each, "arrival number, value" (a
 * gender as 0–3: female, male, other, anything else, which the breakdowns count as unspecified), so
 * that the database's aggregates stay plain numbers and it groups by hashing. A year of birth outside
 * 0–65,535 (no form takes one) counts as not given.
 */
const YEAR_SPAN = sql.raw('65536');

/** Lower case as JavaScript's toLowerCase gives it for ASCII, whatever the database's locale. */
const UPPER_ASCII = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER_ASCII = 'abcdefghijklmnopqrstuvwxyz';
/** The one character outside ASCII that JavaScript lower-cases to ASCII (the Kelvin sign, to "k"). */
const KELVIN = '\u212a';

/** What reachQuery returns (one JSON text), per period by its index in the queries. */
interface ReachJson {
	/** [period, attended, walk-ins] (figures.ts). */
	totals: [period: number, attended: number, walkIns: number][];
	/** People who share no key with anyone, counted by the values they gave: [period, gender, year of birth, place, year, people]. */
	alone: [
		period: number,
		gender: string | null,
		birthYear: number | null,
		place: string | null,
		year: number,
		people: number
	][];
	/** Rows that share a key with another row (or whose e-mail is not plain ASCII), as ReachRow. */
	linked: [
		period: number,
		userId: string | null,
		email: string,
		phone: string,
		gender: string | null,
		genderAt: number | null,
		birthYear: number | null,
		birthYearAt: number | null,
		place: string | null,
		placeAt: number | null,
		year: number
	][];
}

/**
 * People reached and attendances (ReachJson), `periodOf` giving each row's period (the caller passes one
 * period's index and its events). The present registrations of the held events (a walk-in, or a
 * registration checked in at a session) are grouped per period by account, e-mail and phone exactly as
 * stored (one with none of them is a group of its own); walk-ins and checked-in registrations are two
 * branches of one list (they never overlap), so the check-ins are a semi-join. The first place given is
 * the smallest "arrival number, value" text, the first gender and year of birth the smallest number of
 * YEAR_SPAN's kind (plain mins, so the database groups by hashing). A group that shares no account,
 * e-mail (as groupSamePeople compares it: trimmed, lower case) or phone (its digits and "+") with
 * another group of the period is a person on its own: those are counted here by the values they gave,
 * and only the others (usually few) are sent
 * to resolveReachRows, which joins them as groupSamePeople does. An e-mail with characters outside
 * ASCII (after the Kelvin sign, the one such character JavaScript lower-cases to ASCII) is always sent,
 * since the database's lower case may differ from JavaScript's there; it cannot equal an ASCII one.
 */
function reachQuery(heldEvents: SQL, periodOf: SQL, yearOf: (instant: SQL) => SQL): SQL {
	const r = registrations;
	const present = (branch: SQL) => sql`
		select ${r.id} as id, ${r.userId} as user_id, ${r.email} as email, ${r.phone} as phone,
			${r.sequence} as sequence, ${r.gender} as gender, ${r.birthYear} as birth_year, ${r.place} as place,
			${r.source} = 'walk_in' as is_walk_in, ${events.startsAt} as starts_at, ${periodOf} as period
		from ${r} inner join ${events} on ${events.id} = ${r.eventId}
		where ${heldEvents} and ${r.status} = 'confirmed' and ${branch}`;
	const digits = sql.raw(String(ARRIVAL_DIGITS));
	const first = (value: SQL, given: SQL) =>
		sql`min((lpad(sequence::text, ${digits}, '0') || ${value}) collate "C") filter (where ${given})`;
	const year = yearOf(sql`first_starts_at`);
	const genderOf = sql`(array['female', 'male', 'other', 'unspecified'])[gender % 4 + 1]`;
	// One JSON text rather than a row per person: the embedded database hands rows over slowly.
	return sql`
		with grouped as (
			select period, user_id, email, phone,
				min(sequence * 4 + case gender when 'female' then 0 when 'male' then 1 when 'other' then 2 else 3 end)
					filter (where gender is not null and gender <> '') as gender,
				min(sequence * ${YEAR_SPAN} + birth_year) filter (where birth_year between 0 and ${YEAR_SPAN} - 1) as birth_year,
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
			group by period, user_id, email, phone, case when user_id is null and email = '' and phone = '' then id end
		), keyed as (
			select grouped.*,
				case when email <> '' then translate(btrim(replace(email, ${KELVIN}, 'k'), ${TRIMMED}),
					${UPPER_ASCII}, ${LOWER_ASCII}) end as email_key,
				case when phone <> '' then regexp_replace(phone, '[^0-9+]', '', 'g') end as phone_key
			from grouped
		), flagged as (
			select keyed.*, (octet_length(keyed.email_key) <> length(keyed.email_key) or shared_user.period is not null
				or shared_email.period is not null or shared_phone.period is not null) is true as linked
			from keyed
			left join (select period, user_id from keyed where user_id is not null
				group by period, user_id having count(*) > 1) as shared_user
				on shared_user.period = keyed.period and shared_user.user_id = keyed.user_id
			left join (select period, email_key from keyed where email_key is not null
				group by period, email_key having count(*) > 1) as shared_email
				on shared_email.period = keyed.period and shared_email.email_key = keyed.email_key
			left join (select period, phone_key from keyed where phone_key is not null
				group by period, phone_key having count(*) > 1) as shared_phone
				on shared_phone.period = keyed.period and shared_phone.phone_key = keyed.phone_key
		)
		select json_build_object(
			'totals', (select coalesce(json_agg(json_build_array(period, attended, walk_ins)), '[]') from (
				select period, sum(attended) as attended, sum(walk_ins) as walk_ins from flagged group by period) as totals),
			'alone', (select coalesce(json_agg(json_build_array(period, gender, birth_year, place, year, people)), '[]') from (
				select period, ${genderOf} as gender, birth_year % ${YEAR_SPAN} as birth_year,
					substr(place, ${digits} + 1) as place, ${year} as year, count(*) as people
				from flagged where not linked
				group by 1, 2, 3, 4, 5) as alone),
			'linked', (select coalesce(json_agg(json_build_array(period, user_id, email, phone,
				${genderOf}, gender / 4, birth_year % ${YEAR_SPAN}, birth_year / ${YEAR_SPAN},
				substr(place, ${digits} + 1), left(place, ${digits})::bigint, ${year})), '[]')
				from flagged where linked)
		)::text as "reach"`;
}

/** Whether no two periods share an instant (then every event belongs to at most one of them). */
function disjoint(queries: readonly StatisticsQuery[]): boolean {
	const sorted = [...queries].sort((a, b) => a.from.getTime() - b.from.getTime());
	return sorted.every((query, index) => index === 0 || sorted[index - 1].to.getTime() <= query.from.getTime());
}

/** Events held (published or finished, started in the period), their sessions, attendances and reach. */
export async function attendanceStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const [blocks] = await attendanceStatisticsOfPeriods(db, [query]);
	return blocks;
}

/**
 * attendanceStatistics for several periods (manifest `statisticsOfPeriods`): the page and the annual report
 * show a period and the year before. Read from the store while the office's figures have not changed since
 * they were computed, else computed (computeAttendanceStatisticsOfPeriods) and stored (decision 0036).
 */
export async function attendanceStatisticsOfPeriods(
	db: Database,
	queries: readonly StatisticsQuery[]
): Promise<StatisticsBlock[][]> {
	if (queries.length === 0) return [];
	return readThroughStatisticsStore(db, queries, computeAttendanceStatisticsOfPeriods);
}

/** The attendance statistics' default views of offices whose figures changed, computed ahead (a job). */
export function warmStatistics(db: Database, now: Date): Promise<number> {
	return warmAttendanceStatistics(db, now, computeAttendanceStatisticsOfPeriods);
}

/**
 * The attendance statistics of several periods of one office and filter, counted now in one pass.
 * Overlapping periods, or queries with different filters, are read one by one.
 */
export async function computeAttendanceStatisticsOfPeriods(
	db: Database,
	queries: readonly StatisticsQuery[]
): Promise<StatisticsBlock[][]> {
	if (queries.length === 0) return [];
	const [query] = queries;
	const sameFilter = queries.every(
		(other) =>
			other.officeId === query.officeId &&
			other.programmeId === query.programmeId &&
			(other.planArea ?? null) === (query.planArea ?? null)
	);
	if (queries.length > 1 && !(sameFilter && disjoint(queries)))
		return Promise.all(
			queries.map((one) => computeAttendanceStatisticsOfPeriods(db, [one]).then(([blocks]) => blocks))
		);
	const inPeriod = (instant: SQL | typeof events.startsAt, one: StatisticsQuery) =>
		sql`(${instant} >= ${one.from} and ${instant} < ${one.to})`;
	const conditions = [eq(events.officeId, query.officeId), ne(events.status, 'draft'), ne(events.status, 'cancelled')];
	if (query.programmeId) conditions.push(eq(events.programmeId, query.programmeId));
	// An action-plan area: only the events linked to its measures (none linked, none counted).
	if (query.planArea) conditions.push(inArray(events.id, query.planArea.eventIds));
	const heldEvents = and(...conditions, or(...queries.map((one) => inPeriod(events.startsAt, one))))!;
	// Which period an event belongs to: its index in the queries.
	const periodOf = sql`(case ${sql.join(
		queries.map((one, index) => sql`when ${inPeriod(events.startsAt, one)} then ${sql.raw(String(index))}`),
		sql` `
	)} end)`;
	// The Belgrade year of an instant (a person's first event), from the Belgrade new years the periods span.
	const firstYear = wallClock(new Date(Math.min(...queries.map((one) => one.from.getTime())))).year;
	const lastYear = wallClock(new Date(Math.max(...queries.map((one) => one.to.getTime())) - 1)).year;
	const yearOf = (instant: SQL) => {
		const newYears = [];
		for (let year = lastYear; year > firstYear; year--)
			newYears.push(
				sql`when ${instant} >= ${belgradeToInstant(`${year}-01-01`, '00:00')} then ${sql.raw(String(year))}`
			);
		return newYears.length
			? sql`(case ${sql.join(newYears, sql` `)} else ${sql.raw(String(firstYear))} end)`
			: sql.raw(String(firstYear));
	};
	const held = await db
		.select({ id: events.id, type: events.type, startsAt: events.startsAt })
		.from(events)
		.where(heldEvents);
	const periodOfEvent = new Map(
		held.map((event) => [event.id, queries.findIndex((one) => event.startsAt >= one.from && event.startsAt < one.to)])
	);
	// The held events as the same conditions (the planner then knows how many there are; a city's year
	// is thousands of events, too many to send one by one).
	const [settings, settlements, sessionRows, reachResult, headcountRows] = await Promise.all([
		getAttendanceSettings(db, query.officeId),
		listSettlements(db, query.officeId),
		held.length
			? db
					.select({ period: sql<number>`${periodOf}`.mapWith(Number), count: sql<number>`count(*)::int` })
					.from(eventSessions)
					.innerJoin(events, eq(events.id, eventSessions.eventId))
					.where(heldEvents)
					.groupBy(sql`1`)
			: Promise.resolve([]),
		// People who came, gathered by the database (reachQuery), one statement per period: with the period in
		// its group by, PostgreSQL's planner leaves the hashed plan for a sorted one (decision 0036). On
		// PostgreSQL the statements run side by side on the pool.
		held.length
			? Promise.all(
					queries.map((one, index) =>
						db.execute(reachQuery(and(...conditions, inPeriod(events.startsAt, one))!, sql.raw(String(index)), yearOf))
					)
				)
			: Promise.resolve([]),
		held.length
			? db
					.select({
						eventId: eventSessions.eventId,
						sessionId: sessionHeadcounts.sessionId,
						counts: sessionHeadcounts.counts
					})
					.from(sessionHeadcounts)
					.innerJoin(eventSessions, eq(eventSessions.id, sessionHeadcounts.sessionId))
					.where(sql`${outer(eventSessions.eventId)} in (select ${events.id} from ${events} where ${heldEvents})`)
			: Promise.resolve([])
	]);
	const reach: ReachJson = { totals: [], alone: [], linked: [] };
	for (const result of reachResult) {
		const part = JSON.parse((result as unknown as { rows: { reach: string }[] }).rows[0].reach) as ReachJson;
		// One by one, not push(...): a list of tens of thousands would overflow the arguments.
		for (const row of part.totals) reach.totals.push(row);
		for (const row of part.alone) reach.alone.push(row);
		for (const row of part.linked) reach.linked.push(row);
	}
	return queries.map((_, period) =>
		attendanceBlocks({
			held: held.filter((event) => periodOfEvent.get(event.id) === period),
			sessions: sessionRows.find((row) => row.period === period)?.count ?? 0,
			totals: reach.totals.find((row) => row[0] === period) ?? [period, 0, 0],
			people: [
				...reach.alone
					.filter((row) => row[0] === period)
					.map(([, gender, birthYear, place, year, count]) => ({
						gender,
						birthYear,
						place: place === null ? null : place.trim(),
						year,
						count
					})),
				...resolveReachRows(
					reach.linked
						.filter((row) => row[0] === period)
						.map((row) => ({
							userId: row[1],
							email: row[2],
							phone: row[3],
							gender: row[4],
							genderAt: row[5],
							birthYear: row[6],
							birthYearAt: row[7],
							place: row[8],
							placeAt: row[9],
							year: row[10]
						}))
				)
			],
			headcounts: headcountRows.filter((row) => periodOfEvent.get(row.eventId) === period),
			settings,
			settlements
		})
	);
}

/** The two blocks of one period from what attendanceStatisticsOfPeriods read. */
function attendanceBlocks(options: {
	held: { type: string }[];
	sessions: number;
	totals: ReachJson['totals'][number];
	people: ResolvedPerson[];
	headcounts: SessionHeadcount[];
	settings: AttendanceSettings;
	settlements: KnownSettlement[];
}): StatisticsBlock[] {
	const { held, settings } = options;
	// Attendances as figures.ts counts them: registered people who came to a session, and walk-ins.
	const [, attended, walkIns] = options.totals;
	const largestHeadcounts = [...largestHeadcountPerEvent(options.headcounts).values()];
	// Everyone who came (figures.ts): registered people who came, walk-ins, and each event's largest headcount.
	const participants = attended + walkIns + largestHeadcounts.reduce((sum, counts) => sum + headcountTotal(counts), 0);
	const reach = countReach({
		people: options.people,
		headcounts: largestHeadcounts,
		bands: settings.ageBands,
		settlements: options.settlements
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
					value: options.sessions,
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
