import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { crc32, deflateSync } from 'node:zlib';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { ROLES, auditLog, memberships, offices, users, type Role } from '../../server/db/core-schema.ts';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import { validateSession } from '../../server/auth/sessions.ts';
import { getOfficeById, invalidateOfficeCache, resolveOffice } from '../../server/office.ts';
import { loadDemoOffice, manifests } from '../registry.server.ts';
import { pages } from '../pages/schema.ts';
import { listPublishedPages } from '../pages/queries.server.ts';
import { getMediaForDisplay } from '../media/queries.server.ts';
import { DEMO_PASSWORD } from '../accounts/seed.server.ts';
import { signIn } from '../accounts/commands/sign-in.server.ts';
import { settingsInput } from './inputs.ts';
import { updateSettings } from './commands/update-settings.server.ts';
import { LOGO_MAX_BYTES, setLogo } from './commands/set-logo.server.ts';
import { completeSetup, type CompleteSetupOptions } from './commands/complete-setup.server.ts';
import { removeDemoContent } from './commands/remove-demo-content.server.ts';
import { currentSetupCode, isSetupCode } from '../../server/setup-code.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
	invalidateOfficeCache();
});
afterAll(() => test.close());

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

async function latestAudit(db: Database, officeId: string, action: string) {
	const [entry] = await db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
		.orderBy(desc(auditLog.id))
		.limit(1);
	return entry;
}

async function storedLogo(officeId: string) {
	const [row] = await test.db
		.select({ logo: offices.logo, mime: offices.logoMime, at: offices.logoUpdatedAt })
		.from(offices)
		.where(eq(offices.id, officeId));
	return { bytes: row.logo ? new Uint8Array(row.logo) : null, mime: row.mime, at: row.at };
}

/** A real 1×1 PNG, put together chunk by chunk. */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: Uint8Array) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(typeAndData));
		return Buffer.concat([length, typeAndData, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(1, 0); // width
	header.writeUInt32BE(1, 4); // height
	header[8] = 8; // bits per channel
	header[9] = 6; // RGBA
	const pixels = Buffer.from([0, 0x1d, 0x4e, 0x89, 0xff]); // filter byte, then one blue pixel
	return new Uint8Array(
		Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			chunk('IHDR', header),
			chunk('IDAT', deflateSync(pixels)),
			chunk('IEND', new Uint8Array())
		])
	);
}

/** The settings form as the browser sends it, with the office's current values unless overridden. */
function settingsForm(overrides: Record<string, string> = {}) {
	return v.parse(settingsInput, {
		name: 'Канцеларија за младе',
		municipality: 'Ивањица',
		youthMinAge: '15',
		youthMaxAge: '30',
		...overrides
	});
}

