import {
	and,
	asc,
	count,
	desc,
	eq,
	getTableColumns,
	gte,
	ilike,
	inArray,
	lt,
	lte,
	ne,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { matchesSearch, runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import type { MediaUse, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { searchKey } from '../../i18n/script.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { countPlacesByEvent, hasRegistrations, placeCountsOf } from '../registrations/place-counts.server.ts';
import {
	events,
	eventSessions,
	programmes,
	type EventStatus,
	type EventType,
	type RegistrationMode
} from './schema.ts';
import { registrationStateOf, type PlaceCounts, type RegistrationState } from './registration-state.ts';
import { canManageEvents } from './permissions.server.ts';
import { outer } from '../../server/db/outer.ts';
import { getMediaForDisplay, type MediaForDisplay } from '../media/queries.server.ts';

export type EventRow = typeof events.$inferSelect;
export type EventSessionRow = typeof eventSessions.$inferSelect;

/** An event with its sessions (by start) and its programme's name and colour. */
export interface EventRecord extends EventRow {
	sessions: EventSessionRow[];
	programme: { id: string; slug: string; name: string; nameEn: string; color: string } | null;
}

async function withDetails(db: Database, row: EventRow | undefined): Promise<EventRecord | null> {
	if (!row) return null;
	const [sessions, programme] = await Promise.all([
		db.select().from(eventSessions).where(eq(eventSessions.eventId, row.id)).orderBy(asc(eventSessions.startsAt)),
		row.programmeId
			? db
					.select({
						id: programmes.id,
						slug: programmes.slug,
						name: programmes.name,
						nameEn: programmes.nameEn,
						color: programmes.color
					})
					.from(programmes)
					.where(eq(programmes.id, row.programmeId))
					.then((rows) => rows[0] ?? null)
			: null
	]);
	return { ...row, sessions, programme };
}

/** Any event of the office by id (staff screens), with sessions and programme. */
export async function getEventById(db: Database, officeId: string, eventId: string): Promise<EventRecord | null> {
	const [row] = await db
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.id, eventId)));
	return withDetails(db, row);
}

/** A public (not draft) event by its address, with sessions and programme. */
export async function getPublicEventBySlug(db: Database, officeId: string, slug: string): Promise<EventRecord | null> {
	const [row] = await db
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.slug, slug), ne(events.status, 'draft')));
	return withDetails(db, row);
}

/**
 * Locks an event's row until the transaction ends and returns it. Registrations for one event take
 * this lock first, so places are counted and given one sign-up at a time and capacity holds.
 */
export async function lockEvent(tx: Database, officeId: string, eventId: string): Promise<EventRow | null> {
	const [row] = await tx
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.id, eventId)))
		.for('update');
	return row ?? null;
}

/** Sessions of several events, grouped by event id. */
export async function listSessionsOfEvents(db: Database, eventIds: string[]): Promise<Map<string, EventSessionRow[]>> {
	const grouped = new Map<string, EventSessionRow[]>();
	if (eventIds.length === 0) return grouped;
	const rows = await db
		.select()
		.from(eventSessions)
		.where(inArray(eventSessions.eventId, eventIds))
		.orderBy(asc(eventSessions.startsAt));
	for (const row of rows) grouped.set(row.eventId, [...(grouped.get(row.eventId) ?? []), row]);
	return grouped;
}

/** A session of one of the given events, with the event's status and type, for counting (action plan). */
export interface CountableSession {
	eventId: string;
	status: EventStatus;
	type: EventType;
	sessionId: string;
	startsAt: Date;
}

/**
 * Every session of the given events of this office with its event's status and type, in one query:
 * what the action plan's computed indicators count events from.
 */
export async function listSessionsForCounting(
	db: Database,
	officeId: string,
	eventIds: readonly string[]
): Promise<CountableSession[]> {
	if (eventIds.length === 0) return [];
	return db
		.select({
			eventId: eventSessions.eventId,
			status: events.status,
			type: events.type,
			sessionId: eventSessions.id,
			startsAt: eventSessions.startsAt
		})
		.from(eventSessions)
		.innerJoin(events, eq(events.id, eventSessions.eventId))
		.where(and(eq(events.officeId, officeId), inArray(eventSessions.eventId, [...new Set(eventIds)])))
		.orderBy(asc(eventSessions.startsAt));
}

