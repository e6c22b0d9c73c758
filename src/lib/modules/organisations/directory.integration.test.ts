import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, memberships, outboxMessages } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { searchKey } from '../../i18n/script.ts';
import {
	organisationChanges,
	organisationConfirmations,
	organisationContacts,
	organisationMembers,
	organisationRepresentatives,
	organisations
} from './schema.ts';
import {
	getPublicOrganisation,
	listDirectory,
	listDirectorySitemap,
	searchDirectory
} from './directory-queries.server.ts';
import { claimOrganisation } from './commands/claim-organisation.server.ts';
import { decideClaim } from './commands/decide-claim.server.ts';
import { proposeOrganisationChanges } from './commands/propose-organisation-changes.server.ts';
import { reviewOrganisationChange } from './commands/review-organisation-change.server.ts';
import { setReviewPublicChanges } from './commands/review-settings.server.ts';
import { requestListing, LISTING_RATE_LIMIT } from './commands/request-listing.server.ts';
import { decideListing } from './commands/decide-listing.server.ts';
import { sendYearlyConfirmations } from './commands/send-yearly-confirmations.server.ts';
import { sendConfirmationNow } from './commands/send-confirmation-now.server.ts';
import { answerConfirmation } from './commands/answer-confirmation.server.ts';
import { getConfirmationByToken, listConfirmationFollowUps } from './confirmations-queries.server.ts';
import { listOrganisationRequests } from './claims-queries.server.ts';
import { getProfileForRepresentative, listMyOrganisations } from './self-service-queries.server.ts';
import { readProfile } from './self-service-profile.server.ts';
import type { ProfileSnapshot } from './self-service-profile.ts';
import { parseProfileForm } from './self-service-inputs.ts';
import { removeDemoOrganisations, seedDemoOrganisations } from './seed.server.ts';
import { parseForm } from '../../server/forms.ts';
import { isListingHoneypotHit, listingRequestInput } from './listing-inputs.ts';
import { organisationsManifest } from './manifest.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

let counter = 0;
const newAddress = () => `203.0.113.${++counter}`;

interface Setup {
	officeId: string;
	coordinator: Actor;
	orgId: string;
	slug: string;
}

/** An office with a coordinator and one listed association holding private details of every kind. */
async function setup(): Promise<Setup> {
	const office = await createOffice(test.db, { email: 'kzm@ivanjica.test' });
	const coordinator = await createPerson(test.db, { officeId: office.id, roles: ['coordinator'] });
	const slug = `udruzenje-${++counter}`;
	const [org] = await test.db
		.insert(organisations)
		.values({
			officeId: office.id,
			slug,
			name: 'Удружење „Шумадијски млади”',
			type: 'youth_association',
			areas: ['culture', 'education'],
			targetGroups: ['pupils'],
			description: 'Радионице и трибине за средњошколце.',
			address: 'Тајна улица 7',
			email: 'privatno@udruzenje.test',
			phone: '+381 11 000 111',
			website: 'https://udruzenje.test',
			staffNotes: 'БЕЛЕШКА-ЗА-ОСОБЉЕ',
			publicFields: ['website', 'contacts'],
			registrationNumber: '99887766'
		})
		.returning({ id: organisations.id });
	await test.db.insert(organisationContacts).values([
		{
			officeId: office.id,
			organisationId: org.id,
			name: 'Јавна Особа',
			email: 'javna@udruzenje.test',
			isPublic: true
		},
		{
			officeId: office.id,
			organisationId: org.id,
			name: 'Скривена Особа',
			email: 'skrivena@udruzenje.test',
			phone: '+381 60 999 999'
		}
	]);
	await test.db
		.insert(organisationMembers)
		.values({ officeId: office.id, organisationId: org.id, name: 'Тајни Члан', birthYear: 2007 });
	return { officeId: office.id, coordinator, orgId: org.id, slug };
}

const CLAIM = { role: 'Председница', message: 'Водим удружење од 2022.', consent: true };

async function approvedRepresentative(s: Setup): Promise<Actor> {
	const person = await createPerson(test.db, { officeId: s.officeId, roles: ['young_person'] });
	await claimOrganisation(contextOf(test.db, s.officeId, person), { ...CLAIM, slug: s.slug });
	await decideClaim(contextOf(test.db, s.officeId, s.coordinator), {
		organisationId: s.orgId,
		userId: person.userId,
		decision: 'approve'
	});
	return { ...person, roles: [...person.roles, 'association_representative'] };
}