describe('update settings', () => {
	let officeId: string;
	let coordinator: Actor;
	beforeAll(async () => {
		officeId = (
			await createOffice(test.db, {
				name: 'Канцеларија за младе',
				municipality: 'Ивањица',
				hosts: ['settings.kzm.test']
			})
		).id;
		coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	});

	it('lets a coordinator save the settings and records which fields changed', async () => {
		// The site has the office cached from an earlier request.
		expect((await resolveOffice(test.db, 'settings.kzm.test'))?.name).toBe('Канцеларија за младе');

		await updateSettings(
			contextOf(test.db, officeId, coordinator),
			settingsForm({ name: 'Канцеларија за младе Ивањица', phone: ' 032 123 456 ' })
		);

		const office = await getOfficeById(test.db, officeId);
		expect(office).toMatchObject({ name: 'Канцеларија за младе Ивањица', phone: '032 123 456' });
		const entry = await latestAudit(test.db, officeId, 'settings.updated');
		expect(entry).toMatchObject({ actorUserId: coordinator.userId, entityId: officeId });
		expect(entry.details).toEqual({ changed: ['name', 'phone'] });
		// Visitors see the new name at once.
		expect((await resolveOffice(test.db, 'settings.kzm.test'))?.name).toBe('Канцеларија за младе Ивањица');
	});

	it('tidies what was typed: address without trailing slash, social links given, Latin words once each', async () => {
		await updateSettings(
			contextOf(test.db, officeId, coordinator),
			settingsForm({
				name: 'Канцеларија за младе Ивањица',
				phone: '032 123 456',
				publicUrl: 'https://mladi.ivanjica.test///',
				instagram: 'https://www.instagram.com/kzm',
				keepLatin: 'Erasmus+, Instagram\nErasmus+ ,  ,TikTok'
			})
		);
		const office = await getOfficeById(test.db, officeId);
		expect(office?.publicUrl).toBe('https://mladi.ivanjica.test');
		expect(office?.socialLinks).toEqual({ instagram: 'https://www.instagram.com/kzm' });
		expect(office?.keepLatin).toEqual(['Erasmus+', 'Instagram', 'TikTok']);
		expect((await latestAudit(test.db, officeId, 'settings.updated')).details).toEqual({
			changed: ['publicUrl', 'socialLinks', 'keepLatin']
		});
	});

	it('records no changed field when the same settings are saved again', async () => {
		const form = settingsForm({
			name: 'Канцеларија за младе Ивањица',
			phone: '032 123 456',
			publicUrl: 'https://mladi.ivanjica.test',
			instagram: 'https://www.instagram.com/kzm',
			keepLatin: 'Erasmus+, Instagram, TikTok'
		});
		await updateSettings(contextOf(test.db, officeId, coordinator), form);
		expect((await latestAudit(test.db, officeId, 'settings.updated')).details).toEqual({ changed: [] });
	});

	// jsonb reorders object keys (shorter keys first): { facebook, x } comes back as { x, facebook }.
	it('records no change to unchanged social links, whichever networks are set', async () => {
		const form = settingsForm({
			name: 'Канцеларија за младе Ивањица',
			phone: '032 123 456',
			publicUrl: 'https://mladi.ivanjica.test',
			facebook: 'https://www.facebook.com/kzm',
			x: 'https://x.com/kzm',
			keepLatin: 'Erasmus+, Instagram, TikTok'
		});
		await updateSettings(contextOf(test.db, officeId, coordinator), form);
		await updateSettings(contextOf(test.db, officeId, coordinator), form);
		expect((await latestAudit(test.db, officeId, 'settings.updated')).details).toEqual({ changed: [] });
	});

	it('lets an administrator save the settings too', async () => {
		const administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
		await updateSettings(
			contextOf(test.db, officeId, administrator),
			settingsForm({ name: 'Канцеларија за младе Ивањица', mission: 'Млади мењају општину.' })
		);
		expect((await getOfficeById(test.db, officeId))?.mission).toBe('Млади мењају општину.');
	});

	it.each([['staff'], ['young_person'], ['council_member'], ['association_representative']] as [Role][])(
		'refuses a %s and changes nothing',
		async (role) => {
			const someone = await createPerson(test.db, { officeId, roles: [role] });
			const before = await getOfficeById(test.db, officeId);
			const refusal = await refusalOf(
				updateSettings(contextOf(test.db, officeId, someone), settingsForm({ name: 'Отета канцеларија' }))
			);
			expect(refusal.code).toBe('forbidden');
			expect(await getOfficeById(test.db, officeId)).toEqual(before);
		}
	);

	it('refuses someone who is not signed in', async () => {
		expect((await refusalOf(updateSettings(contextOf(test.db, officeId, null), settingsForm()))).code).toBe(
			'unauthenticated'
		);
	});

	it('touches only the office of the person saving', async () => {
		const other = await createOffice(test.db, { name: 'Друга канцеларија' });
		await updateSettings(contextOf(test.db, officeId, coordinator), settingsForm({ name: 'Само ова' }));
		expect((await getOfficeById(test.db, other.id))?.name).toBe('Друга канцеларија');
	});
});

