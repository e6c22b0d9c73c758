// Reads of the directory for the back-office. Lists of people (contact persons, group members) are
// personal data: reading them is recorded in the audit log, once per half hour per person and record.
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import { authorize, type Actor, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { recordAudit } from '../../server/audit.ts';
import { auditLog, users } from '../../server/db/core-schema.ts';
import { matchesSearch } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';
import { belgradeToInstant, wallClock } from '../../i18n/office-time.ts';
import { listEventChoices, type EventChoice } from '../events/queries.server.ts';
import { listActivityChoices, type ActivityChoice } from '../action-plan/queries.server.ts';
import {
	ORGANISATION_STATUSES,
	ORGANISATION_TYPES,
	organisationChanges,
	organisationContactLog,
	organisationContacts,
	organisationEvents,
	organisationMembers,
	organisationPlanActivities,
	organisations,
	partnershipAgreements,
	type ListingStatus,
	type OrganisationStatus,
	type OrganisationType,
	type WorkArea
} from './schema.ts';
import { canManageOrganisations } from './permissions.server.ts';
import type { ActivityRole, ContactChannel } from './labels.ts';
import { listDuplicatePairs } from './duplicates.server.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export interface AdminOrganisationFilter {
	q?: string;
	type?: OrganisationType | null;
	status?: OrganisationStatus | null;
	area?: WorkArea | null;
	listing?: ListingStatus | null;
	partner?: 'yes' | 'no' | null;
	/** Only organisations not confirmed since 1 January of this year (Belgrade). */
	unconfirmed?: boolean;
	page?: number;
	pageSize?: number;
	now?: Date;
}

/** The first instant of this year on Belgrade's clock: confirmations before it are last year's. */
export function startOfOfficeYear(now: Date): Date {
	return belgradeToInstant(`${wallClock(now).year}-01-01`, '00:00');
}

/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_ORGANISATION_SORT_COLUMNS = {
	name: sql`kzm_sort_key(${organisations.name}) COLLATE "C"`,
	// Types in the order the type filter offers them, not by their codes.
	type: stateOrder(organisations.type, ORGANISATION_TYPES),
	// Active, then inactive, then dissolved: an organisation's course, as staff read the column.
	status: stateOrder(organisations.status, ORGANISATION_STATUSES),
	confirmed: organisations.confirmedAt
} as const;

/** The office's organisations for staff (merged duplicates left out), filtered, searched and paged. */
export async function listOrganisationsForAdmin(
	ctx: Context,
	filter: AdminOrganisationFilter = {},
	sort: SortState | null = null
) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const now = filter.now ?? new Date();
	const pageSize = filter.pageSize ?? 30;
	const folded = filter.q ? searchKey(filter.q) : '';
	const yearStart = startOfOfficeYear(now);
	const where = and(
		eq(organisations.officeId, ctx.officeId),
		isNull(organisations.mergedIntoId),
		filter.type ? eq(organisations.type, filter.type) : undefined,
		filter.status ? eq(organisations.status, filter.status) : undefined,
		filter.area ? sql`${filter.area} = ANY(${organisations.areas})` : undefined,
		filter.listing ? eq(organisations.listing, filter.listing) : undefined,
		filter.partner ? eq(organisations.isPartner, filter.partner === 'yes') : undefined,
		filter.unconfirmed ? or(isNull(organisations.confirmedAt), lt(organisations.confirmedAt, yearStart)) : undefined,
		folded ? matchesSearch(organisations.searchVector, organisations.searchKey, folded) : undefined
	) as SQL;
	const [{ total }] = await ctx.db.select({ total: count() }).from(organisations).where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
	const rows = await ctx.db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			shortName: organisations.shortName,
			type: organisations.type,
			status: organisations.status,
			listing: organisations.listing,
			isPartner: organisations.isPartner,
			confirmedAt: organisations.confirmedAt,
			isDemo: organisations.isDemo
		})
		.from(organisations)
		.where(where)
		.orderBy(...orderOf(sort, ADMIN_ORGANISATION_SORT_COLUMNS, [asc(organisations.name)], [asc(organisations.id)]))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return {
		rows: rows.map((row) => ({
			...row,
			isConfirmedThisYear: !!row.confirmedAt && row.confirmedAt >= yearStart
		})),
		total,
		page,
		pages
	};
}