// ---------------------------------------------------------------------------------------------
// Programmes

export type ProgrammeRow = typeof programmes.$inferSelect;

/** The office's programmes in their order (filters, forms, programme pages). */
export async function listProgrammes(db: Database, officeId: string): Promise<ProgrammeRow[]> {
	return db
		.select()
		.from(programmes)
		.where(eq(programmes.officeId, officeId))
		.orderBy(asc(programmes.sortOrder), asc(programmes.name));
}

/** A programme by its address, or null. */
export async function getProgrammeBySlug(db: Database, officeId: string, slug: string): Promise<ProgrammeRow | null> {
	const [row] = await db
		.select()
		.from(programmes)
		.where(and(eq(programmes.officeId, officeId), eq(programmes.slug, slug)));
	return row ?? null;
}

/** Events of the programme in the outer query. */
const programmeEventCount = sql<number>`(select count(*)::int from ${events} e where e.programme_id = ${outer(programmes.id)})`;

/** The programme list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_PROGRAMME_SORT_COLUMNS = {
	name: sql`kzm_sort_key(${programmes.name}) COLLATE "C"`,
	events: programmeEventCount
} as const;

/** The programmes with how many events each has, for the back-office, in their order unless a column was chosen. */
export async function listProgrammesForAdmin(
	ctx: Context,
	sort: SortState | null = null
): Promise<(ProgrammeRow & { eventCount: number })[]> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	return ctx.db
		.select({ ...getTableColumns(programmes), eventCount: programmeEventCount })
		.from(programmes)
		.where(eq(programmes.officeId, ctx.officeId))
		.orderBy(
			...orderOf(
				sort,
				ADMIN_PROGRAMME_SORT_COLUMNS,
				[asc(programmes.sortOrder), asc(programmes.name)],
				[asc(programmes.id)]
			)
		);
}

/** One programme for its edit screen; not_found otherwise. */
export async function getProgrammeForAdmin(ctx: Context, id: string): Promise<ProgrammeRow & { eventCount: number }> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select()
		.from(programmes)
		.where(and(eq(programmes.officeId, ctx.officeId), eq(programmes.id, id)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	const [{ total }] = await ctx.db.select({ total: count() }).from(events).where(eq(events.programmeId, id));
	return { ...row, eventCount: total };
}

// ---------------------------------------------------------------------------------------------
// The portal

/** An event as lists, cards and the calendar show it, with its registration state at the moment of reading. */
export interface EventSummary {
	id: string;
	slug: string;
	type: EventType;
	status: EventStatus;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	placeName: string;
	address: string;
	room: string;
	onlineUrl: string;
	startsAt: Date;
	endsAt: Date;
	capacity: number | null;
	coverMediaId: string | null;
	/** The cover image in its AVIF/WebP/JPEG widths, for the cards (null when the event has none). */
	cover: MediaForDisplay | null;
	sessionCount: number;
	/** The first meeting not yet over (the first one for past events). */
	nextSession: { startsAt: Date; endsAt: Date } | null;
	programme: { slug: string; name: string; nameEn: string; color: string } | null;
	state: RegistrationState;
	placesLeft: number | null;
	path: string;
}

// A function, not a constant: the place counts' subquery comes from the registrations module
// (place-counts.server.ts) and is built at query time.
const summaryColumns = () => ({
	id: events.id,
	slug: events.slug,
	type: events.type,
	status: events.status,
	title: events.title,
	titleEn: events.titleEn,
	summary: events.summary,
	summaryEn: events.summaryEn,
	placeName: events.placeName,
	address: events.address,
	room: events.room,
	onlineUrl: events.onlineUrl,
	startsAt: events.startsAt,
	endsAt: events.endsAt,
	capacity: events.capacity,
	coverMediaId: events.coverMediaId,
	registrationMode: events.registrationMode,
	registrationOpensAt: events.registrationOpensAt,
	registrationClosesAt: events.registrationClosesAt,
	programmeSlug: programmes.slug,
	programmeName: programmes.name,
	programmeNameEn: programmes.nameEn,
	programmeColor: programmes.color,
	// Sessions and places come with each row, so a list is one query however many events it shows.
	sessionTimes: sql<
		[string, string][]
	>`(select coalesce(json_agg(json_build_array(s.starts_at, s.ends_at) order by s.starts_at), '[]'::json) from ${eventSessions} s where s.event_id = ${outer(events.id)})`,
	placeCounts: placeCountsOf(events.id)
});

interface SummaryRow {
	id: string;
	slug: string;
	type: EventType;
	status: EventStatus;
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	placeName: string;
	address: string;
	room: string;
	onlineUrl: string;
	startsAt: Date;
	endsAt: Date;
	capacity: number | null;
	coverMediaId: string | null;
	registrationMode: RegistrationMode;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	programmeSlug: string | null;
	programmeName: string | null;
	programmeNameEn: string | null;
	programmeColor: string | null;
	sessionTimes: [string, string][];
	placeCounts: PlaceCounts;
}

/** Turns rows into summaries (their sessions and places came with them; the covers are one more query). */
async function toSummaries(db: Database, officeId: string, rows: SummaryRow[], now: Date): Promise<EventSummary[]> {
	const covers = await getMediaForDisplay(
		db,
		officeId,
		rows.map((row) => row.coverMediaId)
	);
	return rows.map((row) => {
		const {
			programmeSlug,
			programmeName,
			programmeNameEn,
			programmeColor,
			registrationMode,
			registrationOpensAt,
			registrationClosesAt,
			sessionTimes,
			placeCounts,
			...rest
		} = row;
		const own = sessionTimes.map(([startsAt, endsAt]) => ({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) }));
		const next = own.find((session) => session.endsAt > now) ?? own[0] ?? null;
		const { state, placesLeft } = registrationStateOf(
			{ ...row, registrationMode, registrationOpensAt, registrationClosesAt },
			placeCounts,
			now
		);
		return {
			...rest,
			cover: (row.coverMediaId && covers.get(row.coverMediaId)) || null,
			sessionCount: own.length,
			nextSession: next && { startsAt: next.startsAt, endsAt: next.endsAt },
			programme: programmeSlug
				? { slug: programmeSlug, name: programmeName!, nameEn: programmeNameEn!, color: programmeColor! }
				: null,
			state,
			placesLeft,
			path: `/events/${row.slug}`
		};
	});
}