async function profileWith(s: Setup, changes: Partial<ProfileSnapshot>): Promise<ProfileSnapshot> {
	return { ...(await readProfile(test.db, s.orgId))!, ...changes };
}

describe('the public directory', () => {
	it('lists, filters and finds listed organisations across scripts, never pending, hidden, merged or dissolved ones', async () => {
		const s = await setup();
		const base = { officeId: s.officeId, type: 'school' as const, description: '' };
		await test.db.insert(organisations).values([
			{ ...base, slug: 'gimnazija', name: 'Гимназија Ивањица', areas: ['education'] },
			{ ...base, slug: 'skrivena', name: 'Гимназија Скривена', listing: 'hidden' },
			{ ...base, slug: 'na-cekanju', name: 'Гимназија на чекању', listing: 'pending' },
			{ ...base, slug: 'ugasena', name: 'Гимназија угашена', status: 'dissolved' },
			{ ...base, slug: 'neaktivna', name: 'Гимназија неактивна', status: 'inactive' },
			{ ...base, slug: 'spojena', name: 'Гимназија спојена', mergedIntoId: s.orgId }
		]);
		const all = await listDirectory(test.db, s.officeId);
		expect(all.rows.map((row) => row.slug).sort()).toEqual(['gimnazija', 'neaktivna', s.slug].sort());

		const latin = await listDirectory(test.db, s.officeId, { query: 'gimnazija ivanjica' });
		expect(latin.rows[0].slug).toBe('gimnazija');
		const byType = await listDirectory(test.db, s.officeId, { type: 'youth_association' });
		expect(byType.rows.map((row) => row.slug)).toEqual([s.slug]);
		const byArea = await listDirectory(test.db, s.officeId, { area: 'education' });
		expect(byArea.rows.map((row) => row.slug).sort()).toEqual(['gimnazija', s.slug].sort());
		const byTarget = await listDirectory(test.db, s.officeId, { target: 'pupils', area: 'culture' });
		expect(byTarget.rows.map((row) => row.slug)).toEqual([s.slug]);

		const paged = await listDirectory(test.db, s.officeId, { pageSize: 2, page: 2 });
		expect(paged).toMatchObject({ total: 3, page: 2, pages: 2 });
		expect(paged.rows).toHaveLength(1);

		const hits = await searchDirectory(test.db, s.officeId, searchKey('gimnazija'), 10);
		expect(hits.map((hit) => hit.path).sort()).toEqual(['/organisations/gimnazija', '/organisations/neaktivna']);
		const sitemap = await listDirectorySitemap(test.db, s.officeId);
		expect(sitemap.map((entry) => entry.path)).not.toContain('/organisations/skrivena');
		expect(await getPublicOrganisation(test.db, s.officeId, 'na-cekanju')).toBeNull();
	});

	it('never lets private fields reach a public page, the list or the search', async () => {
		const s = await setup();
		const page = await getPublicOrganisation(test.db, s.officeId, s.slug);
		const list = await listDirectory(test.db, s.officeId);
		const hits = await searchDirectory(test.db, s.officeId, searchKey('sumadijski'), 10);
		expect(hits).toHaveLength(1);
		const shown = JSON.stringify({ page, list, hits });
		for (const secret of [
			'БЕЛЕШКА-ЗА-ОСОБЉЕ',
			'Тајни Члан',
			'Скривена Особа',
			'skrivena@udruzenje.test',
			'privatno@udruzenje.test',
			'+381 11 000 111',
			'Тајна улица',
			'99887766'
		])
			expect(shown).not.toContain(secret);
		expect(page).toMatchObject({ website: 'https://udruzenje.test', email: '', phone: '', address: '' });
		expect(page!.contacts).toEqual([{ name: 'Јавна Особа', role: '', email: 'javna@udruzenje.test', phone: '' }]);

		// Without "contacts" among the public fields, even a public contact person stays private.
		await test.db
			.update(organisations)
			.set({ publicFields: ['email'] })
			.where(eq(organisations.id, s.orgId));
		const again = await getPublicOrganisation(test.db, s.officeId, s.slug);
		expect(again).toMatchObject({ email: 'privatno@udruzenje.test', website: '', contacts: [] });
	});
});