const READ_WINDOW_MS = 30 * 60 * 1000;
const PEOPLE_READ = { action: 'organisations.people.viewed' };

/** Records a staff read of a record's people (contacts, members), at most once per half hour. */
async function recordPeopleRead(db: Database, officeId: string, actor: Actor, organisationId: string, now: Date) {
	const { action } = PEOPLE_READ;
	const [recent] = await db
		.select({ id: auditLog.id })
		.from(auditLog)
		.where(
			and(
				eq(auditLog.officeId, officeId),
				eq(auditLog.actorUserId, actor.userId),
				eq(auditLog.action, action),
				eq(auditLog.entityId, organisationId),
				gt(auditLog.at, new Date(now.getTime() - READ_WINDOW_MS))
			)
		)
		.limit(1);
	if (recent) return;
	await recordAudit(db, { officeId, actor, action, entityType: 'organisation', entityId: organisationId });
}

export type TimelineEntry =
	| { kind: 'agreement'; date: string | null; id: string; title: string; detail: string }
	| { kind: 'event'; date: string | null; id: string; title: string; detail: string }
	| { kind: 'activity'; date: string | null; id: string; title: string; detail: string }
	| { kind: 'contact'; date: string | null; id: string; title: string; detail: string };

/** Date of an instant on Belgrade's calendar, as YYYY-MM-DD. */
function officeDate(instant: Date): string {
	const clock = wallClock(instant);
	return `${clock.year}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`;
}

/**
 * Everything done together with an organisation in one list, newest first: agreements (by signing
 * or start date), joint events (by start), plan activities (by their first year) and contacts.
 */
