// The calls' figures for a period (manifest `statistics`): applications submitted in it, those that passed the
// administrative check, those funded by a published decision and the money granted, by applicant type and by call.
import { and, arrayOverlaps, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { APPLICANT_TYPES, callApplications, callDecisions, fundingCalls } from './schema.ts';

/** Applications, eligible ones, funded ones and dinars granted for applications submitted in the period. */
export async function callsStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const applications = await db
		.select({
			id: callApplications.id,
			callId: callApplications.callId,
			applicantType: callApplications.applicantType,
			check: callApplications.administrativeCheck
		})
		.from(callApplications)
		.where(
			and(
				eq(callApplications.officeId, query.officeId),
				isNotNull(callApplications.reference),
				gte(callApplications.submittedAt, query.from),
				lt(callApplications.submittedAt, query.to),
				// An action-plan area: only applications to calls funding one of its measures.
				query.planArea
					? inArray(
							callApplications.callId,
							db
								.select({ id: fundingCalls.id })
								.from(fundingCalls)
								.where(
									query.planArea.measureIds.length
										? arrayOverlaps(fundingCalls.measureIds, query.planArea.measureIds)
										: sql`false`
								)
						)
					: undefined
			)
		);
	const decisions = await db
		.select({ callId: callDecisions.callId, rows: callDecisions.rows })
		.from(callDecisions)
		.where(and(eq(callDecisions.officeId, query.officeId), eq(callDecisions.status, 'published')));
	const awarded = new Map(
		decisions.flatMap((decision) => decision.rows.map((row) => [row.applicationId, row.awarded] as const))
	);
	const granted = (rows: typeof applications) => rows.reduce((sum, row) => sum + (awarded.get(row.id) ?? 0), 0);
	const funded = applications.filter((row) => (awarded.get(row.id) ?? 0) > 0);
	const byType = (rows: typeof applications, value: (rows: typeof applications) => number) =>
		APPLICANT_TYPES.map((type) => ({
			label: { key: `organisations.type.${type}` },
			value: value(rows.filter((row) => row.applicantType === type))
		})).filter((row) => row.value > 0);
	const callIds = [...new Set(applications.map((row) => row.callId))];
	const calls = callIds.length
		? await db
				.select({ id: fundingCalls.id, title: fundingCalls.title, titleEn: fundingCalls.titleEn })
				.from(fundingCalls)
				.where(inArray(fundingCalls.id, callIds))
		: [];
	return [
		{
			key: 'calls',
			titleKey: 'calls.statistics.title',
			order: 55,
			filtered: false,
			areaFiltered: true,
			figures: [
				{
					key: `calls.applications`,
					labelKey: 'calls.statistics.applications',
					value: applications.length,
					people: false
				},
				{
					key: `calls.eligible`,
					labelKey: 'calls.statistics.eligible',
					value: applications.filter((row) => row.check?.outcome === 'passed').length,
					people: false
				},
				{ key: `calls.funded`, labelKey: 'calls.statistics.funded', value: funded.length, people: false },
				{ key: `calls.granted`, labelKey: 'calls.statistics.granted', value: granted(funded), people: false }
			],
			tables: [
				{
					key: `calls.applicationsByType`,
					titleKey: 'calls.statistics.applicationsByType',
					rows: byType(applications, (rows) => rows.length),
					total: applications.length,
					people: false
				},
				{
					key: `calls.grantedByType`,
					titleKey: 'calls.statistics.grantedByType',
					rows: byType(funded, granted),
					total: granted(funded),
					people: false
				},
				{
					key: `calls.grantedByCall`,
					titleKey: 'calls.statistics.grantedByCall',
					rows: calls.map((call) => ({
						label: { text: call.title, textEn: call.titleEn },
						value: granted(applications.filter((row) => row.callId === call.id))
					})),
					total: granted(funded),
					people: false
				}
			]
		}
	];
}
