// Reads of what follows the ranking: the decision for staff and for the public, contracts with their payments and
// reports, and an applicant's own results (decision 0033).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { files } from '../../server/db/core-schema.ts';
import { readFile } from '../../server/files.ts';
import { callAppeals, callApplications, callContracts, callDecisions, callPayments, callReports } from './schema.ts';
import { decisionStage, proposedRows } from './decision-rules.ts';
import { canManageCalls } from './permissions.server.ts';
import { getCallForAdmin, listReportsWaiting } from './queries.server.ts';
import { getRankingForStaff } from './committee-queries.server.ts';
import { belgradeDay } from './commands/decision.server.ts';
import { loadOwnApplication } from './commands/applications-shared.server.ts';
import { applicationReaderOf } from './commands/application-attachments.server.ts';

async function applicationNames(db: Database, ids: readonly string[]) {
	if (ids.length === 0) return [];
	return db
		.select({
			id: callApplications.id,
			reference: callApplications.reference,
			applicantName: callApplications.applicantName,
			applicantType: callApplications.applicantType,
			title: callApplications.title
		})
		.from(callApplications)
		.where(inArray(callApplications.id, ids));
}

/**
 * The decision page for staff: the recorded decision (or the ranking's proposal when none is recorded yet), its
 * stage, the appeals and which funded applications have a contract. The read of the ranking is audited.
 */
export async function getDecisionForStaff(ctx: Context, callId: string, now: Date = new Date()) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const call = await getCallForAdmin(ctx, callId, now);
	const [decision] = await ctx.db.select().from(callDecisions).where(eq(callDecisions.callId, call.id));
	const rows = decision ? decision.rows : proposedRows((await getRankingForStaff(ctx, call.id)).rows);
	const names = await applicationNames(
		ctx.db,
		rows.map((row) => row.applicationId)
	);
	const appeals = decision
		? await ctx.db
				.select()
				.from(callAppeals)
				.where(eq(callAppeals.decisionId, decision.id))
				.orderBy(asc(callAppeals.lodgedAt))
		: [];
	const contracts = await ctx.db
		.select({ applicationId: callContracts.applicationId, number: callContracts.number })
		.from(callContracts)
		.where(eq(callContracts.callId, call.id));
	const named = <T extends { applicationId: string }>(row: T) => {
		const name = names.find((item) => item.id === row.applicationId);
		return {
			...row,
			reference: name?.reference ?? '',
			applicantName: name?.applicantName ?? '',
			title: name?.title ?? ''
		};
	};
	return {
		call,
		decision: decision ?? null,
		stage: decision ? decisionStage(decision, appeals, belgradeDay(now)) : null,
		rows: rows.map((row) => ({
			...named(row),
			contractNumber: contracts.find((contract) => contract.applicationId === row.applicationId)?.number ?? null
		})),
		appeals: appeals.map(named)
	};
}

/**
 * A call's published decision as the public sees it: number, date, appeal window and the ranking with applicants'
 * names and amounts; the points only when the call publishes them. Null while nothing is published.
 */
export async function getPublicDecision(
	db: Database,
	call: { id: string; publishesScores: boolean },
	now: Date = new Date()
) {
	const [decision] = await db
		.select()
		.from(callDecisions)
		.where(and(eq(callDecisions.callId, call.id), eq(callDecisions.status, 'published')));
	if (!decision) return null;
	const appeals = await db
		.select({ outcome: callAppeals.outcome })
		.from(callAppeals)
		.where(eq(callAppeals.decisionId, decision.id));
	const names = await applicationNames(
		db,
		decision.rows.map((row) => row.applicationId)
	);
	return {
		number: decision.number,
		decidedOn: decision.decidedOn,
		appealUntil: decision.appealUntil,
		stage: decisionStage(decision, appeals, belgradeDay(now)),
		publishesScores: call.publishesScores,
		total: decision.rows.reduce((sum, row) => sum + row.awarded, 0),
		rows: decision.rows.map((row) => {
			const name = names.find((item) => item.id === row.applicationId);
			return {
				place: row.place,
				applicantName: name?.applicantName ?? '',
				title: name?.title ?? '',
				average: call.publishesScores ? row.average : null,
				awarded: row.awarded,
				outcome: row.outcome
			};
		})
	};
}

export type PublicDecision = NonNullable<Awaited<ReturnType<typeof getPublicDecision>>>;

async function contractDetails(db: Database, contractId: string) {
	const payments = await db
		.select()
		.from(callPayments)
		.where(eq(callPayments.contractId, contractId))
		.orderBy(asc(callPayments.tranche));
	const reports = await db.select().from(callReports).where(eq(callReports.contractId, contractId));
	const fileIds = reports.flatMap((report) => report.fileIds);
	const stored = fileIds.length
		? await db
				.select({ id: files.id, name: files.name, mime: files.mime, size: files.size })
				.from(files)
				.where(inArray(files.id, fileIds))
		: [];
	const order = ['interim', 'final', 'financial'];
	return {
		payments,
		reports: reports
			.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
			.map((report) => ({ ...report, files: stored.filter((file) => report.fileIds.includes(file.id)) }))
	};
}

