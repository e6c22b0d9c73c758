import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { TEST_PASSWORD, contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import {
	accountLinks,
	auditLog,
	memberships,
	outboxMessages,
	passwordResetTokens,
	users,
	type Role
} from '../../server/db/core-schema.ts';
import { createSession, loadRoles, validateSession } from '../../server/auth/sessions.ts';
import { hashToken } from '../../server/auth/tokens.ts';
import { invalidateOfficeCache } from '../../server/office.ts';
import type { Actor } from '../../server/actor.ts';
import { signUpInput } from './inputs.ts';
import {
	SIGN_UP_ANSWER_MS,
	confirmSignUp,
	isSignUpLinkValid,
	resendSignUpConfirmation,
	signUp
} from './commands/sign-up.server.ts';
import { SIGN_IN_LIMITS, signIn } from './commands/sign-in.server.ts';
import { signOut } from './commands/sign-out.server.ts';
import {
	SIGN_IN_LINK_ANSWER_MS,
	isSignInLinkValid,
	requestSignInLink,
	signInWithLink
} from './commands/sign-in-link.server.ts';
import { RESET_ANSWER_MS, requestPasswordReset } from './commands/request-password-reset.server.ts';
import { isResetTokenValid, resetPassword } from './commands/reset-password.server.ts';
import { changePassword } from './commands/change-password.server.ts';
import { createUser } from './commands/create-user.server.ts';
import { setUserRoles } from './commands/set-user-roles.server.ts';
import { setUserDisabled } from './commands/set-user-disabled.server.ts';
import { getUserForAdmin, listUsersForAdmin } from './queries.server.ts';

const NEW_PASSWORD = 'a brand new long password';
const linkFor = (token: string) => `https://mladi.ivanjica.test/en/reset-password/${token}`;

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
	invalidateOfficeCache();
});
afterAll(() => test.close());

let addressCounter = 0;
/** A client address of its own for each attempt series, so rate limits of one test do not leak into another. */
const clientAddress = () => `192.0.2.${++addressCounter}`;

async function outboxTo(email: string) {
	return test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
}

async function auditEntries(officeId: string, action: string) {
	return test.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
		.orderBy(desc(auditLog.id));
}

/** The token in a link built by linkFor. */
function tokenIn(text: string): string {
	const match = /https:\/\/mladi\.ivanjica\.test\/en\/reset-password\/([A-Za-z0-9_-]+)/.exec(text);
	expect(match, text).not.toBeNull();
	return match![1];
}

/** The parts of a refusal a person would notice: the kind, the message and which fields are marked. */
async function refusalOf(promise: Promise<unknown>) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(caught, 'expected the command to be refused').toBeTruthy();
	const { code, messageKey, fieldErrors } = caught as { code: string; messageKey: string; fieldErrors: object };
	return { code, messageKey, fieldErrors };
}

