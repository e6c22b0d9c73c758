import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/testing/db.ts';
import { createOffice, createPerson } from '../server/testing/factories.ts';
import type { Actor } from '../server/actor.ts';
import { dashboardAttentionFor, dashboardFiguresFor } from './registry.server.ts';
import { contactMessages } from './contact/schema.ts';
import { contextOf } from '../server/testing/factories.ts';
import { seedDemoCalls } from './calls/seed.server.ts';
import { getContractForStaff } from './calls/decision-queries.server.ts';
import { listCallsForAdmin } from './calls/queries.server.ts';
import { seedDemoVolunteering } from './volunteering/seed.server.ts';
import {
	getOpportunityForOrganiser,
	listLongTermByRecord,
	listOrganisedOpportunities
} from './volunteering/queries.server.ts';
import { volunteerProfiles } from './volunteering/schema.ts';
import { seedDemoCouncil } from './council/seed.server.ts';
import { getBodyForStaff, listCouncilBodies } from './council/queries.server.ts';
import { eq } from 'drizzle-orm';

const DAY = 86_400_000;
let test: TestDatabase;
let officeId: string;
let staff: Actor;
let youngPerson: Actor;
const now = new Date('2026-12-09T10:00:00Z');

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId });
});
afterAll(() => test.close());

const message = (createdAt: Date, handledAt: Date | null = null) => ({
	officeId,
	name: 'Ана',
	email: 'ana@example.test',
	subject: 'Питање',
	message: 'Текст',
	consentText: 'Сагласан сам.',
	createdAt,
	handledAt
});

describe('the dashboard', () => {
	it('says nothing waits in an empty office', async () => {
		expect(await dashboardAttentionFor(test.db, officeId, staff, now)).toEqual([]);
	});

	it('counts unanswered contact messages, and warns once the oldest has waited three days', async () => {
		await test.db.insert(contactMessages).values([message(new Date(now.getTime() - DAY)), message(now, now)]);
		expect(await dashboardAttentionFor(test.db, officeId, staff, now)).toEqual([
			{ labelKey: 'contact.dashboard.open', count: 1, href: '/admin/contact', tone: 'info' }
		]);
		await test.db.insert(contactMessages).values(message(new Date(now.getTime() - 4 * DAY)));
		expect(await dashboardAttentionFor(test.db, officeId, staff, now)).toEqual([
			{ labelKey: 'contact.dashboard.open', count: 2, href: '/admin/contact', tone: 'warning' }
		]);
	});

	it('shows someone outside the back-office nothing, neither work nor figures', async () => {
		expect(await dashboardAttentionFor(test.db, officeId, youngPerson, now)).toEqual([]);
		expect((await dashboardFiguresFor(test.db, officeId, youngPerson, now)).figures).toEqual([]);
	});

	it('gives staff this year’s figures against last year’s, by Belgrade year', async () => {
		const { year, figures } = await dashboardFiguresFor(test.db, officeId, staff, now);
		expect(year).toBe(2026);
		expect(figures.map((figure) => figure.labelKey)).toEqual(
			expect.arrayContaining(['events.dashboard.sessionsHeld', 'registrations.dashboard.received'])
		);
		for (const figure of figures) expect(figure).toMatchObject({ current: 0, previous: 0 });
	});

	it('leads each item of the demo office to the page where that one thing is seen and acted on', async () => {
		const demo = (await createOffice(test.db, { isDefault: false })).id;
		const coordinator = await createPerson(test.db, { officeId: demo, roles: ['coordinator'] });
		const today = new Date();
		await seedDemoCalls(test.db, demo, today);
		await seedDemoVolunteering(test.db, demo, today);
		await seedDemoCouncil(test.db, demo, today);
		const ctx = contextOf(test.db, demo, coordinator);
		const items = await dashboardAttentionFor(test.db, demo, coordinator, today);
		const hrefOf = (labelKey: string) => {
			const item = items.find((entry) => entry.labelKey === labelKey);
			expect(item, labelKey).toMatchObject({ count: 1 });
			return item!.href;
		};

		// The report waiting for review: its contract's page, which holds the submitted report.
		const report = /^\/admin\/calls\/([^/]+)\/contracts\/([^/]+)$/.exec(hrefOf('calls.dashboard.reports'));
		expect(report).not.toBeNull();
		const contract = await getContractForStaff(ctx, report![1], report![2], today);
		expect(contract.reports.map((entry) => entry.status)).toContain('submitted');
		// Several lead to the calls' list, which counts them per call.
		const calls = await listCallsForAdmin(ctx, today);
		expect(calls.find((call) => call.id === report![1])).toMatchObject({ reportsWaiting: 1 });

		// The long-term volunteer: the opportunity they work for, which names them.
		const opportunity = /^\/admin\/volunteering\/([^/]+)$/.exec(hrefOf('volunteering.dashboard.longTerm'));
		expect(opportunity).not.toBeNull();
		const [profileId] = await listLongTermByRecord(test.db, demo, today);
		const [profile] = await test.db.select().from(volunteerProfiles).where(eq(volunteerProfiles.id, profileId));
		expect(JSON.stringify(await getOpportunityForOrganiser(ctx, opportunity![1]))).toContain(profile.name);
		// Several lead to the opportunities' list, which counts them on each opportunity they worked for.
		const listed = await listOrganisedOpportunities(ctx);
		expect(listed.find((row) => row.id === opportunity![1])).toMatchObject({ longTerm: 1 });

		// The body that breaks the age rule: its page, with its members and the rule's report.
		const body = /^\/admin\/council\/([^/]+)$/.exec(hrefOf('council.dashboard.ageRule'));
		expect(body).not.toBeNull();
		const view = await getBodyForStaff(ctx, body![1], { now: today });
		expect(view.current.length).toBeGreaterThan(0);
		expect(!view.ageRule.today.holds || view.ageRule.warning).toBeTruthy();
		// When several bodies break it, the item leads to the bodies' list, which marks each of them.
		const marked = (await listCouncilBodies(ctx, today)).filter((row) => row.ageRuleAttention);
		expect(marked.map((row) => row.id)).toEqual([body![1]]);
	});
});