describe('logo', () => {
	let officeId: string;
	let coordinator: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	});

	it('accepts a small PNG and keeps its bytes and type', async () => {
		const png = tinyPng();
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes: png });
		const logo = await storedLogo(officeId);
		expect(logo.mime).toBe('image/png');
		expect(logo.bytes).toEqual(png);
		expect(logo.at).toBeInstanceOf(Date);
		expect((await latestAudit(test.db, officeId, 'settings.logo_set')).details).toEqual({
			mime: 'image/png',
			bytes: png.length
		});
	});

	it.each([
		['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'image/jpeg'],
		['WebP', new Uint8Array([...Buffer.from('RIFF'), 0x1a, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]), 'image/webp']
	])('accepts a %s image', async (_name, bytes, mime) => {
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes });
		expect((await storedLogo(officeId)).mime).toBe(mime);
	});

	it('accepts an image of exactly the largest size', async () => {
		const bytes = new Uint8Array(LOGO_MAX_BYTES);
		bytes.set(tinyPng());
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes });
		expect((await storedLogo(officeId)).bytes?.length).toBe(LOGO_MAX_BYTES);
	});

	it.each([
		[
			'an SVG (it can carry script)',
			Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
			'settings.logo.wrongType'
		],
		['a text file', Buffer.from('This is not an image at all.'), 'settings.logo.wrongType'],
		['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'settings.logo.wrongType'],
		['an HTML page named .png', Buffer.from('<!doctype html><p>PNG</p>'), 'settings.logo.wrongType'],
		[
			'a PNG one byte over 512 KB',
			Buffer.concat([tinyPng(), Buffer.alloc(LOGO_MAX_BYTES + 1 - tinyPng().length)]),
			'settings.logo.tooLarge'
		],
		['an empty file', Buffer.alloc(0), 'settings.logo.missing']
	])('refuses %s and keeps the current logo', async (_name, bytes, messageKey) => {
		const png = tinyPng();
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes: png });
		const refusal = await refusalOf(
			setLogo(contextOf(test.db, officeId, coordinator), { bytes: new Uint8Array(bytes) })
		);
		expect(refusal).toEqual({ code: 'invalid', messageKey, fieldErrors: { logo: messageKey } });
		expect((await storedLogo(officeId)).bytes).toEqual(png);
	});

	it('removes the logo', async () => {
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes: tinyPng() });
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes: null });
		expect(await storedLogo(officeId)).toEqual({ bytes: null, mime: null, at: null });
		expect(await latestAudit(test.db, officeId, 'settings.logo_removed')).toBeDefined();
	});

	it.each([['staff'], ['young_person']] as [Role][])('refuses a %s', async (role) => {
		const png = tinyPng();
		await setLogo(contextOf(test.db, officeId, coordinator), { bytes: png });
		const someone = await createPerson(test.db, { officeId, roles: [role] });
		expect((await refusalOf(setLogo(contextOf(test.db, officeId, someone), { bytes: null }))).code).toBe('forbidden');
		expect((await storedLogo(officeId)).bytes).toEqual(png);
	});
});

