// Nothing published is unreachable (13.13): every published record of every module of the demo
// office is in the sitemap, counted straight from each module's tables (not through the module's own
// queries, so a module whose sitemap hook forgets a record fails), and published research is listed
// on /research (which the surveys page links to).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import { newsArticles } from '../modules/news/schema.ts';
import { events, programmes } from '../modules/events/schema.ts';
import { opportunities } from '../modules/opportunities/schema.ts';
import { documents } from '../modules/documents/schema.ts';
import { organisations } from '../modules/organisations/schema.ts';
import { pages } from '../modules/pages/schema.ts';
import { participationInitiatives } from '../modules/participation/schema.ts';
import { PUBLIC_STATUSES } from '../modules/participation/rules.ts';
import { councilBodies, councilDecisions, councilSessions } from '../modules/council/schema.ts';
import { fundingCalls } from '../modules/calls/schema.ts';
import { volunteerOpportunities } from '../modules/volunteering/schema.ts';
import { annualReports, templateReports } from '../modules/reports/schema.ts';
import { actionPlans, planMeasures, planMonitoringReports } from '../modules/action-plan/schema.ts';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { loadDemoOffice, manifests } from '../modules/registry.server.ts';
import { collectSitemapEntries } from './sitemap.ts';
import { listPublishedResearch } from '../modules/surveys/analysis/research-queries.server.ts';
import { getPublicResultsSurvey } from '../modules/surveys/analysis/queries.server.ts';
import { getPublicNeedsSummary } from '../modules/surveys/analysis/research-queries.server.ts';
import { getCurrentPublicPlan } from '../modules/action-plan/queries.server.ts';
import { loadPublicPlan } from '../modules/action-plan/public-page.server.ts';
import { needsSummaries, needsSummaryGoals, surveys } from '../modules/surveys/schema.ts';

let test: TestDatabase;
let officeId: string;
beforeAll(async () => {
	test = await createTestDatabase();
	({ officeId } = await loadDemoOffice(test.db));
}, 120_000);
afterAll(() => test.close());

/**
 * The public address of every published record of a module, read from its tables with the module's
 * rule for "published" written out here again. Every module with a sitemap hook has an entry.
 */
