import { and, eq, notExists } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { organisationConfirmations, organisations } from '../schema.ts';
import { confirmationMonth, issueConfirmation, receivesYearlyConfirmation } from '../confirmations.server.ts';

/**
 * The yearly job: during the confirmation month, every active organisation with an e-mail that has
 * no confirmation for this year gets one. Safe to run at once on several instances: the unique
 * (organisation, year) row decides which run sends, and the loser sends nothing.
 */
export async function sendYearlyConfirmations(
	db: Database,
	now: Date,
	options: { month?: number; batchSize?: number } = {}
): Promise<number> {
	const clock = wallClock(now);
	if (clock.month !== (options.month ?? confirmationMonth())) return 0;
	const year = clock.year;
	const due = await db
		.select({
			id: organisations.id,
			officeId: organisations.officeId,
			name: organisations.name,
			email: organisations.email
		})
		.from(organisations)
		.where(
			and(
				receivesYearlyConfirmation(),
				notExists(
					db
						.select({ id: organisationConfirmations.id })
						.from(organisationConfirmations)
						.where(
							and(
								eq(organisationConfirmations.organisationId, organisations.id),
								eq(organisationConfirmations.year, year)
							)
						)
				)
			)
		)
		.limit(options.batchSize ?? 200);
	let sent = 0;
	for (const target of due) {
		const issued = await db.transaction((tx) =>
			issueConfirmation(tx, target, { year, now, replace: false, actor: null })
		);
		if (issued) sent += 1;
	}
	return sent;
}