describe('first-run setup', () => {
	const setupOptions = (overrides: Partial<CompleteSetupOptions> = {}): CompleteSetupOptions => ({
		setupCode: currentSetupCode(() => {}),
		officeName: 'Канцеларија за младе Пожега',
		municipality: 'Пожега',
		publicUrl: 'https://mladi.pozega.test/',
		adminName: 'Прва Администраторка',
		adminEmail: 'admin@pozega.test',
		password: 'first administrator password',
		locale: 'sr-Cyrl',
		...overrides
	});

	let empty: TestDatabase;
	beforeAll(async () => {
		empty = await createTestDatabase();
		invalidateOfficeCache();
	});
	afterAll(() => empty.close());

	it('refuses a stranger without the setup code printed in the console, and creates nothing', async () => {
		for (const setupCode of ['', 'ABCD-EFGH-JKMN', currentSetupCode(() => {}).slice(0, -1)]) {
			const refusal = await refusalOf(completeSetup(empty.db, setupOptions({ setupCode })));
			expect(refusal).toEqual({
				code: 'invalid',
				messageKey: 'common.formHasErrors',
				fieldErrors: { setupCode: 'setup.codeWrong' }
			});
		}
		expect(await empty.db.select().from(offices)).toEqual([]);
		// Typed in lower case with spaces instead of dashes, the right code still counts.
		expect(
			isSetupCode(
				currentSetupCode(() => {})
					.toLowerCase()
					.replace(/-/g, ' ')
			)
		).toBe(true);
	});

	it('creates the default office and its administrator on an empty database, and signs them in', async () => {
		expect(await resolveOffice(empty.db, 'mladi.pozega.test')).toBeNull();
		const result = await completeSetup(empty.db, setupOptions());

		const office = await resolveOffice(empty.db, 'mladi.pozega.test');
		expect(office).toMatchObject({
			id: result.officeId,
			name: 'Канцеларија за младе Пожега',
			municipality: 'Пожега',
			publicUrl: 'https://mladi.pozega.test',
			hosts: ['mladi.pozega.test'],
			isDefault: true,
			isDemo: false
		});
		// It is the default office, so it answers on any other host too.
		expect((await resolveOffice(empty.db, 'localhost:3000'))?.id).toBe(result.officeId);

		const session = await validateSession(empty.db, result.token, result.officeId);
		expect(session?.actor).toMatchObject({
			name: 'Прва Администраторка',
			email: 'admin@pozega.test',
			roles: ['administrator'],
			isDemo: false
		});
		expect(await latestAudit(empty.db, result.officeId, 'settings.setup_completed')).toMatchObject({
			actorUserId: session?.actor.userId
		});
	});

	it('refuses to run a second time and changes nothing', async () => {
		const refusal = await refusalOf(
			completeSetup(empty.db, setupOptions({ officeName: 'Отета', adminEmail: 'intruder@example.test' }))
		);
		expect(refusal).toEqual({ code: 'conflict', messageKey: 'setup.alreadyDone', fieldErrors: {} });
		expect(await empty.db.select().from(offices)).toHaveLength(1);
		expect(await empty.db.select().from(users).where(eq(users.email, 'intruder@example.test'))).toEqual([]);
	});

	it('lets only one of two simultaneous setups through', async () => {
		const race = await createTestDatabase();
		try {
			const results = await Promise.allSettled([
				completeSetup(race.db, setupOptions({ adminEmail: 'first@example.test' })),
				completeSetup(race.db, setupOptions({ adminEmail: 'second@example.test' }))
			]);
			expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
			const [rejected] = results.filter((result) => result.status === 'rejected');
			expect((rejected as PromiseRejectedResult).reason).toMatchObject({
				code: 'conflict',
				messageKey: 'setup.alreadyDone'
			});
			expect(await race.db.select().from(offices)).toHaveLength(1);
			expect(await race.db.select().from(memberships)).toHaveLength(1);
		} finally {
			await race.close();
		}
	});
});

