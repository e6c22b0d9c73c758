// Issue 20: search, the month calendar and the news archive are now read through indexes (a title
// lead column, a range index, the list index with its tie-break). These tests pin what a visitor sees
// so that the faster queries answer exactly what the slower ones did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { createOffice } from '../../server/testing/factories.ts';
import { SEARCH_CANDIDATES } from '../../server/search.ts';
import { newsArticles } from '../news/schema.ts';
import { listPublishedNews, NEWS_PAGE_SIZE } from '../news/queries.server.ts';
import { listSessionsBetween } from '../events/queries.server.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { manifests } from '../registry.server.ts';
import { searchEverything } from './queries.server.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let test: TestDatabase;

beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(async () => {
	await test.close();
});

describe('search ranked straight from the index', () => {
	it('ranks title matches among hundreds of them, the same in either script and with a typo', async () => {
		const officeId = (await createOffice(test.db, { hosts: ['rang.test'] })).id;
		const start = Date.now() - 5000 * HOUR;
		// Many more title matches than the cap, all newer than the article that names both words first.
		const titled = Array.from({ length: SEARCH_CANDIDATES * 3 }, (_, index) => ({
			officeId,
			slug: `klub-${index}`,
			title: `Клуб ${index}: вести из омладинског живота`,
			summary: '',
			searchText: 'Радионице, трибине и дружење.',
			status: 'published' as const,
			publishAt: new Date(start + (index + 10) * HOUR)
		}));
		await test.db.insert(newsArticles).values([
			...titled,
			{
				officeId,
				slug: 'omladinski-klub',
				title: 'Омладински клуб',
				summary: 'Омладински клуб Ивањица',
				searchText: 'Омладински клуб је отворен сваког дана.',
				status: 'published' as const,
				publishAt: new Date(start)
			}
		]);
		const latin = await searchEverything(test.db, officeId, 'omladinski klub', manifests, { databaseKind: test.kind });
		const cyrillic = await searchEverything(test.db, officeId, 'ОМЛАДИНСКИ КЛУБ', manifests, {
			databaseKind: test.kind
		});
		expect(latin.hits).toHaveLength(40);
		expect(cyrillic.hits.map((hit) => hit.path)).toEqual(latin.hits.map((hit) => hit.path));
		// The newest title matches are ranked: every hit names both words in its title.
		expect(latin.hits.every((hit) => /клуб/i.test(hit.title) && /омладин/i.test(hit.title))).toBe(true);
		// A typo at the end of a word still matches by its beginning; one early in a word by trigrams.
		for (const typo of ['omladinki klub', 'omladnski']) {
			const { hits } = await searchEverything(test.db, officeId, typo, manifests, { databaseKind: test.kind });
			expect(hits.length, typo).toBe(40);
			expect(hits.every((hit) => /омладин/i.test(hit.title))).toBe(true);
		}
	});

	it('ranks a mention deep in the text below a title match', async () => {
		const officeId = (await createOffice(test.db, { hosts: ['tijelo.test'] })).id;
		const past = new Date(Date.now() - HOUR);
		await test.db.insert(newsArticles).values([
			{
				officeId,
				slug: 'u-tekstu',
				title: 'Вести из канцеларије',
				// The mention comes after the first 160 letters, where titles and summaries are.
				summary:
					'Кратак преглед онога што се у канцеларији дешавало током прошле недеље, за оне који нису стигли да дођу на састанке, радионице и отворене дане.',
				searchText: 'Помињемо и волонтерски сервис.',
				status: 'published' as const,
				publishAt: past
			},
			{
				officeId,
				slug: 'u-naslovu',
				title: 'Волонтерски сервис почиње',
				summary: '',
				searchText: '',
				status: 'published' as const,
				publishAt: new Date(past.getTime() - DAY)
			}
		]);
		const { hits } = await searchEverything(test.db, officeId, 'volonterski servis', manifests, {
			databaseKind: test.kind
		});
		expect(hits.map((hit) => hit.path)).toEqual(['/news/u-naslovu', '/news/u-tekstu']);
	});
});

