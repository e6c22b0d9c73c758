import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import sharp from 'sharp';
import Parser from 'rss-parser';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { searchKey } from '../../i18n/script.ts';
import { newsArticles, newsCategories, newsRevisions } from './schema.ts';
import { articleInput, categoryInput } from './inputs.ts';
import { createArticle } from './commands/create-article.server.ts';
import { updateArticle } from './commands/update-article.server.ts';
import { deleteArticle } from './commands/delete-article.server.ts';
import { restoreArticleRevision } from './commands/restore-article-revision.server.ts';
import { createCategory } from './commands/create-category.server.ts';
import { updateCategory } from './commands/update-category.server.ts';
import { deleteCategory } from './commands/delete-category.server.ts';
import {
	getArticleForEdit,
	getArticlePreview,
	getPublishedArticle,
	isMediaUsedInNews,
	listArticleRevisions,
	listArticlesForAdmin,
	listCategoriesForAdmin,
	listLatestNews,
	listNewsCategories,
	listNewsForFeed,
	listNewsSitemap,
	listPublishedNews,
	searchNews
} from './queries.server.ts';
import { buildAtomFeed, buildRssFeed } from './feeds.server.ts';
import { removeDemoNews, seedDemoNews } from './seed.server.ts';
import { uploadMedia } from '../media/commands/upload-media.server.ts';
import { getMediaForDisplay } from '../media/queries.server.ts';
import { removeDemoMedia } from '../media/seed.server.ts';
import type { Locale } from '../../i18n/locale.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

async function refusalOf(promise: Promise<unknown>) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(caught, 'expected the command to be refused').toBeTruthy();
	const { code, messageKey, fieldErrors } = caught as { code: string; messageKey: string; fieldErrors: object };
	return { code, messageKey, fieldErrors };
}

/** The article form as the browser sends it (strings only), validated like the route does. */
function articleForm(fields: Record<string, string>) {
	return v.parse(articleInput, { title: 'Вест', body: '<p>Текст вести.</p>', ...fields });
}

async function latestAudit(officeId: string, action: string) {
	const [entry] = await test.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
		.orderBy(desc(auditLog.id))
		.limit(1);
	return entry;
}