export function buildTimeline(parts: {
	agreements: { id: string; title: string; kind: string; signedOn: string | null; startsOn: string | null }[];
	events: (EventChoice & { id: string })[];
	activities: (ActivityChoice & { role: ActivityRole })[];
	contacts: { id: string; subject: string; channel: string; happenedOn: string }[];
}): TimelineEntry[] {
	const entries: TimelineEntry[] = [
		...parts.agreements.map((agreement) => ({
			kind: 'agreement' as const,
			date: agreement.signedOn ?? agreement.startsOn,
			id: agreement.id,
			title: agreement.title,
			detail: agreement.kind
		})),
		...parts.events.map((event) => ({
			kind: 'event' as const,
			date: officeDate(event.startsAt),
			id: event.id,
			title: event.title,
			detail: event.status
		})),
		...parts.activities.map((activity) => ({
			kind: 'activity' as const,
			date: activity.startYear ? `${activity.startYear}-01-01` : null,
			id: activity.id,
			title: activity.title,
			detail: activity.role
		})),
		...parts.contacts.map((contact) => ({
			kind: 'contact' as const,
			date: contact.happenedOn,
			id: contact.id,
			title: contact.subject,
			detail: contact.channel
		}))
	];
	return entries.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** One organisation for its back-office page: the record, people, partnership and history. */
export async function getOrganisationForAdmin(ctx: Context, id: string, now: Date = new Date()) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [organisation] = await ctx.db
		.select()
		.from(organisations)
		.where(and(eq(organisations.officeId, ctx.officeId), eq(organisations.id, id)));
	if (!organisation) throw new AppError('not_found', 'error.404.text');
	const [contacts, members, agreements, contactLog, eventLinks, activityLinks, changes] = await Promise.all([
		ctx.db
			.select()
			.from(organisationContacts)
			.where(eq(organisationContacts.organisationId, id))
			.orderBy(asc(organisationContacts.sortOrder), asc(organisationContacts.name)),
		ctx.db
			.select()
			.from(organisationMembers)
			.where(eq(organisationMembers.organisationId, id))
			.orderBy(asc(organisationMembers.name)),
		ctx.db
			.select()
			.from(partnershipAgreements)
			.where(eq(partnershipAgreements.organisationId, id))
			.orderBy(desc(partnershipAgreements.signedOn), desc(partnershipAgreements.createdAt)),
		ctx.db
			.select({
				id: organisationContactLog.id,
				happenedOn: organisationContactLog.happenedOn,
				channel: organisationContactLog.channel,
				subject: organisationContactLog.subject,
				notes: organisationContactLog.notes,
				staffName: users.name
			})
			.from(organisationContactLog)
			.leftJoin(users, eq(users.id, organisationContactLog.staffUserId))
			.where(eq(organisationContactLog.organisationId, id))
			.orderBy(desc(organisationContactLog.happenedOn), desc(organisationContactLog.createdAt)),
		ctx.db.select().from(organisationEvents).where(eq(organisationEvents.organisationId, id)),
		ctx.db.select().from(organisationPlanActivities).where(eq(organisationPlanActivities.organisationId, id)),
		ctx.db
			.select({
				id: organisationChanges.id,
				status: organisationChanges.status,
				changes: organisationChanges.changes,
				createdAt: organisationChanges.createdAt,
				changedByName: users.name
			})
			.from(organisationChanges)
			.leftJoin(users, eq(users.id, organisationChanges.changedBy))
			.where(eq(organisationChanges.organisationId, id))
			.orderBy(desc(organisationChanges.createdAt))
			.limit(50)
	]);
	const [events, activityRows] = await Promise.all([
		listEventChoices(ctx.db, ctx.officeId, { ids: eventLinks.map((link) => link.eventId) }),
		listActivityChoices(ctx.db, ctx.officeId, { ids: activityLinks.map((link) => link.activityId) })
	]);
	const roles = new Map(activityLinks.map((link) => [link.activityId, link.role]));
	const activities = activityRows.map((activity) => ({
		...activity,
		role: roles.get(activity.id) ?? 'co_implementer'
	}));
	if (contacts.length > 0 || members.length > 0) {
		await recordPeopleRead(ctx.db, ctx.officeId, ctx.actor, id, now);
	}
	return {
		organisation,
		contacts,
		members,
		agreements,
		contactLog: contactLog.map((entry) => ({ ...entry, channel: entry.channel as ContactChannel })),
		events,
		activities,
		changes,
		isConfirmedThisYear: !!organisation.confirmedAt && organisation.confirmedAt >= startOfOfficeYear(now),
		timeline: buildTimeline({
			agreements,
			events,
			activities,
			contacts: contactLog.map((entry) => ({ ...entry, channel: entry.channel }))
		})
	};
}

/** Choices for linking joint work: the office's events and its plans' activities. */
export async function listPartnershipChoices(ctx: Context) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const [events, activities] = await Promise.all([
		listEventChoices(ctx.db, ctx.officeId, { limit: 200 }),
		listActivityChoices(ctx.db, ctx.officeId)
	]);
	return { events, activities };
}

/** Organisations by id (of this office, merged ones included), for the merge screen. */
export async function getOrganisationsByIds(ctx: Context, ids: readonly string[]): Promise<OrganisationRow[]> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const wanted = ids.filter(isUuid);
	if (wanted.length === 0) return [];
	return ctx.db
		.select()
		.from(organisations)
		.where(and(eq(organisations.officeId, ctx.officeId), inArray(organisations.id, wanted)));
}

/** Likely duplicate pairs of the office for the duplicates screen. */
export async function listDuplicatePairsForAdmin(ctx: Context) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	return listDuplicatePairs(ctx.db, ctx.officeId);
}
