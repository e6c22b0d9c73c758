// What a person keeps on their account (issue 13.15): year of birth, gender and place, with consent;
// forms of other modules take them instead of asking again; export and erasure include them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson, TEST_PASSWORD } from '../../server/testing/factories.ts';
import { auditLog, users } from '../../server/db/core-schema.ts';
import { isAppError } from '../../server/errors.ts';
import type { Actor } from '../../server/actor.ts';
import { accountProfileInput } from './inputs.ts';
import { getAccountProfile } from './queries.server.ts';
import { clearAccountProfile, saveAccountProfile } from './commands/save-account-profile.server.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { registrations } from '../registrations/schema.ts';
import { fillFromAccount, registrationInput } from '../registrations/inputs.ts';
import { registerForEvent } from '../registrations/commands/register-for-event.server.ts';
import { getProfile } from '../participation/commands/shared.server.ts';
import { manifests } from '../registry.server.ts';
import { exportPersonalData } from '../privacy/queries.server.ts';
import { eraseMyData } from '../privacy/commands/erase-personal-data.server.ts';

let test: TestDatabase;
let officeId: string;
let counter = 0;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { publicUrl: 'https://mladi.example.rs' })).id;
}, 60_000);
afterAll(() => test.close());

const ctxOf = (actor: Actor | null) => contextOf(test.db, officeId, actor);

async function youngPerson(): Promise<Actor> {
	counter++;
	return createPerson(test.db, { officeId, roles: ['young_person'], email: `mlada${counter}@example.test` });
}

async function auditOf(userId: string) {
	return test.db
		.select({ action: auditLog.action, details: auditLog.details })
		.from(auditLog)
		.where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)));
}

/** The public form as a browser sends it, through the route's steps (fill from the account, then parse). */
async function registerThroughForm(actor: Actor, eventId: string, fields: Record<string, string>) {
	const form = new FormData();
	for (const [name, value] of Object.entries({ name: actor.name, email: actor.email, consent: 'yes', ...fields }))
		form.set(name, value);
	const kept = await getAccountProfile(test.db, actor.userId);
	const filled = fillFromAccount(form, kept);
	const values = Object.fromEntries([...filled.entries()].map(([name, value]) => [name, String(value)]));
	const input = v.parse(registrationInput, values);
	counter++;
	return registerForEvent(ctxOf(actor), {
		eventId,
		input,
		values,
		locale: 'sr-Cyrl',
		clientAddress: `10.7.0.${counter}`
	});
}

describe('the account keeps year of birth, gender and place', () => {
	it('keeps them only with consent, audits without the values, and clears them all', async () => {
		const noConsent = v.safeParse(accountProfileInput, { birthYear: '2008', gender: 'female', place: 'Ивањица' });
		expect(noConsent.success).toBe(false);
		const noYear = v.safeParse(accountProfileInput, { birthYear: '', consent: 'yes' });
		expect(noYear.success).toBe(false);
		const badYear = v.safeParse(accountProfileInput, { birthYear: '20O8', consent: 'yes' });
		expect(badYear.success).toBe(false);

		const actor = await youngPerson();
		const input = v.parse(accountProfileInput, {
			birthYear: '2008',
			gender: 'female',
			place: ' Ивањица ',
			consent: 'yes'
		});
		await saveAccountProfile(ctxOf(actor), { birthYear: input.birthYear!, gender: input.gender, place: input.place });
		expect(await getAccountProfile(test.db, actor.userId)).toMatchObject({
			birthYear: 2008,
			gender: 'female',
			place: 'Ивањица'
		});
		const [saved] = await auditOf(actor.userId);
		expect(saved.action).toBe('accounts.profile_saved');
		expect(saved.details).toMatchObject({ via: 'account', fields: ['birthYear', 'gender', 'place'] });
		expect(JSON.stringify(saved.details)).not.toContain('2008');

		await clearAccountProfile(ctxOf(actor));
		expect(await getAccountProfile(test.db, actor.userId)).toBeNull();
		const [row] = await test.db.select().from(users).where(eq(users.id, actor.userId));
		expect([row.birthYear, row.gender, row.place, row.profileConsentAt]).toEqual([null, null, null, null]);
		expect((await auditOf(actor.userId)).map((entry) => entry.action)).toContain('accounts.profile_cleared');
	});

	it('refuses someone who is not signed in', async () => {
		const caught = await saveAccountProfile(ctxOf(null), { birthYear: 2008, gender: null, place: '' }).catch(
			(error: unknown) => error
		);
		expect(isAppError(caught) && caught.code).toBe('unauthenticated');
	});

	it('keeps them from a registration when the box is ticked, and the next registration does not ask again', async () => {
		const actor = await youngPerson();
		const first = await createTestEvent(test.db, officeId);
		const second = await createTestEvent(test.db, officeId);
		const unticked = await registerThroughForm(actor, first.id, {
			birthYear: '2007',
			gender: 'male',
			place: 'Прилике'
		});
		expect(unticked.status).toBe('confirmed');
		expect(await getAccountProfile(test.db, actor.userId)).toBeNull();

		const other = await youngPerson();
		await registerThroughForm(other, first.id, {
			birthYear: '2007',
			gender: 'male',
			place: 'Прилике',
			saveToAccount: 'yes'
		});
		expect(await getAccountProfile(test.db, other.userId)).toMatchObject({ birthYear: 2007, gender: 'male' });
		expect((await auditOf(other.userId))[0].details).toMatchObject({ via: 'registration' });

		// The second form sends no year of birth, gender or place: the account's are used.
		const again = await registerThroughForm(other, second.id, {});
		const [row] = await test.db.select().from(registrations).where(eq(registrations.id, again.registration.id));
		expect([row.birthYear, row.gender, row.place]).toEqual([2007, 'male', 'Прилике']);
	});

	it('counts as the year of birth participation asks for', async () => {
		const actor = await youngPerson();
		expect(await getProfile(test.db, officeId, actor.userId)).toBeNull();
		await saveAccountProfile(ctxOf(actor), { birthYear: 2009, gender: null, place: '' });
		expect(await getProfile(test.db, officeId, actor.userId)).toMatchObject({ birthYear: 2009, gender: 'unstated' });
	});

	it('is in the data export, and erasure leaves nothing of it', async () => {
		const actor = await youngPerson();
		await saveAccountProfile(ctxOf(actor), { birthYear: 2006, gender: 'other', place: 'Ивањица' });
		const exported = await exportPersonalData(
			test.db,
			{ officeId, userId: actor.userId, email: actor.email, phone: null },
			manifests
		);
		const account = exported.sections.find((section) => section.titleKey === 'accounts.personalData.account');
		expect(account?.records[0]).toMatchObject({ birthYear: 2006, gender: 'other', place: 'Ивањица' });
		expect(account?.records[0].consentAt).toBeTruthy();

		await eraseMyData(ctxOf(actor), { password: TEST_PASSWORD }, manifests);
		expect(await test.db.select().from(users).where(eq(users.id, actor.userId))).toEqual([]);
		expect(await getAccountProfile(test.db, actor.userId)).toBeNull();
	});
});
