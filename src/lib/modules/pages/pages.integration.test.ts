import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice } from '../../server/testing/factories.ts';
import { pages } from './schema.ts';
import { getPublishedPage, listPublishedPages } from './queries.server.ts';
import { removeDemoPages, seedDemoPages } from './seed.server.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

describe('published pages', () => {
	let officeId: string;
	let otherOfficeId: string;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		otherOfficeId = (await createOffice(test.db)).id;
		await test.db.insert(pages).values([
			{ officeId, slug: 'kontakt', title: 'Контакт', sortOrder: 2 },
			{ officeId, slug: 'o-nama', title: 'О нама', titleEn: 'About us', sortOrder: 1 },
			{ officeId, slug: 'nacrt', title: 'Нацрт', sortOrder: 0, isPublished: false },
			{ officeId, slug: 'vesti', title: 'Вести', sortOrder: 2 },
			{ officeId: otherOfficeId, slug: 'o-nama', title: 'О другој канцеларији' }
		]);
	});

	it('lists the office’s published pages in menu order, leaving drafts out', async () => {
		expect(await listPublishedPages(test.db, officeId)).toEqual([
			{ slug: 'o-nama', title: 'О нама', titleEn: 'About us' },
			{ slug: 'vesti', title: 'Вести', titleEn: '' },
			{ slug: 'kontakt', title: 'Контакт', titleEn: '' }
		]);
	});

	// The database's collation (C) put Ђ, Ј, Љ, Њ, Ћ and Џ before А; menu order now uses the Serbian alphabet.
	it('orders pages with the same menu position by the Serbian alphabet', async () => {
		const office = await createOffice(test.db);
		await test.db.insert(pages).values([
			{ officeId: office.id, slug: 'djacki', title: 'Ђачки парламент' },
			{ officeId: office.id, slug: 'vesti', title: 'Вести' },
			{ officeId: office.id, slug: 'arhiva', title: 'Архива' }
		]);
		expect((await listPublishedPages(test.db, office.id)).map((page) => page.title)).toEqual([
			'Архива',
			'Вести',
			'Ђачки парламент'
		]);
	});

	it('shows a published page by its address, only in its own office', async () => {
		expect(await getPublishedPage(test.db, officeId, 'o-nama')).toMatchObject({ title: 'О нама', officeId });
		expect(await getPublishedPage(test.db, otherOfficeId, 'o-nama')).toMatchObject({
			title: 'О другој канцеларији'
		});
		expect(await getPublishedPage(test.db, otherOfficeId, 'kontakt')).toBeNull();
	});

	it('does not show a draft or an unknown address', async () => {
		expect(await getPublishedPage(test.db, officeId, 'nacrt')).toBeNull();
		expect(await getPublishedPage(test.db, officeId, 'nema-je')).toBeNull();
	});
});

describe('demo pages', () => {
	it('removes only the demo pages of the office asked', async () => {
		const demoOffice = (await createOffice(test.db)).id;
		const otherDemoOffice = (await createOffice(test.db)).id;
		await seedDemoPages(test.db, demoOffice);
		await seedDemoPages(test.db, otherDemoOffice);
		await test.db.insert(pages).values({ officeId: demoOffice, slug: 'nasa', title: 'Наша страна', sortOrder: 10 });
		const demoPageCount = (await listPublishedPages(test.db, otherDemoOffice)).length;
		expect(demoPageCount).toBeGreaterThan(0);
		expect(await listPublishedPages(test.db, demoOffice)).toHaveLength(demoPageCount + 1);

		await removeDemoPages(test.db, demoOffice);
		expect((await listPublishedPages(test.db, demoOffice)).map((page) => page.slug)).toEqual(['nasa']);
		expect(await listPublishedPages(test.db, otherDemoOffice)).toHaveLength(demoPageCount);
	});
});