describe('sign-up', () => {
	let officeId: string;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
	});

	const form = (email: string) =>
		v.parse(signUpInput, {
			name: '  Ана Анић ',
			email,
			password: 'long enough password',
			passwordConfirm: 'long enough password',
			consent: 'on'
		});

	const links = {
		confirm: (token: string) => `https://mladi.ivanjica.test/lat/sign-up/confirm/${token}`,
		signIn: 'https://mladi.ivanjica.test/lat/sign-in',
		forgotPassword: 'https://mladi.ivanjica.test/lat/forgot-password'
	};
	const ask = (email: string, office = officeId) =>
		signUp(contextOf(test.db, office, null), {
			...form(email),
			locale: 'sr-Latn',
			clientAddress: clientAddress(),
			links
		});
	/** The confirmation token in the last message to the address. */
	async function confirmationToken(email: string): Promise<string> {
		const mail = await outboxTo(email);
		const match = /\/sign-up\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.at(-1)?.textBody ?? '');
		expect(match, 'a confirmation link in the e-mail').not.toBeNull();
		return match![1];
	}

	it('opens the account only when the e-mailed link is used, then records consent and signs them in', async () => {
		const input = form('  Ana.Anic@Example.TEST ');
		// The input schema trims and lower-cases the address before the command sees it.
		expect(input.email).toBe('ana.anic@example.test');
		expect(input.name).toBe('Ана Анић');

		await ask(input.email);
		// No account yet: only a confirmation e-mail on the configured address, in the reader's script.
		expect(await test.db.select().from(users).where(eq(users.email, 'ana.anic@example.test'))).toEqual([]);
		const [mail] = await outboxTo('ana.anic@example.test');
		expect(mail).toMatchObject({ isSensitive: true, subject: expect.stringContaining('potvrdite adresu') });
		expect(mail.textBody).toMatch(/^Zdravo, Ana Anić,/);
		const token = await confirmationToken('ana.anic@example.test');
		expect(await isSignUpLinkValid(test.db, officeId, token)).toBe(true);
		// Only a hash of the token and of the password are stored.
		const [pending] = await test.db.select().from(accountLinks).where(eq(accountLinks.email, 'ana.anic@example.test'));
		expect(pending.id).toBe(hashToken(token));
		expect(pending.passwordHash).not.toContain('long enough password');

		const result = await confirmSignUp(contextOf(test.db, officeId, null), { token });
		const session = await validateSession(test.db, result.token, officeId);
		expect(session?.actor).toMatchObject({
			userId: result.userId,
			name: 'Ана Анић',
			email: 'ana.anic@example.test',
			roles: ['young_person'],
			isDemo: false
		});
		const [user] = await test.db.select().from(users).where(eq(users.id, result.userId));
		expect(user.locale).toBe('sr-Latn');
		const [entry] = await auditEntries(officeId, 'accounts.signed_up');
		expect(entry).toMatchObject({
			actorUserId: result.userId,
			entityType: 'user',
			entityId: result.userId,
			details: { consent: 'account-terms', emailConfirmed: true }
		});

		// The link works once.
		expect(await isSignUpLinkValid(test.db, officeId, token)).toBe(false);
		expect(await refusalOf(confirmSignUp(contextOf(test.db, officeId, null), { token }))).toMatchObject({
			code: 'invalid',
			messageKey: 'accounts.signUp.confirmInvalid'
		});
		// The new account signs in with the password it chose.
		await expect(
			signIn(contextOf(test.db, officeId, null), {
				email: 'ana.anic@example.test',
				password: 'long enough password',
				clientAddress: clientAddress()
			})
		).resolves.toMatchObject({ userId: result.userId });
	});

	it('answers an address that has an account exactly as a new one, in the same time, and tells the owner', async () => {
		const owner = await createPerson(test.db, { officeId, name: 'Мила Мирић' });
		const timed = async (email: string) => {
			const started = Date.now();
			const answer = await ask(email);
			return { answer, took: Date.now() - started };
		};
		const known = await timed(` ${owner.email.toUpperCase()} `);
		const unknown = await timed('brand-new@example.test');
		expect(known.answer).toEqual(unknown.answer);
		expect(known.took).toBeGreaterThanOrEqual(SIGN_UP_ANSWER_MS - 5);
		expect(unknown.took).toBeGreaterThanOrEqual(SIGN_UP_ANSWER_MS - 5);
		// The owner is told, with the ways in; nothing in their account changed and no link was made.
		const [mail] = await outboxTo(owner.email);
		expect(mail.textBody).toContain(links.signIn);
		expect(mail.textBody).toContain(links.forgotPassword);
		expect(mail.textBody).not.toContain('/sign-up/confirm/');
		expect(await test.db.select().from(accountLinks).where(eq(accountLinks.email, owner.email))).toEqual([]);
		await expect(
			signIn(contextOf(test.db, officeId, null), {
				email: owner.email,
				password: TEST_PASSWORD,
				clientAddress: clientAddress()
			})
		).resolves.toMatchObject({ userId: owner.userId });
	});

	it('keeps one account per e-mail in the installation: a link of another office’s sign-up is void once one is used', async () => {
		const otherOffice = await createOffice(test.db);
		await ask('twice@example.test');
		await ask('twice@example.test', otherOffice.id);
		const [first, second] = await outboxTo('twice@example.test');
		const tokenOf = (text: string) => /\/sign-up\/confirm\/([A-Za-z0-9_-]+)/.exec(text)![1];
		const results = await Promise.allSettled([
			confirmSignUp(contextOf(test.db, officeId, null), { token: tokenOf(first.textBody) }),
			confirmSignUp(contextOf(test.db, otherOffice.id, null), { token: tokenOf(second.textBody) })
		]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		expect(await test.db.select().from(users).where(eq(users.email, 'twice@example.test'))).toHaveLength(1);
		// A link only works in the office it was asked for.
		await ask('elsewhere@example.test');
		const token = await confirmationToken('elsewhere@example.test');
		expect(await isSignUpLinkValid(test.db, otherOffice.id, token)).toBe(false);
	});

	it('sends a fresh link on request (the earlier one stops working), saying the same for any address', async () => {
		await ask('resend@example.test');
		const earlier = await confirmationToken('resend@example.test');
		const resend = (email: string) =>
			resendSignUpConfirmation(contextOf(test.db, officeId, null), {
				email,
				locale: 'en',
				clientAddress: clientAddress(),
				confirm: links.confirm
			});
		expect(await resend('resend@example.test')).toEqual(await resend('nobody-waiting@example.test'));
		const later = await confirmationToken('resend@example.test');
		expect(later).not.toBe(earlier);
		expect(await isSignUpLinkValid(test.db, officeId, earlier)).toBe(false);
		expect(await isSignUpLinkValid(test.db, officeId, later)).toBe(true);
		expect((await outboxTo('resend@example.test')).at(-1)?.textBody).toMatch(/^Hello Ana Anić,/);
		expect(await outboxTo('nobody-waiting@example.test')).toEqual([]);
	});

	it('refuses an expired link and opens no account', async () => {
		await ask('late@example.test');
		const token = await confirmationToken('late@example.test');
		await test.db
			.update(accountLinks)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(accountLinks.id, hashToken(token)));
		expect(await isSignUpLinkValid(test.db, officeId, token)).toBe(false);
		expect((await refusalOf(confirmSignUp(contextOf(test.db, officeId, null), { token }))).messageKey).toBe(
			'accounts.signUp.confirmInvalid'
		);
		expect(await test.db.select().from(users).where(eq(users.email, 'late@example.test'))).toEqual([]);
	});

	it('refuses a form without consent or with different passwords', () => {
		const consentMissing = v.safeParse(signUpInput, {
			name: 'Ана',
			email: 'a@example.test',
			password: 'long enough password',
			passwordConfirm: 'long enough password'
		});
		expect(consentMissing.success).toBe(false);
		expect(consentMissing.issues?.map((issue) => issue.message)).toContain('accounts.field.consentRequired');

		const differ = v.safeParse(signUpInput, {
			name: 'Ана',
			email: 'a@example.test',
			password: 'long enough password',
			passwordConfirm: 'long enough passw0rd',
			consent: 'on'
		});
		expect(differ.success).toBe(false);
		expect(differ.issues?.[0]).toMatchObject({
			message: 'validation.passwordsDiffer',
			path: [expect.objectContaining({ key: 'passwordConfirm' })]
		});
	});
});