/** Belgrade wall-clock time as the datetime-local field sends it, `days` from now. */
function belgradeLocal(days: number): string {
	const instant = new Date(Date.now() + days * 24 * 3600_000);
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Belgrade',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(instant)
			.map((part) => [part.type, part.value])
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe('writing articles', () => {
	let officeId: string;
	let otherOfficeId: string;
	let staff: Actor;
	let coordinator: Actor;
	let youngPerson: Actor;
	let otherCoordinator: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		otherOfficeId = (await createOffice(test.db)).id;
		staff = await createPerson(test.db, { officeId, roles: ['staff'], name: 'Јована Сарадница' });
		coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'], name: 'Марко Координатор' });
		youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		otherCoordinator = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
	});

	it('lets staff write a draft with an address made from the Cyrillic title', async () => {
		const { articleId, slug } = await createArticle(
			contextOf(test.db, officeId, staff),
			articleForm({ title: 'Летња школа џудоа и шаха 2025!', tags: 'лето, Спорт, лето, #шах' })
		);
		expect(slug).toBe('letnja-skola-dzudoa-i-saha-2025');
		const article = await getArticleForEdit(contextOf(test.db, officeId, staff), articleId);
		expect(article).toMatchObject({ status: 'draft', state: 'draft', publishAt: null, tags: ['лето', 'Спорт', 'шах'] });
		expect(await latestAudit(officeId, 'news.article_created')).toMatchObject({
			actorUserId: staff.userId,
			entityId: articleId,
			details: { slug, status: 'draft' }
		});
		// A second article with the same title gets its own address.
		const second = await createArticle(
			contextOf(test.db, officeId, staff),
			articleForm({ title: 'Летња школа џудоа и шаха 2025' })
		);
		expect(second.slug).toBe('letnja-skola-dzudoa-i-saha-2025-2');
		// The same address in another office is no clash.
		const elsewhere = await createArticle(
			contextOf(test.db, otherOfficeId, otherCoordinator),
			articleForm({ title: 'Letnja škola džudoa i šaha 2025' })
		);
		expect(elsewhere.slug).toBe('letnja-skola-dzudoa-i-saha-2025');
	});

	it('refuses an address another article already has, and says so on the field', async () => {
		expect(
			await refusalOf(
				createArticle(
					contextOf(test.db, officeId, staff),
					articleForm({ title: 'Друга', slug: 'Letnja Skola Dzudoa i Saha 2025' })
				)
			)
		).toEqual({ code: 'invalid', messageKey: 'common.formHasErrors', fieldErrors: { slug: 'news.error.slugTaken' } });
	});

	it('cleans the text on save: no scripts, event handlers or javascript: links reach the page', async () => {
		const { articleId } = await createArticle(
			contextOf(test.db, officeId, staff),
			articleForm({
				title: 'Чиста вест',
				body: '<h2 onclick="steal()">Поднаслов</h2><p>Текст <a href="javascript:alert(1)">веза</a> и <a href="https://mladi.example.rs">сајт</a>.</p><script>alert("x")</script><img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>',
				bodyEn: '<p style="color:red" onmouseover="x()">English <b>text</b></p><script>1</script>'
			})
		);
		const article = await getArticleForEdit(contextOf(test.db, officeId, staff), articleId);
		expect(article.body).not.toMatch(/script|onclick|onerror|javascript:|iframe|alert/i);
		expect(article.body).toContain('<h2>Поднаслов</h2>');
		expect(article.body).toContain('<a href="https://mladi.example.rs" rel="noopener noreferrer">сајт</a>');
		expect(article.bodyEn).toBe('<p>English <b>text</b></p>');
		const [row] = await test.db.select().from(newsArticles).where(eq(newsArticles.id, articleId));
		expect(row.searchText).toContain('Поднаслов');
		expect(row.searchText).toContain('English text');
		expect(row.searchText).not.toContain('<');
	});

	it('does not publish an article without text', async () => {
		expect(
			(
				await refusalOf(
					createArticle(
						contextOf(test.db, officeId, staff),
						articleForm({ title: 'Празна', body: '<p> </p>', status: 'published' })
					)
				)
			).fieldErrors
		).toEqual({ body: 'news.error.bodyRequired' });
	});

	it('refuses a young person and nobody, and another office’s articles are not found', async () => {
		expect((await refusalOf(createArticle(contextOf(test.db, officeId, youngPerson), articleForm({})))).code).toBe(
			'forbidden'
		);
		expect((await refusalOf(createArticle(contextOf(test.db, officeId, null), articleForm({})))).code).toBe(
			'unauthenticated'
		);
		const { articleId } = await createArticle(contextOf(test.db, officeId, staff), articleForm({ title: 'Наша вест' }));
		expect(
			(await refusalOf(updateArticle(contextOf(test.db, officeId, youngPerson), { articleId, ...articleForm({}) })))
				.code
		).toBe('forbidden');
		expect(
			(
				await refusalOf(
					updateArticle(contextOf(test.db, otherOfficeId, otherCoordinator), { articleId, ...articleForm({}) })
				)
			).code
		).toBe('not_found');
		expect(
			(await refusalOf(deleteArticle(contextOf(test.db, otherOfficeId, otherCoordinator), { articleId }))).code
		).toBe('not_found');
		expect((await refusalOf(deleteArticle(contextOf(test.db, officeId, youngPerson), { articleId }))).code).toBe(
			'forbidden'
		);
		expect((await refusalOf(getArticlePreview(contextOf(test.db, officeId, youngPerson), articleId))).code).toBe(
			'forbidden'
		);
		expect((await refusalOf(listArticlesForAdmin(contextOf(test.db, officeId, youngPerson)))).code).toBe('forbidden');
		expect((await refusalOf(getArticleForEdit(contextOf(test.db, officeId, youngPerson), articleId))).code).toBe(
			'forbidden'
		);
		expect((await refusalOf(listArticleRevisions(contextOf(test.db, officeId, youngPerson), articleId))).code).toBe(
			'forbidden'
		);
		expect(
			(await refusalOf(getArticleForEdit(contextOf(test.db, otherOfficeId, otherCoordinator), articleId))).code
		).toBe('not_found');
		expect((await getArticleForEdit(contextOf(test.db, officeId, staff), articleId)).title).toBe('Наша вест');
	});

	it('deletes an article with its history', async () => {
		const { articleId } = await createArticle(
			contextOf(test.db, officeId, coordinator),
			articleForm({ title: 'Пролазна' })
		);
		await deleteArticle(contextOf(test.db, officeId, coordinator), { articleId });
		expect((await refusalOf(getArticleForEdit(contextOf(test.db, officeId, coordinator), articleId))).code).toBe(
			'not_found'
		);
		expect(await test.db.select().from(newsRevisions).where(eq(newsRevisions.articleId, articleId))).toEqual([]);
		expect(await latestAudit(officeId, 'news.article_deleted')).toMatchObject({
			entityId: articleId,
			details: { title: 'Пролазна' }
		});
	});

	it('refuses a cover image or category of another office', async () => {
		const png = new Uint8Array(
			await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } })
				.png()
				.toBuffer()
		);
		const { mediaId } = await uploadMedia(contextOf(test.db, otherOfficeId, otherCoordinator), {
			bytes: png,
			fileName: 'tudja.png',
			alt: 'Туђа слика'
		});
		const { categoryId } = await createCategory(contextOf(test.db, otherOfficeId, otherCoordinator), {
			name: 'Туђа',
			nameEn: '',
			sortOrder: 0
		});
		expect(
			(
				await refusalOf(
					createArticle(contextOf(test.db, officeId, staff), articleForm({ coverMediaId: mediaId, categoryId }))
				)
			).fieldErrors
		).toEqual({ coverMediaId: 'news.error.coverMissing', categoryId: 'validation.invalid' });
	});
});

