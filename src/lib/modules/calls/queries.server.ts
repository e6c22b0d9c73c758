import { and, asc, desc, eq, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../server/audit.ts';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { runSearchStatement, rankedSearchStatement } from '../../server/search.ts';
import type { FeedOpportunity, SearchHit, SearchStatement, SitemapEntry } from '../../server/manifest.ts';
import { getPublicDocuments } from '../documents/queries.server.ts';
import { callApplications, callContracts, callDecisions, callReports, fundingCalls } from './schema.ts';
import { earliestAhead, earliestOf } from '../../server/page-cache.ts';
import { addDays, belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';
import { listAttachmentsOf } from './commands/application-attachments.server.ts';
import { budgetTotals, callState } from './rules.ts';
import { canManageCalls } from './permissions.server.ts';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';

/** Published: the only calls visitors ever see (a call is published once staff have checked it). */
function isPublic(officeId: string): SQL {
	return and(eq(fundingCalls.officeId, officeId), eq(fundingCalls.status, 'published'))!;
}

const summaryColumns = {
	id: fundingCalls.id,
	slug: fundingCalls.slug,
	title: fundingCalls.title,
	titleEn: fundingCalls.titleEn,
	summary: fundingCalls.summary,
	summaryEn: fundingCalls.summaryEn,
	totalBudget: fundingCalls.totalBudget,
	maxPerProject: fundingCalls.maxPerProject,
	applicantTypes: fundingCalls.applicantTypes,
	opensAt: fundingCalls.opensAt,
	closesAt: fundingCalls.closesAt,
	publishedAt: fundingCalls.publishedAt,
	updatedAt: fundingCalls.updatedAt
};

function toSummary<T extends { slug: string; opensAt: Date; closesAt: Date }>(row: T, now: Date) {
	return { ...row, state: callState(row, now), path: `/calls/${row.slug}` };
}

/** Published calls: open and upcoming ones first (the nearest closing first), then closed ones, newest first. */
export async function listPublicCalls(db: Database, officeId: string, now: Date = new Date()) {
	const rows = await db
		.select(summaryColumns)
		.from(fundingCalls)
		.where(isPublic(officeId))
		.orderBy(
			asc(sql`(${fundingCalls.closesAt} <= ${now.toISOString()}::timestamptz)`),
			asc(
				sql`case when ${fundingCalls.closesAt} > ${now.toISOString()}::timestamptz then ${fundingCalls.closesAt} end`
			),
			desc(fundingCalls.closesAt),
			asc(fundingCalls.id)
		);
	return rows.map((row) => toSummary(row, now));
}
/** A call as lists show it, with where it stands at the moment of reading. */
export type CallSummary = Awaited<ReturnType<typeof listPublicCalls>>[number];

/** Calls taking applications now, the nearest closing first (the home page's block). */
export async function listOpenCalls(db: Database, officeId: string, now: Date = new Date()): Promise<CallSummary[]> {
	return (await listPublicCalls(db, officeId, now)).filter((call) => call.state === 'open');
}

/**
 * The next moment the calls' public pages change by themselves: a published call opening or closing, or a
 * published decision's appeal window ending (the decision then reads as final), for the page cache.
 */
export async function nextCallsChange(db: Database, officeId: string, now: Date): Promise<Date | null> {
	const calls = await earliestAhead(
		db,
		fundingCalls,
		fundingCalls.officeId,
		officeId,
		[fundingCalls.opensAt, fundingCalls.closesAt],
		now
	);
	const today = instantToBelgrade(now).date;
	const [row] = await db
		.select({ day: sql<string | null>`min(${callDecisions.appealUntil})::text` })
		.from(callDecisions)
		.where(
			and(
				eq(callDecisions.officeId, officeId),
				isNotNull(callDecisions.publishedAt),
				gte(callDecisions.appealUntil, today)
			)
		);
	// The window ends when the last day of appeals ends in Belgrade: midnight at the start of the next day.
	const windowEnds = row?.day ? belgradeToInstant(addDays(row.day, 1), '00:00') : null;
	return earliestOf([calls, windowEnds]);
}

/** Published calls not yet closed, as items of the opportunities feed (newest published first). */
export async function listCallsForOpportunityFeed(
	db: Database,
	officeId: string,
	now: Date = new Date()
): Promise<FeedOpportunity[]> {
	return (await listPublicCalls(db, officeId, now))
		.filter((call) => call.state !== 'closed')
		.map((call) => ({
			title: call.title,
			titleEn: call.titleEn,
			summary: call.summary,
			summaryEn: call.summaryEn,
			path: call.path,
			deadline: call.closesAt,
			publishedAt: call.publishedAt ?? call.updatedAt,
			updatedAt: call.updatedAt,
			kindKey: 'calls.kind',
			term: 'funding_call'
		}))
		.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

/** A published call with everything its page shows (attachments, the measures it funds); null otherwise. */
export async function getPublicCall(db: Database, officeId: string, slug: string, now: Date = new Date()) {
	const [row] = await db
		.select()
		.from(fundingCalls)
		.where(and(isPublic(officeId), eq(fundingCalls.slug, slug)));
	if (!row) return null;
	const { searchKey: _key, searchVector: _vector, searchText: _text, attachmentDocumentIds, measureIds, ...rest } = row;
	const attachments = await getPublicDocuments(db, officeId, attachmentDocumentIds);
	const measures = await measuresOf(db, officeId, measureIds);
	return { ...rest, state: callState(row, now), path: `/calls/${row.slug}`, attachments, measures };
}
export type PublicCall = NonNullable<Awaited<ReturnType<typeof getPublicCall>>>;

/**
 * The action-plan measures a call may fund, as the plan offers them for links (its `linkTargets` hook, decision
 * 0037); the registry imports every manifest, this one's too, so it is imported lazily.
 */
export async function listMeasureChoices(db: Database, officeId: string) {
	const { linkTargetsFor } = await import('../registry.server.ts');
	return (await linkTargetsFor(db, officeId, { kind: 'plan.measure' })).map((measure) => ({
		id: measure.id,
		planTitle: measure.trail[0]?.title ?? '',
		title: measure.title
	}));
}

async function measuresOf(db: Database, officeId: string, ids: readonly string[]) {
	if (ids.length === 0) return [];
	const wanted = new Set(ids);
	return (await listMeasureChoices(db, officeId)).filter((measure) => wanted.has(measure.id));
}

/** The admin list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_CALL_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${fundingCalls.title}) COLLATE "C"`,
	dates: fundingCalls.opensAt,
	budget: fundingCalls.totalBudget,
	status: stateOrder(fundingCalls.status, ['draft', 'published'])
} as const;

/** Every call of the office for the back-office, newest opening first unless a column was chosen. */
export async function listCallsForAdmin(ctx: Context, now: Date = new Date(), sort: SortState | null = null) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const rows = await ctx.db
		.select({ ...summaryColumns, status: fundingCalls.status, isDemo: fundingCalls.isDemo })
		.from(fundingCalls)
		.where(eq(fundingCalls.officeId, ctx.officeId))
		.orderBy(...orderOf(sort, ADMIN_CALL_SORT_COLUMNS, [desc(fundingCalls.opensAt)], [asc(fundingCalls.id)]));
	// Reports waiting for review, per call: the dashboard's item leads here when there are several.
	const waiting = await listReportsWaiting(ctx.db, ctx.officeId);
	return rows.map(({ status, isDemo, ...row }) => ({
		...toSummary(row, now),
		status,
		isDemo,
		reportsWaiting: waiting.filter((report) => report.callId === row.id).length
	}));
}

/** Reports submitted and waiting for staff review, oldest first, with the call and application of their contract. */
export async function listReportsWaiting(db: Database, officeId: string) {
	return db
		.select({ callId: callContracts.callId, applicationId: callContracts.applicationId })
		.from(callReports)
		.innerJoin(callContracts, eq(callContracts.id, callReports.contractId))
		.where(and(eq(callReports.officeId, officeId), eq(callReports.status, 'submitted')))
		.orderBy(asc(callReports.submittedAt));
}

/** One call of the office for editing; not_found otherwise. */
export async function getCallForAdmin(ctx: Context, id: string, now: Date = new Date()) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select()
		.from(fundingCalls)
		.where(and(eq(fundingCalls.officeId, ctx.officeId), eq(fundingCalls.id, id)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	const { searchKey: _key, searchVector: _vector, searchText: _text, ...rest } = row;
	return { ...rest, state: callState(row, now), path: `/calls/${row.slug}` };
}
export type AdminCall = Awaited<ReturnType<typeof getCallForAdmin>>;

/** Published calls matching a folded query, best first, as the statement the site search folds (manifest hook). */
export function callsSearchStatement(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): SearchStatement | null {
	return rankedSearchStatement(
		db,
		{
			table: fundingCalls,
			id: fundingCalls.id,
			searchVector: fundingCalls.searchVector,
			searchKey: fundingCalls.searchKey,
			searchLead: fundingCalls.searchLead,
			newest: fundingCalls.updatedAt,
			where: isPublic(officeId)
		},
		query,
		limit,
		{
			kindKey: 'calls.kind',
			columns: {
				title: fundingCalls.title,
				titleEn: fundingCalls.titleEn,
				snippet: fundingCalls.summary,
				snippetEn: fundingCalls.summaryEn,
				path: { prefix: '/calls/', key: fundingCalls.slug },
				date: sql`coalesce(${fundingCalls.publishedAt}, ${fundingCalls.opensAt})`
			}
		}
	);
}

/** Published calls matching a folded query, best first: the module's search statement run alone. */
export async function searchCalls(db: Database, officeId: string, query: string, limit: number): Promise<SearchHit[]> {
	return runSearchStatement(db, callsSearchStatement(db, officeId, query, limit), limit);
}

/** The list and every published call, for sitemap.xml. */
export async function listCallSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const rows = await db
		.select({ slug: fundingCalls.slug, updatedAt: fundingCalls.updatedAt })
		.from(fundingCalls)
		.where(isPublic(officeId))
		.orderBy(desc(fundingCalls.updatedAt));
	if (rows.length === 0) return [];
	return [
		{ path: '/calls', updatedAt: rows[0].updatedAt },
		...rows.map((row) => ({ path: `/calls/${row.slug}`, updatedAt: row.updatedAt }))
	];
}

/** Draft calls that should open within two weeks: staff have to publish them in time (the dashboard). */
export async function countDraftCallsOpeningSoon(db: Database, officeId: string, now: Date): Promise<number> {
	const soon = new Date(now.getTime() + 14 * 24 * 60 * 60 * 1000);
	const rows = await db
		.select({ id: fundingCalls.id })
		.from(fundingCalls)
		.where(
			and(
				eq(fundingCalls.officeId, officeId),
				eq(fundingCalls.status, 'draft'),
				gte(fundingCalls.opensAt, now),
				lte(fundingCalls.opensAt, soon)
			)
		);
	return rows.length;
}

/** The applications submitted to a call (and those reopened for completion), for staff; the read is audited. */
export async function listApplicationsForStaff(ctx: Context, callId: string) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const call = await getCallForAdmin(ctx, callId);
	const rows = await ctx.db
		.select({
			id: callApplications.id,
			reference: callApplications.reference,
			applicantType: callApplications.applicantType,
			applicantName: callApplications.applicantName,
			title: callApplications.title,
			requested: callApplications.requested,
			status: callApplications.status,
			submittedAt: callApplications.submittedAt,
			administrativeCheck: callApplications.administrativeCheck
		})
		.from(callApplications)
		.where(and(eq(callApplications.callId, call.id), isNotNull(callApplications.reference)))
		.orderBy(asc(callApplications.reference));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'calls.applications.viewed',
		entityType: 'funding_call',
		entityId: call.id,
		details: { count: rows.length }
	});
	return { call, applications: rows };
}

/** One submitted application with everything its authors wrote, for staff; the read is audited. */
export async function getApplicationForStaff(ctx: Context, callId: string, id: string) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const call = await getCallForAdmin(ctx, callId);
	const [application] = await ctx.db
		.select()
		.from(callApplications)
		.where(
			and(eq(callApplications.callId, call.id), eq(callApplications.id, id), isNotNull(callApplications.reference))
		);
	if (!application) throw new AppError('not_found', 'error.404.text');
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'calls.application.viewed',
		entityType: 'call_application',
		entityId: id
	});
	return {
		call,
		application: { ...application, totals: budgetTotals(application.budget) },
		attachments: await listAttachmentsOf(ctx.db, application.id)
	};
}