describe('sign-in', () => {
	let officeId: string;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
	});

	it('starts a session for the right password and records the sign-in', async () => {
		const person = await createPerson(test.db, { officeId, roles: ['staff'] });
		const result = await signIn(contextOf(test.db, officeId, null), {
			email: person.email,
			password: TEST_PASSWORD,
			clientAddress: clientAddress()
		});
		expect(result.userId).toBe(person.userId);
		expect((await validateSession(test.db, result.token, officeId))?.actor.roles).toEqual(['staff']);
		const [entry] = await auditEntries(officeId, 'accounts.signed_in');
		expect(entry).toMatchObject({ actorUserId: person.userId, entityId: person.userId });
	});

	it('gives the same answer for an unknown e-mail and a wrong password', async () => {
		const person = await createPerson(test.db, { officeId });
		const ctx = contextOf(test.db, officeId, null);
		const wrongPassword = await refusalOf(
			signIn(ctx, { email: person.email, password: 'not the password', clientAddress: clientAddress() })
		);
		const unknownEmail = await refusalOf(
			signIn(ctx, { email: 'nobody@example.test', password: TEST_PASSWORD, clientAddress: clientAddress() })
		);
		expect(wrongPassword).toEqual({ code: 'invalid', messageKey: 'accounts.signIn.failed', fieldErrors: {} });
		expect(unknownEmail).toEqual(wrongPassword);
	});

	it('refuses a disabled account with the same answer, even with the right password', async () => {
		const person = await createPerson(test.db, { officeId });
		await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, person.userId));
		const refusal = await refusalOf(
			signIn(contextOf(test.db, officeId, null), {
				email: person.email,
				password: TEST_PASSWORD,
				clientAddress: clientAddress()
			})
		);
		expect(refusal).toEqual({ code: 'invalid', messageKey: 'accounts.signIn.failed', fieldErrors: {} });
	});

	it('locks out the guessing address, not the owner signing in from elsewhere', async () => {
		const person = await createPerson(test.db, { officeId });
		const other = await createPerson(test.db, { officeId });
		const ctx = contextOf(test.db, officeId, null);
		const stranger = clientAddress();
		// A burst of guesses, as a script would send them; each wrong pair is answered after a delay.
		const started = Date.now();
		const guesses = await Promise.all(
			Array.from({ length: SIGN_IN_LIMITS.perAccountAndAddress.limit }, () =>
				refusalOf(signIn(ctx, { email: person.email, password: 'guess', clientAddress: stranger }))
			)
		);
		expect(Date.now() - started).toBeGreaterThanOrEqual(SIGN_IN_LIMITS.failureDelayMs);
		expect(guesses.map((refusal) => refusal.code)).toEqual(guesses.map(() => 'invalid'));
		// The stranger is refused even with the right password, and told about the e-mailed link.
		expect(
			await refusalOf(signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: stranger }))
		).toEqual({ code: 'rate_limited', messageKey: 'accounts.signIn.locked', fieldErrors: {} });
		// The owner, from their own address, signs in at once.
		await expect(
			signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: clientAddress() })
		).resolves.toMatchObject({ userId: person.userId });
		// Another account from the stranger's address is not locked out either.
		await expect(
			signIn(ctx, { email: other.email, password: TEST_PASSWORD, clientAddress: stranger })
		).resolves.toMatchObject({ userId: other.userId });
	});

	it('counts only failed sign-ins against a shared address (a class behind one school router)', async () => {
		const people = await Promise.all([createPerson(test.db, { officeId }), createPerson(test.db, { officeId })]);
		const ctx = contextOf(test.db, officeId, null);
		const school = clientAddress();
		// A small limit, so the test signs in a few times rather than forty (each hashes a password).
		const limit = SIGN_IN_LIMITS.perAddress.limit;
		SIGN_IN_LIMITS.perAddress.limit = 3;
		try {
			// More successful sign-ins from one address than its limit allows attempts.
			for (let index = 0; index < 6; index++) {
				const person = people[index % people.length];
				await expect(
					signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: school })
				).resolves.toMatchObject({ userId: person.userId });
			}
			// Typos still count: past the limit, the address is refused.
			for (let index = 0; index < 3; index++) {
				await refusalOf(signIn(ctx, { email: people[index % 2].email, password: 'typo', clientAddress: school }));
			}
			expect(
				await refusalOf(signIn(ctx, { email: people[1].email, password: TEST_PASSWORD, clientAddress: school }))
			).toMatchObject({ code: 'rate_limited' });
		} finally {
			SIGN_IN_LIMITS.perAddress.limit = limit;
		}
	});

	it('lets a locked-out owner in with a one-time e-mailed sign-in link, which ends the lock', async () => {
		const person = await createPerson(test.db, { officeId, name: 'Вук Вуковић' });
		const ctx = contextOf(test.db, officeId, null);
		// Someone on the same network (one address) guesses until the pair is locked.
		const shared = clientAddress();
		for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccountAndAddress.limit; attempt++) {
			await refusalOf(signIn(ctx, { email: person.email, password: 'guess', clientAddress: shared }));
		}
		expect(
			(await refusalOf(signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: shared }))).code
		).toBe('rate_limited');

		const askForLink = (email: string) =>
			requestSignInLink(ctx, {
				email,
				locale: 'en',
				clientAddress: shared,
				linkFor: (token) => `https://mladi.ivanjica.test/en/sign-in/link/${token}`
			});
		// The same answer, in the same time, for an address without an account, and no mail to it.
		const started = Date.now();
		expect(await askForLink('nobody-at-all@example.test')).toEqual(await askForLink(person.email));
		expect(Date.now() - started).toBeGreaterThanOrEqual(2 * SIGN_IN_LINK_ANSWER_MS - 10);
		expect(await outboxTo('nobody-at-all@example.test')).toEqual([]);
		const [mail] = await outboxTo(person.email);
		expect(mail).toMatchObject({ isSensitive: true, subject: expect.stringContaining('sign-in link') });
		expect(mail.textBody).toMatch(/^Hello Vuk Vuković,/);
		const token = /\/sign-in\/link\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		expect(await isSignInLinkValid(test.db, token)).toBe(true);

		const session = await signInWithLink(ctx, { token, clientAddress: shared });
		expect((await validateSession(test.db, session.token, officeId))?.actor.userId).toBe(person.userId);
		expect((await auditEntries(officeId, 'accounts.signed_in_with_link'))[0]).toMatchObject({
			actorUserId: person.userId
		});
		// Once only; and the lock on the owner's pair has ended, so the password works again from there.
		expect((await refusalOf(signInWithLink(ctx, { token, clientAddress: shared }))).messageKey).toBe(
			'accounts.signInLink.invalid'
		);
		await expect(
			signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: shared })
		).resolves.toMatchObject({ userId: person.userId });
	});

	it('refuses an expired or made-up sign-in link', async () => {
		const person = await createPerson(test.db, { officeId });
		const ctx = contextOf(test.db, officeId, null);
		await requestSignInLink(ctx, {
			email: person.email,
			locale: 'en',
			clientAddress: clientAddress(),
			linkFor: (token) => `https://mladi.ivanjica.test/en/sign-in/link/${token}`
		});
		const [mail] = await outboxTo(person.email);
		const token = /\/sign-in\/link\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
		await test.db
			.update(accountLinks)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(accountLinks.id, hashToken(token)));
		expect(await isSignInLinkValid(test.db, token)).toBe(false);
		for (const attempt of [token, 'made-up-token']) {
			expect((await refusalOf(signInWithLink(ctx, { token: attempt, clientAddress: clientAddress() }))).code).toBe(
				'invalid'
			);
		}
	});

	it('forgets earlier mistakes after a successful sign-in', async () => {
		const person = await createPerson(test.db, { officeId });
		const ctx = contextOf(test.db, officeId, null);
		const address = clientAddress();
		await Promise.all(
			Array.from({ length: SIGN_IN_LIMITS.perAccountAndAddress.limit - 1 }, () =>
				refusalOf(signIn(ctx, { email: person.email, password: 'guess', clientAddress: address }))
			)
		);
		await signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: address });
		// Without the reset this would be one attempt past the limit.
		const refusal = await refusalOf(signIn(ctx, { email: person.email, password: 'guess', clientAddress: address }));
		expect(refusal.code).toBe('invalid');
	});
});

