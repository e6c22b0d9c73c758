import { and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { toCyrillic, toLatin } from '../../i18n/script.ts';
import { getEventById, type EventRecord } from '../events/queries.server.ts';
import { events } from '../events/schema.ts';
import { sessionAttendance } from '../attendance/schema.ts';
import { registrations, REGISTRATION_STATUSES, type RegistrationStatus } from './schema.ts';
import { accessTokenFor, type RegistrationRow } from './access.server.ts';
import type { StatusFilter } from './inputs.ts';
import { canManageRegistrations } from './permissions.server.ts';
import { waitlistPosition } from './commands/shared.server.ts';
import { checkInQrSvg } from './qr.server.ts';

// Place counting lives in place-counts.server.ts (decision 0009); re-exported for the module's own callers.
export { countPlaces, countPlacesByEvent, hasRegistrations, placeCountsOf } from './place-counts.server.ts';

/** A registration as its private page shows it: the event, the status, the waitlist position. */
export interface RegistrationView {
	registration: RegistrationRow;
	event: EventRecord;
	position: number | null;
}

/** What the private link (or "my registrations") opens. */
export async function getRegistrationView(
	db: Database,
	officeId: string,
	registration: RegistrationRow
): Promise<RegistrationView | null> {
	const event = await getEventById(db, officeId, registration.eventId);
	if (!event) return null;
	return { registration, event, position: await waitlistPosition(db, registration) };
}

const ACTIVE: readonly RegistrationStatus[] = ['confirmed', 'pending_guardian', 'waitlisted', 'pending_approval'];

/** Whether the registrant may still cancel: an active registration of an event that is neither over nor cancelled. */
function isCancellable(status: RegistrationStatus, event: { status: string; endsAt: Date }, now: Date): boolean {
	return ACTIVE.includes(status) && event.status !== 'cancelled' && event.endsAt.getTime() > now.getTime();
}

/**
 * The signed-in person's registrations, latest event first (for the account page), each with what
 * they manage it by right there: the entry code and its QR code (confirmed, event not over), whether
 * it can still be cancelled, the calendar file (active ones), and the private link.
 */
export async function listMyRegistrations(ctx: Context, now: Date = new Date()) {
	if (!ctx.actor) return [];
	const rows = await ctx.db
		.select({
			id: registrations.id,
			status: registrations.status,
			checkInCode: registrations.checkInCode,
			eventSlug: events.slug,
			eventTitle: events.title,
			eventTitleEn: events.titleEn,
			startsAt: events.startsAt,
			endsAt: events.endsAt,
			eventStatus: events.status
		})
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.where(and(eq(registrations.officeId, ctx.officeId), eq(registrations.userId, ctx.actor.userId)))
		.orderBy(desc(events.startsAt))
		.limit(50);
	return Promise.all(
		rows.map(async (row) => {
			const isOver = row.endsAt.getTime() <= now.getTime();
			const isLive = ACTIVE.includes(row.status) && row.eventStatus !== 'cancelled';
			return {
				...row,
				manageToken: await accessTokenFor(ctx.db, row.id),
				qrSvg: row.status === 'confirmed' && isLive && !isOver ? await checkInQrSvg(row.checkInCode) : null,
				canCancel: isCancellable(row.status, { status: row.eventStatus, endsAt: row.endsAt }, now),
				calendarPath: isLive ? `/events/${row.eventSlug}/event.ics` : null
			};
		})
	);
}

/** The signed-in person's active registration for one event (the event page shows it), or null. */
export async function findMyRegistrationForEvent(ctx: Context, eventId: string, now: Date = new Date()) {
	if (!ctx.actor) return null;
	const [row] = await ctx.db
		.select({
			id: registrations.id,
			status: registrations.status,
			checkInCode: registrations.checkInCode,
			eventStatus: events.status,
			endsAt: events.endsAt
		})
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.where(
			and(
				eq(registrations.officeId, ctx.officeId),
				eq(registrations.eventId, eventId),
				eq(registrations.userId, ctx.actor.userId),
				inArray(registrations.status, [...ACTIVE])
			)
		)
		.limit(1);
	if (!row) return null;
	return {
		id: row.id,
		status: row.status,
		checkInCode: row.checkInCode,
		manageToken: await accessTokenFor(ctx.db, row.id),
		canCancel: isCancellable(row.status, { status: row.eventStatus, endsAt: row.endsAt }, now)
	};
}

const PAGE_SIZE = 50;

export interface StaffRegistrationRow {
	id: string;
	sequence: number;
	name: string;
	email: string;
	phone: string;
	birthYear: number | null;
	gender: string | null;
	place: string;
	status: RegistrationStatus;
	source: string;
	answers: Record<string, string | boolean>;
	guardianName: string;
	guardianEmail: string;
	guardianConfirmedAt: Date | null;
	createdAt: Date;
	position: number | null;
}

/**
 * Who registered for an event, for staff: search by name, e-mail or phone, filter by status,
 * counts per status. Personal data, so every look is written to the audit log.
 */
/** An event's registration list's sortable columns (?sort=): the whitelist the address is read against. */
export const REGISTRATION_SORT_COLUMNS = {
	name: sql`kzm_sort_key(${registrations.name}) COLLATE "C"`,
	birthYear: registrations.birthYear,
	// In the order of the counts above the list: places held, then waiting, then the ones that ended.
	status: stateOrder(registrations.status, [
		'confirmed',
		'pending_guardian',
		'pending_approval',
		'waitlisted',
		'declined',
		'cancelled'
	]),
	registered: registrations.createdAt
} as const;

export async function listEventRegistrations(
	ctx: Context,
	options: { eventId: string; status?: StatusFilter; search?: string; page?: number; sort?: SortState | null }
): Promise<{
	rows: StaffRegistrationRow[];
	counts: Record<RegistrationStatus, number>;
	total: number;
	page: number;
	pages: number;
}> {
	authorize(ctx.actor, canManageRegistrations(ctx.actor));
	const status = options.status ?? 'all';
	const page = Math.max(1, options.page ?? 1);
	const search = (options.search ?? '').trim().toLowerCase();
	const ofEvent = and(eq(registrations.officeId, ctx.officeId), eq(registrations.eventId, options.eventId));
	// A name may be typed in either script: look for both spellings.
	const patterns = [...new Set([search, toLatin(search), toCyrillic(search)])].map(
		(text) => `%${text.replace(/[%_\\]/g, (match) => `\\${match}`)}%`
	);
	const where = and(
		ofEvent,
		status === 'all' ? undefined : eq(registrations.status, status),
		search
			? or(
					...patterns.flatMap((pattern) => [
						ilike(registrations.name, pattern),
						ilike(registrations.email, pattern),
						ilike(registrations.phone, pattern),
						ilike(registrations.checkInCode, pattern)
					])
				)
			: undefined
	);
	const countRows = await ctx.db
		.select({ status: registrations.status, total: count() })
		.from(registrations)
		.where(ofEvent)
		.groupBy(registrations.status);
	const counts = Object.fromEntries(REGISTRATION_STATUSES.map((name) => [name, 0])) as Record<
		RegistrationStatus,
		number
	>;
	for (const row of countRows) counts[row.status] = row.total;
	const [{ total }] = await ctx.db.select({ total: count() }).from(registrations).where(where);
	const rows = await ctx.db
		.select()
		.from(registrations)
		.where(where)
		.orderBy(
			...orderOf(
				options.sort ?? null,
				REGISTRATION_SORT_COLUMNS,
				[asc(registrations.sequence)],
				[asc(registrations.id)]
			)
		)
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE);
	const waitlistOrder = (
		await ctx.db
			.select({ id: registrations.id })
			.from(registrations)
			.where(and(ofEvent, eq(registrations.status, 'waitlisted')))
			.orderBy(asc(registrations.sequence))
	).map((row) => row.id);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'registrations.list.viewed',
		entityType: 'event',
		entityId: options.eventId,
		details: { status, search: search ? 'yes' : 'no', page, shown: rows.length }
	});
	return {
		rows: rows.map((row) => ({
			id: row.id,
			sequence: row.sequence,
			name: row.name,
			email: row.email,
			phone: row.phone,
			birthYear: row.birthYear,
			gender: row.gender,
			place: row.place,
			status: row.status,
			source: row.source,
			answers: row.answers,
			guardianName: row.guardianName,
			guardianEmail: row.guardianEmail,
			guardianConfirmedAt: row.guardianConfirmedAt,
			createdAt: row.createdAt,
			position: row.status === 'waitlisted' ? waitlistOrder.indexOf(row.id) + 1 : null
		})),
		counts,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
}

/**
 * Whether the person was checked in at any session (the certificate is offered then). Reads the
 * attendance module's check-in table: the one fact this module needs from it.
 */
export async function hasAttended(db: Database, registrationId: string): Promise<boolean> {
	const [row] = await db
		.select({ total: count() })
		.from(sessionAttendance)
		.where(eq(sessionAttendance.registrationId, registrationId));
	return (row?.total ?? 0) > 0;
}