describe('what the public sees', () => {
	let officeId: string;
	let otherOfficeId: string;
	let staff: Actor;
	let coverId: string;
	let categoryId: string;
	const ids: Record<string, string> = {};
	beforeAll(async () => {
		officeId = (await createOffice(test.db, { keepLatin: ['Erasmus+'] })).id;
		otherOfficeId = (await createOffice(test.db)).id;
		staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
		const png = new Uint8Array(
			await sharp({ create: { width: 1400, height: 700, channels: 3, background: '#1d4e89' } })
				.png()
				.toBuffer()
		);
		({ mediaId: coverId } = await uploadMedia(contextOf(test.db, officeId, staff), {
			bytes: png,
			fileName: 'naslovna.png',
			alt: 'Млади на Голији',
			altEn: 'Young people on Golija'
		}));
		({ categoryId } = await createCategory(contextOf(test.db, officeId, coordinator), {
			name: 'Волонтирање',
			nameEn: 'Volunteering',
			sortOrder: 1
		}));
		const ctx = contextOf(test.db, officeId, staff);
		ids.published = (
			await createArticle(
				ctx,
				articleForm({
					title: 'Omladinski volonteri na Goliji',
					titleEn: 'Youth volunteers on Golija',
					summary: 'Vikend akcija čišćenja planinskih staza.',
					body: '<p>Dvadeset mladih očistilo je staze na Goliji. Erasmus+ partneri su se pridružili.</p>',
					status: 'published',
					categoryId,
					coverMediaId: coverId,
					tags: 'volonteri, priroda'
				})
			)
		).articleId;
		ids.older = (
			await createArticle(
				ctx,
				articleForm({
					title: 'Шумадија и Ивањица',
					body: '<p>Сарадња две општине.</p>',
					status: 'published',
					publishAt: belgradeLocal(-3)
				})
			)
		).articleId;
		ids.draft = (
			await createArticle(ctx, articleForm({ title: 'Тајни нацрт о Голији', body: '<p>Голија нацрт.</p>' }))
		).articleId;
		ids.scheduled = (
			await createArticle(
				ctx,
				articleForm({
					title: 'Заказана вест о Голији',
					body: '<p>Голија ускоро.</p>',
					status: 'published',
					publishAt: belgradeLocal(2)
				})
			)
		).articleId;
		await createArticle(
			contextOf(test.db, otherOfficeId, await createPerson(test.db, { officeId: otherOfficeId, roles: ['staff'] })),
			articleForm({ title: 'Голија у другој канцеларији', body: '<p>Голија.</p>', status: 'published' })
		);
	});

	it('shows staff the state of each article, scheduled ones with their time', async () => {
		const { rows } = await listArticlesForAdmin(contextOf(test.db, officeId, staff));
		const stateOf = (id: string) => rows.find((row) => row.id === id)?.state;
		expect([stateOf(ids.published), stateOf(ids.older), stateOf(ids.draft), stateOf(ids.scheduled)]).toEqual([
			'published',
			'published',
			'draft',
			'scheduled'
		]);
		expect(
			(await listArticlesForAdmin(contextOf(test.db, officeId, staff), { state: 'scheduled' })).rows.map(
				(row) => row.id
			)
		).toEqual([ids.scheduled]);
		expect(
			(await listArticlesForAdmin(contextOf(test.db, officeId, staff), { state: 'draft' })).rows.map((row) => row.id)
		).toEqual([ids.draft]);
		const scheduled = await getArticleForEdit(contextOf(test.db, officeId, staff), ids.scheduled);
		expect(scheduled.publishAt!.getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);
	});

	it('lists only published articles whose time has come, newest first', async () => {
		const list = await listPublishedNews(test.db, officeId);
		expect(list.items.map((item) => item.id)).toEqual([ids.published, ids.older]);
		expect(list).toMatchObject({ total: 2, page: 1, pages: 1, categoryFound: true });
		const [first] = list.items;
		expect(first).toMatchObject({
			title: 'Omladinski volonteri na Goliji',
			category: { name: 'Волонтирање', nameEn: 'Volunteering', slug: 'volontiranje' },
			tags: ['volonteri', 'priroda'],
			cover: { id: coverId, alt: 'Млади на Голији' }
		});
		expect(first.cover!.share.url).toBe(`/media/${coverId}/1400.jpeg`);
		expect((await listLatestNews(test.db, officeId, 1)).map((item) => item.id)).toEqual([ids.published]);
	});

	it('filters by category and answers an unknown category as not found', async () => {
		expect(
			(await listPublishedNews(test.db, officeId, { categorySlug: 'volontiranje' })).items.map((item) => item.id)
		).toEqual([ids.published]);
		expect(await listPublishedNews(test.db, officeId, { categorySlug: 'nema-je' })).toMatchObject({
			items: [],
			categoryFound: false
		});
		expect((await listNewsCategories(test.db, officeId)).map((category) => category.slug)).toEqual(['volontiranje']);
	});

	it('never shows a draft or a scheduled article: not by address, search, sitemap or feed', async () => {
		for (const id of [ids.draft, ids.scheduled]) {
			const { slug } = await getArticleForEdit(contextOf(test.db, officeId, staff), id);
			expect(await getPublishedArticle(test.db, officeId, slug)).toBeNull();
			expect((await listNewsSitemap(test.db, officeId)).map((entry) => entry.path)).not.toContain(`/news/${slug}`);
		}
		const found = await searchNews(test.db, officeId, searchKey('golija'), 10);
		expect(found.map((hit) => hit.path)).toEqual([
			`/news/${(await getArticleForEdit(contextOf(test.db, officeId, staff), ids.published)).slug}`
		]);
		expect((await listNewsForFeed(test.db, officeId)).map((item) => item.id)).toEqual([ids.published, ids.older]);
		// The preview shows staff a draft as it would look.
		expect(await getArticlePreview(contextOf(test.db, officeId, staff), ids.draft)).toMatchObject({
			title: 'Тајни нацрт о Голији',
			state: 'draft'
		});
	});

	it('publishes a scheduled article by itself once its time has come', async () => {
		await test.db
			.update(newsArticles)
			.set({ publishAt: new Date(Date.now() - 1000) })
			.where(eq(newsArticles.id, ids.scheduled));
		expect((await listPublishedNews(test.db, officeId)).items.map((item) => item.id)).toContain(ids.scheduled);
		await test.db
			.update(newsArticles)
			.set({ publishAt: new Date(Date.now() + 2 * 24 * 3600_000) })
			.where(eq(newsArticles.id, ids.scheduled));
	});

	it('finds public articles across scripts, with or without diacritics', async () => {
		const slugOfOlder = (await getArticleForEdit(contextOf(test.db, officeId, staff), ids.older)).slug;
		expect((await searchNews(test.db, officeId, searchKey('sumadija'), 10)).map((hit) => hit.path)).toEqual([
			`/news/${slugOfOlder}`
		]);
		const [hit] = await searchNews(test.db, officeId, searchKey('волонтери'), 10);
		expect(hit).toMatchObject({
			kindKey: 'news.kind',
			title: 'Omladinski volonteri na Goliji',
			titleEn: 'Youth volunteers on Golija'
		});
		expect(hit.date).toBeInstanceOf(Date);
	});

	it('puts the news list and every public article in the sitemap', async () => {
		const paths = (await listNewsSitemap(test.db, officeId)).map((entry) => entry.path);
		expect(paths[0]).toBe('/news');
		expect(paths).toHaveLength(3);
		// An office without public news has no news pages worth indexing.
		expect(await listNewsSitemap(test.db, (await createOffice(test.db)).id)).toEqual([]);
	});

	it('pages the list ten at a time', async () => {
		const office = (await createOffice(test.db)).id;
		const writer = await createPerson(test.db, { officeId: office, roles: ['staff'] });
		for (let n = 1; n <= 12; n++) {
			await createArticle(
				contextOf(test.db, office, writer),
				articleForm({ title: `Вест број ${n}`, status: 'published', publishAt: belgradeLocal(-20 + n) })
			);
		}
		const first = await listPublishedNews(test.db, office);
		expect(first).toMatchObject({ total: 12, pages: 2 });
		expect(first.items).toHaveLength(10);
		expect(first.items[0].title).toBe('Вест број 12');
		const second = await listPublishedNews(test.db, office, { page: 2 });
		expect(second.items.map((item) => item.title)).toEqual(['Вест број 2', 'Вест број 1']);
	});

	it('knows when an image is still shown by an article', async () => {
		expect(await isMediaUsedInNews(test.db, officeId, coverId)).toBe(true);
		expect(await isMediaUsedInNews(test.db, otherOfficeId, coverId)).toBe(false);
	});

	describe('feeds', () => {
		const parser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } });

		async function feeds(locale: Locale) {
			const options = {
				locale,
				origin: 'https://mladi.example.rs',
				title: 'Вести',
				description: 'Вести канцеларије',
				officeName: 'Канцеларија за младе',
				keepLatin: ['Erasmus+'],
				items: await listNewsForFeed(test.db, officeId)
			};
			return {
				rss: await parser.parseString(buildRssFeed(options)),
				atom: await parser.parseString(buildAtomFeed(options))
			};
		}

		it('gives RSS and Atom readers the public articles only, in Cyrillic with absolute addresses', async () => {
			const { rss, atom } = await feeds('sr-Cyrl');
			for (const feed of [rss, atom]) {
				expect(feed.items.map((item) => item.title)).toEqual(['Омладински волонтери на Голији', 'Шумадија и Ивањица']);
				expect(JSON.stringify(feed)).not.toMatch(/нацрт|Заказана/i);
			}
			const slug = (await getArticleForEdit(contextOf(test.db, officeId, staff), ids.published)).slug;
			expect(rss.items[0].link).toBe(`https://mladi.example.rs/news/${slug}`);
			expect(atom.items[0].link).toBe(`https://mladi.example.rs/news/${slug}`);
			expect(rss.link).toBe('https://mladi.example.rs/news');
			const content = (rss.items[0] as { contentEncoded?: string }).contentEncoded ?? '';
			expect(content).toContain('Двадесет младих');
			// Words the office keeps in Latin stay Latin inside Cyrillic text.
			expect(content).toContain('Erasmus+ партнери');
			expect(content).toContain(`src="https://mladi.example.rs/media/${coverId}/1400.jpeg"`);
			expect(content).toContain('alt="Млади на Голији"');
			expect(rss.items[0].categories).toEqual(['Волонтирање', 'волонтери', 'природа']);
			expect(new Date(rss.items[0].isoDate!).getTime()).toBeLessThanOrEqual(Date.now());
		});

		it('has a Latin feed and an English one that falls back to Latin', async () => {
			const latin = await feeds('sr-Latn');
			expect(latin.rss.items.map((item) => item.title)).toEqual([
				'Omladinski volonteri na Goliji',
				'Šumadija i Ivanjica'
			]);
			expect(latin.rss.items[0].link).toMatch(/^https:\/\/mladi\.example\.rs\/lat\/news\//);
			const english = await feeds('en');
			expect(english.atom.items.map((item) => item.title)).toEqual([
				'Youth volunteers on Golija',
				'Šumadija i Ivanjica'
			]);
			expect(english.atom.items[0].link).toMatch(/^https:\/\/mladi\.example\.rs\/en\/news\//);
		});
	});
});