/** Not a draft: published, cancelled and finished events are on the portal. */
const isPublic = () => ne(events.status, 'draft');

export interface PublicEventFilter {
	/** A programme's address. */
	programme?: string | null;
	type?: EventType | null;
	/** Belgrade dates (YYYY-MM-DD): events with a meeting on or after `from`, on or before `to`. */
	from?: string;
	to?: string;
	page?: number;
	pageSize?: number;
	now?: Date;
}

export const PUBLIC_PAGE_SIZE = 12;

function publicConditions(officeId: string, filter: PublicEventFilter): SQL {
	return and(
		eq(events.officeId, officeId),
		isPublic(),
		filter.programme ? eq(programmes.slug, filter.programme) : undefined,
		filter.type ? eq(events.type, filter.type) : undefined,
		filter.from ? gte(events.endsAt, belgradeToInstant(filter.from, '00:00')) : undefined,
		filter.to ? lte(events.startsAt, belgradeToInstant(filter.to, '23:59')) : undefined
	)!;
}

async function pageOfEvents(
	db: Database,
	officeId: string,
	where: SQL,
	order: SQL[],
	filter: PublicEventFilter,
	now: Date
): Promise<{ rows: EventSummary[]; total: number; page: number; pages: number }> {
	const pageSize = filter.pageSize ?? PUBLIC_PAGE_SIZE;
	const [{ total }] = await db
		.select({ total: count() })
		.from(events)
		.leftJoin(programmes, eq(programmes.id, events.programmeId))
		.where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
	const rows = await selectSummaries(db, where, order, pageSize, (page - 1) * pageSize);
	return { rows: await toSummaries(db, officeId, rows, now), total, page, pages };
}

/**
 * One page of summaries in one query. The page's rows are chosen first (a CTE), so the sessions
 * and places subqueries run for those rows only, not for every row the sort has to look at.
 */
async function selectSummaries(db: Database, where: SQL, order: SQL[], limit: number, offset = 0) {
	const chosen = db.$with('chosen').as(
		db
			.select({ id: events.id })
			.from(events)
			.leftJoin(programmes, eq(programmes.id, events.programmeId))
			.where(where)
			.orderBy(...order)
			.limit(limit)
			.offset(offset)
	);
	return db
		.with(chosen)
		.select(summaryColumns())
		.from(events)
		.innerJoin(chosen, eq(chosen.id, events.id))
		.leftJoin(programmes, eq(programmes.id, events.programmeId))
		.orderBy(...order);
}

