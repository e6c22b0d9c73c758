import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../server/testing/db.ts';
import { createOffice, createPerson } from '../server/testing/factories.ts';
import type { Actor } from '../server/actor.ts';
import { dashboardAttentionFor, dashboardFiguresFor } from './registry.server.ts';
import { contactMessages } from './contact/schema.ts';

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
});