describe('editing history', () => {
	it('keeps every save, shows who made it, and restores an earlier version as a new one', async () => {
		const officeId = (await createOffice(test.db)).id;
		const first = await createPerson(test.db, { officeId, roles: ['staff'], name: 'Ана Прва' });
		const second = await createPerson(test.db, { officeId, roles: ['coordinator'], name: 'Бојан Други' });
		const youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		const { articleId } = await createArticle(
			contextOf(test.db, officeId, first),
			articleForm({ title: 'Прва верзија', body: '<p>Први текст.</p>', tags: 'једна' })
		);
		await updateArticle(contextOf(test.db, officeId, second), {
			articleId,
			...articleForm({
				title: 'Друга верзија',
				slug: 'druga-verzija',
				body: '<p>Други текст.</p>',
				status: 'published',
				tags: 'две'
			})
		});
		const revisions = await listArticleRevisions(contextOf(test.db, officeId, second), articleId);
		expect(revisions.map((revision) => [revision.title, revision.editedByLabel])).toEqual([
			['Друга верзија', 'Бојан Други'],
			['Прва верзија', 'Ана Прва']
		]);
		expect(await latestAudit(officeId, 'news.article_updated')).toMatchObject({
			details: { changed: expect.arrayContaining(['title', 'slug', 'body', 'status', 'publishAt', 'tags']) }
		});

		// Someone else may not restore, and an unknown version is not found.
		expect(
			(
				await refusalOf(
					restoreArticleRevision(contextOf(test.db, officeId, youngPerson), { articleId, revisionId: revisions[1].id })
				)
			).code
		).toBe('forbidden');
		const otherOffice = (await createOffice(test.db)).id;
		const stranger = await createPerson(test.db, { officeId: otherOffice, roles: ['administrator'] });
		expect(
			(
				await refusalOf(
					restoreArticleRevision(contextOf(test.db, otherOffice, stranger), { articleId, revisionId: revisions[1].id })
				)
			).code
		).toBe('not_found');

		await restoreArticleRevision(contextOf(test.db, officeId, first), { articleId, revisionId: revisions[1].id });
		const restored = await getArticleForEdit(contextOf(test.db, officeId, first), articleId);
		// The words come back; the address and the publication stay as they are now.
		expect(restored).toMatchObject({
			title: 'Прва верзија',
			body: '<p>Први текст.</p>',
			tags: ['једна'],
			slug: 'druga-verzija',
			state: 'published'
		});
		const after = await listArticleRevisions(contextOf(test.db, officeId, first), articleId);
		expect(after).toHaveLength(3);
		expect(after[0]).toMatchObject({ title: 'Прва верзија', editedByLabel: 'Ана Прва', restoredFrom: revisions[1].id });
		// The public sees the restored text, searchable.
		expect((await getPublishedArticle(test.db, officeId, 'druga-verzija'))?.body).toBe('<p>Први текст.</p>');
		expect((await searchNews(test.db, officeId, searchKey('prvi tekst'), 5)).length).toBe(1);
		expect(await latestAudit(officeId, 'news.revision_restored')).toMatchObject({
			actorUserId: first.userId,
			details: { revisionId: revisions[1].id }
		});
		// A revision of another article cannot be restored into this one.
		const other = await createArticle(contextOf(test.db, officeId, first), articleForm({ title: 'Друга вест' }));
		expect(
			(
				await refusalOf(
					restoreArticleRevision(contextOf(test.db, officeId, first), {
						articleId: other.articleId,
						revisionId: revisions[1].id
					})
				)
			).code
		).toBe('not_found');
	});

	it('keeps the first publication date when a published article is edited', async () => {
		const officeId = (await createOffice(test.db)).id;
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const { articleId } = await createArticle(
			contextOf(test.db, officeId, staff),
			articleForm({ title: 'Објављена', status: 'published', publishAt: belgradeLocal(-10) })
		);
		const before = (await getArticleForEdit(contextOf(test.db, officeId, staff), articleId)).publishAt!;
		await updateArticle(contextOf(test.db, officeId, staff), {
			articleId,
			...articleForm({ title: 'Објављена, исправљена', status: 'published' })
		});
		expect((await getArticleForEdit(contextOf(test.db, officeId, staff), articleId)).publishAt).toEqual(before);
	});
});

