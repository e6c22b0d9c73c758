import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { createOffice, createPerson } from './testing/factories.ts';
import { auditLog, outboxMessages, rateLimitCounters, sessions, users } from './db/core-schema.ts';
import { createSession, deleteSession, deleteUserSessions, validateSession } from './auth/sessions.ts';
import { hashToken } from './auth/tokens.ts';
import { consumeRateLimit, resetRateLimit } from './rate-limit.ts';
import { deliverPendingMail, queueMail, type MailTransport } from './mail/outbox.ts';
import { recordAudit } from './audit.ts';
import { getOfficeById, invalidateOfficeCache, resolveOffice } from './office.ts';
import { offices } from './db/core-schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let test: TestDatabase;
let officeId: string;
beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	invalidateOfficeCache();
});
afterAll(() => test.close());

/** Asserts a date is within a couple of seconds of `expected` (the database and the test share a clock). */
function expectAround(actual: Date | null | undefined, expected: number, toleranceMs = 5_000) {
	expect(actual).toBeInstanceOf(Date);
	expect(Math.abs(actual!.getTime() - expected)).toBeLessThan(toleranceMs);
}

describe('sessions', () => {
	it('starts a 30-day session that resolves to the person and their roles in this office', async () => {
		const person = await createPerson(test.db, { officeId, roles: ['coordinator', 'staff'], name: 'Јелена' });
		const otherOffice = await createOffice(test.db);
		const session = await createSession(test.db, person.userId);
		expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expectAround(session.expiresAt, Date.now() + 30 * DAY_MS);

		const here = await validateSession(test.db, session.token, officeId);
		expect(here?.actor).toEqual({
			userId: person.userId,
			name: 'Јелена',
			email: person.email,
			isDemo: false,
			roles: expect.arrayContaining(['coordinator', 'staff'])
		});
		expect(here?.actor.roles).toHaveLength(2);
		// The same person holds no role in another office.
		expect((await validateSession(test.db, session.token, otherOffice.id))?.actor.roles).toEqual([]);
	});

	it('stores only a hash of the token, so the table cannot be replayed as cookies', async () => {
		const person = await createPerson(test.db, { officeId });
		const { token } = await createSession(test.db, person.userId);
		const stored = await test.db.select().from(sessions).where(eq(sessions.userId, person.userId));
		expect(stored).toHaveLength(1);
		expect(stored[0].id).not.toBe(token);
		expect(stored[0].id).toBe(hashToken(token));
		expect(await validateSession(test.db, stored[0].id, officeId)).toBeNull();
	});

	it('refuses an unknown token', async () => {
		expect(await validateSession(test.db, 'not-a-session', officeId)).toBeNull();
		expect(await validateSession(test.db, '', officeId)).toBeNull();
	});

	it('refuses an expired session', async () => {
		const person = await createPerson(test.db, { officeId });
		const { token } = await createSession(test.db, person.userId);
		await test.db
			.update(sessions)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(sessions.id, hashToken(token)));
		expect(await validateSession(test.db, token, officeId)).toBeNull();
	});

	it('ends one session on sign-out and leaves the person’s other sessions alone', async () => {
		const person = await createPerson(test.db, { officeId });
		const laptop = await createSession(test.db, person.userId);
		const phone = await createSession(test.db, person.userId);
		await deleteSession(test.db, laptop.token);
		expect(await validateSession(test.db, laptop.token, officeId)).toBeNull();
		expect((await validateSession(test.db, phone.token, officeId))?.actor.userId).toBe(person.userId);
	});

	it('ends every session of a person at once, and only theirs', async () => {
		const person = await createPerson(test.db, { officeId });
		const someoneElse = await createPerson(test.db, { officeId });
		const first = await createSession(test.db, person.userId);
		const second = await createSession(test.db, person.userId);
		const theirs = await createSession(test.db, someoneElse.userId);
		await deleteUserSessions(test.db, person.userId);
		expect(await validateSession(test.db, first.token, officeId)).toBeNull();
		expect(await validateSession(test.db, second.token, officeId)).toBeNull();
		expect(await validateSession(test.db, theirs.token, officeId)).not.toBeNull();
	});

	it('refuses the session of a disabled account', async () => {
		const person = await createPerson(test.db, { officeId });
		const { token } = await createSession(test.db, person.userId);
		await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, person.userId));
		expect(await validateSession(test.db, token, officeId)).toBeNull();
	});

	it('extends a session used in its second half to a full 30 days (sliding expiry)', async () => {
		const person = await createPerson(test.db, { officeId });
		const { token } = await createSession(test.db, person.userId);
		await test.db
			.update(sessions)
			.set({ expiresAt: new Date(Date.now() + 10 * DAY_MS) })
			.where(eq(sessions.id, hashToken(token)));
		const validated = await validateSession(test.db, token, officeId);
		expectAround(validated?.expiresAt, Date.now() + 30 * DAY_MS);
		const [stored] = await test.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, hashToken(token)));
		expectAround(stored.expiresAt, Date.now() + 30 * DAY_MS);
	});

	it('does not extend a session still in its first half', async () => {
		const person = await createPerson(test.db, { officeId });
		const { token } = await createSession(test.db, person.userId);
		const twentyDaysLeft = new Date(Date.now() + 20 * DAY_MS);
		await test.db
			.update(sessions)
			.set({ expiresAt: twentyDaysLeft })
			.where(eq(sessions.id, hashToken(token)));
		const validated = await validateSession(test.db, token, officeId);
		expect(validated?.expiresAt.getTime()).toBe(twentyDaysLeft.getTime());
		const [stored] = await test.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, hashToken(token)));
		expect(stored.expiresAt.getTime()).toBe(twentyDaysLeft.getTime());
	});
});