describe('sign-out', () => {
	it('ends this session only and records the sign-out', async () => {
		const officeId = (await createOffice(test.db)).id;
		const person = await createPerson(test.db, { officeId });
		const here = await createSession(test.db, person.userId);
		const elsewhere = await createSession(test.db, person.userId);
		await signOut(contextOf(test.db, officeId, person), { token: here.token });
		expect(await validateSession(test.db, here.token, officeId)).toBeNull();
		expect(await validateSession(test.db, elsewhere.token, officeId)).not.toBeNull();
		expect((await auditEntries(officeId, 'accounts.signed_out'))[0]).toMatchObject({
			actorUserId: person.userId,
			entityId: person.userId
		});
	});

	it('quietly ignores a stale cookie and records nothing', async () => {
		const officeId = (await createOffice(test.db)).id;
		await expect(signOut(contextOf(test.db, officeId, null), { token: 'expired-cookie' })).resolves.toBeUndefined();
		expect(await auditEntries(officeId, 'accounts.signed_out')).toEqual([]);
	});
});

describe('password reset', () => {
	let officeId: string;
	beforeAll(async () => {
		officeId = (await createOffice(test.db, { name: 'Канцеларија за младе Ивањица' })).id;
	});

	const request = (email: string, locale: 'sr-Cyrl' | 'sr-Latn' | 'en' = 'en') =>
		requestPasswordReset(contextOf(test.db, officeId, null), {
			email,
			locale,
			clientAddress: clientAddress(),
			linkFor
		});

	it('e-mails exactly one sensitive message with a working link, in the reader’s language and script', async () => {
		const person = await createPerson(test.db, { officeId, name: 'Петар Петровић' });
		await request(person.email, 'en');

		const mail = await outboxTo(person.email);
		expect(mail).toHaveLength(1);
		expect(mail[0]).toMatchObject({
			officeId,
			isSensitive: true,
			status: 'pending',
			subject: 'Kancelarija za mlade Ivanjica: new password'
		});
		// The name is shown in the reader's script, like everything else in the message.
		expect(mail[0].textBody).toMatch(/^Hello Petar Petrović,/);
		const token = tokenIn(mail[0].textBody);
		expect(await isResetTokenValid(test.db, token)).toBe(true);
		// Only a hash of the token is stored.
		const stored = await test.db
			.select()
			.from(passwordResetTokens)
			.where(eq(passwordResetTokens.userId, person.userId));
		expect(stored.map((row) => row.id)).toEqual([hashToken(token)]);
		const [entry] = await auditEntries(officeId, 'accounts.password_reset_requested');
		expect(entry).toMatchObject({ entityId: person.userId, actorUserId: null });
	});

	it('answers the same, in the same time, whether or not the address has an account', async () => {
		const person = await createPerson(test.db, { officeId });
		const timed = async (email: string) => {
			const started = Date.now();
			const answer = await request(email);
			return { answer, took: Date.now() - started };
		};
		const known = await timed(person.email);
		const unknown = await timed('nobody-here@example.test');
		expect(unknown.answer).toEqual(known.answer);
		expect(unknown.took).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
		expect(known.took).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
		expect(await outboxTo('nobody-here@example.test')).toEqual([]);
	});

	it('writes the message in Serbian Latin for a Latin reader', async () => {
		const person = await createPerson(test.db, { officeId, name: 'Јована Јовић' });
		await request(person.email, 'sr-Latn');
		const [mail] = await outboxTo(person.email);
		expect(mail.subject).toBe('Kancelarija za mlade Ivanjica: nova lozinka');
		expect(mail.textBody).toMatch(/^Zdravo, Jovana Jović,/);
	});

	it('writes the message in Cyrillic for a Cyrillic reader, whatever script the name was typed in', async () => {
		const person = await createPerson(test.db, { officeId, name: 'Jovana Jović' });
		await request(person.email, 'sr-Cyrl');
		const [mail] = await outboxTo(person.email);
		expect(mail.subject).toBe('Канцеларија за младе Ивањица: нова лозинка');
		expect(mail.textBody).toMatch(/^Здраво, Јована Јовић,/);
	});

	it('queues nothing for an unknown address and says nothing about it', async () => {
		const before = await test.db.select({ count: sql<number>`count(*)::int` }).from(outboxMessages);
		await expect(request('nobody-here@example.test')).resolves.toBeUndefined();
		const after = await test.db.select({ count: sql<number>`count(*)::int` }).from(outboxMessages);
		expect(after[0].count).toBe(before[0].count);
	});

	it('queues nothing for a disabled account', async () => {
		const person = await createPerson(test.db, { officeId });
		await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, person.userId));
		await request(person.email);
		expect(await outboxTo(person.email)).toEqual([]);
	});

	it('sets the new password once: the link cannot be used a second time', async () => {
		const person = await createPerson(test.db, { officeId });
		await request(person.email);
		const token = tokenIn((await outboxTo(person.email))[0].textBody);
		const ctx = contextOf(test.db, officeId, null);

		await resetPassword(ctx, { token, password: NEW_PASSWORD });
		expect(await isResetTokenValid(test.db, token)).toBe(false);
		expect(await refusalOf(resetPassword(ctx, { token, password: 'yet another password' }))).toEqual({
			code: 'invalid',
			messageKey: 'accounts.reset.invalid',
			fieldErrors: {}
		});

		// The first new password is the one that works.
		await expect(
			signIn(ctx, { email: person.email, password: NEW_PASSWORD, clientAddress: clientAddress() })
		).resolves.toMatchObject({ userId: person.userId });
		expect(
			(await refusalOf(signIn(ctx, { email: person.email, password: TEST_PASSWORD, clientAddress: clientAddress() })))
				.code
		).toBe('invalid');
		const [entry] = await auditEntries(officeId, 'accounts.password_reset');
		expect(entry).toMatchObject({ entityId: person.userId, actorUserId: person.userId });
	});

	it('refuses an expired link', async () => {
		const person = await createPerson(test.db, { officeId });
		await request(person.email);
		const token = tokenIn((await outboxTo(person.email))[0].textBody);
		await test.db
			.update(passwordResetTokens)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(passwordResetTokens.id, hashToken(token)));
		expect(await isResetTokenValid(test.db, token)).toBe(false);
		expect(
			(await refusalOf(resetPassword(contextOf(test.db, officeId, null), { token, password: NEW_PASSWORD }))).messageKey
		).toBe('accounts.reset.invalid');
	});

	it('refuses a made-up link', async () => {
		expect(await isResetTokenValid(test.db, 'made-up-token')).toBe(false);
		expect(
			(
				await refusalOf(
					resetPassword(contextOf(test.db, officeId, null), { token: 'made-up-token', password: NEW_PASSWORD })
				)
			).code
		).toBe('invalid');
	});

	it('ends every open session of the account', async () => {
		const person = await createPerson(test.db, { officeId });
		const laptop = await createSession(test.db, person.userId);
		const phone = await createSession(test.db, person.userId);
		await request(person.email);
		const token = tokenIn((await outboxTo(person.email))[0].textBody);
		await resetPassword(contextOf(test.db, officeId, null), { token, password: NEW_PASSWORD });
		expect(await validateSession(test.db, laptop.token, officeId)).toBeNull();
		expect(await validateSession(test.db, phone.token, officeId)).toBeNull();
	});

	it('refuses a link once the account has been disabled, leaving the link unused', async () => {
		const person = await createPerson(test.db, { officeId });
		await request(person.email);
		const token = tokenIn((await outboxTo(person.email))[0].textBody);
		await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, person.userId));
		expect(await isResetTokenValid(test.db, token)).toBe(false);
		expect(
			(await refusalOf(resetPassword(contextOf(test.db, officeId, null), { token, password: NEW_PASSWORD }))).code
		).toBe('invalid');
		const [stored] = await test.db
			.select()
			.from(passwordResetTokens)
			.where(eq(passwordResetTokens.id, hashToken(token)));
		expect(stored.usedAt).toBeNull();
	});

	it('limits requests for one address, whether or not it has an account', async () => {
		for (let attempt = 1; attempt <= 3; attempt++) await request('flood@example.test');
		expect((await refusalOf(request('flood@example.test'))).code).toBe('rate_limited');
	});
});

