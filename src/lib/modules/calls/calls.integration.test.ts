import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { searchKey } from '../../i18n/script.ts';
import { parseCallForm } from './inputs.ts';
import { createCall, updateCall } from './commands/save-call.server.ts';
import {
	getCallForAdmin,
	getPublicCall,
	listCallSitemap,
	listCallsForAdmin,
	listOpenCalls,
	listPublicCalls,
	searchCalls
} from './queries.server.ts';
import { callsManifest } from './manifest.ts';
import { buildOpportunityFeed } from '../opportunities/feed.server.ts';
import { removeDemoCalls, seedDemoCalls } from './seed.server.ts';
import { callContracts, callReports, fundingCalls } from './schema.ts';
import { getPublicDecision } from './decision-queries.server.ts';

const NOW = new Date('2026-03-10T10:00:00.000Z');

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
let coordinator: Actor;
let youngPerson: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	otherOfficeId = (await createOffice(test.db, { isDefault: false })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
});
afterAll(() => test.close());

/** The form as staff would send it, with one criterion and one cost category of each kind. */
function formOf(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
	return {
		title: 'Конкурс за неформалне групе младих',
		titleEn: '',
		summary: 'До 200.000 динара по пројекту.',
		body: 'Позивамо групе младих да предложе пројекте.',
		attachments: [],
		measures: [],
		totalBudget: '1.500.000',
		minPerProject: '50 000',
		maxPerProject: '200000',
		coFinancingPercent: '0',
		applicantTypes: ['informal_group'],
		groupMinMembers: '5',
		minTotalPoints: '51',
		tieRule: 'first_criterion',
		allowsPartialFunding: 'yes',
		opensDate: '2026-03-01',
		opensTime: '08:00',
		closesDate: '2026-03-31',
		closesTime: '15:00',
		timetable: 'Ранг-листа у року од 30 дана.',
		status: 'published',
		'criteria[0].key': '',
		'criteria[0].name': 'Потребе младих',
		'criteria[0].maxPoints': '60',
		'criteria[1].key': '',
		'criteria[1].name': 'Буџет',
		'criteria[1].maxPoints': '40',
		'criteria[2].name': '',
		'criteria[2].maxPoints': '',
		'categories[0].name': 'Материјал',
		'categories[0].kind': 'eligible',
		'categories[1].name': 'Плате',
		'categories[1].kind': 'ineligible',
		'questions[0].text': 'Како ћете укључити осетљиве групе?',
		'questions[0].required': 'required',
		...overrides
	};
}

function parsed(overrides: Record<string, string | string[]> = {}) {
	const result = parseCallForm(formOf(overrides));
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.data;
}

describe('the call form', () => {
	it('reads amounts as staff type them, the rows, and the closing time in Belgrade', () => {
		const data = parsed();
		expect(data.totalBudget).toBe(1_500_000);
		expect(data.minPerProject).toBe(50_000);
		expect(data.criteria.map((criterion) => [criterion.name, criterion.maxPoints])).toEqual([
			['Потребе младих', 60],
			['Буџет', 40]
		]);
		expect(data.costCategories.map((category) => category.isEligible)).toEqual([true, false]);
		expect(data.questions[0].isRequired).toBe(true);
		expect(data.allowsPartialFunding).toBe(true);
		expect(data.publishesScores).toBe(false);
		// 15:00 in Belgrade on 31 March 2026 is summer time (UTC+2).
		expect(data.closesAt.toISOString()).toBe('2026-03-31T13:00:00.000Z');
	});

	it('refuses a maximum over the budget, a close before the opening, a half-filled criterion, no applicants', () => {
		const errorsOf = (overrides: Record<string, string | string[]>) => {
			const result = parseCallForm(formOf(overrides));
			return result.ok ? [] : Object.keys(result.errors).sort();
		};
		expect(errorsOf({ 'criteria[1].maxPoints': '', applicantTypes: [] })).toEqual([
			'applicantTypes',
			'criteria[1].maxPoints'
		]);
		// Rules between fields are checked once each field is right on its own.
		expect(errorsOf({ maxPerProject: '2000000', closesDate: '2026-02-01' })).toEqual(['closesDate', 'maxPerProject']);
		expect(errorsOf({ minPerProject: '300000' })).toEqual(['minPerProject']);
	});

	it('refuses to publish a call without criteria or an eligible cost, but keeps it as a draft', () => {
		const bare = {
			'criteria[0].name': '',
			'criteria[0].maxPoints': '',
			'criteria[1].name': '',
			'criteria[1].maxPoints': '',
			'categories[0].kind': 'ineligible',
			minTotalPoints: '0'
		};
		const published = parseCallForm(formOf(bare));
		expect(published.ok ? [] : Object.keys(published.errors).sort()).toEqual(['categories', 'criteria']);
		expect(parseCallForm(formOf({ ...bare, status: 'draft' })).ok).toBe(true);
	});

	it('refuses a minimum above what the criteria can give', () => {
		const result = parseCallForm(formOf({ minTotalPoints: '101' }));
		expect(result.ok ? {} : result.errors).toHaveProperty('minTotalPoints');
	});
});