const PUBLISHED: Record<string, (db: Database, officeId: string) => Promise<string[]>> = {
	news: async (db, officeId) =>
		(
			await db
				.select({ slug: newsArticles.slug })
				.from(newsArticles)
				.where(
					and(
						eq(newsArticles.officeId, officeId),
						eq(newsArticles.status, 'published'),
						lte(newsArticles.publishAt, sql`now()`)
					)
				)
		).map((row) => `/news/${row.slug}`),
	events: async (db, officeId) => [
		...(
			await db
				.select({ slug: events.slug })
				.from(events)
				.where(and(eq(events.officeId, officeId), ne(events.status, 'draft')))
		).map((row) => `/events/${row.slug}`),
		...(await db.select({ slug: programmes.slug }).from(programmes).where(eq(programmes.officeId, officeId))).map(
			(row) => `/events/programmes/${row.slug}`
		)
	],
	opportunities: async (db, officeId) =>
		(
			await db
				.select({ slug: opportunities.slug })
				.from(opportunities)
				.where(
					and(
						eq(opportunities.officeId, officeId),
						eq(opportunities.status, 'published'),
						or(isNull(opportunities.publishAt), lte(opportunities.publishAt, new Date()))
					)
				)
		).map((row) => `/opportunities/${row.slug}`),
	documents: async (db, officeId) =>
		(
			await db
				.select({ id: documents.id })
				.from(documents)
				.where(and(eq(documents.officeId, officeId), eq(documents.isPublished, true)))
		).map((row) => `/documents/${row.id}`),
	organisations: async (db, officeId) =>
		(
			await db
				.select({ slug: organisations.slug })
				.from(organisations)
				.where(
					and(
						eq(organisations.officeId, officeId),
						eq(organisations.listing, 'listed'),
						isNull(organisations.mergedIntoId),
						ne(organisations.status, 'dissolved')
					)
				)
		).map((row) => `/organisations/${row.slug}`),
	pages: async (db, officeId) =>
		(
			await db
				.select({ slug: pages.slug })
				.from(pages)
				.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true)))
		).map((row) => `/pages/${row.slug}`),
	// Polls and budget rounds have no publication step: every one is on /polls or /budget.
	participation: async (db, officeId) => [
		'/polls',
		'/budget',
		...(
			await db
				.select({ id: participationInitiatives.id })
				.from(participationInitiatives)
				.where(
					and(
						eq(participationInitiatives.officeId, officeId),
						inArray(participationInitiatives.status, [...PUBLIC_STATUSES]),
						isNull(participationInitiatives.hiddenAt)
					)
				)
		).map((row) => `/initiatives/${row.id}`)
	],
	council: async (db, officeId) => {
		const isPublicBody = and(eq(councilBodies.officeId, officeId), eq(councilBodies.isPublic, true));
		const bodies = await db.select({ slug: councilBodies.slug }).from(councilBodies).where(isPublicBody);
		const sessions = await db
			.select({ id: councilSessions.id })
			.from(councilSessions)
			.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
			.where(and(isPublicBody, eq(councilSessions.minutesStatus, 'approved')));
		const decisions = await db
			.select({ id: councilDecisions.id })
			.from(councilDecisions)
			.innerJoin(councilBodies, eq(councilBodies.id, councilDecisions.bodyId))
			.leftJoin(councilSessions, eq(councilSessions.id, councilDecisions.sessionId))
			.where(and(isPublicBody, or(isNull(councilDecisions.sessionId), eq(councilSessions.minutesStatus, 'approved'))));
		return [
			...bodies.map((row) => `/council/${row.slug}`),
			...sessions.map((row) => `/council/minutes/${row.id}`),
			...decisions.map((row) => `/council/decisions/${row.id}`)
		];
	},
	calls: async (db, officeId) =>
		(
			await db
				.select({ slug: fundingCalls.slug })
				.from(fundingCalls)
				.where(and(eq(fundingCalls.officeId, officeId), eq(fundingCalls.status, 'published')))
		).map((row) => `/calls/${row.slug}`),
	volunteering: async (db, officeId) => {
		const rows = await db
			.select({ slug: volunteerOpportunities.slug })
			.from(volunteerOpportunities)
			.where(and(eq(volunteerOpportunities.officeId, officeId), eq(volunteerOpportunities.status, 'published')));
		return rows.length > 0 ? ['/volunteering', ...rows.map((row) => `/volunteering/${row.slug}`)] : [];
	},
	// A published annual report or report made from a template is a set of downloads, all listed on the one page.
	reports: async (db, officeId) =>
		(
			await db
				.select({ year: annualReports.year })
				.from(annualReports)
				.where(and(eq(annualReports.officeId, officeId), isNotNull(annualReports.publishedAt)))
		).length +
			(
				await db
					.select({ year: templateReports.year })
					.from(templateReports)
					.where(and(eq(templateReports.officeId, officeId), isNotNull(templateReports.publishedAt)))
			).length >
		0
			? ['/annual-reports']
			: [],
	surveys: async (db, officeId) => {
		const now = new Date();
		const open = await db
			.select({ slug: surveys.slug })
			.from(surveys)
			.where(
				and(
					eq(surveys.officeId, officeId),
					eq(surveys.status, 'published'),
					or(isNull(surveys.opensAt), lte(surveys.opensAt, now)),
					or(isNull(surveys.closesAt), sql`${surveys.closesAt} >= ${now}`)
				)
			);
		const results = await db
			.select({ slug: surveys.slug })
			.from(surveys)
			.where(and(eq(surveys.officeId, officeId), eq(surveys.resultsPublic, true), ne(surveys.status, 'draft')));
		const summaries = await db
			.select({ year: needsSummaries.year })
			.from(needsSummaries)
			.where(and(eq(needsSummaries.officeId, officeId), eq(needsSummaries.isPublic, true)));
		return [
			...open.map((row) => `/surveys/${row.slug}`),
			...results.map((row) => `/surveys/${row.slug}/results`),
			...summaries.map((row) => `/research/${row.year}`)
		];
	},
	'action-plan': async (db, officeId) => {
		const plans = await db
			.select({ id: actionPlans.id, slug: actionPlans.slug })
			.from(actionPlans)
			.where(
				and(
					eq(actionPlans.officeId, officeId),
					or(
						eq(actionPlans.status, 'adopted'),
						and(eq(actionPlans.status, 'archived'), isNotNull(actionPlans.adoptedAt))
					)
				)
			);
		const paths: string[] = [];
		for (const plan of plans) {
			paths.push(`/action-plan/${plan.slug}`, `/action-plan/${plan.slug}/changes`);
			for (const measure of await db
				.select({ id: planMeasures.id })
				.from(planMeasures)
				.where(eq(planMeasures.planId, plan.id)))
				paths.push(`/action-plan/${plan.slug}/measures/${measure.id}`);
			for (const report of await db
				.select({ year: planMonitoringReports.year })
				.from(planMonitoringReports)
				.where(and(eq(planMonitoringReports.planId, plan.id), eq(planMonitoringReports.status, 'submitted'))))
				paths.push(`/action-plan/${plan.slug}/reports/${report.year}`);
		}
		return paths;
	},
	'open-data': async () => ['/open-data']
};

describe('every published record of the demo office', () => {
	beforeAll(async () => {
		// The demo office publishes no annual report: one is published here so that the check bites.
		await test.db.insert(annualReports).values({
			officeId,
			year: 2024,
			status: 'submitted',
			snapshot: {},
			submittedAt: new Date(),
			publishedAt: new Date()
		});
	});

	it('is counted for every module that lists public addresses', () => {
		expect(
			manifests
				.filter((module) => module.sitemap)
				.map((module) => module.name)
				.sort()
		).toEqual(Object.keys(PUBLISHED).sort());
	});

	for (const [name, publishedOf] of Object.entries(PUBLISHED)) {
		it(`${name}: is in the sitemap`, async () => {
			const module = manifests.find((candidate) => candidate.name === name)!;
			const listed = new Set((await module.sitemap!(test.db, officeId)).map((entry) => entry.path));
			const published = await publishedOf(test.db, officeId);
			expect(published.length, 'the demo office publishes something here').toBeGreaterThan(0);
			expect(published.filter((path) => !listed.has(path))).toEqual([]);
			// And the whole sitemap carries the module's addresses.
			const all = new Set((await collectSitemapEntries(test.db, officeId, manifests)).map((entry) => entry.path));
			expect(published.filter((path) => !all.has(path))).toEqual([]);
		});
	}
});

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