/** Events not yet over, soonest first (cancelled ones stay, marked), with the list's filters. */
export async function listUpcomingEvents(db: Database, officeId: string, filter: PublicEventFilter = {}) {
	const now = filter.now ?? new Date();
	const where = and(publicConditions(officeId, filter), gte(events.endsAt, now), ne(events.status, 'finished'))!;
	return pageOfEvents(db, officeId, where, [asc(events.startsAt), asc(events.id)], filter, now);
}

/** Events that are over, the most recent first: the archive. */
export async function listPastEvents(db: Database, officeId: string, filter: PublicEventFilter = {}) {
	const now = filter.now ?? new Date();
	const where = and(publicConditions(officeId, filter), or(lt(events.endsAt, now), eq(events.status, 'finished')))!;
	return pageOfEvents(db, officeId, where, [desc(events.startsAt), asc(events.id)], filter, now);
}

/** The next few events for the home page. */
export async function listNextEvents(db: Database, officeId: string, limit: number, now: Date = new Date()) {
	// No count and no page: the home page only shows the first few.
	const where = and(publicConditions(officeId, {}), gte(events.endsAt, now), ne(events.status, 'finished'))!;
	return toSummaries(
		db,
		officeId,
		await selectSummaries(db, where, [asc(events.startsAt), asc(events.id)], limit),
		now
	);
}

/** One meeting in the month calendar, with its event's summary. */
export interface CalendarSession {
	id: string;
	startsAt: Date;
	endsAt: Date;
	title: string;
	/** Which meeting of how many (1 of 8). */
	number: number;
	event: EventSummary;
}

/**
 * Every meeting of a public event between two instants (the month calendar), with the list's
 * programme and type filters. Each meeting of a course is its own entry.
 */