describe('rate limits', () => {
	const rule = { limit: 3, windowSeconds: 60 };

	it('allows the limit and refuses every attempt after it', async () => {
		for (let attempt = 1; attempt <= 3; attempt++) await consumeRateLimit(test.db, 'test:limit', rule);
		await expect(consumeRateLimit(test.db, 'test:limit', rule)).rejects.toMatchObject({
			code: 'rate_limited',
			messageKey: 'error.429.text'
		});
		await expect(consumeRateLimit(test.db, 'test:limit', rule)).rejects.toMatchObject({ code: 'rate_limited' });
	});

	it('counts each key on its own', async () => {
		for (let attempt = 1; attempt <= 3; attempt++) await consumeRateLimit(test.db, 'test:first', rule);
		await expect(consumeRateLimit(test.db, 'test:first', rule)).rejects.toMatchObject({ code: 'rate_limited' });
		await expect(consumeRateLimit(test.db, 'test:second', rule)).resolves.toBeUndefined();
	});

	it('keeps refusing until the window has passed, then starts counting again', async () => {
		const key = 'test:window';
		for (let attempt = 1; attempt <= 3; attempt++) await consumeRateLimit(test.db, key, rule);
		const setWindowStart = (secondsAgo: number) =>
			test.db
				.update(rateLimitCounters)
				.set({ windowStart: sql`now() - make_interval(secs => ${secondsAgo})` })
				.where(eq(rateLimitCounters.key, key));

		await setWindowStart(50);
		await expect(consumeRateLimit(test.db, key, rule)).rejects.toMatchObject({ code: 'rate_limited' });

		await setWindowStart(61);
		await consumeRateLimit(test.db, key, rule);
		const [counter] = await test.db.select().from(rateLimitCounters).where(eq(rateLimitCounters.key, key));
		expect(counter.count).toBe(1);
		// A fresh window: two more attempts pass, the fourth in the window is refused.
		await consumeRateLimit(test.db, key, rule);
		await consumeRateLimit(test.db, key, rule);
		await expect(consumeRateLimit(test.db, key, rule)).rejects.toMatchObject({ code: 'rate_limited' });
	});

	it('forgets a key’s attempts when reset', async () => {
		const key = 'test:reset';
		for (let attempt = 1; attempt <= 3; attempt++) await consumeRateLimit(test.db, key, rule);
		await resetRateLimit(test.db, key);
		await expect(consumeRateLimit(test.db, key, rule)).resolves.toBeUndefined();
	});
});

