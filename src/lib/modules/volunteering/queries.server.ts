import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, sum, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import type { RelatedLink, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { runSearchStatement, searchHitColumns } from '../../server/search.ts';
import { listMyOrganisations } from '../organisations/self-service-queries.server.ts';
import { canManageVolunteering, canOrganise } from './permissions.server.ts';
import { ADULT_AGE, belgradeDate, hoursTotals, isLongTermByRecord, isMinorOn } from './rules.ts';
import {
	volunteerApplications,
	volunteerContracts,
	volunteerGuardianConsents,
	volunteerHours,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts,
	type VolunteerCategory
} from './schema.ts';
import { hasGuardianConsent } from './commands/shared.server.ts';
import { summariseYear } from './statistics.ts';

export interface PublicFilter {
	category?: VolunteerCategory | null;
	/** Only opportunities with a shift on or after this day ('YYYY-MM-DD'). */
	from?: string | null;
	place?: string | null;
	/** Open to volunteers under 18 (minimum age below 18). */
	underEighteen?: boolean;
}

const isPublished = (officeId: string): SQL =>
	and(eq(volunteerOpportunities.officeId, officeId), eq(volunteerOpportunities.status, 'published'))!;

/** Shifts of opportunities with the places still free, the past ones left out unless asked. */
async function shiftsWithPlaces(db: Database, opportunityIds: readonly string[], now: Date, includePast = false) {
	if (opportunityIds.length === 0) return new Map<string, ShiftWithPlaces[]>();
	const rows = await db
		.select({
			id: volunteerShifts.id,
			opportunityId: volunteerShifts.opportunityId,
			startsAt: volunteerShifts.startsAt,
			endsAt: volunteerShifts.endsAt,
			places: volunteerShifts.places,
			accepted: sql<number>`(SELECT count(*)::int FROM volunteer_applications a WHERE a.shift_id = "volunteer_shifts"."id" AND a.status = 'accepted')`
		})
		.from(volunteerShifts)
		.where(
			and(
				inArray(volunteerShifts.opportunityId, [...opportunityIds]),
				includePast ? undefined : gte(volunteerShifts.startsAt, now)
			)
		)
		.orderBy(asc(volunteerShifts.startsAt));
	const byOpportunity = new Map<string, ShiftWithPlaces[]>();
	for (const row of rows) {
		const list = byOpportunity.get(row.opportunityId) ?? [];
		list.push({ ...row, placesLeft: Math.max(0, row.places - Number(row.accepted)), isPast: row.startsAt < now });
		byOpportunity.set(row.opportunityId, list);
	}
	return byOpportunity;
}

export interface ShiftWithPlaces {
	id: string;
	opportunityId: string;
	startsAt: Date;
	endsAt: Date;
	places: number;
	accepted: number;
	placesLeft: number;
	isPast: boolean;
}

/** The public list: published opportunities with their coming shifts and places left, filtered. */
export async function listPublicVolunteering(db: Database, officeId: string, filter: PublicFilter, now = new Date()) {
	const conditions: (SQL | undefined)[] = [isPublished(officeId)];
	if (filter.category) conditions.push(eq(volunteerOpportunities.category, filter.category));
	if (filter.underEighteen) conditions.push(sql`${volunteerOpportunities.minAge} < ${ADULT_AGE}`);
	if (filter.place)
		conditions.push(
			or(
				sql`kzm_search_key(${volunteerOpportunities.place}) LIKE '%' || kzm_search_key(${filter.place}) || '%'`,
				filter.place.trim().toLowerCase() === 'online' ? eq(volunteerOpportunities.isRemote, true) : undefined
			)
		);
	const from = filter.from ?? belgradeDate(now);
	// Open-ended roles still running, or opportunities with a shift from the chosen day on.
	conditions.push(
		or(
			and(
				eq(volunteerOpportunities.isOpenEnded, true),
				or(isNull(volunteerOpportunities.endsOn), gte(volunteerOpportunities.endsOn, from))
			),
			sql`EXISTS (SELECT 1 FROM volunteer_shifts s WHERE s.opportunity_id = "volunteer_opportunities"."id" AND s.starts_at >= ${now.toISOString()}::timestamptz AND (s.starts_at AT TIME ZONE 'Europe/Belgrade')::date >= ${from}::date)`
		)
	);
	const rows = await db
		.select()
		.from(volunteerOpportunities)
		.where(and(...conditions))
		.orderBy(desc(volunteerOpportunities.publishedAt))
		.limit(100);
	const shifts = await shiftsWithPlaces(
		db,
		rows.map((row) => row.id),
		now
	);
	return rows.map((row) => ({
		...row,
		path: `/volunteering/${row.slug}`,
		shifts: shifts.get(row.id) ?? [],
		placesLeft: (shifts.get(row.id) ?? []).reduce((total, shift) => total + shift.placesLeft, 0)
	}));
}

export type PublicVolunteering = Awaited<ReturnType<typeof listPublicVolunteering>>[number];

/** One published opportunity with its coming shifts and places left, or null. */
export async function getPublicVolunteering(db: Database, officeId: string, slug: string, now = new Date()) {
	const [row] = await db
		.select()
		.from(volunteerOpportunities)
		.where(and(isPublished(officeId), eq(volunteerOpportunities.slug, slug)));
	if (!row) return null;
	const shifts = (await shiftsWithPlaces(db, [row.id], now)).get(row.id) ?? [];
	const rolePlacesLeft =
		row.isOpenEnded && row.rolePlaces !== null
			? Math.max(
					0,
					row.rolePlaces -
						(
							await db
								.select({ total: count() })
								.from(volunteerApplications)
								.where(
									and(
										eq(volunteerApplications.opportunityId, row.id),
										isNull(volunteerApplications.shiftId),
										eq(volunteerApplications.status, 'accepted')
									)
								)
						)[0].total
				)
			: null;
	return { ...row, path: `/volunteering/${row.slug}`, shifts, rolePlacesLeft };
}

/** Published opportunities of one organisation, for its directory page. */
export async function listOrganisationVolunteering(db: Database, officeId: string, organisationId: string) {
	return db
		.select({
			title: volunteerOpportunities.title,
			titleEn: volunteerOpportunities.titleEn,
			slug: volunteerOpportunities.slug
		})
		.from(volunteerOpportunities)
		.where(and(isPublished(officeId), eq(volunteerOpportunities.organisationId, organisationId)))
		.orderBy(desc(volunteerOpportunities.publishedAt))
		.limit(20);
}

/** The opportunities the actor organises: all of the office for staff, their organisations' for representatives. */
/** Applications waiting for an answer, of the opportunity in the outer query. */
const pendingApplications = sql<number>`(SELECT count(*)::int FROM volunteer_applications a WHERE a.opportunity_id = "volunteer_opportunities"."id" AND a.status = 'pending')`;
// Hours volunteers claimed and the organiser has still to approve: the dashboard counts them and links to this list.
const claimedHours = sql<number>`(SELECT count(*)::int FROM volunteer_hours h WHERE h.opportunity_id = "volunteer_opportunities"."id" AND h.status = 'claimed')`;

/** The organiser list's sortable columns (?sort=): the whitelist the address is read against. */
export const ORGANISED_OPPORTUNITY_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${volunteerOpportunities.title}) COLLATE "C"`,
	organiser: sql`kzm_sort_key(${volunteerOpportunities.organiserName}) COLLATE "C"`,
	// An opportunity's course: drafted, reviewed, published, closed; the rejected ones last.
	status: stateOrder(volunteerOpportunities.status, ['draft', 'pending_review', 'published', 'closed', 'rejected']),
	applications: sql`${pendingApplications} + ${claimedHours}`
} as const;

/**
 * The organisations whose volunteering the signed-in person organises: only claims the staff have
 * approved (a pending or refused claim gives no rights, so it must not offer the organiser pages either).
 */
export async function organisationsIOrganiseFor(ctx: Context): Promise<string[]> {
	if (!ctx.actor) return [];
	return (await listMyOrganisations(ctx)).filter((row) => row.claim === 'approved').map((row) => row.id);
}

/** Whether the organiser pages (/account/volunteering/organise) open for the signed-in person. */
export async function mayOrganiseVolunteering(ctx: Context): Promise<boolean> {
	return canManageVolunteering(ctx.actor) || (await organisationsIOrganiseFor(ctx)).length > 0;
}

export async function listOrganisedOpportunities(ctx: Context, sort: SortState | null = null) {
	authorize(ctx.actor, !!ctx.actor);
	let scope: SQL | undefined;
	if (!canManageVolunteering(ctx.actor)) {
		const mine = await organisationsIOrganiseFor(ctx);
		if (mine.length === 0) authorize(ctx.actor, false);
		scope = inArray(volunteerOpportunities.organisationId, mine);
	}
	const rows = await ctx.db
		.select({
			id: volunteerOpportunities.id,
			title: volunteerOpportunities.title,
			slug: volunteerOpportunities.slug,
			status: volunteerOpportunities.status,
			organiserName: volunteerOpportunities.organiserName,
			category: volunteerOpportunities.category,
			isDemo: volunteerOpportunities.isDemo,
			pending: pendingApplications,
			claims: claimedHours
		})
		.from(volunteerOpportunities)
		.where(and(eq(volunteerOpportunities.officeId, ctx.officeId), scope))
		.orderBy(
			...orderOf(
				sort,
				ORGANISED_OPPORTUNITY_SORT_COLUMNS,
				[
					sql`CASE ${volunteerOpportunities.status} WHEN 'pending_review' THEN 0 ELSE 1 END`,
					desc(volunteerOpportunities.updatedAt)
				],
				[asc(volunteerOpportunities.id)]
			)
		)
		.limit(200);
	// Volunteers working long-term by their recorded hours, per opportunity they worked for: the dashboard's item
	// leads here when there are several.
	const longTerm = await listLongTermByRecord(ctx.db, ctx.officeId);
	const worked = longTerm.length
		? await ctx.db
				.selectDistinct({ opportunityId: volunteerHours.opportunityId, profileId: volunteerHours.profileId })
				.from(volunteerHours)
				.where(and(inArray(volunteerHours.profileId, longTerm), eq(volunteerHours.status, 'approved')))
		: [];
	return rows.map((row) => ({
		...row,
		longTerm: worked.filter((entry) => entry.opportunityId === row.id).length
	}));
}

/**
 * An opportunity as its organiser manages it: fields, all shifts, applications with the volunteers'
 * contact details (their own shifts only) and whether a guardian's consent exists (never its
 * content). The read is audited: organisers see personal data here.
 */
export async function getOpportunityForOrganiser(ctx: Context, id: string, now = new Date()) {
	authorize(ctx.actor, !!ctx.actor);
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [opportunity] = await ctx.db
		.select()
		.from(volunteerOpportunities)
		.where(and(eq(volunteerOpportunities.officeId, ctx.officeId), eq(volunteerOpportunities.id, id)));
	if (!opportunity) throw new AppError('not_found', 'error.404.text');
	authorize(ctx.actor, await canOrganise(ctx.db, ctx.officeId, ctx.actor, opportunity));
	const shifts = (await shiftsWithPlaces(ctx.db, [id], now, true)).get(id) ?? [];
	const applications = await ctx.db
		.select({
			id: volunteerApplications.id,
			shiftId: volunteerApplications.shiftId,
			status: volunteerApplications.status,
			motivation: volunteerApplications.motivation,
			decisionReason: volunteerApplications.decisionReason,
			contractRequested: volunteerApplications.contractRequested,
			createdAt: volunteerApplications.createdAt,
			profileId: volunteerProfiles.id,
			name: volunteerProfiles.name,
			email: volunteerProfiles.email,
			phone: volunteerProfiles.phone,
			birthDate: volunteerProfiles.birthDate,
			skills: volunteerProfiles.skills,
			cardNumber: volunteerProfiles.cardNumber,
			minutes: sql<number>`(SELECT coalesce(sum(h.minutes), 0)::int FROM volunteer_hours h WHERE h.application_id = "volunteer_applications"."id" AND h.status = 'approved')`,
			contractNumber: volunteerContracts.number,
			contractSignedAt: volunteerContracts.signedAt,
			contractScan: sql<boolean>`${volunteerContracts.scanPath} IS NOT NULL`
		})
		.from(volunteerApplications)
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerApplications.profileId))
		.leftJoin(volunteerContracts, eq(volunteerContracts.applicationId, volunteerApplications.id))
		.where(eq(volunteerApplications.opportunityId, id))
		.orderBy(asc(volunteerApplications.createdAt));
	const withConsent = await Promise.all(
		applications.map(async (application) => {
			const { birthDate, ...rest } = application;
			const day = shifts.find((shift) => shift.id === application.shiftId)?.startsAt ?? now;
			const minor = birthDate ? isMinorOn(birthDate, belgradeDate(day)) : false;
			return {
				...rest,
				minor,
				guardianConsent: minor ? await hasGuardianConsent(ctx.db, application.profileId) : null
			};
		})
	);
	const claims = await ctx.db
		.select({
			id: volunteerHours.id,
			applicationId: volunteerHours.applicationId,
			minutes: volunteerHours.minutes,
			workedOn: volunteerHours.workedOn,
			task: volunteerHours.task,
			name: volunteerProfiles.name
		})
		.from(volunteerHours)
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerHours.profileId))
		.where(and(eq(volunteerHours.opportunityId, id), eq(volunteerHours.status, 'claimed')));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'volunteering.applications.viewed',
		entityType: 'volunteer_opportunity',
		entityId: id,
		details: { count: applications.length }
	});
	return { opportunity, shifts, applications: withConsent, claims };
}

/** The signed-in person's volunteering: profile, applications, hours by year and organiser, consent state. */
export async function getMyVolunteering(ctx: Context) {
	authorize(ctx.actor, !!ctx.actor);
	const [profile] = await ctx.db
		.select()
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, ctx.officeId), eq(volunteerProfiles.userId, ctx.actor.userId)));
	if (!profile) return null;
	const applications = await ctx.db
		.select({
			id: volunteerApplications.id,
			status: volunteerApplications.status,
			decisionReason: volunteerApplications.decisionReason,
			title: volunteerOpportunities.title,
			titleEn: volunteerOpportunities.titleEn,
			slug: volunteerOpportunities.slug,
			organiserName: volunteerOpportunities.organiserName,
			startsAt: volunteerShifts.startsAt,
			endsAt: volunteerShifts.endsAt,
			isOpenEnded: volunteerOpportunities.isOpenEnded,
			contractNumber: volunteerContracts.number,
			contractSignedAt: volunteerContracts.signedAt,
			contractScan: sql<boolean>`${volunteerContracts.scanPath} IS NOT NULL`
		})
		.from(volunteerApplications)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerApplications.opportunityId))
		.leftJoin(volunteerShifts, eq(volunteerShifts.id, volunteerApplications.shiftId))
		.leftJoin(volunteerContracts, eq(volunteerContracts.applicationId, volunteerApplications.id))
		.where(eq(volunteerApplications.profileId, profile.id))
		.orderBy(desc(volunteerApplications.createdAt));
	const hours = await ctx.db
		.select({
			workedOn: volunteerHours.workedOn,
			minutes: volunteerHours.minutes,
			status: volunteerHours.status,
			task: volunteerHours.task,
			organiser: volunteerOpportunities.organiserName,
			title: volunteerOpportunities.title
		})
		.from(volunteerHours)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerHours.opportunityId))
		.where(eq(volunteerHours.profileId, profile.id))
		.orderBy(desc(volunteerHours.workedOn));
	const approved = hours.filter((row) => row.status === 'approved');
	const totals = hoursTotals(approved);
	const [consent] = await ctx.db
		.select({ confirmedAt: volunteerGuardianConsents.confirmedAt, withdrawnAt: volunteerGuardianConsents.withdrawnAt })
		.from(volunteerGuardianConsents)
		.where(eq(volunteerGuardianConsents.profileId, profile.id))
		.orderBy(desc(volunteerGuardianConsents.createdAt))
		.limit(1);
	return {
		profile,
		applications,
		hours,
		totalMinutes: totals.totalMinutes,
		byYear: [...totals.byYear.entries()].sort((a, b) => b[0] - a[0]),
		byOrganiser: [...totals.byOrganiser.entries()],
		guardianConsent: consent ? (consent.withdrawnAt ? 'withdrawn' : consent.confirmedAt ? 'given' : 'asked') : null
	};
}

/** What the card's public verification page shows: name, card number, validity, hours if allowed. */
export async function getCardVerification(db: Database, code: string) {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(code)) return null;
	const [profile] = await db
		.select({
			id: volunteerProfiles.id,
			name: volunteerProfiles.name,
			cardNumber: volunteerProfiles.cardNumber,
			cardValidUntil: volunteerProfiles.cardValidUntil,
			showHoursPublicly: volunteerProfiles.showHoursPublicly,
			officeId: volunteerProfiles.officeId
		})
		.from(volunteerProfiles)
		.where(eq(volunteerProfiles.cardCode, code));
	if (!profile || !profile.name) return null;
	const [row] = profile.showHoursPublicly
		? await db
				.select({ total: sum(volunteerHours.minutes) })
				.from(volunteerHours)
				.where(and(eq(volunteerHours.profileId, profile.id), eq(volunteerHours.status, 'approved')))
		: [null];
	return {
		name: profile.name,
		cardNumber: profile.cardNumber,
		cardValidUntil: profile.cardValidUntil,
		officeId: profile.officeId,
		minutes: row ? Number(row.total ?? 0) : null
	};
}

function yearBounds(year: number): [string, string] {
	return [`${year}-01-01`, `${year}-12-31`];
}

/** Volunteers with approved hours in each year (the action plan's `volunteering.volunteers`). */
export async function countVolunteersByYear(db: Database, officeId: string, years: readonly number[]) {
	const result = new Map<number, number>();
	for (const year of years) {
		const [from, to] = yearBounds(year);
		const [row] = await db
			.select({ total: sql<number>`count(DISTINCT ${volunteerHours.profileId})::int` })
			.from(volunteerHours)
			.where(
				and(
					eq(volunteerHours.officeId, officeId),
					eq(volunteerHours.status, 'approved'),
					gte(volunteerHours.workedOn, from),
					lte(volunteerHours.workedOn, to)
				)
			);
		result.set(year, Number(row?.total ?? 0));
	}
	return result;
}

/** Approved volunteer hours in each year, whole hours (the action plan's `volunteering.hours`). */
export async function countHoursByYear(db: Database, officeId: string, years: readonly number[]) {
	const result = new Map<number, number>();
	for (const year of years) {
		const [from, to] = yearBounds(year);
		const [row] = await db
			.select({ total: sum(volunteerHours.minutes) })
			.from(volunteerHours)
			.where(
				and(
					eq(volunteerHours.officeId, officeId),
					eq(volunteerHours.status, 'approved'),
					gte(volunteerHours.workedOn, from),
					lte(volunteerHours.workedOn, to)
				)
			);
		result.set(year, Math.floor(Number(row?.total ?? 0) / 60));
	}
	return result;
}

/**
 * Volunteers whose approved hours of the last half-year make them long-term volunteers (more than
 * 10 hours a week for three months): staff and organisers are warned, since a contract is required.
 */
export async function listLongTermByRecord(db: Database, officeId: string, now = new Date()) {
	const since = new Date(now.getTime() - 183 * 24 * 60 * 60 * 1000);
	const rows = await db
		.select({ profileId: volunteerHours.profileId, workedOn: volunteerHours.workedOn, minutes: volunteerHours.minutes })
		.from(volunteerHours)
		.where(
			and(
				eq(volunteerHours.officeId, officeId),
				eq(volunteerHours.status, 'approved'),
				gte(volunteerHours.workedOn, belgradeDate(since))
			)
		);
	const byProfile = new Map<string, { workedOn: string; minutes: number }[]>();
	for (const row of rows) byProfile.set(row.profileId, [...(byProfile.get(row.profileId) ?? []), row]);
	return [...byProfile.entries()].filter(([, records]) => isLongTermByRecord(records)).map(([profileId]) => profileId);
}

/** Counts for the back-office dashboard. */
export async function countVolunteeringAttention(db: Database, officeId: string, now = new Date()) {
	const [pendingReview] = await db
		.select({ total: count() })
		.from(volunteerOpportunities)
		.where(and(eq(volunteerOpportunities.officeId, officeId), eq(volunteerOpportunities.status, 'pending_review')));
	const [pendingApplications] = await db
		.select({ total: count() })
		.from(volunteerApplications)
		.where(and(eq(volunteerApplications.officeId, officeId), eq(volunteerApplications.status, 'pending')));
	const [claims] = await db
		.select({ total: count() })
		.from(volunteerHours)
		.where(and(eq(volunteerHours.officeId, officeId), eq(volunteerHours.status, 'claimed')));
	const longTerm = await listLongTermByRecord(db, officeId, now);
	// The opportunities' list does not show who volunteers long-term: one such volunteer opens the opportunity
	// they last worked for, where their application, hours and contract are.
	const [latest] =
		longTerm.length === 1
			? await db
					.select({ opportunityId: volunteerHours.opportunityId })
					.from(volunteerHours)
					.where(and(eq(volunteerHours.profileId, longTerm[0]), eq(volunteerHours.status, 'approved')))
					.orderBy(desc(volunteerHours.workedOn))
					.limit(1)
			: [];
	return {
		pendingReview: pendingReview.total,
		pendingApplications: pendingApplications.total,
		claims: claims.total,
		longTerm: longTerm.length,
		longTermHref: latest ? `/admin/volunteering/${latest.opportunityId}` : '/admin/volunteering'
	};
}

/** The list and every published opportunity, for sitemap.xml (nothing while none is published). */
export async function listVolunteeringSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: volunteerOpportunities.slug, updatedAt: volunteerOpportunities.updatedAt })
		.from(volunteerOpportunities)
		.where(isPublished(officeId))
		.orderBy(desc(volunteerOpportunities.updatedAt));
	if (rows.length === 0) return [];
	return [
		{ path: '/volunteering', updatedAt: rows[0].updatedAt },
		...rows.map((row) => ({ path: `/volunteering/${row.slug}`, updatedAt: row.updatedAt }))
	];
}

/**
 * What the apply form needs to know about the signed-in person for one opportunity: whether they
 * have a profile, whether they are a minor at its first coming shift and whether a guardian's
 * consent is given or asked, and their applications to it.
 */
export async function getApplicantState(
	ctx: Context,
	opportunity: { id: string; shifts: readonly { startsAt: Date }[] },
	now = new Date()
) {
	authorize(ctx.actor, !!ctx.actor);
	const [profile] = await ctx.db
		.select()
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, ctx.officeId), eq(volunteerProfiles.userId, ctx.actor.userId)));
	if (!profile) return { hasProfile: false as const };
	const day = opportunity.shifts[0]?.startsAt ?? now;
	const minor = profile.birthDate ? isMinorOn(profile.birthDate, belgradeDate(day)) : false;
	const consents = await ctx.db
		.select({ confirmedAt: volunteerGuardianConsents.confirmedAt, withdrawnAt: volunteerGuardianConsents.withdrawnAt })
		.from(volunteerGuardianConsents)
		.where(eq(volunteerGuardianConsents.profileId, profile.id));
	const active = consents.filter((consent) => !consent.withdrawnAt);
	const applications = await ctx.db
		.select({ shiftId: volunteerApplications.shiftId, status: volunteerApplications.status })
		.from(volunteerApplications)
		.where(
			and(eq(volunteerApplications.opportunityId, opportunity.id), eq(volunteerApplications.profileId, profile.id))
		);
	return {
		hasProfile: true as const,
		minor,
		consent: active.some((consent) => consent.confirmedAt)
			? ('given' as const)
			: active.length > 0
				? ('asked' as const)
				: null,
		applications
	};
}

/** The account page's volunteering line: card number and approved hours, or null without a profile. */
export async function getMyVolunteeringSummary(ctx: Context) {
	if (!ctx.actor) return null;
	const [profile] = await ctx.db
		.select({ id: volunteerProfiles.id, cardNumber: volunteerProfiles.cardNumber })
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, ctx.officeId), eq(volunteerProfiles.userId, ctx.actor.userId)));
	if (!profile) return null;
	const [row] = await ctx.db
		.select({ total: sum(volunteerHours.minutes) })
		.from(volunteerHours)
		.where(and(eq(volunteerHours.profileId, profile.id), eq(volunteerHours.status, 'approved')));
	return { cardNumber: profile.cardNumber, totalMinutes: Number(row?.total ?? 0) };
}

/**
 * The year's volunteering statistics for staff (small groups hidden); the read is audited, and so
 * is the export built from it.
 */
export async function getVolunteeringStatistics(
	ctx: Context,
	year: number,
	options: { exportFormat?: 'csv' | 'xlsx' } = {}
) {
	authorize(ctx.actor, canManageVolunteering(ctx.actor));
	const first = ctx.db
		.select({
			profileId: volunteerHours.profileId,
			firstWorkedOn: sql<string>`min(${volunteerHours.workedOn})::text`.as('first_worked_on')
		})
		.from(volunteerHours)
		.where(and(eq(volunteerHours.officeId, ctx.officeId), eq(volunteerHours.status, 'approved')))
		.groupBy(volunteerHours.profileId)
		.as('first');
	const rows = await ctx.db
		.select({
			profileId: volunteerHours.profileId,
			workedOn: volunteerHours.workedOn,
			minutes: volunteerHours.minutes,
			gender: volunteerProfiles.gender,
			birthDate: volunteerProfiles.birthDate,
			organiser: volunteerOpportunities.organiserName,
			category: volunteerOpportunities.category,
			firstWorkedOn: first.firstWorkedOn
		})
		.from(volunteerHours)
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerHours.profileId))
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerHours.opportunityId))
		.innerJoin(first, eq(first.profileId, volunteerHours.profileId))
		.where(
			and(
				eq(volunteerHours.officeId, ctx.officeId),
				eq(volunteerHours.status, 'approved'),
				gte(volunteerHours.workedOn, `${year}-01-01`),
				lte(volunteerHours.workedOn, `${year}-12-31`)
			)
		);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: options.exportFormat ? 'volunteering.statistics.exported' : 'volunteering.statistics.viewed',
		entityType: 'volunteering',
		details: options.exportFormat ? { year, format: options.exportFormat } : { year }
	});
	return summariseYear(rows, year);
}

/**
 * Published volunteer opportunities holding every word of a folded query, newest first, as the
 * statement the site search folds (manifest hook). They are not ranked by relevance: each ranks
 * just under an average match, a little lower the older it is.
 */
export function volunteeringSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	const terms = query.split(/\s+/).filter(Boolean);
	if (terms.length === 0) return null;
	const text = sql`kzm_search_key(${volunteerOpportunities.title} || ' ' || ${volunteerOpportunities.titleEn} || ' ' || ${volunteerOpportunities.summary} || ' ' || ${volunteerOpportunities.organiserName} || ' ' || ${volunteerOpportunities.place})`;
	const newest = sql`${volunteerOpportunities.publishedAt} DESC, ${volunteerOpportunities.id}`;
	const select = db
		.select(
			searchHitColumns({
				title: volunteerOpportunities.title,
				titleEn: volunteerOpportunities.titleEn,
				snippet: volunteerOpportunities.summary,
				snippetEn: volunteerOpportunities.summaryEn,
				path: { prefix: '/volunteering/', key: volunteerOpportunities.slug },
				// 0.5 - position / 1000 in float8, as JavaScript computed it.
				rank: sql<number>`0.5::float8 - (row_number() OVER (ORDER BY ${newest}) - 1)::float8 / 1000::float8`,
				date: volunteerOpportunities.publishedAt
			})
		)
		.from(volunteerOpportunities)
		.where(and(isPublished(officeId), ...terms.map((term) => sql`${text} LIKE ${`%${term.replace(/[%_\\]/g, '')}%`}`)))
		.orderBy(sql`${newest}`)
		.limit(limit);
	return { kindKey: 'volunteering.kind', select };
}

/** Published volunteer opportunities matching a folded query, newest first: the module's search statement run alone. */
export async function searchVolunteering(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): Promise<SearchHit[]> {
	return runSearchStatement(db, volunteeringSearchStatement(db, officeId, query, limit), limit);
}

/** Published opportunities linked to an event (a volunteer action), for the event's public page. */
export async function listVolunteeringForEvent(
	db: Database,
	officeId: string,
	eventId: string
): Promise<RelatedLink[]> {
	const rows = await db
		.select({
			slug: volunteerOpportunities.slug,
			title: volunteerOpportunities.title,
			titleEn: volunteerOpportunities.titleEn
		})
		.from(volunteerOpportunities)
		.where(and(isPublished(officeId), eq(volunteerOpportunities.eventId, eventId)))
		.orderBy(asc(volunteerOpportunities.title));
	return rows.map((row) => ({
		kindKey: 'volunteering.kind',
		title: row.title,
		titleEn: row.titleEn,
		path: `/volunteering/${row.slug}`
	}));
}