describe('change password', () => {
	let officeId: string;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
	});

	it('refuses a wrong current password and keeps the old one', async () => {
		const person = await createPerson(test.db, { officeId });
		const session = await createSession(test.db, person.userId);
		const refusal = await refusalOf(
			changePassword(contextOf(test.db, officeId, person), { currentPassword: 'not it', password: NEW_PASSWORD })
		);
		expect(refusal).toEqual({
			code: 'invalid',
			messageKey: 'accounts.account.wrongPassword',
			fieldErrors: { currentPassword: 'accounts.account.wrongPassword' }
		});
		expect(await validateSession(test.db, session.token, officeId)).not.toBeNull();
		await expect(
			signIn(contextOf(test.db, officeId, null), {
				email: person.email,
				password: TEST_PASSWORD,
				clientAddress: clientAddress()
			})
		).resolves.toMatchObject({ userId: person.userId });
	});

	it('changes the password with the right current one, ends other sessions and returns a fresh one', async () => {
		const person = await createPerson(test.db, { officeId });
		const otherDevice = await createSession(test.db, person.userId);
		const fresh = await changePassword(contextOf(test.db, officeId, person), {
			currentPassword: TEST_PASSWORD,
			password: NEW_PASSWORD
		});
		expect(await validateSession(test.db, otherDevice.token, officeId)).toBeNull();
		expect((await validateSession(test.db, fresh.token, officeId))?.actor.userId).toBe(person.userId);
		const ctx = contextOf(test.db, officeId, null);
		await expect(
			signIn(ctx, { email: person.email, password: NEW_PASSWORD, clientAddress: clientAddress() })
		).resolves.toMatchObject({ userId: person.userId });
		expect((await auditEntries(officeId, 'accounts.password_changed'))[0]).toMatchObject({
			actorUserId: person.userId
		});
	});

	it('needs someone signed in', async () => {
		expect(
			(
				await refusalOf(
					changePassword(contextOf(test.db, officeId, null), { currentPassword: 'x', password: NEW_PASSWORD })
				)
			).code
		).toBe('unauthenticated');
	});
});