describe('claiming an organisation', () => {
	it('goes from claim to approval, grants the representative role once and lets the person edit', async () => {
		const s = await setup();
		const person = await createPerson(test.db, { officeId: s.officeId, roles: ['young_person'] });
		const ctx = contextOf(test.db, s.officeId, person);
		await claimOrganisation(ctx, { ...CLAIM, slug: s.slug });
		await expect(claimOrganisation(ctx, { ...CLAIM, slug: s.slug })).rejects.toMatchObject({
			messageKey: 'organisations.claim.alreadyPending'
		});
		// Not yet approved: no editing.
		await expect(getProfileForRepresentative(ctx, s.slug)).rejects.toMatchObject({ code: 'forbidden' });

		const requests = await listOrganisationRequests(contextOf(test.db, s.officeId, s.coordinator));
		expect(requests.claims).toEqual([
			expect.objectContaining({
				organisationId: s.orgId,
				userId: person.userId,
				message: expect.stringContaining('Председница')
			})
		]);
		await expect(
			decideClaim(ctx, { organisationId: s.orgId, userId: person.userId, decision: 'approve' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await decideClaim(contextOf(test.db, s.officeId, s.coordinator), {
			organisationId: s.orgId,
			userId: person.userId,
			decision: 'approve'
		});
		const roles = await test.db
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.officeId, s.officeId), eq(memberships.userId, person.userId)));
		expect(roles.map((row) => row.role).sort()).toEqual(['association_representative', 'young_person']);
		const mail = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, person.email));
		expect(mail).toHaveLength(1);
		expect(mail[0].textBody).toContain(`/organisations/${s.slug}/edit`);

		expect(await listMyOrganisations(ctx)).toEqual([expect.objectContaining({ slug: s.slug, claim: 'approved' })]);
		const after = await listOrganisationRequests(contextOf(test.db, s.officeId, s.coordinator));
		expect(after.claims).toEqual([]);
		expect(after.representatives).toEqual([
			expect.objectContaining({ organisationId: s.orgId, userId: person.userId })
		]);
		const profile = await getProfileForRepresentative(ctx, s.slug);
		expect(profile.profile.members).toEqual([{ name: 'Тајни Члан', birthYear: 2007 }]);
	});

	it('refuses claims on organisations that are not listed', async () => {
		const s = await setup();
		await test.db.update(organisations).set({ listing: 'hidden' }).where(eq(organisations.id, s.orgId));
		const person = await createPerson(test.db, { officeId: s.officeId });
		await expect(
			claimOrganisation(contextOf(test.db, s.officeId, person), { ...CLAIM, slug: s.slug })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			claimOrganisation(contextOf(test.db, s.officeId, null), { ...CLAIM, slug: s.slug })
		).rejects.toMatchObject({ code: 'unauthenticated' });
	});
});

