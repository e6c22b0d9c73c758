// Projects funded by published decisions, as the action plan lists them under its measures (manifest `planGrants`).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { PlanGrant } from '../../server/manifest.ts';
import { callApplications, callContracts, callDecisions, callPayments, callReports, fundingCalls } from './schema.ts';

/**
 * Funded projects of calls that fund any of the measures: a project belongs to the measures its goals name, or to all
 * of its call's measures when its goals name none. Paid is what the contract's recorded payments add up to; spent is
 * the accepted financial report's total, or what was paid while no financial report is accepted (decision 0033).
 */
export async function listPlanGrants(
	db: Database,
	officeId: string,
	measureIds: readonly string[]
): Promise<PlanGrant[]> {
	if (measureIds.length === 0) return [];
	const measures = sql`ARRAY[${sql.join(
		measureIds.map((id) => sql`${id}`),
		sql`, `
	)}]::uuid[]`;
	const decisions = await db
		.select({ rows: callDecisions.rows, decidedOn: callDecisions.decidedOn, callMeasures: fundingCalls.measureIds })
		.from(callDecisions)
		.innerJoin(fundingCalls, eq(fundingCalls.id, callDecisions.callId))
		.where(
			and(
				eq(callDecisions.officeId, officeId),
				eq(callDecisions.status, 'published'),
				sql`${fundingCalls.measureIds} && ${measures}`
			)
		);
	const funded = decisions.flatMap((decision) =>
		decision.rows.filter((row) => row.awarded > 0).map((row) => ({ ...row, decision }))
	);
	if (funded.length === 0) return [];
	const ids = funded.map((row) => row.applicationId);
	const applications = await db
		.select({
			id: callApplications.id,
			title: callApplications.title,
			applicantName: callApplications.applicantName,
			goals: callApplications.goals
		})
		.from(callApplications)
		.where(inArray(callApplications.id, ids));
	const payments = await db
		.select({
			applicationId: callContracts.applicationId,
			paid: sql<number>`coalesce(sum(${callPayments.amount}), 0)::int`
		})
		.from(callContracts)
		.leftJoin(callPayments, eq(callPayments.contractId, callContracts.id))
		.where(inArray(callContracts.applicationId, ids))
		.groupBy(callContracts.applicationId);
	const reports = await db
		.select({ applicationId: callContracts.applicationId, lines: callReports.spentLines })
		.from(callReports)
		.innerJoin(callContracts, eq(callContracts.id, callReports.contractId))
		.where(
			and(
				inArray(callContracts.applicationId, ids),
				eq(callReports.kind, 'financial'),
				eq(callReports.status, 'accepted')
			)
		);
	const asked = new Set(measureIds);
	return funded.flatMap((row) => {
		const application = applications.find((item) => item.id === row.applicationId);
		if (!application) return [];
		const named = application.goals
			.map((goal) => goal.measureId)
			.filter((id) => row.decision.callMeasures.includes(id));
		const own = (named.length > 0 ? named : row.decision.callMeasures).filter((id) => asked.has(id));
		if (own.length === 0) return [];
		const paid = Number(payments.find((item) => item.applicationId === row.applicationId)?.paid ?? 0);
		const report = reports.find((item) => item.applicationId === row.applicationId);
		return [
			{
				measureIds: [...new Set(own)],
				title: application.title,
				recipient: application.applicantName,
				year: Number(row.decision.decidedOn.slice(0, 4)),
				granted: row.awarded,
				paid,
				spent: report ? report.lines.reduce((sum, line) => sum + line.spent, 0) : paid
			}
		];
	});
}