/** A funded application's contract page for staff: the award, the contract (if made), payments and reports; audited. */
export async function getContractForStaff(ctx: Context, callId: string, applicationId: string, now = new Date()) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	if (!isUuid(applicationId)) throw new AppError('not_found', 'error.404.text');
	const call = await getCallForAdmin(ctx, callId, now);
	const [application] = await ctx.db
		.select()
		.from(callApplications)
		.where(and(eq(callApplications.callId, call.id), eq(callApplications.id, applicationId)));
	const [decision] = await ctx.db.select().from(callDecisions).where(eq(callDecisions.callId, call.id));
	const row = decision?.rows.find((item) => item.applicationId === applicationId);
	if (!application || !row || row.awarded <= 0) throw new AppError('not_found', 'error.404.text');
	const [contract] = await ctx.db.select().from(callContracts).where(eq(callContracts.applicationId, applicationId));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'calls.contract.viewed',
		entityType: 'call_application',
		entityId: applicationId
	});
	return {
		call,
		application,
		awarded: row.awarded,
		contract: contract ?? null,
		...(contract ? await contractDetails(ctx.db, contract.id) : { payments: [], reports: [] })
	};
}

/**
 * An applicant's own results: what the published decision gave their application, the appeal window and their
 * appeals, and once contracted, the tranches paid and the reports owed. not_found for anyone but its authors.
 */
export async function getResultsForApplicant(ctx: Context, applicationId: string, now: Date = new Date()) {
	authorize(ctx.actor, !!ctx.actor);
	const { application, call } = await loadOwnApplication(ctx.db, ctx.officeId, ctx.actor, applicationId);
	const [decision] = await ctx.db
		.select()
		.from(callDecisions)
		.where(and(eq(callDecisions.callId, call.id), eq(callDecisions.status, 'published')));
	const row = decision?.rows.find((item) => item.applicationId === application.id) ?? null;
	const appeals = decision
		? await ctx.db
				.select()
				.from(callAppeals)
				.where(and(eq(callAppeals.decisionId, decision.id), eq(callAppeals.applicationId, application.id)))
		: [];
	const allAppeals = decision
		? await ctx.db
				.select({ outcome: callAppeals.outcome })
				.from(callAppeals)
				.where(eq(callAppeals.decisionId, decision.id))
		: [];
	const [contract] = await ctx.db.select().from(callContracts).where(eq(callContracts.applicationId, application.id));
	return {
		application: {
			id: application.id,
			reference: application.reference,
			title: application.title,
			budget: application.budget
		},
		call: { title: call.title, titleEn: call.titleEn, slug: call.slug, costCategories: call.costCategories },
		decision:
			decision && row
				? {
						number: decision.number,
						decidedOn: decision.decidedOn,
						appealUntil: decision.appealUntil,
						stage: decisionStage(decision, allAppeals, belgradeDay(now)),
						row
					}
				: null,
		appeals,
		contract: contract ?? null,
		...(contract ? await contractDetails(ctx.db, contract.id) : { payments: [], reports: [] })
	};
}

/**
 * A photo or receipt of a report, for the application's authors, staff and the call's committee without a conflict
 * (the same rule as the application's attachments); not_found unless it belongs to a report of this application.
 * Staff and committee reads are audited.
 */
export async function readReportFile(ctx: Context, applicationId: string, fileId: string) {
	authorize(ctx.actor, !!ctx.actor);
	if (!isUuid(applicationId) || !isUuid(fileId)) throw new AppError('not_found', 'error.404.text');
	const [application] = await ctx.db
		.select()
		.from(callApplications)
		.where(and(eq(callApplications.officeId, ctx.officeId), eq(callApplications.id, applicationId)));
	if (!application) throw new AppError('not_found', 'error.404.text');
	const reader = await applicationReaderOf(ctx, application);
	const [contract] = await ctx.db
		.select({ id: callContracts.id })
		.from(callContracts)
		.where(and(eq(callContracts.officeId, ctx.officeId), eq(callContracts.applicationId, applicationId)));
	const reports = contract
		? await ctx.db.select().from(callReports).where(eq(callReports.contractId, contract.id))
		: [];
	const report = reports.find((item) => item.fileIds.includes(fileId));
	const file = report ? await readFile(ctx.db, ctx.officeId, fileId) : null;
	if (!report || !file) throw new AppError('not_found', 'error.404.text');
	if (reader !== 'author')
		await recordAudit(ctx.db, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'calls.report.file_viewed',
			entityType: 'call_report',
			entityId: report.id,
			details: { fileId, reader }
		});
	return file;
}

/** A photo or receipt of a report, for staff (the contract page); see readReportFile. */
export async function readReportFileForStaff(ctx: Context, applicationId: string, fileId: string) {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	return readReportFile(ctx, applicationId, fileId);
}

/** Reports waiting for staff and appeals waiting for a decision (the back-office dashboard). */
export async function countCallWorkForStaff(db: Database, officeId: string) {
	const waiting = await listReportsWaiting(db, officeId);
	const [appeals] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(callAppeals)
		.where(and(eq(callAppeals.officeId, officeId), isNull(callAppeals.outcome)));
	// One waiting opens its contract's page, where it is accepted or returned; several, the calls' list, which counts
	// them per call.
	const [first] = waiting;
	const reportsHref =
		waiting.length === 1 ? `/admin/calls/${first.callId}/contracts/${first.applicationId}` : '/admin/calls';
	return { reports: waiting.length, reportsHref, appeals: appeals?.n ?? 0 };
}