describe('create user', () => {
	let officeId: string;
	let administrator: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db, { name: 'Канцеларија за младе Чачак' })).id;
		administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
	});

	const create = (actor: Actor, email: string, roles: Role[]) =>
		createUser(contextOf(test.db, officeId, actor), { name: 'Нина Нинић', email, roles, locale: 'en', linkFor });

	it('lets an administrator open an account with roles and e-mails an invitation that sets the password', async () => {
		const { userId } = await create(administrator, 'nina@example.test', ['staff', 'council_member']);
		expect((await loadRoles(test.db, userId, officeId)).sort()).toEqual(['council_member', 'staff']);

		const mail = await outboxTo('nina@example.test');
		expect(mail).toHaveLength(1);
		expect(mail[0]).toMatchObject({ isSensitive: true, subject: 'Your account at Kancelarija za mlade Čačak' });
		const token = tokenIn(mail[0].textBody);

		// Nobody knows a password for the account until the invitation sets one.
		const ctx = contextOf(test.db, officeId, null);
		await resetPassword(ctx, { token, password: NEW_PASSWORD });
		await expect(
			signIn(ctx, { email: 'nina@example.test', password: NEW_PASSWORD, clientAddress: clientAddress() })
		).resolves.toMatchObject({ userId });
		expect((await auditEntries(officeId, 'accounts.user_created'))[0]).toMatchObject({
			actorUserId: administrator.userId,
			entityId: userId,
			details: { roles: ['staff', 'council_member'], existingAccount: false }
		});
	});

	it('gives a person created without roles a plain young person’s account', async () => {
		const { userId } = await create(administrator, 'plain@example.test', []);
		expect(await loadRoles(test.db, userId, officeId)).toEqual(['young_person']);
	});

	it('refuses an address that already has an account in this office', async () => {
		const existing = await createPerson(test.db, { officeId });
		const refusal = await refusalOf(create(administrator, existing.email, ['staff']));
		expect(refusal.fieldErrors).toEqual({ email: 'accounts.signUp.emailTaken' });
		expect(await loadRoles(test.db, existing.userId, officeId)).toEqual(['young_person']);
	});

	it('gives roles here to an account from another office without touching its password', async () => {
		const elsewhere = await createOffice(test.db);
		const person = await createPerson(test.db, { officeId: elsewhere.id });
		const { userId } = await create(administrator, person.email, ['coordinator']);
		expect(userId).toBe(person.userId);
		expect(await loadRoles(test.db, person.userId, officeId)).toEqual(['coordinator']);
		expect(await outboxTo(person.email)).toEqual([]);
		await expect(
			signIn(contextOf(test.db, officeId, null), {
				email: person.email,
				password: TEST_PASSWORD,
				clientAddress: clientAddress()
			})
		).resolves.toMatchObject({ userId: person.userId });
	});

	it.each([['coordinator'], ['staff'], ['young_person']] as [Role][])(
		'refuses a %s and creates nothing',
		async (role) => {
			const someone = await createPerson(test.db, { officeId, roles: [role] });
			const email = `by-${role}@example.test`;
			expect((await refusalOf(create(someone, email, ['administrator']))).code).toBe('forbidden');
			expect(await test.db.select().from(users).where(eq(users.email, email))).toEqual([]);
			expect(await outboxTo(email)).toEqual([]);
		}
	);

	it('refuses someone who is not signed in', async () => {
		expect(
			(
				await refusalOf(
					createUser(contextOf(test.db, officeId, null), {
						name: 'X',
						email: 'anon@example.test',
						roles: [],
						locale: 'en',
						linkFor
					})
				)
			).code
		).toBe('unauthenticated');
	});
});

describe('set user roles', () => {
	let officeId: string;
	let administrator: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
	});

	it('lets an administrator replace a person’s roles, and records before and after', async () => {
		const person = await createPerson(test.db, { officeId });
		await setUserRoles(contextOf(test.db, officeId, administrator), {
			userId: person.userId,
			roles: ['coordinator', 'staff', 'staff']
		});
		expect((await loadRoles(test.db, person.userId, officeId)).sort()).toEqual(['coordinator', 'staff']);
		expect((await auditEntries(officeId, 'accounts.roles_changed'))[0]).toMatchObject({
			actorUserId: administrator.userId,
			entityId: person.userId,
			details: { before: ['young_person'], after: ['coordinator', 'staff'] }
		});
	});

	it.each([['coordinator'], ['staff'], ['young_person'], ['council_member']] as [Role][])(
		'refuses a %s and changes nothing',
		async (role) => {
			const someone = await createPerson(test.db, { officeId, roles: [role] });
			const person = await createPerson(test.db, { officeId });
			const refusal = await refusalOf(
				setUserRoles(contextOf(test.db, officeId, someone), { userId: person.userId, roles: ['administrator'] })
			);
			expect(refusal.code).toBe('forbidden');
			expect(await loadRoles(test.db, person.userId, officeId)).toEqual(['young_person']);
			// Not even their own roles.
			expect(
				(
					await refusalOf(
						setUserRoles(contextOf(test.db, officeId, someone), { userId: someone.userId, roles: ['administrator'] })
					)
				).code
			).toBe('forbidden');
			expect(await loadRoles(test.db, someone.userId, officeId)).toEqual([role]);
		}
	);

	it('keeps the last administrator: the only one cannot lose the role', async () => {
		const office = await createOffice(test.db);
		const onlyAdministrator = await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
		const refusal = await refusalOf(
			setUserRoles(contextOf(test.db, office.id, onlyAdministrator), {
				userId: onlyAdministrator.userId,
				roles: ['coordinator']
			})
		);
		expect(refusal).toEqual({
			code: 'invalid',
			messageKey: 'accounts.admin.lastAdministrator',
			fieldErrors: { roles: 'accounts.admin.lastAdministrator' }
		});
		expect(await loadRoles(test.db, onlyAdministrator.userId, office.id)).toEqual(['administrator']);
		expect(await auditEntries(office.id, 'accounts.roles_changed')).toEqual([]);
	});

	it('lets one of two administrators step down', async () => {
		const office = await createOffice(test.db);
		const first = await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
		await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
		await setUserRoles(contextOf(test.db, office.id, first), { userId: first.userId, roles: ['coordinator'] });
		expect(await loadRoles(test.db, first.userId, office.id)).toEqual(['coordinator']);
	});

	// A disabled administrator cannot sign in, so they cannot be the one who keeps the office running.
	it('does not count a disabled administrator as the one who remains', async () => {
		const office = await createOffice(test.db);
		const active = await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
		const other = await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
		const ctx = contextOf(test.db, office.id, active);
		await setUserDisabled(ctx, { userId: other.userId, disabled: true });
		const refusal = await refusalOf(setUserRoles(ctx, { userId: active.userId, roles: ['staff'] }));
		expect(refusal.messageKey).toBe('accounts.admin.lastAdministrator');
	});

	// On PostgreSQL (READ COMMITTED) two administrators demoting each other at the same moment could each
	// count the other as the one who remains. PGlite runs transactions one after another, so the race only
	// exists on PostgreSQL.
	it.runIf(!!process.env.TEST_DATABASE_URL)(
		'keeps an administrator when two administrators demote each other at the same moment',
		async () => {
			const office = await createOffice(test.db);
			const first = await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
			const second = await createPerson(test.db, { officeId: office.id, roles: ['administrator'] });
			const pool = (test.db as unknown as { $client: import('pg').Pool }).$client;
			// Hold back both transactions just before they commit (at their audit insert), so that both
			// have made their check before either is done: the interleaving a busy server produces by chance.
			const gate = await pool.connect();
			let both: Promise<PromiseSettledResult<void>[]>;
			try {
				await gate.query('BEGIN');
				await gate.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
				both = Promise.allSettled([
					setUserRoles(contextOf(test.db, office.id, first), { userId: first.userId, roles: ['staff'] }),
					setUserRoles(contextOf(test.db, office.id, second), { userId: second.userId, roles: ['staff'] })
				]);
				const deadline = Date.now() + 5_000;
				while (Date.now() < deadline) {
					// Inside a transaction the activity view is a cached snapshot unless cleared.
					await gate.query('SELECT pg_stat_clear_snapshot()');
					const { rows } = await gate.query(
						`SELECT count(*)::int AS waiting FROM pg_stat_activity
						 WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`
					);
					if (rows[0].waiting >= 2) break;
					await new Promise((resolve) => setTimeout(resolve, 20));
				}
			} finally {
				await gate.query('COMMIT');
				gate.release();
			}
			await both!;
			const administrators = await test.db
				.select()
				.from(memberships)
				.where(and(eq(memberships.officeId, office.id), eq(memberships.role, 'administrator')));
			expect(administrators.length).toBeGreaterThanOrEqual(1);
		}
	);

	it('leaves a person whose roles are all removed with a plain account, still listed', async () => {
		const person = await createPerson(test.db, { officeId, roles: ['staff', 'coordinator'] });
		await setUserRoles(contextOf(test.db, officeId, administrator), { userId: person.userId, roles: [] });
		expect(await loadRoles(test.db, person.userId, officeId)).toEqual(['young_person']);
		const list = await listUsersForAdmin(contextOf(test.db, officeId, administrator), { search: person.email });
		expect(list.rows.map((row) => row.id)).toEqual([person.userId]);
	});

	it('finds nobody for an unknown person', async () => {
		expect(
			(
				await refusalOf(
					setUserRoles(contextOf(test.db, officeId, administrator), {
						userId: '00000000-0000-4000-8000-000000000000',
						roles: ['staff']
					})
				)
			).code
		).toBe('not_found');
	});
});

