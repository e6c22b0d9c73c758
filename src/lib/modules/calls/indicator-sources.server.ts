import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { IndicatorSource } from '../../server/manifest.ts';
import { belgradeToInstant } from '../../i18n/office-time.ts';
import { callApplications, callDecisions, fundingCalls } from './schema.ts';

/**
 * Applications submitted in each Belgrade calendar year to calls funding the given measures (the action plan's source
 * `calls.applications_submitted`); calls are linked to measures, so only those calls count.
 */
export async function countSubmittedApplicationsByYear(
	db: Database,
	input: { officeId: string; measureIds: readonly string[]; years: readonly number[] }
): Promise<Map<number, number>> {
	const result = new Map<number, number>();
	if (input.measureIds.length === 0) {
		for (const year of input.years) result.set(year, 0);
		return result;
	}
	const measures = sql`ARRAY[${sql.join(
		input.measureIds.map((id) => sql`${id}`),
		sql`, `
	)}]::uuid[]`;
	for (const year of input.years) {
		const [row] = await db
			.select({ total: sql<number>`count(*)::int` })
			.from(callApplications)
			.innerJoin(fundingCalls, eq(fundingCalls.id, callApplications.callId))
			.where(
				and(
					eq(callApplications.officeId, input.officeId),
					isNotNull(callApplications.reference),
					gte(callApplications.submittedAt, belgradeToInstant(`${year}-01-01`, '00:00')),
					lt(callApplications.submittedAt, belgradeToInstant(`${year + 1}-01-01`, '00:00')),
					sql`${fundingCalls.measureIds} && ${measures}`
				)
			);
		result.set(year, Number(row?.total ?? 0));
	}
	return result;
}

/**
 * Projects funded, or dinars granted, by the published decisions of each Belgrade calendar year (the decision's
 * date) on calls funding the given measures.
 */
export async function countGrantsByYear(
	db: Database,
	input: { officeId: string; measureIds: readonly string[]; years: readonly number[] },
	what: 'projects' | 'money'
): Promise<Map<number, number>> {
	const result = new Map<number, number>(input.years.map((year) => [year, 0]));
	if (input.measureIds.length === 0) return result;
	const measures = sql`ARRAY[${sql.join(
		input.measureIds.map((id) => sql`${id}`),
		sql`, `
	)}]::uuid[]`;
	const decisions = await db
		.select({ decidedOn: callDecisions.decidedOn, rows: callDecisions.rows })
		.from(callDecisions)
		.innerJoin(fundingCalls, eq(fundingCalls.id, callDecisions.callId))
		.where(
			and(
				eq(callDecisions.officeId, input.officeId),
				eq(callDecisions.status, 'published'),
				sql`${fundingCalls.measureIds} && ${measures}`
			)
		);
	for (const decision of decisions) {
		const year = Number(decision.decidedOn.slice(0, 4));
		if (!result.has(year)) continue;
		const funded = decision.rows.filter((row) => row.awarded > 0);
		const value = what === 'projects' ? funded.length : funded.reduce((sum, row) => sum + row.awarded, 0);
		result.set(year, result.get(year)! + value);
	}
	return result;
}

export const callsIndicatorSources: IndicatorSource[] = [
	{
		key: 'calls.applications_submitted',
		labelKey: 'calls.applications_submitted',
		countByYear: (db, input) => countSubmittedApplicationsByYear(db, input)
	},
	{
		key: 'calls.projects_funded',
		labelKey: 'calls.projects_funded',
		countByYear: (db, input) => countGrantsByYear(db, input, 'projects')
	},
	{
		key: 'calls.money_granted',
		labelKey: 'calls.money_granted',
		countByYear: (db, input) => countGrantsByYear(db, input, 'money')
	}
];