describe('the month calendar through the range index', () => {
	it('lists every meeting that overlaps the month, and none outside it', async () => {
		const officeId = (await createOffice(test.db, { hosts: ['mesec.test'] })).id;
		const from = new Date(Date.UTC(2030, 2, 1) - HOUR);
		const to = new Date(Date.UTC(2030, 3, 1) - 2 * HOUR);
		const at = (offset: number, hours = 2) => ({
			startsAt: new Date(from.getTime() + offset),
			endsAt: new Date(from.getTime() + offset + hours * HOUR)
		});
		const inside = await createTestEvent(test.db, officeId, { title: 'У месецу', sessions: [at(5 * DAY)] });
		const overlapsStart = await createTestEvent(test.db, officeId, { title: 'Прелази почетак', sessions: [at(-HOUR)] });
		const spansMonth = await createTestEvent(test.db, officeId, {
			title: 'Камп',
			sessions: [at(-3 * DAY, 40 * 24)]
		});
		const course = await createTestEvent(test.db, officeId, {
			title: 'Курс',
			sessions: [at(-14 * DAY), at(-7 * DAY), at(0), at(7 * DAY), at(40 * DAY)]
		});
		await createTestEvent(test.db, officeId, { title: 'Раније', sessions: [at(-2 * DAY)] });
		await createTestEvent(test.db, officeId, { title: 'Касније', sessions: [at(to.getTime() - from.getTime())] });
		await createTestEvent(test.db, officeId, { title: 'Нацрт', status: 'draft', sessions: [at(DAY)] });
		const sessions = await listSessionsBetween(test.db, officeId, { from, to });
		expect(sessions.map((session) => [session.event.title, session.number])).toEqual([
			['Камп', 1],
			['Прелази почетак', 1],
			['Курс', 3],
			['У месецу', 1],
			['Курс', 4]
		]);
		expect(new Set(sessions.map((session) => session.event.id))).toEqual(
			new Set([inside.id, overlapsStart.id, spansMonth.id, course.id])
		);
	});
});

describe('the news archive read by id from the list index', () => {
	it('pages through every public article once, newest first, ties by id, deep pages included', async () => {
		const officeId = (await createOffice(test.db, { hosts: ['arhiva.test'] })).id;
		const base = Date.now() - 1000 * HOUR;
		const count = NEWS_PAGE_SIZE * 7 + 3;
		// Pairs share a moment, so the order within a pair is the id tie-break.
		await test.db.insert(newsArticles).values([
			...Array.from({ length: count }, (_, index) => ({
				officeId,
				slug: `arhiva-${index}`,
				title: `Вест ${index}`,
				status: 'published' as const,
				publishAt: new Date(base + Math.floor(index / 2) * HOUR)
			})),
			{ officeId, slug: 'nacrt', title: 'Нацрт', status: 'draft' as const, publishAt: null },
			{
				officeId,
				slug: 'zakazana',
				title: 'Заказана',
				status: 'published' as const,
				publishAt: new Date(Date.now() + DAY)
			}
		]);
		const seen: string[] = [];
		const first = await listPublishedNews(test.db, officeId, { page: 1 });
		expect(first).toMatchObject({ total: count, pages: 8 });
		for (let page = 1; page <= first.pages; page++) {
			const list = await listPublishedNews(test.db, officeId, { page });
			seen.push(...list.items.map((item) => item.slug));
		}
		const rows = await test.db
			.select({ id: newsArticles.id, slug: newsArticles.slug, publishAt: newsArticles.publishAt })
			.from(newsArticles);
		const expected = rows
			.filter((row) => row.slug.startsWith('arhiva-'))
			.sort((a, b) => b.publishAt!.getTime() - a.publishAt!.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0))
			.map((row) => row.slug);
		expect(seen).toEqual(expected);
	});
});