describe('set user disabled', () => {
	let officeId: string;
	let administrator: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
	});

	it('does not let an administrator disable their own account', async () => {
		const session = await createSession(test.db, administrator.userId);
		expect(
			await refusalOf(
				setUserDisabled(contextOf(test.db, officeId, administrator), { userId: administrator.userId, disabled: true })
			)
		).toEqual({ code: 'invalid', messageKey: 'accounts.admin.notYourself', fieldErrors: {} });
		expect(await validateSession(test.db, session.token, officeId)).not.toBeNull();
	});

	it('ends the sessions of a disabled account and keeps it out until it is enabled again', async () => {
		const person = await createPerson(test.db, { officeId });
		const session = await createSession(test.db, person.userId);
		const ctx = contextOf(test.db, officeId, administrator);

		await setUserDisabled(ctx, { userId: person.userId, disabled: true });
		expect(await validateSession(test.db, session.token, officeId)).toBeNull();
		const signInNow = () =>
			signIn(contextOf(test.db, officeId, null), {
				email: person.email,
				password: TEST_PASSWORD,
				clientAddress: clientAddress()
			});
		expect((await refusalOf(signInNow())).messageKey).toBe('accounts.signIn.failed');
		expect((await getUserForAdmin(ctx, person.userId)).isDisabled).toBe(true);
		expect((await auditEntries(officeId, 'accounts.user_disabled'))[0]).toMatchObject({ entityId: person.userId });

		await setUserDisabled(ctx, { userId: person.userId, disabled: false });
		await expect(signInNow()).resolves.toMatchObject({ userId: person.userId });
		expect((await auditEntries(officeId, 'accounts.user_enabled'))[0]).toMatchObject({ entityId: person.userId });
	});

	// A coordinator may disable youth workers and coordinators (see "a coordinator runs a small office’s team").
	it.each([['staff'], ['young_person']] as [Role][])('refuses a %s and leaves the account alone', async (role) => {
		const someone = await createPerson(test.db, { officeId, roles: [role] });
		const person = await createPerson(test.db, { officeId });
		const session = await createSession(test.db, person.userId);
		expect(
			(
				await refusalOf(
					setUserDisabled(contextOf(test.db, officeId, someone), { userId: person.userId, disabled: true })
				)
			).code
		).toBe('forbidden');
		expect(await validateSession(test.db, session.token, officeId)).not.toBeNull();
	});

	it('cannot touch a person of another office', async () => {
		const elsewhere = await createOffice(test.db);
		const person = await createPerson(test.db, { officeId: elsewhere.id });
		expect(
			(
				await refusalOf(
					setUserDisabled(contextOf(test.db, officeId, administrator), { userId: person.userId, disabled: true })
				)
			).code
		).toBe('not_found');
		const [user] = await test.db.select().from(users).where(eq(users.id, person.userId));
		expect(user.disabledAt).toBeNull();
	});
});