describe('categories', () => {
	it('lets administrators and coordinators manage categories, not other staff or young people', async () => {
		const officeId = (await createOffice(test.db)).id;
		const coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		const input = v.parse(categoryInput, { name: 'Каријера и посао', nameEn: 'Careers', sortOrder: '2' });

		const { categoryId, slug } = await createCategory(contextOf(test.db, officeId, coordinator), input);
		expect(slug).toBe('karijera-i-posao');
		expect((await createCategory(contextOf(test.db, officeId, coordinator), input)).slug).toBe('karijera-i-posao-2');
		for (const actor of [staff, youngPerson]) {
			expect((await refusalOf(createCategory(contextOf(test.db, officeId, actor), input))).code).toBe('forbidden');
			expect(
				(await refusalOf(updateCategory(contextOf(test.db, officeId, actor), { categoryId, ...input }))).code
			).toBe('forbidden');
			expect((await refusalOf(deleteCategory(contextOf(test.db, officeId, actor), { categoryId }))).code).toBe(
				'forbidden'
			);
			expect((await refusalOf(listCategoriesForAdmin(contextOf(test.db, officeId, actor)))).code).toBe('forbidden');
		}

		await updateCategory(contextOf(test.db, officeId, coordinator), {
			categoryId,
			...v.parse(categoryInput, { name: 'Посао', nameEn: 'Jobs', sortOrder: '' })
		});
		const { articleId } = await createArticle(contextOf(test.db, officeId, staff), articleForm({ categoryId }));
		const listed = await listCategoriesForAdmin(contextOf(test.db, officeId, coordinator));
		expect(listed.map((category) => [category.name, category.slug, category.sortOrder, category.articleCount])).toEqual(
			[
				['Посао', 'karijera-i-posao', 0, 1],
				['Каријера и посао', 'karijera-i-posao-2', 2, 0]
			]
		);

		await deleteCategory(contextOf(test.db, officeId, coordinator), { categoryId });
		// The article stays, without a category.
		expect((await getArticleForEdit(contextOf(test.db, officeId, staff), articleId)).categoryId).toBeNull();
		expect(await latestAudit(officeId, 'news.category_deleted')).toMatchObject({ entityId: categoryId });
	});
});