describe('representatives keeping the profile up to date', () => {
	it('holds public changes for review, applies private ones at once, and records both', async () => {
		const s = await setup();
		const rep = await approvedRepresentative(s);
		const ctx = contextOf(test.db, s.officeId, rep);
		const result = await proposeOrganisationChanges(ctx, {
			slug: s.slug,
			profile: await profileWith(s, {
				description: 'Нови опис удружења.',
				phone: '+381 11 222 333', // private: phone is not a public field
				members: [{ name: 'Нови Члан', birthYear: 2006 }] // not an informal group: ignored
			})
		});
		expect(result).toEqual({ applied: ['phone'], pending: ['description'] });
		let page = await getPublicOrganisation(test.db, s.officeId, s.slug);
		expect(page!.description).toBe('Радионице и трибине за средњошколце.');
		const [stored] = await test.db.select().from(organisations).where(eq(organisations.id, s.orgId));
		expect(stored.phone).toBe('+381 11 222 333');
		const members = await test.db
			.select()
			.from(organisationMembers)
			.where(eq(organisationMembers.organisationId, s.orgId));
		expect(members.map((member) => member.name)).toEqual(['Тајни Члан']);

		const history = await test.db
			.select()
			.from(organisationChanges)
			.where(eq(organisationChanges.organisationId, s.orgId));
		expect(history.map((row) => row.status).sort()).toEqual(['applied', 'pending']);
		const pending = history.find((row) => row.status === 'pending')!;
		expect(pending.changes).toEqual([
			{ field: 'description', before: 'Радионице и трибине за средњошколце.', after: 'Нови опис удружења.' }
		]);
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, s.orgId), eq(auditLog.action, 'organisations.profile_changed')));
		expect(audits).toHaveLength(1);

		await expect(reviewOrganisationChange(ctx, { changeId: pending.id, decision: 'approve' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await reviewOrganisationChange(contextOf(test.db, s.officeId, s.coordinator), {
			changeId: pending.id,
			decision: 'approve'
		});
		page = await getPublicOrganisation(test.db, s.officeId, s.slug);
		expect(page!.description).toBe('Нови опис удружења.');
		await expect(
			reviewOrganisationChange(contextOf(test.db, s.officeId, s.coordinator), {
				changeId: pending.id,
				decision: 'reject'
			})
		).rejects.toMatchObject({ messageKey: 'organisations.requests.alreadyDecided' });
	});

	it('treats a newly public contact person as a public change and keeps a rejected change off the page', async () => {
		const s = await setup();
		const rep = await approvedRepresentative(s);
		const before = await readProfile(test.db, s.orgId);
		const contacts = before!.contacts.map((contact) => ({ ...contact, isPublic: true }));
		const result = await proposeOrganisationChanges(contextOf(test.db, s.officeId, rep), {
			slug: s.slug,
			profile: { ...before!, contacts }
		});
		expect(result.pending).toEqual(['contacts']);
		const [change] = await test.db
			.select()
			.from(organisationChanges)
			.where(and(eq(organisationChanges.organisationId, s.orgId), eq(organisationChanges.status, 'pending')));
		await reviewOrganisationChange(contextOf(test.db, s.officeId, s.coordinator), {
			changeId: change.id,
			decision: 'reject'
		});
		const page = await getPublicOrganisation(test.db, s.officeId, s.slug);
		expect(page!.contacts.map((contact) => contact.name)).toEqual(['Јавна Особа']);
	});

	it('puts public changes live at once when the office does not review them', async () => {
		const s = await setup();
		await setReviewPublicChanges(contextOf(test.db, s.officeId, s.coordinator), { review: false });
		const rep = await approvedRepresentative(s);
		const result = await proposeOrganisationChanges(contextOf(test.db, s.officeId, rep), {
			slug: s.slug,
			profile: await profileWith(s, { description: 'Одмах видљиво.', publicFields: ['website', 'contacts', 'email'] })
		});
		expect(result.pending).toEqual([]);
		const page = await getPublicOrganisation(test.db, s.officeId, s.slug);
		expect(page).toMatchObject({ description: 'Одмах видљиво.', email: 'privatno@udruzenje.test' });
	});

	it('never lets a representative edit another organisation, nor a pending or revoked one', async () => {
		const s = await setup();
		const other = await setup();
		const rep = await approvedRepresentative(s);
		const profile = await profileWith(other, { description: 'Туђе.' });
		// Another office's organisation is simply not found; one of the same office is forbidden.
		await expect(
			proposeOrganisationChanges(contextOf(test.db, s.officeId, rep), { slug: other.slug, profile })
		).rejects.toMatchObject({ code: 'not_found' });
		const [sibling] = await test.db
			.insert(organisations)
			.values({ officeId: s.officeId, slug: `sused-${counter}`, name: 'Суседно удружење', type: 'youth_association' })
			.returning({ slug: organisations.slug });
		await expect(
			proposeOrganisationChanges(contextOf(test.db, s.officeId, rep), { slug: sibling.slug, profile })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getProfileForRepresentative(contextOf(test.db, s.officeId, rep), sibling.slug)).rejects.toMatchObject({
			code: 'forbidden'
		});
		// A staff member of the office is not a representative either: staff edit through the back-office.
		await expect(
			proposeOrganisationChanges(contextOf(test.db, s.officeId, s.coordinator), { slug: s.slug, profile })
		).rejects.toMatchObject({ code: 'forbidden' });

		await decideClaim(contextOf(test.db, s.officeId, s.coordinator), {
			organisationId: s.orgId,
			userId: rep.userId,
			decision: 'revoke'
		});
		await expect(
			proposeOrganisationChanges(contextOf(test.db, s.officeId, rep), { slug: s.slug, profile })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('checks the profile form: informal groups need an adult contact and sensible years of birth', () => {
		const values = {
			description: 'Опис',
			email: 'nije-adresa',
			contactName: ['Мали Члан'],
			contactRole: [''],
			contactEmail: [''],
			contactPhone: [''],
			contactAdult: [],
			contactPublic: [],
			memberName: ['Члан', ''],
			memberBirthYear: ['1890', '']
		};
		const parsed = parseProfileForm(values, 'informal_group', 2026);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual(['contacts', 'email', 'memberBirthYear.0']);
		const good = parseProfileForm(
			{
				...values,
				email: '',
				contactAdult: ['0'],
				contactPublic: ['0'],
				memberBirthYear: ['2008', ''],
				areas: ['culture', 'bogus']
			},
			'informal_group',
			2026
		);
		expect(good.ok && good.profile).toMatchObject({
			areas: ['culture'],
			contacts: [{ name: 'Мали Члан', isAdult: true, isPublic: true }],
			members: [{ name: 'Члан', birthYear: 2008 }]
		});
	});
});

describe('asking to be listed', () => {
	const REQUEST = {
		name: 'Удружење „Нови почетак”',
		type: 'youth_association' as const,
		areas: ['participation' as const],
		description: 'Ново удружење младих из Ивањице.',
		email: 'novi@pocetak.test',
		consent: true,
		homepage: ''
	};

	it('stores a pending organisation that only becomes public once staff approve it, and tells the requester', async () => {
		const s = await setup();
		const ctx = contextOf(test.db, s.officeId, null);
		expect(await requestListing(ctx, { ...REQUEST, locale: 'sr-Latn', clientAddress: newAddress() })).toEqual({
			stored: true
		});
		const [created] = await test.db
			.select()
			.from(organisations)
			.where(and(eq(organisations.officeId, s.officeId), eq(organisations.requestedByEmail, REQUEST.email)));
		expect(created).toMatchObject({ listing: 'pending', email: REQUEST.email });
		expect(await getPublicOrganisation(test.db, s.officeId, created.slug)).toBeNull();
		const requests = await listOrganisationRequests(contextOf(test.db, s.officeId, s.coordinator));
		expect(requests.listings.map((row) => row.id)).toEqual([created.id]);

		await decideListing(contextOf(test.db, s.officeId, s.coordinator), {
			organisationId: created.id,
			decision: 'approve'
		});
		const page = await getPublicOrganisation(test.db, s.officeId, created.slug);
		expect(page?.name).toBe(REQUEST.name);
		expect(page?.email).toBe(''); // the contact address is for the office, not the public
		const mail = await test.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, REQUEST.email));
		expect(mail).toHaveLength(1);
		await expect(
			decideListing(contextOf(test.db, s.officeId, s.coordinator), { organisationId: created.id, decision: 'reject' })
		).rejects.toMatchObject({ messageKey: 'organisations.requests.alreadyDecided' });
	});

	it('checks the public form field by field and spots the trap', () => {
		const form = new FormData();
		form.set('name', ' ');
		form.set('type', 'cult');
		form.append('areas', 'culture');
		form.append('areas', 'nonsense');
		form.set('description', 'Опис');
		form.set('email', 'nije-adresa');
		const parsed = parseForm(listingRequestInput, form, ['areas']);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		const errors = (parsed.failure.data as { errors: Record<string, string> }).errors;
		expect(Object.keys(errors).sort()).toEqual(['consent', 'email', 'name', 'type']);
		expect(errors.type).toBe('organisations.listing.form.typeRequired');
		expect(isListingHoneypotHit({ homepage: 'http://spam.test' })).toBe(true);
		expect(isListingHoneypotHit({ homepage: '' })).toBe(false);

		form.set('name', 'Нова група');
		form.set('type', 'informal_group');
		form.set('email', 'grupa@example.test');
		form.set('consent', 'yes');
		const good = parseForm(listingRequestInput, form, ['areas']);
		expect(good.ok && good.data).toMatchObject({ type: 'informal_group', areas: ['culture'], consent: true });
	});

	it('keeps nothing from a filled trap field and limits requests per address', async () => {
		const s = await setup();
		const ctx = contextOf(test.db, s.officeId, null);
		expect(
			await requestListing(ctx, {
				...REQUEST,
				homepage: 'http://spam.test',
				locale: 'sr-Cyrl',
				clientAddress: newAddress()
			})
		).toEqual({ stored: false });
		const address = newAddress();
		for (let i = 0; i < LISTING_RATE_LIMIT.limit; i++)
			await requestListing(ctx, {
				...REQUEST,
				name: `${REQUEST.name} ${i}`,
				locale: 'sr-Cyrl',
				clientAddress: address
			});
		await expect(requestListing(ctx, { ...REQUEST, locale: 'sr-Cyrl', clientAddress: address })).rejects.toMatchObject({
			code: 'rate_limited'
		});
		const stored = await test.db
			.select()
			.from(organisations)
			.where(and(eq(organisations.officeId, s.officeId), like(organisations.name, `${REQUEST.name}%`)));
		expect(stored).toHaveLength(LISTING_RATE_LIMIT.limit);
	});

	it('records the claim of a signed-in requester for staff to decide', async () => {
		const s = await setup();
		const person = await createPerson(test.db, { officeId: s.officeId });
		await requestListing(contextOf(test.db, s.officeId, person), {
			...REQUEST,
			email: 'prijavljen@pocetak.test',
			locale: 'en',
			clientAddress: newAddress()
		});
		const claims = await test.db
			.select()
			.from(organisationRepresentatives)
			.where(eq(organisationRepresentatives.userId, person.userId));
		expect(claims).toEqual([expect.objectContaining({ status: 'pending' })]);
	});
});

describe('the yearly confirmation', () => {
	const JANUARY = new Date('2027-01-10T09:00:00Z');

	/** The token from the link in the last e-mail sent to an address. */
	async function tokenSentTo(officeId: string, address: string): Promise<string> {
		const mail = await test.db
			.select()
			.from(outboxMessages)
			.where(and(eq(outboxMessages.officeId, officeId), eq(outboxMessages.toAddress, address)))
			.orderBy(outboxMessages.createdAt);
		const match = /\/organisations\/confirm\/([\w-]+)/.exec(mail.at(-1)!.textBody);
		return match![1];
	}

	it('is sent once a year to active organisations with an e-mail, even by runs at the same time', async () => {
		const s = await setup();
		await test.db.insert(organisations).values([
			{ officeId: s.officeId, slug: `bez-poste-${counter}`, name: 'Без поште', type: 'school' },
			{
				officeId: s.officeId,
				slug: `neaktivna-${counter}`,
				name: 'Неактивна',
				type: 'school',
				email: 'neaktivna@example.test',
				status: 'inactive'
			}
		]);
		expect(await sendYearlyConfirmations(test.db, new Date('2027-03-10T09:00:00Z'))).toBe(0);
		const runs = await Promise.all([
			sendYearlyConfirmations(test.db, JANUARY),
			sendYearlyConfirmations(test.db, JANUARY)
		]);
		const rows = await test.db
			.select()
			.from(organisationConfirmations)
			.where(eq(organisationConfirmations.officeId, s.officeId));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ organisationId: s.orgId, year: 2027, sentTo: 'privatno@udruzenje.test' });
		expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
		const mail = await test.db
			.select()
			.from(outboxMessages)
			.where(and(eq(outboxMessages.officeId, s.officeId), eq(outboxMessages.toAddress, 'privatno@udruzenje.test')));
		expect(mail).toHaveLength(1);
		expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
		expect(await sendYearlyConfirmations(test.db, new Date('2027-01-20T09:00:00Z'))).toBe(0);
		// A different month can be configured.
		expect(
			await sendYearlyConfirmations(test.db, new Date('2027-03-10T09:00:00Z'), { month: 3 })
		).toBeGreaterThanOrEqual(0);
	});

	it('works once, sets the confirmation date, and a "no longer active" answer makes the organisation inactive', async () => {
		const s = await setup();
		await sendYearlyConfirmations(test.db, JANUARY);
		const token = await tokenSentTo(s.officeId, 'privatno@udruzenje.test');
		expect(await getConfirmationByToken(test.db, s.officeId, token, JANUARY)).toMatchObject({ state: 'open' });
		const answeredAt = new Date('2027-01-12T09:00:00Z');
		await answerConfirmation(test.db, { token, answer: 'inactive', now: answeredAt });
		const [org] = await test.db.select().from(organisations).where(eq(organisations.id, s.orgId));
		expect(org).toMatchObject({ status: 'inactive', confirmedAt: answeredAt });
		await expect(answerConfirmation(test.db, { token, answer: 'confirmed', now: answeredAt })).rejects.toMatchObject({
			messageKey: 'organisations.confirm.linkInvalid'
		});
		expect(await getConfirmationByToken(test.db, s.officeId, token, answeredAt)).toMatchObject({ state: 'answered' });
		expect(await getConfirmationByToken(test.db, s.officeId, 'x'.repeat(43), answeredAt)).toMatchObject({
			state: 'unknown'
		});
	});

	it('expires after sixty days, and the unanswered organisation is flagged for follow-up until confirmed again', async () => {
		const s = await setup();
		const staff = contextOf(test.db, s.officeId, s.coordinator);
		await sendConfirmationNow(staff, { organisationId: s.orgId, now: JANUARY });
		const token = await tokenSentTo(s.officeId, 'privatno@udruzenje.test');
		const late = new Date(JANUARY.getTime() + 61 * 86_400_000);
		expect(await getConfirmationByToken(test.db, s.officeId, token, late)).toMatchObject({ state: 'expired' });
		await expect(answerConfirmation(test.db, { token, answer: 'confirmed', now: late })).rejects.toMatchObject({
			code: 'invalid'
		});
		expect((await listConfirmationFollowUps(staff, late)).map((row) => row.id)).toEqual([s.orgId]);
		expect(await listConfirmationFollowUps(staff, JANUARY)).toEqual([]);

		// Staff send a new link: the old one stops working, the new one confirms and clears the flag.
		await sendConfirmationNow(staff, { organisationId: s.orgId, now: late });
		const fresh = await tokenSentTo(s.officeId, 'privatno@udruzenje.test');
		expect(fresh).not.toBe(token);
		await answerConfirmation(test.db, { token: fresh, answer: 'confirmed', now: late });
		expect(await listConfirmationFollowUps(staff, new Date(late.getTime() + 1000))).toEqual([]);
	});

	it('flags an organisation whose details need changes', async () => {
		const s = await setup();
		const staff = contextOf(test.db, s.officeId, s.coordinator);
		await sendConfirmationNow(staff, { organisationId: s.orgId, now: JANUARY });
		await answerConfirmation(test.db, {
			token: await tokenSentTo(s.officeId, 'privatno@udruzenje.test'),
			answer: 'changes',
			now: new Date(Date.now() + 1000)
		});
		expect((await listConfirmationFollowUps(staff)).map((row) => row.id)).toEqual([s.orgId]);
	});

	it('is in the manifest as a job', () => {
		expect(organisationsManifest.jobs?.map((job) => job.name)).toContain('organisations: yearly confirmation');
	});
});

