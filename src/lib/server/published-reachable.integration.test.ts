// Nothing published is unreachable: every published research record of the demo office is in the
// sitemap and listed on /research (which the surveys page links to).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { loadDemoOffice, manifests } from '../modules/registry.server.ts';
import { collectSitemapEntries } from './sitemap.ts';
import { listPublishedResearch } from '../modules/surveys/analysis/research-queries.server.ts';
import { getPublicResultsSurvey } from '../modules/surveys/analysis/queries.server.ts';
import { getPublicNeedsSummary } from '../modules/surveys/analysis/research-queries.server.ts';
import { getCurrentPublicPlan } from '../modules/action-plan/queries.server.ts';
import { loadPublicPlan } from '../modules/action-plan/public-page.server.ts';
import { needsSummaries, needsSummaryGoals } from '../modules/surveys/schema.ts';

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

describe('the public action plan', () => {
	const researchLinksOf = async () => {
		const tree = (await getCurrentPublicPlan(test.db, officeId))!;
		const view = await loadPublicPlan(test.db, officeId, new URL('http://x/action-plan'), tree);
		return { tree, paths: view.related.map((link) => link.path) };
	};

	it('links to the published needs summaries of its period or of its goals, and to no other', async () => {
		const { tree, paths } = await researchLinksOf();
		expect(tree.plan.firstYear).toBe(2025);
		expect(paths).toEqual(['/research/2025']);
		const [link] = (await loadPublicPlan(test.db, officeId, new URL('http://x/'), tree)).related;
		expect(link).toMatchObject({ titleKey: 'surveys.research.publicTitle', titleValues: { year: '2025' } });

		// Not public, or of a year outside the plan: not linked.
		await test.db.insert(needsSummaries).values([
			{ officeId, year: 2027, summary: '<p>Нацрт</p>', isPublic: false },
			{ officeId, year: 2031, summary: '<p>Касније</p>', isPublic: true },
			{ officeId, year: 2018, summary: '<p>Раније</p>', isPublic: true }
		]);
		expect((await researchLinksOf()).paths).toEqual(['/research/2025']);

		// An older summary linked to one of the plan's goals is linked too.
		const [older] = await test.db
			.insert(needsSummaries)
			.values({ officeId, year: 2016, summary: '<p>Старо</p>', isPublic: true })
			.returning();
		await test.db
			.insert(needsSummaryGoals)
			.values({ summaryId: older.id, goalId: tree.areas.flatMap((area) => area.goals)[0].id, officeId });
		expect((await researchLinksOf()).paths).toEqual(['/research/2016', '/research/2025']);
	});
});
