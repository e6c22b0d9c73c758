// The demo's closed call after its ranking: a published, final decision with one rejected appeal, and contracts
// with the two best-ranked groups, each with a paid first tranche and an interim report (one accepted, one waiting
// for staff).
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import {
	callAppeals,
	callApplications,
	callContracts,
	callDecisions,
	callPayments,
	callReports,
	callScores,
	fundingCalls
} from './schema.ts';
import { rankCallApplications } from './rules.ts';
import { addDays, proposedRows, trancheAmounts } from './decision-rules.ts';

/** Records the demo call's decision, an appeal, two contracts, their payments and reports. */
export async function seedDemoDecision(
	db: Database,
	officeId: string,
	callId: string,
	closesAt: Date,
	applicationIds: readonly string[],
	now: Date = new Date()
): Promise<void> {
	const [call] = await db.select().from(fundingCalls).where(eq(fundingCalls.id, callId));
	const applications = await db.select().from(callApplications).where(inArray(callApplications.id, applicationIds));
	const scores = await db.select().from(callScores).where(inArray(callScores.applicationId, applicationIds));
	const rows = proposedRows(rankCallApplications({ call, applications, scores }));
	const closed = instantToBelgrade(closesAt).date;
	const today = instantToBelgrade(now).date;
	const decidedOn = addDays(closed, 20);
	const [decision] = await db
		.insert(callDecisions)
		.values({
			officeId,
			callId,
			number: `400-${closed.slice(2, 4)}-17/${closed.slice(0, 4)}`,
			decidedOn,
			appealUntil: addDays(decidedOn, 8),
			rows,
			status: 'published',
			publishedAt: new Date(`${decidedOn}T12:00:00Z`),
			isDemo: true
		})
		.returning({ id: callDecisions.id });
	// The first group left without money appeals; the committee finds the points right.
	const appealing = rows.find((row) => row.awarded === 0 && row.outcome !== 'unscored');
	if (appealing) {
		await db.insert(callAppeals).values({
			officeId,
			decisionId: decision.id,
			applicationId: appealing.applicationId,
			text: 'Сматрамо да наш буџет није добро оцењен: сви трошкови су објашњени.',
			source: 'applicant',
			lodgedAt: new Date(`${addDays(decidedOn, 3)}T09:00:00Z`),
			outcome: 'rejected',
			answer: 'Комисија је поново прегледала оцене; бодови су тачно сабрани.',
			decidedAt: new Date(`${addDays(decidedOn, 10)}T09:00:00Z`)
		});
	}
	const funded = rows.filter((row) => row.awarded > 0).slice(0, 2);
	for (const [index, row] of funded.entries()) {
		const amounts = trancheAmounts(row.awarded, [80, 20]);
		const [contract] = await db
			.insert(callContracts)
			.values({
				officeId,
				callId,
				applicationId: row.applicationId,
				number: `401-${index + 1}/${closed.slice(0, 4)}`,
				amount: row.awarded,
				signedOn: addDays(today, -15),
				tranches: [
					{ amount: amounts[0], dueOn: addDays(today, -10) },
					{ amount: amounts[1], dueOn: addDays(today, 60) }
				],
				interimReportDue: addDays(today, -2),
				finalReportDue: addDays(today, 75),
				isDemo: true
			})
			.returning({ id: callContracts.id });
		await db.insert(callPayments).values({
			officeId,
			contractId: contract.id,
			tranche: 0,
			amount: amounts[0],
			paidOn: addDays(today, -9),
			reference: `НАЛОГ-${index + 1}`
		});
		const submittedAt = new Date(`${addDays(today, -4)}T10:00:00Z`);
		await db.insert(callReports).values([
			{
				officeId,
				contractId: contract.id,
				kind: 'interim' as const,
				dueOn: addDays(today, -2),
				status: index === 0 ? ('accepted' as const) : ('submitted' as const),
				done: 'Одржали смо прве две радионице и набавили материјал.',
				results: 'Учествовало је 34 младих (циљ: 30); план за другу половину је спреман.',
				submittedAt,
				reviewedAt: index === 0 ? new Date(`${addDays(today, -3)}T10:00:00Z`) : null,
				remindedBeforeAt: submittedAt
			},
			{ officeId, contractId: contract.id, kind: 'final' as const, dueOn: addDays(today, 75) },
			{ officeId, contractId: contract.id, kind: 'financial' as const, dueOn: addDays(today, 75) }
		]);
	}
}