describe('outbox', () => {
	/** A transport that records what it sends, or fails for the addresses given. */
	function fakeTransport(failFor: (to: string) => string | null = () => null) {
		const sent: { to: string; subject: string; text: string }[] = [];
		const transport: MailTransport = {
			async send(message) {
				const failure = failFor(message.to);
				if (failure) throw new Error(failure);
				sent.push(message);
			}
		};
		return { transport, sent };
	}

	const messageTo = async (to: string) => {
		const [row] = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, to));
		return row;
	};

	const makeDue = (to: string) =>
		test.db
			.update(outboxMessages)
			.set({ nextAttemptAt: new Date(Date.now() - 1000) })
			.where(eq(outboxMessages.toAddress, to));

	// Moves every waiting message into the past, for tests that are about something else than timing.
	const makeAllDue = () =>
		test.db
			.update(outboxMessages)
			.set({ nextAttemptAt: new Date(Date.now() - 1000) })
			.where(eq(outboxMessages.status, 'pending'));

	beforeEach(async () => {
		await test.db.delete(outboxMessages);
	});

	it('sends queued messages, marks them sent and blanks sensitive bodies afterwards', async () => {
		await queueMail(test.db, { officeId, to: 'ana@example.test', subject: 'Добро дошли', text: 'Обично писмо' });
		await queueMail(test.db, {
			officeId,
			to: 'marko@example.test',
			subject: 'Нова лозинка',
			text: 'Веза: https://mladi.test/reset-password/abc',
			sensitive: true
		});
		await makeAllDue();
		const { transport, sent } = fakeTransport();

		expect(await deliverPendingMail(test.db, transport)).toBe(2);
		expect(sent).toEqual(
			expect.arrayContaining([
				{ to: 'ana@example.test', subject: 'Добро дошли', text: 'Обично писмо' },
				{ to: 'marko@example.test', subject: 'Нова лозинка', text: 'Веза: https://mladi.test/reset-password/abc' }
			])
		);
		const plain = await messageTo('ana@example.test');
		expect(plain).toMatchObject({ status: 'sent', attempts: 1, lastError: null, textBody: 'Обично писмо' });
		expectAround(plain.sentAt, Date.now());
		const sensitive = await messageTo('marko@example.test');
		expect(sensitive).toMatchObject({ status: 'sent', textBody: '', subject: 'Нова лозинка' });

		// Nothing is sent twice.
		expect(await deliverPendingMail(test.db, transport)).toBe(0);
		expect(sent).toHaveLength(2);
	});

	it('keeps a failed message pending with the error and retries it later, backing off', async () => {
		await queueMail(test.db, {
			officeId,
			to: 'later@example.test',
			subject: 'Позив',
			text: 'Тајна веза',
			sensitive: true
		});
		await makeAllDue();
		const failing = fakeTransport(() => '451 Try again later');

		expect(await deliverPendingMail(test.db, failing.transport)).toBe(1);
		let row = await messageTo('later@example.test');
		expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '451 Try again later', sentAt: null });
		// The body is still there: the message has not reached anyone yet.
		expect(row.textBody).toBe('Тајна веза');
		expectAround(row.nextAttemptAt, Date.now() + 60_000);

		// Not due yet: a run right now leaves it alone.
		expect(await deliverPendingMail(test.db, failing.transport)).toBe(0);

		await makeDue('later@example.test');
		expect(await deliverPendingMail(test.db, failing.transport)).toBe(1);
		row = await messageTo('later@example.test');
		expect(row).toMatchObject({ status: 'pending', attempts: 2 });
		expectAround(row.nextAttemptAt, Date.now() + 120_000);

		await makeDue('later@example.test');
		const working = fakeTransport();
		expect(await deliverPendingMail(test.db, working.transport)).toBe(1);
		expect(working.sent).toEqual([{ to: 'later@example.test', subject: 'Позив', text: 'Тајна веза' }]);
		row = await messageTo('later@example.test');
		expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null, textBody: '' });
	});

	it('sends a message queued a moment ago (the database clock decides what is due)', async () => {
		await queueMail(test.db, { officeId, to: 'now@example.test', subject: 'S', text: 'T' });
		const { transport, sent } = fakeTransport();
		expect(await deliverPendingMail(test.db, transport)).toBe(1);
		expect(sent.map((message) => message.to)).toEqual(['now@example.test']);
	});

	it('retries a message left in "sending" by a process that died, once its lease has passed', async () => {
		await queueMail(test.db, { officeId, to: 'stuck@example.test', subject: 'S', text: 'T' });
		await test.db
			.update(outboxMessages)
			.set({ status: 'sending', attempts: 1, nextAttemptAt: new Date(Date.now() + 600_000) })
			.where(eq(outboxMessages.toAddress, 'stuck@example.test'));
		const { transport, sent } = fakeTransport();
		// Still leased to the process that claimed it.
		expect(await deliverPendingMail(test.db, transport)).toBe(0);
		await makeDue('stuck@example.test');
		expect(await deliverPendingMail(test.db, transport)).toBe(1);
		expect(sent).toHaveLength(1);
		expect(await messageTo('stuck@example.test')).toMatchObject({ status: 'sent', attempts: 2 });
	});

	it('does not keep a reset link in a message that could never be delivered', async () => {
		await queueMail(test.db, { officeId, to: 'gone@example.test', subject: 'S', text: 'Веза: тајна', sensitive: true });
		const failing = fakeTransport(() => '550 No such user');
		for (let attempt = 1; attempt <= 8; attempt++) {
			await makeDue('gone@example.test');
			await deliverPendingMail(test.db, failing.transport);
		}
		expect(await messageTo('gone@example.test')).toMatchObject({ status: 'failed', textBody: '' });
	});

	it('gives up after eight failed attempts', async () => {
		await queueMail(test.db, { officeId, to: 'nobody@example.test', subject: 'S', text: 'T' });
		const failing = fakeTransport(() => '550 No such user');
		for (let attempt = 1; attempt <= 8; attempt++) {
			await makeDue('nobody@example.test');
			expect(await deliverPendingMail(test.db, failing.transport)).toBe(1);
		}
		expect(await messageTo('nobody@example.test')).toMatchObject({
			status: 'failed',
			attempts: 8,
			lastError: '550 No such user'
		});
		await makeDue('nobody@example.test');
		expect(await deliverPendingMail(test.db, failing.transport)).toBe(0);
	});

	it('does not let one failing recipient hold back the others', async () => {
		await queueMail(test.db, { officeId, to: 'broken@example.test', subject: 'S', text: 'T' });
		await queueMail(test.db, { officeId, to: 'fine@example.test', subject: 'S', text: 'T' });
		await makeAllDue();
		const { transport, sent } = fakeTransport((to) => (to === 'broken@example.test' ? 'mailbox full' : null));
		expect(await deliverPendingMail(test.db, transport)).toBe(2);
		expect(sent.map((message) => message.to)).toEqual(['fine@example.test']);
		expect((await messageTo('fine@example.test')).status).toBe('sent');
		expect((await messageTo('broken@example.test')).status).toBe('pending');
	});

	it('sends at most one batch per run', async () => {
		for (const to of ['a@example.test', 'b@example.test', 'c@example.test'])
			await queueMail(test.db, { officeId, to, subject: 'S', text: 'T' });
		await makeAllDue();
		const { transport, sent } = fakeTransport();
		expect(await deliverPendingMail(test.db, transport, 2)).toBe(2);
		expect(await deliverPendingMail(test.db, transport, 2)).toBe(1);
		expect(await deliverPendingMail(test.db, transport, 2)).toBe(0);
		expect(sent.map((message) => message.to).sort()).toEqual(['a@example.test', 'b@example.test', 'c@example.test']);
	});
});