export async function listSessionsBetween(
	db: Database,
	officeId: string,
	range: { from: Date; to: Date },
	filter: Pick<PublicEventFilter, 'programme' | 'type' | 'now'> = {}
): Promise<CalendarSession[]> {
	const now = filter.now ?? new Date();
	const rows = await db
		.select(summaryColumns())
		.from(events)
		.leftJoin(programmes, eq(programmes.id, events.programmeId))
		.where(
			and(
				publicConditions(officeId, { programme: filter.programme, type: filter.type }),
				gte(events.endsAt, range.from),
				lt(events.startsAt, range.to),
				// The same overlap as the index `events_period`, so that the month is found through it.
				sql`tstzrange(${events.startsAt}, greatest(${events.startsAt}, ${events.endsAt}), '[]') && tstzrange(${range.from.toISOString()}::timestamptz, ${range.to.toISOString()}::timestamptz, '[)')`
			)
		)
		.orderBy(asc(events.startsAt))
		.limit(500);
	const summaries = await toSummaries(db, officeId, rows, now);
	const sessions = await listSessionsOfEvents(
		db,
		summaries.map((summary) => summary.id)
	);
	return summaries
		.flatMap((event) =>
			(sessions.get(event.id) ?? []).map((session, index) => ({
				id: session.id,
				startsAt: session.startsAt,
				endsAt: session.endsAt,
				title: session.title,
				number: index + 1,
				event
			}))
		)
		.filter((session) => session.startsAt < range.to && session.endsAt >= range.from)
		.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** A public event with everything its page shows: sessions, programme, places and registration state. */
export async function getPublicEvent(db: Database, officeId: string, slug: string, now: Date = new Date()) {
	const event = await getPublicEventBySlug(db, officeId, slug);
	if (!event) return null;
	const counts: PlaceCounts = (await countPlacesByEvent(db, [event.id])).get(event.id)!;
	const { searchKey: _key, searchVector: _vector, searchText: _text, ...rest } = event;
	return { ...rest, counts, ...registrationStateOf(event, counts, now), path: `/events/${event.slug}` };
}
export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/** Meetings for a calendar feed: of one event, of one programme, or all; recent past and future. */
export async function listSessionsForFeed(
	db: Database,
	officeId: string,
	options: { programmeId?: string; eventId?: string; now?: Date } = {}
) {
	const now = options.now ?? new Date();
	const since = new Date(now.getTime() - 180 * 24 * 60 * 60 * 1000);
	return db
		.select({
			id: eventSessions.id,
			startsAt: eventSessions.startsAt,
			endsAt: eventSessions.endsAt,
			sessionTitle: eventSessions.title,
			eventId: events.id,
			slug: events.slug,
			title: events.title,
			titleEn: events.titleEn,
			summary: events.summary,
			summaryEn: events.summaryEn,
			placeName: events.placeName,
			address: events.address,
			room: events.room,
			onlineUrl: events.onlineUrl,
			status: events.status,
			updatedAt: events.updatedAt
		})
		.from(eventSessions)
		.innerJoin(events, eq(events.id, eventSessions.eventId))
		.where(
			and(
				eq(events.officeId, officeId),
				isPublic(),
				options.eventId ? eq(events.id, options.eventId) : gte(eventSessions.endsAt, since),
				options.programmeId ? eq(events.programmeId, options.programmeId) : undefined
			)
		)
		.orderBy(asc(eventSessions.startsAt))
		.limit(2000);
}

/** Public events matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function eventsSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: events,
			id: events.id,
			searchVector: events.searchVector,
			searchKey: events.searchKey,
			searchLead: events.searchLead,
			newest: events.startsAt,
			where: and(eq(events.officeId, officeId), isPublic())
		},
		query,
		limit,
		{
			kindKey: 'events.kind',
			columns: {
				title: events.title,
				titleEn: events.titleEn,
				snippet: events.summary,
				snippetEn: events.summaryEn,
				path: { prefix: '/events/', key: events.slug },
				date: events.startsAt
			}
		}
	);
}

/** Public events matching a folded query, best first: the module's search statement run alone. */
export async function searchEvents(db: Database, officeId: string, query: string, limit: number): Promise<SearchHit[]> {
	return runSearchStatement(db, eventsSearchStatement(db, officeId, query, limit), limit);
}

/** The lists, programme pages and every public event, for sitemap.xml. */
export async function listEventSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: events.slug, updatedAt: events.updatedAt })
		.from(events)
		.where(and(eq(events.officeId, officeId), isPublic()))
		.orderBy(desc(events.updatedAt));
	const programmeRows = await listProgrammes(db, officeId);
	if (rows.length === 0 && programmeRows.length === 0) return [];
	const latest = rows[0]?.updatedAt ?? null;
	return [
		{ path: '/events', updatedAt: latest },
		{ path: '/events/calendar', updatedAt: latest },
		{ path: '/events/archive', updatedAt: latest },
		...programmeRows.map((row) => ({ path: `/events/programmes/${row.slug}`, updatedAt: row.updatedAt })),
		...rows.map((row) => ({ path: `/events/${row.slug}`, updatedAt: row.updatedAt }))
	];
}

// ---------------------------------------------------------------------------------------------
// The back-office

export const ADMIN_STATUS_FILTERS = ['upcoming', 'past', 'draft', 'published', 'cancelled', 'finished'] as const;
export type AdminStatusFilter = (typeof ADMIN_STATUS_FILTERS)[number];

export interface AdminEventFilter {
	programmeId?: string | null;
	status?: AdminStatusFilter;
	from?: string;
	to?: string;
	q?: string;
	page?: number;
	pageSize?: number;
	now?: Date;
}

