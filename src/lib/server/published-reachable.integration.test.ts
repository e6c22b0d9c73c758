// Nothing published is unreachable: every published research record of the demo office is in the
// sitemap and listed on /research (which the surveys page links to).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { loadDemoOffice, manifests } from '../modules/registry.server.ts';
import { collectSitemapEntries } from './sitemap.ts';
import { listPublishedResearch } from '../modules/surveys/analysis/research-queries.server.ts';
import { getPublicResultsSurvey } from '../modules/surveys/analysis/queries.server.ts';
import { getPublicNeedsSummary } from '../modules/surveys/analysis/research-queries.server.ts';

let test: TestDatabase;
let officeId: string;
beforeAll(async () => {
	test = await createTestDatabase();
	({ officeId } = await loadDemoOffice(test.db));
}, 120_000);
afterAll(() => test.close());

describe('published research', () => {
	it('is in the sitemap, on /research, and opens', async () => {
		const research = await listPublishedResearch(test.db, officeId);
		expect(research.summaries.length + research.results.length).toBeGreaterThan(0);
		const paths = new Set((await collectSitemapEntries(test.db, officeId, manifests)).map((entry) => entry.path));
		expect(paths.has('/research')).toBe(true);
		expect(paths.has('/surveys')).toBe(true);
		for (const summary of research.summaries) {
			expect(paths.has(`/research/${summary.year}`), `needs summary ${summary.year}`).toBe(true);
			expect(await getPublicNeedsSummary(test.db, officeId, summary.year)).not.toBeNull();
		}
		for (const survey of research.results) {
			expect(paths.has(`/surveys/${survey.slug}/results`), survey.slug).toBe(true);
			expect(await getPublicResultsSurvey(test.db, officeId, survey.slug)).not.toBeNull();
		}
	});
});
