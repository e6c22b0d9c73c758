import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice } from '../../server/testing/factories.ts';
import { newsArticles } from '../news/schema.ts';
import { opportunities } from '../opportunities/schema.ts';
import { pages } from '../pages/schema.ts';
import { manifests } from '../registry.server.ts';
import { searchEverything } from './queries.server.ts';
import { SEARCH_CANDIDATES } from '../../server/search.ts';

let test: TestDatabase;
let officeId: string;
let otherOfficeId: string;
const HOUR = 3_600_000;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { isDefault: true })).id;
	otherOfficeId = (await createOffice(test.db, { hosts: ['druga.test'] })).id;
	const past = new Date(Date.now() - HOUR);
	const news = (
		slug: string,
		title: string,
		searchText: string,
		extra: Partial<typeof newsArticles.$inferInsert> = {}
	) => ({
		officeId,
		slug,
		title,
		summary: '',
		searchText,
		status: 'published' as const,
		publishAt: past,
		...extra
	});
	await test.db
		.insert(newsArticles)
		.values([
			news('klub', 'Омладински клуб отвара врата', 'Дођите у клуб сваког радног дана.'),
			news('sumadija', 'Гости из Шумадије', 'Удружења из Шумадије посетила су Ивањицу.'),
			news('radionice', 'Радионице у октобру', 'Програм за младе, помиње и омладински рад у тексту.'),
			news('nacrt', 'Омладински нацрт', 'Још није објављено.', { status: 'draft' }),
			news('kasnije', 'Омладински план за децембар', 'Заказано.', { publishAt: new Date(Date.now() + 24 * HOUR) }),
			news('druga', 'Омладински клуб друге општине', 'Друга канцеларија.', { officeId: otherOfficeId })
		]);
	await test.db.insert(opportunities).values({
		officeId,
		slug: 'centar',
		type: 'training',
		title: 'Obuka u Omladinskom centru Čačak',
		summary: 'Trening za volontere',
		searchText: 'Obuka traje dva dana.',
		status: 'published',
		publishAt: past,
		deadline: new Date(Date.now() + 10 * 24 * HOUR)
	});
	await test.db
		.insert(pages)
		.values({ officeId, slug: 'o-nama', title: 'О канцеларији', searchText: 'Рад са младима од 2009.' });
});
afterAll(() => test.close());

const paths = async (query: string) =>
	(await searchEverything(test.db, officeId, query, manifests, { databaseKind: test.kind })).hits.map(
		(hit) => hit.path
	);

describe('search across modules', () => {
	it('finds Cyrillic text from a Latin query without diacritics', async () => {
		expect(await paths('omladinski')).toContain('/news/klub');
		expect(await paths('sumadija')).toContain('/news/sumadija');
	});

	it('finds Latin text from a Cyrillic query in capitals, and across modules', async () => {
		const found = await paths('ОМЛАДИНСКИ');
		expect(found).toContain('/opportunities/centar');
		expect(found).toContain('/news/klub');
		expect(await paths('cacak')).toEqual(['/opportunities/centar']);
	});

	it('tolerates a typo', async () => {
		expect(await paths('omladinki klub')).toContain('/news/klub');
	});

	it('ranks a title match above a passing mention in the text', async () => {
		const found = await paths('omladinski klub');
		expect(found.indexOf('/news/klub')).toBeLessThan(found.indexOf('/news/radionice'));
		expect(found[0]).toBe('/news/klub');
	});

	it('never returns drafts, scheduled items or another office’s records', async () => {
		const found = await paths('omladinski');
		expect(found).not.toContain('/news/nacrt');
		expect(found).not.toContain('/news/kasnije');
		expect(found).not.toContain('/news/druga');
	});

	it('asks for at least two letters and survives any input', async () => {
		expect(await searchEverything(test.db, officeId, 'a', manifests, { databaseKind: test.kind })).toMatchObject({
			hits: [],
			isTooShort: true
		});
		expect((await searchEverything(test.db, officeId, '', manifests, { databaseKind: test.kind })).isTooShort).toBe(
			false
		);
		for (const odd of ['"unclosed', 'a & | ! ( )', "'; DROP TABLE pages; --", '%_\\', 'x'.repeat(5000), '::*']) {
			await expect(
				searchEverything(test.db, officeId, odd, manifests, { databaseKind: test.kind })
			).resolves.toBeDefined();
		}
	});
});

describe('the title counts more than the start of a summary', () => {
	it('ranks words in the title above the same words after the first 80 letters of the lead', async () => {
		const leadOfficeId = (await createOffice(test.db, { hosts: ['naslov.test'] })).id;
		const past = Date.now() - HOUR;
		await test.db.insert(newsArticles).values([
			{
				officeId: leadOfficeId,
				slug: 'u-sazetku',
				// Newer, and both words inside the 160-letter lead, but only after its first 80 letters.
				title: 'Недељни преглед свега што се дешавало у канцеларији за младе током претходних седам дана',
				summary: 'Волонтерски сервис почиње у понедељак.',
				status: 'published' as const,
				publishAt: new Date(past)
			},
			{
				officeId: leadOfficeId,
				slug: 'u-naslovu',
				title: 'Волонтерски сервис почиње',
				summary: 'Пријаве су отворене.',
				status: 'published' as const,
				publishAt: new Date(past - 24 * HOUR)
			}
		]);
		for (const query of ['volonterski servis', 'ВОЛОНТЕРСКИ СЕРВИС']) {
			const { hits } = await searchEverything(test.db, leadOfficeId, query, manifests, { databaseKind: test.kind });
			expect(hits.map((hit) => hit.path)).toEqual(['/news/u-naslovu', '/news/u-sazetku']);
		}
	});
});

describe('search over many matching records', () => {
	it('ranks only a capped set of candidates, and the best match is always among them', async () => {
		const busyOfficeId = (await createOffice(test.db, { hosts: ['puno.test'] })).id;
		const start = Date.now() - 1000 * HOUR;
		// More mentions than the cap, all newer than the one article about the subject itself.
		const mentions = Array.from({ length: SEARCH_CANDIDATES + 50 }, (_, index) => ({
			officeId: busyOfficeId,
			slug: `pominje-${index}`,
			title: `Вести из канцеларије број ${index}`,
			// The mention comes after the first 160 letters, where titles and summaries are.
			summary:
				'Кратак преглед онога што се у канцеларији дешавало током прошле недеље, за оне који нису стигли да дођу на састанке, радионице и отворене дане.',
			searchText: 'Између осталог, помињемо и стипендије за студенте.',
			status: 'published' as const,
			publishAt: new Date(start + (index + 1) * HOUR)
		}));
		await test.db.insert(newsArticles).values([
			...mentions,
			{
				officeId: busyOfficeId,
				slug: 'stipendije',
				title: 'Стипендије за студенте из општине',
				summary: 'Ко може да се пријави и до када.',
				searchText: 'Општина додељује стипендије студентима.',
				status: 'published' as const,
				publishAt: new Date(start)
			}
		]);
		for (const query of ['stipendije za studente', 'СТИПЕНДИЈА', 'stipendje']) {
			const { hits } = await searchEverything(test.db, busyOfficeId, query, manifests, { databaseKind: test.kind });
			expect(hits[0]?.path, query).toBe('/news/stipendije');
			expect(hits).toHaveLength(40);
		}
	});
});