/** Every event of the office for staff (drafts included), soonest first, with filters and search. */
/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_EVENT_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${events.title}) COLLATE "C"`,
	when: events.startsAt,
	// As staff read the column: drafts, then published, finished and cancelled ones (not by the codes' spelling).
	status: stateOrder(events.status, ['draft', 'published', 'finished', 'cancelled'])
} as const;

export async function listEventsForAdmin(ctx: Context, filter: AdminEventFilter = {}, sort: SortState | null = null) {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const now = filter.now ?? new Date();
	const pageSize = filter.pageSize ?? 30;
	const folded = filter.q ? searchKey(filter.q) : '';
	const statusCondition = (): SQL | undefined => {
		switch (filter.status) {
			case 'upcoming':
				return and(gte(events.endsAt, now), ne(events.status, 'finished'));
			case 'past':
				return or(lt(events.endsAt, now), eq(events.status, 'finished'));
			case undefined:
				return undefined;
			default:
				return eq(events.status, filter.status);
		}
	};
	const where = and(
		eq(events.officeId, ctx.officeId),
		filter.programmeId ? eq(events.programmeId, filter.programmeId) : undefined,
		statusCondition(),
		filter.from ? gte(events.endsAt, belgradeToInstant(filter.from, '00:00')) : undefined,
		filter.to ? lte(events.startsAt, belgradeToInstant(filter.to, '23:59')) : undefined,
		folded ? matchesSearch(events.searchVector, events.searchKey, folded) : undefined
	)!;
	// Upcoming events soonest first, then past ones most recent first, unless a column was chosen.
	const defaultOrder =
		filter.status === 'past'
			? [desc(events.startsAt)]
			: [
					sql`(${events.endsAt} < ${now.toISOString()}::timestamptz)`,
					sql`CASE WHEN ${events.endsAt} < ${now.toISOString()}::timestamptz THEN NULL ELSE ${events.startsAt} END ASC NULLS LAST`,
					desc(events.startsAt)
				];
	const result = await pageOfEvents(
		ctx.db,
		ctx.officeId,
		where,
		orderOf(sort, ADMIN_EVENT_SORT_COLUMNS, defaultOrder, [asc(events.id)]),
		{ page: filter.page, pageSize },
		now
	);
	const drafts = await ctx.db
		.select({ id: events.id, isDemo: events.isDemo })
		.from(events)
		.where(inArray(events.id, result.rows.map((row) => row.id).concat('00000000-0000-0000-0000-000000000000')));
	const isDemo = new Map(drafts.map((row) => [row.id, row.isDemo]));
	const places = await countPlacesByEvent(
		ctx.db,
		result.rows.map((row) => row.id)
	);
	return {
		...result,
		rows: result.rows.map((row) => ({ ...row, isDemo: isDemo.get(row.id) ?? false, counts: places.get(row.id)! }))
	};
}

/** One event of the office for its edit screen, with places taken and whether anyone ever registered. */
export async function getEventForAdmin(ctx: Context, id: string, now: Date = new Date()) {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const event = await getEventById(ctx.db, ctx.officeId, id);
	if (!event) throw new AppError('not_found', 'error.404.text');
	const counts = (await countPlacesByEvent(ctx.db, [id])).get(id)!;
	const { searchKey: _key, searchVector: _vector, searchText: _text, ...rest } = event;
	return {
		...rest,
		counts,
		hasRegistrations: await hasRegistrations(ctx.db, id),
		...registrationStateOf(event, counts, now),
		path: `/events/${event.slug}`
	};
}
export type AdminEvent = Awaited<ReturnType<typeof getEventForAdmin>>;

/** The events of the office that show the image, as their cover or inside a text (drafts count too). */
export async function listEventsUsingMedia(db: Database, officeId: string, mediaId: string): Promise<MediaUse[]> {
	if (!isUuid(mediaId)) return [];
	const pattern = `%/media/${mediaId}/%`;
	const rows = await db
		.select({ id: events.id, title: events.title })
		.from(events)
		.where(
			and(
				eq(events.officeId, officeId),
				or(eq(events.coverMediaId, mediaId), ilike(events.body, pattern), ilike(events.bodyEn, pattern))
			)
		)
		.orderBy(asc(events.title));
	return rows.map((row) => ({ kindKey: 'events.kind', title: row.title, path: `/admin/events/${row.id}` }));
}

/** An event as other modules offer it in a choice or list (partners' joint events): title and dates. */
export interface EventChoice {
	id: string;
	title: string;
	titleEn: string;
	startsAt: Date;
	endsAt: Date;
	status: EventStatus;
}

/**
 * The office's events for a choice, newest first (at most `limit`), or exactly the events with the
 * given ids (unknown ids and other offices' events are left out).
 */
export async function listEventChoices(
	db: Database,
	officeId: string,
	options: { ids?: readonly string[]; limit?: number } = {}
): Promise<EventChoice[]> {
	const ids = options.ids?.filter(isUuid);
	if (ids && ids.length === 0) return [];
	return db
		.select({
			id: events.id,
			title: events.title,
			titleEn: events.titleEn,
			startsAt: events.startsAt,
			endsAt: events.endsAt,
			status: events.status
		})
		.from(events)
		.where(and(eq(events.officeId, officeId), ids ? inArray(events.id, ids) : undefined))
		.orderBy(desc(events.startsAt), asc(events.id))
		.limit(ids ? ids.length : (options.limit ?? 300));
}