describe('removing the demo content', () => {
	const clientAddress = '198.51.100.7';

	/** Signs in as one of the demo accounts and returns the actor and session token. */
	async function signInAsDemo(db: Database, officeId: string, email: string) {
		const { token } = await signIn(contextOf(db, officeId, null), { email, password: DEMO_PASSWORD, clientAddress });
		const session = await validateSession(db, token, officeId);
		return { actor: session!.actor, token };
	}

	async function demoAccounts(db: Database) {
		return db.select({ email: users.email }).from(users).where(eq(users.isDemo, true));
	}

	describe('by an administrator with a real account', () => {
		let officeId: string;
		let administrator: Actor;
		let youngPerson: Actor;
		beforeAll(async () => {
			const demo = await loadDemoOffice(test.db);
			officeId = demo.officeId;
			// One demo account per role, all sharing the printed demo password.
			expect(demo.accounts.map((account) => account.role).sort()).toEqual([...ROLES].sort());
			administrator = await createPerson(test.db, { officeId, roles: ['administrator'] });
			youngPerson = await createPerson(test.db, { officeId });
			await test.db.insert(pages).values({ officeId, slug: 'nasa-prava-strana', title: 'Наша права страна' });
			invalidateOfficeCache();
		});

		it.each([['coordinator'], ['staff'], ['young_person']] as [Role][])(
			'is refused to a %s, leaving the demo in place',
			async (role) => {
				const someone = await createPerson(test.db, { officeId, roles: [role] });
				expect(
					(await refusalOf(removeDemoContent(contextOf(test.db, officeId, someone), { modules: manifests }))).code
				).toBe('forbidden');
				expect((await getOfficeById(test.db, officeId))?.isDemo).toBe(true);
			}
		);

		it('is refused to the demo coordinator too', async () => {
			const { actor } = await signInAsDemo(test.db, officeId, 'koordinator@demo.kzm.test');
			expect(
				(await refusalOf(removeDemoContent(contextOf(test.db, officeId, actor), { modules: manifests }))).code
			).toBe('forbidden');
		});

		it('has a cover image on its home page: the drawn landscape, in the library, ready in every width', async () => {
			const coverId = (await getOfficeById(test.db, officeId))?.coverMediaId;
			expect(coverId, 'the demo office has a cover').toBeTruthy();
			const cover = (await getMediaForDisplay(test.db, officeId, [coverId!])).get(coverId!);
			expect(cover?.alt).toBe('Илустрација: брда у сумрак под плавим небом, сунце на заласку');
			expect(cover?.width).toBe(1600);
			expect(cover?.sources.webp.length).toBeGreaterThan(1);
		});

		it('removes the demo pages and accounts, keeps real ones, and ends demo mode', async () => {
			expect((await resolveOffice(test.db, 'localhost'))?.isDemo).toBe(true);
			expect((await listPublishedPages(test.db, officeId)).length).toBeGreaterThan(1);
			const demoCover = (await getOfficeById(test.db, officeId))?.coverMediaId;

			const result = await removeDemoContent(contextOf(test.db, officeId, administrator), { modules: manifests });

			expect(result.session).toBeNull();
			expect((await listPublishedPages(test.db, officeId)).map((page) => page.slug)).toEqual(['nasa-prava-strana']);
			expect(await demoAccounts(test.db)).toEqual([]);
			const people = await test.db
				.select({ userId: memberships.userId })
				.from(memberships)
				.where(eq(memberships.officeId, officeId));
			expect(people.map((row) => row.userId)).toEqual(
				expect.arrayContaining([administrator.userId, youngPerson.userId])
			);
			expect((await getOfficeById(test.db, officeId))?.isDemo).toBe(false);
			// The banner disappears at once: the cached office is refreshed.
			expect((await resolveOffice(test.db, 'localhost'))?.isDemo).toBe(false);
			// The settings entered while trying the demo stay; the demo's cover goes with the demo images.
			expect((await getOfficeById(test.db, officeId))?.name).toBe('Канцеларија за младе општине Ивањица');
			expect((await getOfficeById(test.db, officeId))?.coverMediaId).toBeNull();
			expect((await getMediaForDisplay(test.db, officeId, [demoCover!])).size).toBe(0);
			expect(await latestAudit(test.db, officeId, 'settings.demo_removed')).toMatchObject({
				actorUserId: administrator.userId,
				details: { removedBy: administrator.email }
			});
		});

		it('leaves the demo accounts unable to sign in', async () => {
			const refusal = await refusalOf(
				signIn(contextOf(test.db, officeId, null), {
					email: 'admin@demo.kzm.test',
					password: DEMO_PASSWORD,
					clientAddress
				})
			);
			expect(refusal.messageKey).toBe('accounts.signIn.failed');
		});
	});

	describe('by the demo administrator', () => {
		let demoDb: TestDatabase;
		let officeId: string;
		let demoAdministrator: Actor;
		let demoToken: string;
		let demoPageCount: number;
		// One account per role plus the demo people of modules (volunteers, council members...).
		let demoAccountCount: number;
		beforeAll(async () => {
			demoDb = await createTestDatabase();
			({ officeId } = await loadDemoOffice(demoDb.db));
			demoPageCount = (await listPublishedPages(demoDb.db, officeId)).length;
			demoAccountCount = (await demoAccounts(demoDb.db)).length;
			expect(demoAccountCount).toBeGreaterThanOrEqual(ROLES.length);
			expect(demoPageCount).toBeGreaterThan(0);
			({ actor: demoAdministrator, token: demoToken } = await signInAsDemo(demoDb.db, officeId, 'admin@demo.kzm.test'));
			invalidateOfficeCache();
		});
		afterAll(() => demoDb.close());

		const remove = (newAdministrator?: { name: string; email: string; password: string; passwordConfirm: string }) =>
			removeDemoContent(contextOf(demoDb.db, officeId, demoAdministrator), { modules: manifests, newAdministrator });

		async function expectDemoUntouched() {
			expect((await getOfficeById(demoDb.db, officeId))?.isDemo).toBe(true);
			expect(await demoAccounts(demoDb.db)).toHaveLength(demoAccountCount);
			expect(await listPublishedPages(demoDb.db, officeId)).toHaveLength(demoPageCount);
		}

		it('must name a real administrator account first', async () => {
			expect(demoAdministrator.isDemo).toBe(true);
			expect(await refusalOf(remove())).toEqual({
				code: 'invalid',
				messageKey: 'common.formHasErrors',
				fieldErrors: {
					adminName: 'validation.required',
					adminEmail: 'validation.required',
					password: 'validation.passwordTooShort|{"min":10}'
				}
			});
			expect((await refusalOf(remove({ name: '', email: '', password: '', passwordConfirm: '' }))).fieldErrors).toEqual(
				{
					adminName: 'validation.required',
					adminEmail: 'validation.required',
					password: 'validation.passwordTooShort|{"min":10}'
				}
			);
			await expectDemoUntouched();
		});

		it('refuses a short password or one typed differently twice', async () => {
			const base = { name: 'Права Администраторка', email: 'prava@ivanjica.test' };
			expect((await refusalOf(remove({ ...base, password: 'short', passwordConfirm: 'short' }))).fieldErrors).toEqual({
				password: 'validation.passwordTooShort|{"min":10}'
			});
			expect(
				(
					await refusalOf(
						remove({ ...base, password: 'long enough password', passwordConfirm: 'long enough passw0rd' })
					)
				).fieldErrors
			).toEqual({ passwordConfirm: 'validation.passwordsDiffer' });
			await expectDemoUntouched();
		});

		it('refuses an address that already has an account, changing nothing', async () => {
			const existing = await createPerson(demoDb.db, { officeId, email: 'taken@ivanjica.test' });
			const refusal = await refusalOf(
				remove({
					name: 'Неко',
					email: existing.email,
					password: 'long enough password',
					passwordConfirm: 'long enough password'
				})
			);
			expect(refusal.fieldErrors).toEqual({ adminEmail: 'accounts.signUp.emailTaken' });
			await expectDemoUntouched();
		});

		it('creates the real administrator, signs them in and removes every demo account', async () => {
			const result = await remove({
				name: 'Права Администраторка',
				email: 'prava@ivanjica.test',
				password: 'long enough password',
				passwordConfirm: 'long enough password'
			});

			expect(result.session).not.toBeNull();
			const session = await validateSession(demoDb.db, result.session!.token, officeId);
			expect(session?.actor).toMatchObject({
				name: 'Права Администраторка',
				email: 'prava@ivanjica.test',
				roles: ['administrator'],
				isDemo: false
			});
			// The demo administrator's own session ended with the account.
			expect(await validateSession(demoDb.db, demoToken, officeId)).toBeNull();
			expect(await demoAccounts(demoDb.db)).toEqual([]);
			expect(await listPublishedPages(demoDb.db, officeId)).toEqual([]);
			expect((await getOfficeById(demoDb.db, officeId))?.isDemo).toBe(false);
			expect(await latestAudit(demoDb.db, officeId, 'settings.demo_removed')).toMatchObject({
				actorUserId: session?.actor.userId,
				details: { removedBy: 'admin@demo.kzm.test' }
			});
			// The new account works with the password chosen.
			await expect(
				signIn(contextOf(demoDb.db, officeId, null), {
					email: 'prava@ivanjica.test',
					password: 'long enough password',
					clientAddress
				})
			).resolves.toMatchObject({ userId: session?.actor.userId });
		});
	});
});