describe('audit log', () => {
	it('records who did what, with details', async () => {
		const actor = await createPerson(test.db, { officeId, roles: ['administrator'], name: 'Марко' });
		await recordAudit(test.db, {
			officeId,
			actor,
			action: 'test.recorded',
			entityType: 'office',
			entityId: officeId,
			details: { changed: ['name'] }
		});
		const [entry] = await test.db.select().from(auditLog).where(eq(auditLog.action, 'test.recorded'));
		expect(entry).toMatchObject({
			officeId,
			actorUserId: actor.userId,
			actorLabel: `Марко <${actor.email}>`,
			entityType: 'office',
			entityId: officeId,
			details: { changed: ['name'] }
		});
	});

	it('records an anonymous action without an actor', async () => {
		await recordAudit(test.db, { officeId, actor: null, action: 'test.anonymous', entityType: 'user' });
		const [entry] = await test.db.select().from(auditLog).where(eq(auditLog.action, 'test.anonymous'));
		expect(entry).toMatchObject({ actorUserId: null, actorLabel: '', entityId: null, details: {} });
	});

	it('keeps no record of a change whose transaction was rolled back', async () => {
		await expect(
			test.db.transaction(async (tx) => {
				await recordAudit(tx, { officeId, actor: null, action: 'test.rolled_back', entityType: 'office' });
				await tx.update(offices).set({ phone: '+381 99' }).where(eq(offices.id, officeId));
				throw new Error('the command failed after writing');
			})
		).rejects.toThrow('the command failed after writing');
		expect(await test.db.select().from(auditLog).where(eq(auditLog.action, 'test.rolled_back'))).toEqual([]);
		expect((await getOfficeById(test.db, officeId))?.phone).toBe('');
	});
});

describe('offices', () => {
	it('shows a changed office after the cache is cleared', async () => {
		const office = await createOffice(test.db, { hosts: ['kzm.cache.test'], name: 'Пре' });
		expect((await resolveOffice(test.db, 'kzm.cache.test'))?.name).toBe('Пре');
		await test.db.update(offices).set({ name: 'После' }).where(eq(offices.id, office.id));
		invalidateOfficeCache();
		expect((await resolveOffice(test.db, 'kzm.cache.test'))?.name).toBe('После');
	});

	it('finds no office for an unknown host when there is no default office', async () => {
		invalidateOfficeCache();
		expect(await resolveOffice(test.db, 'unknown.example.test')).toBeNull();
	});

	it('never hands the logo bytes to pages', async () => {
		const office = await createOffice(test.db, { logo: new Uint8Array([1, 2, 3]), logoMime: 'image/png' });
		const loaded = await getOfficeById(test.db, office.id);
		expect(loaded?.logoMime).toBe('image/png');
		expect(loaded).not.toHaveProperty('logo');
	});
});
