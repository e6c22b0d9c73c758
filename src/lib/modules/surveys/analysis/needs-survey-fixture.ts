// A test-only fixture: the annual needs survey exactly as the demo defines it, not a second copy (the
// demographics block and the demo survey's sections from seed.server.ts), with the demo office's
// settlements. Tests, the benchmark and local runs of the analysis journey create it; the running app
// never does.
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { surveySettlements, surveys, type SurveyStatus } from '../schema.ts';
import { DEMO_SETTLEMENTS, needsSurveySections } from '../seed.server.ts';
import { insertSections } from '../commands/shared.server.ts';

/** The settlements the fixture's office gets (the demo office's). */
export const FIXTURE_SETTLEMENTS: readonly { name: string; isUrban: boolean }[] = DEMO_SETTLEMENTS;

/** Creates the needs survey (and the office's settlements when missing); returns the survey id. */
export async function createNeedsSurveyFixture(
	db: Database,
	officeId: string,
	options: { slug: string; year: number; status?: SurveyStatus; resultsPublic?: boolean; isDemo?: boolean }
): Promise<string> {
	for (const [index, settlement] of FIXTURE_SETTLEMENTS.entries())
		await db
			.insert(surveySettlements)
			.values({ officeId, name: settlement.name, isUrban: settlement.isUrban, sortOrder: index })
			.onConflictDoNothing();
	const settlementRows = await db
		.select({ name: surveySettlements.name, isUrban: surveySettlements.isUrban })
		.from(surveySettlements)
		.where(eq(surveySettlements.officeId, officeId))
		.orderBy(surveySettlements.sortOrder);
	const [survey] = await db
		.insert(surveys)
		.values({
			officeId,
			slug: options.slug,
			title: `Потребе младих ${options.year}`,
			titleEn: `Youth needs ${options.year}`,
			year: options.year,
			status: options.status ?? 'published',
			resultsPublic: options.resultsPublic ?? false,
			isDemo: options.isDemo ?? false
		})
		.returning({ id: surveys.id });
	await insertSections(db, officeId, survey.id, needsSurveySections(settlementRows, options.year, false));
	return survey.id;
}
