import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { createOffice } from './testing/factories.ts';
import { pages } from '../modules/pages/schema.ts';
import { manifests } from '../modules/registry.server.ts';
import { buildSitemapXml, collectSitemapEntries } from './sitemap.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

describe('sitemap.xml', () => {
	it('lists public addresses only, in all three locales with their alternates, as valid XML', async () => {
		const office = await createOffice(test.db, { isDefault: true });
		await test.db.insert(pages).values([
			{ officeId: office.id, slug: 'javna', title: 'Јавна' },
			{ officeId: office.id, slug: 'skrivena', title: 'Скривена', isPublished: false }
		]);
		const entries = await collectSitemapEntries(test.db, office.id, manifests);
		// Participation's sections are public pages even before anything is published in them.
		expect(entries.map((entry) => entry.path)).toEqual([
			'/',
			'/pages/javna',
			'/initiatives',
			'/polls',
			'/budget',
			'/open-data'
		]);

		const xml = buildSitemapXml('https://mladi.example.rs', entries);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const urls = [parsed.urlset.url].flat() as Record<string, unknown>[];
		expect(urls.map((entry) => entry.loc)).toEqual([
			'https://mladi.example.rs/',
			'https://mladi.example.rs/lat',
			'https://mladi.example.rs/en',
			'https://mladi.example.rs/pages/javna',
			'https://mladi.example.rs/lat/pages/javna',
			'https://mladi.example.rs/en/pages/javna',
			...['initiatives', 'polls', 'budget', 'open-data'].flatMap((section) => [
				`https://mladi.example.rs/${section}`,
				`https://mladi.example.rs/lat/${section}`,
				`https://mladi.example.rs/en/${section}`
			])
		]);
		const alternates = [urls[3]['xhtml:link']].flat() as Record<string, string>[];
		expect(alternates.map((link) => [link['@_hreflang'], link['@_href']])).toEqual([
			['sr-Cyrl', 'https://mladi.example.rs/pages/javna'],
			['sr-Latn', 'https://mladi.example.rs/lat/pages/javna'],
			['en', 'https://mladi.example.rs/en/pages/javna']
		]);
	});
});
