// Issue 13.11 and 14.2: every e-mail the platform sends, from a request or from a background job,
// links only to the office's configured address, and every link leads to a page that exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gt } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { contextOf } from './testing/factories.ts';
import { listRoutes, patternRegExp } from './testing/route-tree.ts';
import { memberships, outboxMessages, users } from './db/core-schema.ts';
import { publicLink } from './links.ts';
import { stripLocale } from '../i18n/locale.ts';
import { loadDemoOffice, manifests } from '../modules/registry.server.ts';
import { events } from '../modules/events/schema.ts';
import { registerForEvent } from '../modules/registrations/commands/register-for-event.server.ts';
import { requestPasswordReset } from '../modules/accounts/commands/request-password-reset.server.ts';
import { createUser } from '../modules/accounts/commands/create-user.server.ts';
import { signUp } from '../modules/accounts/commands/sign-up.server.ts';
import { requestSignInLink } from '../modules/accounts/commands/sign-in-link.server.ts';
import type { Actor } from './actor.ts';

const PUBLIC_URL = 'https://mladi.ivanjica.example';
const DAY = 24 * 60 * 60 * 1000;

let test: TestDatabase;
let officeId: string;
const savedOrigin = process.env.ORIGIN;
beforeAll(async () => {
	delete process.env.ORIGIN;
	test = await createTestDatabase();
	({ officeId } = await loadDemoOffice(test.db, { publicUrl: PUBLIC_URL }));
}, 600_000);
afterAll(async () => {
	if (savedOrigin !== undefined) process.env.ORIGIN = savedOrigin;
	await test.close();
});

async function administrator(): Promise<Actor> {
	const [row] = await test.db
		.select({ userId: users.id, name: users.name, email: users.email })
		.from(users)
		.innerJoin(memberships, eq(memberships.userId, users.id))
		.where(and(eq(memberships.officeId, officeId), eq(memberships.role, 'administrator')));
	return { ...row, roles: ['administrator'], isDemo: true };
}

describe('links in every e-mail', () => {
	it('point to the configured address and open a page that exists, from requests and from jobs', async () => {
		// From requests: a sign-up for an event (and one for someone under 15), a reset, a new account,
		// account sign-ups and a sign-in link.
		const [event] = await test.db
			.select()
			.from(events)
			.where(and(eq(events.officeId, officeId), eq(events.status, 'published'), gt(events.startsAt, new Date())))
			.limit(1);
		const anonymous = contextOf(test.db, officeId, null);
		const person = {
			name: 'Ана Анић',
			email: 'ana.links@example.test',
			phone: '',
			birthYear: 2004,
			gender: 'female' as const,
			place: 'Ивањица',
			guardianName: '',
			guardianEmail: '',
			consent: true
		};
		for (const [locale, overrides] of [
			['sr-Cyrl', {}],
			[
				'sr-Latn',
				{
					email: 'young.links@example.test',
					birthYear: new Date().getFullYear() - 13,
					guardianName: 'Мама',
					guardianEmail: 'mama.links@example.test'
				}
			],
			['en', { email: 'en.links@example.test' }]
		] as const) {
			await registerForEvent(anonymous, {
				eventId: event.id,
				input: { ...person, ...overrides },
				values: {},
				locale,
				clientAddress: `10.9.9.${locale.length}`
			}).catch(() => undefined);
		}
		await requestPasswordReset(anonymous, {
			email: 'mlada@demo.kzm.test',
			locale: 'sr-Latn',
			clientAddress: '10.9.9.9',
			linkFor: (token) => publicLink({ publicUrl: PUBLIC_URL }, `/reset-password/${token}`, 'sr-Latn')
		});
		// Account links: a sign-up of a new address and of one that has an account, a sign-in link.
		const link = (path: string) => publicLink({ publicUrl: PUBLIC_URL }, path, 'sr-Latn');
		for (const email of ['new.account.links@example.test', 'mlada@demo.kzm.test']) {
			await signUp(anonymous, {
				name: 'Нова Особа',
				email,
				password: 'long enough password',
				locale: 'sr-Latn',
				clientAddress: '10.9.9.10',
				links: {
					confirm: (token) => link(`/sign-up/confirm/${token}`),
					signIn: link('/sign-in'),
					forgotPassword: link('/forgot-password')
				}
			});
		}
		await requestSignInLink(anonymous, {
			email: 'mlada@demo.kzm.test',
			locale: 'sr-Latn',
			clientAddress: '10.9.9.11',
			linkFor: (token) => link(`/sign-in/link/${token}`)
		});
		await createUser(contextOf(test.db, officeId, await administrator()), {
			name: 'Нова Сарадница',
			email: 'nova.links@example.test',
			roles: ['staff'],
			locale: 'en',
			linkFor: (token) => publicLink({ publicUrl: PUBLIC_URL }, `/reset-password/${token}`, 'en')
		});

		// From background jobs, at moments that make each of them due: reminders, guardian holds,
		// feedback requests after events, yearly confirmations of organisations.
		const jobs = manifests.flatMap((manifest) => manifest.jobs ?? []);
		expect(jobs.length).toBeGreaterThan(0);
		for (const offset of [0, DAY, 4 * DAY, 10 * DAY, 40 * DAY, 200 * DAY, 400 * DAY]) {
			for (const job of jobs) await job.run(test.db, new Date(Date.now() + offset));
		}

		const mail = await test.db.select().from(outboxMessages).where(eq(outboxMessages.officeId, officeId));
		const pages = listRoutes()
			.filter((route) => route.kind === 'page' || route.kind === 'endpoint')
			.map((route) => patternRegExp(route.pattern));
		const links = mail.flatMap((message) =>
			[...message.textBody.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((match) => ({
				subject: message.subject,
				link: match[0].replace(/[.,;:]+$/, '')
			}))
		);
		const subjects = new Set(links.map((item) => item.subject));
		console.log(`[mail] ${mail.length} messages, ${subjects.size} with links, ${links.length} links checked`);
		expect(mail.length).toBeGreaterThan(5);
		expect(links.length).toBeGreaterThan(5);
		for (const path of ['/lat/sign-up/confirm/', '/lat/sign-in/link/', '/lat/forgot-password']) {
			expect(
				links.some(({ link }) => link.startsWith(`${PUBLIC_URL}${path}`)),
				path
			).toBe(true);
		}
		// Addresses staff typed into the content (an event's online meeting) are the only other links.
		const typed = new Set(
			(await test.db.select({ url: events.onlineUrl }).from(events)).map((row) => row.url).filter(Boolean)
		);
		const wrong = links.filter(({ link }) => {
			if (typed.has(link)) return false;
			if (!link.startsWith(`${PUBLIC_URL}/`)) return true;
			const path = stripLocale(new URL(link).pathname);
			return !pages.some((page) => page.test(path));
		});
		expect(wrong).toEqual([]);
	}, 600_000);
});