describe('the demo directory', () => {
	it('has organisations of every type, the slugs other parts rely on, and goes away again', async () => {
		const office = await createOffice(test.db);
		const rep = await createPerson(test.db, {
			officeId: office.id,
			roles: ['association_representative'],
			email: 'udruzenje@demo.kzm.test'
		});
		await seedDemoOrganisations(test.db, office.id);
		const rows = await test.db.select().from(organisations).where(eq(organisations.officeId, office.id));
		expect(rows.length).toBeGreaterThanOrEqual(30);
		expect(new Set(rows.map((row) => row.type)).size).toBe(11);
		const slugs = rows.map((row) => row.slug);
		for (const slug of [
			'centar-za-kulturu-ivanjica',
			'nacionalna-sluzba-za-zaposljavanje-ivanjica',
			'udruzenje-mladi-ivanjice',
			'gimnazija-ivanjica',
			'radio-ivanjica'
		])
			expect(slugs).toContain(slug);
		expect(rows.filter((row) => row.listing === 'pending')).toHaveLength(1);
		expect(await listMyOrganisations(contextOf(test.db, office.id, rep))).toEqual([
			expect.objectContaining({ slug: 'udruzenje-mladi-ivanjice', claim: 'approved' })
		]);
		await removeDemoOrganisations(test.db, office.id);
		expect(await test.db.select().from(organisations).where(eq(organisations.officeId, office.id))).toEqual([]);
	});
});