describe('saving and publishing a call', () => {
	it('lets staff save a call, audited, with stable keys for its rows', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { id, slug } = await createCall(ctx, { ...parsed(), now: NOW });
		expect(slug).toBe('konkurs-za-neformalne-grupe-mladih');
		const call = await getCallForAdmin(ctx, id, NOW);
		expect(call.state).toBe('open');
		expect(call.criteria.every((criterion) => /^[a-z0-9-]{1,40}$/.test(criterion.key))).toBe(true);
		const [audit] = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'calls.created')));
		expect(audit).toBeDefined();

		// Editing keeps the keys of existing rows, so applications and scores stay attached to them.
		const keys = call.criteria.map((criterion) => criterion.key);
		await updateCall(ctx, {
			...parsed({
				'criteria[0].key': keys[0],
				'criteria[1].key': keys[1],
				'criteria[1].name': 'Реалан буџет'
			}),
			id,
			now: NOW
		});
		const edited = await getCallForAdmin(ctx, id, NOW);
		expect(edited.criteria.map((criterion) => [criterion.key, criterion.name])).toEqual([
			[keys[0], 'Потребе младих'],
			[keys[1], 'Реалан буџет']
		]);
	});

	it('refuses a young person, and staff of another office cannot open the call', async () => {
		await expect(createCall(contextOf(test.db, officeId, youngPerson), parsed())).rejects.toSatisfy(
			(caught) => isAppError(caught) && caught.code === 'forbidden'
		);
		const [call] = await listCallsForAdmin(contextOf(test.db, officeId, coordinator), NOW);
		const outsider = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
		await expect(getCallForAdmin(contextOf(test.db, otherOfficeId, outsider), call.id)).rejects.toSatisfy(
			(caught) => isAppError(caught) && caught.code === 'not_found'
		);
	});

	it('shows visitors published calls only, open ones first, with search and sitemap', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		await createCall(ctx, { ...parsed({ title: 'Нацрт конкурса за удружења', status: 'draft' }), now: NOW });
		await createCall(ctx, {
			...parsed({ title: 'Конкурс из прошле године', opensDate: '2025-03-01', closesDate: '2025-03-31' }),
			now: NOW
		});
		const list = await listPublicCalls(test.db, officeId, NOW);
		expect(list.map((call) => [call.title, call.state])).toEqual([
			['Конкурс за неформалне групе младих', 'open'],
			['Конкурс из прошле године', 'closed']
		]);
		expect((await listOpenCalls(test.db, officeId, NOW)).length).toBe(1);
		expect(await getPublicCall(test.db, officeId, 'nacrt-konkursa-za-udruzenja', NOW)).toBeNull();
		const page = await getPublicCall(test.db, officeId, 'konkurs-za-neformalne-grupe-mladih', NOW);
		expect(page?.costCategories.map((category) => category.name)).toEqual(['Материјал', 'Плате']);
		expect(await getPublicCall(test.db, otherOfficeId, 'konkurs-za-neformalne-grupe-mladih', NOW)).toBeNull();

		const hits = await searchCalls(test.db, officeId, searchKey('prosle godine'), 10);
		expect(hits[0]?.path).toBe('/calls/konkurs-iz-prosle-godine');
		expect(hits.map((hit) => hit.path)).not.toContain('/calls/nacrt-konkursa-za-udruzenja');
		const sitemap = (await listCallSitemap(test.db, officeId)).map((entry) => entry.path);
		expect(sitemap).toContain('/calls');
		expect(sitemap).not.toContain('/calls/nacrt-konkursa-za-udruzenja');
	});

	it('puts calls taking applications in the opportunities feed and tells the page cache when they close', async () => {
		const items = await callsManifest.opportunityFeed!(test.db, officeId, NOW);
		expect(items.map((item) => [item.path, item.term])).toEqual([
			['/calls/konkurs-za-neformalne-grupe-mladih', 'funding_call']
		]);
		const feed = buildOpportunityFeed({
			items: [],
			others: items,
			locale: 'sr-Latn',
			origin: 'https://mladi.example.rs',
			officeName: 'Канцеларија за младе',
			keepLatin: []
		}).rss2();
		expect(feed).toContain('https://mladi.example.rs/lat/calls/konkurs-za-neformalne-grupe-mladih');
		expect(feed).toContain('Konkurs za neformalne grupe mladih');
		expect(feed).toContain('Konkurs');
		// The open call closes on 31 March at 15:00 Belgrade time (summer time: 13:00 UTC); nothing else is ahead.
		const next = await callsManifest.nextPublicChange!(test.db, officeId, NOW);
		expect(next?.toISOString()).toBe('2026-03-31T13:00:00.000Z');
	});

	it('puts draft calls about to open on the dashboard of staff only', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		await createCall(ctx, {
			...parsed({
				title: 'Конкурс који се ускоро отвара',
				status: 'draft',
				opensDate: '2026-03-15',
				closesDate: '2026-04-15'
			}),
			now: NOW
		});
		const items = await callsManifest.dashboard!(test.db, officeId, coordinator, NOW);
		expect(items).toEqual([{ labelKey: 'calls.dashboard.drafts', count: 1, href: '/admin/calls', tone: 'warning' }]);
		expect(await callsManifest.dashboard!(test.db, officeId, youngPerson, NOW)).toEqual([]);
	});
});

