import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { surveys } from './schema.ts';
import { createNeedsSurveyFixture } from './analysis/needs-survey-fixture.ts';
import { findSurveyIdBySlug } from './analysis/queries.server.ts';

// TEMP (analysis branch only): stands in for the survey builder's demo definitions so the analysis
// journey can run; the lead drops this commit when merging the builder's seed.

/** The demo office's annual needs survey (definition only; answers come from seed-research). */
export async function seedDemoSurveys(db: Database, officeId: string): Promise<void> {
	if (!(await findSurveyIdBySlug(db, officeId, 'potrebe-mladih-2026')))
		await createNeedsSurveyFixture(db, officeId, { slug: 'potrebe-mladih-2026', year: 2026, isDemo: true });
	if (!(await findSurveyIdBySlug(db, officeId, 'potrebe-mladih-2025')))
		await createNeedsSurveyFixture(db, officeId, {
			slug: 'potrebe-mladih-2025',
			year: 2025,
			status: 'archived',
			resultsPublic: true,
			isDemo: true
		});
}

/** Removes the demo surveys. */
export async function removeDemoSurveys(db: Database, officeId: string): Promise<void> {
	await db.delete(surveys).where(and(eq(surveys.officeId, officeId), eq(surveys.isDemo, true)));
}