describe('demo news', () => {
	it('seeds realistic news with illustrations, and removes them again', async () => {
		const officeId = (await createOffice(test.db)).id;
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		await seedDemoNews(test.db, officeId);
		const published = await listPublishedNews(test.db, officeId);
		expect(published.total).toBe(10);
		expect(published.items.filter((item) => item.cover).length).toBeGreaterThanOrEqual(5);
		expect(published.items.filter((item) => item.titleEn).length).toBeGreaterThanOrEqual(3);
		const states = (await listArticlesForAdmin(contextOf(test.db, officeId, staff))).rows.map((row) => row.state);
		expect(states.filter((state) => state === 'scheduled')).toHaveLength(1);
		expect(states.filter((state) => state === 'draft')).toHaveLength(1);
		expect((await listNewsCategories(test.db, officeId)).length).toBe(4);
		const coverIds = published.items.map((item) => item.cover?.id);
		const covers = await getMediaForDisplay(test.db, officeId, coverIds);
		expect(covers.size).toBe(3);
		for (const cover of covers.values()) expect(cover.alt).toMatch(/^Илустрација: /);

		await removeDemoNews(test.db, officeId);
		await removeDemoMedia(test.db, officeId);
		expect((await listPublishedNews(test.db, officeId)).total).toBe(0);
		expect(await test.db.select().from(newsCategories).where(eq(newsCategories.officeId, officeId))).toEqual([]);
		expect((await getMediaForDisplay(test.db, officeId, coverIds)).size).toBe(0);
	});
});