describe('the demo calls', () => {
	it('loads a closed call for informal groups and an open one for associations, and removes them', async () => {
		const demoOffice = (await createOffice(test.db, { isDefault: false })).id;
		const now = new Date();
		await seedDemoCalls(test.db, demoOffice, now);
		const list = await listPublicCalls(test.db, demoOffice, now);
		expect(list.map((call) => [call.applicantTypes, call.state])).toEqual([
			[['youth_association', 'association_for_youth'], 'open'],
			[['informal_group'], 'closed']
		]);
		// The closed call went through every stage: 14 applications decided for good, two contracts with reports.
		const closedCall = (await getPublicCall(test.db, demoOffice, list[1].slug, now))!;
		const decided = await getPublicDecision(test.db, closedCall, now);
		expect(decided).toMatchObject({ stage: 'final', publishesScores: true });
		expect(decided!.rows).toHaveLength(14);
		expect(decided!.total).toBeLessThanOrEqual(list[1].totalBudget);
		const contracts = await test.db.select().from(callContracts).where(eq(callContracts.officeId, demoOffice));
		expect(contracts).toHaveLength(2);
		const reports = await test.db.select().from(callReports).where(eq(callReports.officeId, demoOffice));
		expect(
			reports
				.filter((report) => report.kind === 'interim')
				.map((report) => report.status)
				.sort()
		).toEqual(['accepted', 'submitted']);
		await removeDemoCalls(test.db, demoOffice);
		expect(await test.db.select().from(fundingCalls).where(eq(fundingCalls.officeId, demoOffice))).toEqual([]);
	});
});