describe('the administrator’s list of people', () => {
	let officeId: string;
	let administrator: Actor;
	let coordinator: Actor;
	let ana: Actor;
	let disabled: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		administrator = await createPerson(test.db, {
			officeId,
			roles: ['administrator'],
			name: 'Марко Марковић',
			email: 'marko@list.test'
		});
		coordinator = await createPerson(test.db, {
			officeId,
			roles: ['coordinator', 'staff'],
			name: 'Јелена Јовић',
			email: 'jelena@list.test'
		});
		ana = await createPerson(test.db, { officeId, name: 'Ана Анић', email: 'ana.anic@list.test' });
		disabled = await createPerson(test.db, { officeId, name: 'Борис Бошков', email: 'boris@list.test' });
		await test.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.userId));
		// Someone of another office never shows up here.
		const elsewhere = await createOffice(test.db);
		await createPerson(test.db, { officeId: elsewhere.id, name: 'Ана Друга', email: 'ana.druga@list.test' });
	});

	const list = (filters: Parameters<typeof listUsersForAdmin>[1], actor: Actor = administrator) =>
		listUsersForAdmin(contextOf(test.db, officeId, actor), filters);

	/** The names listed, in a fixed order: the order of the list itself is checked on its own below. */
	const namesOf = (rows: { name: string }[]) => rows.map((row) => row.name).sort();

	it('lists the office’s people with their roles and state', async () => {
		const result = await list({});
		expect(result.total).toBe(4);
		expect(result.pages).toBe(1);
		expect(namesOf(result.rows)).toEqual(['Ана Анић', 'Борис Бошков', 'Јелена Јовић', 'Марко Марковић'].sort());
		expect(result.rows.find((row) => row.id === coordinator.userId)).toMatchObject({
			email: 'jelena@list.test',
			roles: ['coordinator', 'staff'],
			isDisabled: false
		});
		expect(result.rows.find((row) => row.id === disabled.userId)?.isDisabled).toBe(true);
	});

	// The database collation (C) would put names beginning with Ђ, Ј, Љ, Њ, Ћ or Џ (U+0402–U+040F) before А.
	it('lists people in the order of the Serbian alphabet', async () => {
		expect((await list({})).rows.map((row) => row.name)).toEqual([
			'Ана Анић',
			'Борис Бошков',
			'Јелена Јовић',
			'Марко Марковић'
		]);
	});

	// Ћ and Ч must not sort as C, nor Ш as S: the order is the alphabet's, С Т Ћ … Ш.
	it('puts С, Т, Ћ and Ш in the order of the Serbian alphabet', async () => {
		const office = await createOffice(test.db);
		const admin = await createPerson(test.db, { officeId: office.id, roles: ['administrator'], name: 'Ана Админ' });
		for (const name of ['Шана Шарић', 'Тома Тадић', 'Ћира Ћирић', 'Сава Савић'])
			await createPerson(test.db, { officeId: office.id, name });
		const listed = await listUsersForAdmin(contextOf(test.db, office.id, admin), {});
		expect(listed.rows.map((row) => row.name)).toEqual([
			'Ана Админ',
			'Сава Савић',
			'Тома Тадић',
			'Ћира Ћирић',
			'Шана Шарић'
		]);
	});

	it('records each look at the list with the filters used', async () => {
		await list({ search: 'ана', role: 'young_person', page: 1 });
		expect((await auditEntries(officeId, 'accounts.list_viewed'))[0]).toMatchObject({
			actorUserId: administrator.userId,
			entityType: 'user',
			details: { search: 'ана', role: 'young_person', page: 1 }
		});
	});

	it.each([
		['ана', ['Ана Анић']],
		['АНИЋ', ['Ана Анић']],
		['  јелена ', ['Јелена Јовић']],
		['LIST.TEST', ['Ана Анић', 'Борис Бошков', 'Јелена Јовић', 'Марко Марковић']],
		['boris@', ['Борис Бошков']],
		// Typed in Latin, with or without diacritics, a Cyrillic name is found.
		['jovic', ['Јелена Јовић']],
		['Jović', ['Јелена Јовић']],
		['marko markovic', ['Марко Марковић']],
		['nobody', []],
		['%', ['Ана Анић', 'Борис Бошков', 'Јелена Јовић', 'Марко Марковић']]
	])('finds people by part of their name or e-mail, whatever the case: %j', async (search, names) => {
		expect(namesOf((await list({ search })).rows)).toEqual([...names].sort());
	});

	it('filters by role', async () => {
		expect((await list({ role: 'staff' })).rows.map((row) => row.id)).toEqual([coordinator.userId]);
		expect((await list({ role: 'young_person' })).rows.map((row) => row.id)).toEqual([ana.userId, disabled.userId]);
		expect((await list({ role: 'council_member' })).rows).toEqual([]);
		expect((await list({ role: 'young_person', search: 'борис' })).rows.map((row) => row.id)).toEqual([
			disabled.userId
		]);
	});

	it.each([['staff'], ['young_person']] as [Role][])(
		'is closed to a %s, and the refused look is not recorded as a view',
		async (role) => {
			const someone = await createPerson(test.db, { officeId, roles: [role] });
			expect((await refusalOf(list({}, someone))).code).toBe('forbidden');
			const views = await auditEntries(officeId, 'accounts.list_viewed');
			expect(views.some((entry) => entry.actorUserId === someone.userId)).toBe(false);
		}
	);

	it('shows one person for editing, recording the look, and only to administrators and coordinators', async () => {
		const person = await getUserForAdmin(contextOf(test.db, officeId, administrator), coordinator.userId);
		expect(person).toMatchObject({ name: 'Јелена Јовић', isDisabled: false });
		expect(person.roles.sort()).toEqual(['coordinator', 'staff']);
		expect((await auditEntries(officeId, 'accounts.user_viewed'))[0]).toMatchObject({
			entityId: coordinator.userId
		});
		const youthWorker = await createPerson(test.db, { officeId, roles: ['staff'] });
		expect((await refusalOf(getUserForAdmin(contextOf(test.db, officeId, youthWorker), ana.userId))).code).toBe(
			'forbidden'
		);
		expect((await refusalOf(getUserForAdmin(contextOf(test.db, officeId, administrator), 'not-an-id'))).code).toBe(
			'not_found'
		);
	});
});

describe('a coordinator runs a small office’s team', () => {
	let officeId: string;
	let coordinator: Actor;
	let administrator: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
		administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
	});
	const ctx = () => contextOf(test.db, officeId, coordinator);

	it('invites a youth worker and makes them a coordinator later', async () => {
		const { userId } = await createUser(ctx(), {
			name: 'Мила Милић',
			email: 'mila@example.test',
			roles: ['staff'],
			locale: 'sr-Cyrl',
			linkFor
		});
		expect(await loadRoles(test.db, userId, officeId)).toEqual(['staff']);
		await setUserRoles(ctx(), { userId, roles: ['staff', 'coordinator'] });
		expect((await loadRoles(test.db, userId, officeId)).sort()).toEqual(['coordinator', 'staff']);
		await setUserDisabled(ctx(), { userId, disabled: true });
		await expect(getUserForAdmin(ctx(), userId)).resolves.toMatchObject({ isDisabled: true });
	});

	it('makes nobody an administrator, and leaves administrators’ accounts alone', async () => {
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		expect((await refusalOf(setUserRoles(ctx(), { userId: staff.userId, roles: ['administrator'] }))).code).toBe(
			'forbidden'
		);
		expect(await loadRoles(test.db, staff.userId, officeId)).toEqual(['staff']);
		expect((await refusalOf(setUserRoles(ctx(), { userId: administrator.userId, roles: ['staff'] }))).code).toBe(
			'forbidden'
		);
		expect((await refusalOf(setUserDisabled(ctx(), { userId: administrator.userId, disabled: true }))).code).toBe(
			'forbidden'
		);
		expect(await loadRoles(test.db, administrator.userId, officeId)).toEqual(['administrator']);
		const email = 'would-be-admin@example.test';
		expect(
			(await refusalOf(createUser(ctx(), { name: 'X', email, roles: ['administrator'], locale: 'en', linkFor }))).code
		).toBe('forbidden');
		expect(await test.db.select().from(users).where(eq(users.email, email))).toEqual([]);
	});
});
