import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import Parser from 'rss-parser';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, expectPath, signIn } from './support/journey.ts';

// The coordinator adds an image and an article, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A photo-sized JPEG with camera metadata, drawn here (no downloads). */
async function photo(): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200">
		<rect width="1800" height="1200" fill="#7dd3fc"/>
		<rect y="800" width="1800" height="400" fill="#15803d"/>
		<circle cx="500" cy="700" r="180" fill="#166534"/><rect x="480" y="700" width="40" height="200" fill="#78350f"/>
		<circle cx="1300" cy="650" r="220" fill="#166534"/><rect x="1280" y="650" width="40" height="250" fill="#78350f"/>
	</svg>`;
	return sharp(Buffer.from(svg))
		.jpeg()
		.withExif({ IFD0: { Artist: 'Nepoznati Fotograf' } })
		.toBuffer();
}

/** Whether an image has actually loaded (a broken one has no natural size). */
function hasLoaded(image: Locator): Promise<boolean> {
	return image.evaluate((element) => {
		const img = element as HTMLImageElement;
		return img.complete && img.naturalWidth > 0;
	});
}

async function metaContent(page: Page, property: string): Promise<string | null> {
	return page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
}

const ALT_LATIN = 'Mladi volonteri sade drveće u parku';
const ALT_CYRILLIC = 'Млади волонтери саде дрвеће у парку';
const ALT_ENGLISH = 'Young volunteers planting trees in the park';
const SLUG = 'volonteri-uredili-park-kod-doma-kulture';

describe('coordinator-publishes-news-with-image', () => {
	it('uploads an image with alt text, writes an article in Latin, publishes it; visitors read it in both scripts', async () => {
		const base = server.url;

		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			const adminNav = page.getByRole('navigation', { name: 'Навигација управљања', exact: true });

			// The media library: a text file is refused with the reason on the field.
			await adminNav.getByRole('link', { name: 'Медијатека', exact: true }).click();
			await expectPath(page, '/admin/media');
			await expectHeading(page, 'Медијатека');
			await expectNoAxeViolations(page);
			const file = page.getByLabel('Слика (JPEG, PNG или WebP, највише 8 МБ)', { exact: true });
			const alt = page.getByLabel('Опис слике', { exact: true });
			const upload = page.getByRole('button', { name: 'Постави слику', exact: true });
			await file.setInputFiles({ name: 'park.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('ово није слика') });
			await alt.fill(ALT_LATIN);
			await upload.click();
			const wrongType = 'Ова датотека није слика коју прихватамо. Поставите JPEG, PNG или WebP слику.';
			await page.getByRole('alert').filter({ hasText: wrongType }).waitFor();
			await expectFieldError(file, wrongType);
			expect(await alt.inputValue()).toBe(ALT_LATIN);
			await expectNoAxeViolations(page);

			// A real photo, described in Latin and in English.
			await file.setInputFiles({ name: 'park.jpg', mimeType: 'image/jpeg', buffer: await photo() });
			await page.getByLabel('Опис слике на енглеском (није обавезно)', { exact: true }).fill(ALT_ENGLISH);
			await upload.click();
			await page.getByRole('status').filter({ hasText: 'Слика је постављена.' }).waitFor();
			await expectNoAxeViolations(page);
			// Staff see the description in their own script.
			await page.getByRole('main').getByRole('link', { name: ALT_CYRILLIC, exact: true }).waitFor();

			// A new article, typed in Latin.
			await adminNav.getByRole('link', { name: 'Вести', exact: true }).click();
			await expectPath(page, '/admin/news');
			await expectHeading(page, 'Вести');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Напиши вест', exact: true }).click();
			await expectHeading(page, 'Нова вест');
			const editor = page.getByRole('textbox', { name: 'Текст вести (није обавезно)', exact: true });
			await editor.waitFor();
			await expectNoAxeViolations(page);

			await page.getByLabel('Наслов', { exact: true }).fill('Volonteri uredili park kod Doma kulture');
			await page
				.getByLabel('Кратак увод (није обавезно)', { exact: true })
				.fill('Dvadeset mladih je za vikend posadilo drveće i obojilo klupe.');

			const toolbar = page.getByRole('toolbar', { name: 'Обликовање текста: Текст вести', exact: true });
			await editor.click();
			await page.keyboard.type('U subotu se okupilo dvadeset volontera. ');
			const bold = toolbar.getByRole('button', { name: 'Подебљано', exact: true });
			expect(await bold.getAttribute('aria-pressed')).toBe('false');
			await bold.click();
			// Type only once the editor has taken the toggle (and its focus back): on a busy machine the
			// first keystrokes could otherwise land before the editor is ready for them.
			await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
			await expect.poll(() => editor.evaluate((element) => element.contains(document.activeElement))).toBe(true);
			await page.keyboard.type('Hvala svima');
			await bold.click();
			await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('false');
			await expect.poll(() => editor.evaluate((element) => element.contains(document.activeElement))).toBe(true);
			await page.keyboard.type(' koji su pomogli.');
			await page.keyboard.press('Enter');
			await page.keyboard.type('Prijave za sledeću akciju: ');

			// A link, through the editor's own dialog.
			await toolbar.getByRole('button', { name: 'Веза', exact: true }).click();
			const linkDialog = page.getByRole('dialog', { name: 'Веза до друге странице' });
			await linkDialog.getByLabel('Адреса везе', { exact: true }).fill('javascript:alert(1)');
			await linkDialog.getByRole('button', { name: 'Постави везу', exact: true }).click();
			await linkDialog.getByText('Унесите пуну адресу', { exact: false }).waitFor();
			await linkDialog.getByLabel('Адреса везе', { exact: true }).fill('https://volonteri.example.rs/prijava');
			await linkDialog.getByRole('button', { name: 'Постави везу', exact: true }).click();
			await linkDialog.waitFor({ state: 'hidden' });

			// An image from the media library, with its description.
			await page.keyboard.press('End');
			await page.keyboard.press('Enter');
			await toolbar.getByRole('button', { name: 'Слика', exact: true }).click();
			const imageDialog = page.getByRole('dialog', { name: 'Слика из медијатеке' });
			await imageDialog.getByRole('button', { name: ALT_CYRILLIC }).click();
			expect(await imageDialog.getByLabel('Опис слике', { exact: true }).inputValue()).toBe(ALT_LATIN);
			await imageDialog.getByRole('button', { name: 'Убаци слику', exact: true }).click();
			await imageDialog.waitFor({ state: 'hidden' });
			await expect.poll(() => editor.locator('img').count()).toBe(1);
			await expectNoAxeViolations(page);

			// A document from the library, embedded as a download.
			await page.keyboard.press('Control+End');
			await toolbar.getByRole('button', { name: 'Документ', exact: true }).click();
			const documentDialog = page.getByRole('dialog', { name: 'Документ из библиотеке' });
			await documentDialog.getByRole('button', { name: /^Локални акциони план за младе општине Ивањица/ }).click();
			await expectNoAxeViolations(page);
			await documentDialog.getByRole('button', { name: 'Убаци документ', exact: true }).click();
			await documentDialog.waitFor({ state: 'hidden' });
			await expect.poll(() => editor.locator('a[data-document]').count()).toBe(1);

			// Cover, category and tags, then publish now.
			await page.getByRole('group', { name: 'Насловна слика' }).getByRole('radio', { name: ALT_CYRILLIC }).check();
			await page.getByLabel('Категорија (није обавезно)', { exact: true }).selectOption({ label: 'Волонтирање' });
			await page.getByLabel('Ознаке (није обавезно)', { exact: true }).fill('volonteri, park');
			await page.getByRole('radio', { name: 'Објави (одмах или у заказано време)' }).check();
			await page.getByRole('button', { name: 'Сачувај вест', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Вест је сачувана.' }).waitFor();
			await expectHeading(page, 'Измена вести: Волонтери уредили парк код Дома културе');
			await expectNoAxeViolations(page);
			await page.getByRole('main').getByText('Објављено', { exact: true }).first().waitFor();
			// Its history has the first version, saved by the coordinator.
			const history = page.getByRole('region', { name: 'Историја измена' });
			expect(await history.getByRole('row').count()).toBe(2);
			expect(await history.getByRole('row').nth(1).textContent()).toContain('Тренутна верзија');

			// A second version, then the first one brought back from the history.
			const title = page.getByLabel('Наслов', { exact: true });
			await title.fill('Volonteri uredili park');
			await editor.click();
			await page.keyboard.press('Control+End');
			await page.keyboard.type(' Dodatak za drugu verziju.');
			await page.getByRole('button', { name: 'Сачувај вест', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Промене су сачуване.' }).waitFor();
			await expectHeading(page, 'Измена вести: Волонтери уредили парк');
			expect(await history.getByRole('row').count()).toBe(3);
			await history.getByRole('button', { name: /^Врати/ }).click();
			await page.getByRole('status').filter({ hasText: 'Ранија верзија је враћена и сачувана као нова.' }).waitFor();
			await expectHeading(page, 'Измена вести: Волонтери уредили парк код Дома културе');
			await expectNoAxeViolations(page);
			expect(await title.inputValue()).toBe('Volonteri uredili park kod Doma kulture');
			await expect.poll(() => editor.textContent()).not.toContain('Dodatak');
			expect(await history.getByRole('row').count()).toBe(4);
		});

		// A visitor on a phone, without JavaScript, reads it in Cyrillic.
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/news`);
			await expectHeading(page, 'Вести');
			await page.getByRole('link', { name: 'Волонтери уредили парк код Дома културе', exact: true }).click();
			await expectPath(page, `/news/${SLUG}`);
			await expectHeading(page, 'Волонтери уредили парк код Дома културе');
			await expectNoAxeViolations(page);
			const article = page.getByRole('article');
			const images = article.getByRole('img', { name: ALT_CYRILLIC, exact: true });
			// The cover and the picture inside the text, both described in the reader's script.
			await expect.poll(() => images.count()).toBe(2);
			await expect.poll(() => hasLoaded(images.first())).toBe(true);
			await expect.poll(() => hasLoaded(images.nth(1))).toBe(true);
			// The picture inside the text is responsive like the cover, with its size known before it loads.
			expect(await article.locator('picture source[type="image/avif"]').count()).toBe(2);
			const inline = article.locator('.body picture img');
			expect(await inline.getAttribute('width')).toBe('1024');
			expect(await inline.getAttribute('srcset')).toContain('320w');
			// The embedded document is a download saying what the file is.
			const download = article.getByRole('link', {
				name: /^Локални акциони план за младе општине Ивањица 2025–2029 Преузми: PDF, \d+ КБ$/
			});
			const downloadPath = (await download.getAttribute('href')) ?? '';
			expect(downloadPath).toMatch(/^\/documents\/[0-9a-f-]{36}\/[a-z0-9-]+\.pdf$/);
			expect((await fetch(base + downloadPath)).headers.get('content-type')).toBe('application/pdf');
			expect(await article.getByText('Двадесет младих је за викенд посадило дрвеће и обојило клупе.').count()).toBe(1);
			expect(await article.locator('strong').textContent()).toBe('Хвала свима');
			const link = article.getByRole('link', { name: 'https://volonteri.example.rs/prijava' });
			expect(await link.getAttribute('href')).toBe('https://volonteri.example.rs/prijava');
			expect(await article.locator('[onclick], a[href^="javascript:"]').count()).toBe(0);

			// Link previews and search engines get an absolute image and the article's data.
			const ogImage = (await metaContent(page, 'og:image')) ?? '';
			expect(ogImage).toMatch(new RegExp(`^${base}/media/[0-9a-f-]{36}/1600\\.jpeg$`));
			expect(await metaContent(page, 'og:type')).toBe('article');
			expect(await metaContent(page, 'og:title')).toBe('Волонтери уредили парк код Дома културе');
			const image = await fetch(ogImage);
			expect(image.headers.get('content-type')).toBe('image/jpeg');
			expect(image.headers.get('cache-control')).toContain('immutable');
			const jpeg = Buffer.from(await image.arrayBuffer());
			expect((await sharp(jpeg).metadata()).exif).toBeUndefined();
			const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
			expect(jsonLd).toMatchObject({
				'@type': 'NewsArticle',
				headline: 'Волонтери уредили парк код Дома културе',
				image: [ogImage]
			});

			// The same article in Latin.
			await page.getByRole('link', { name: 'Latinica' }).click();
			await expectPath(page, `/lat/news/${SLUG}`);
			await expectHeading(page, 'Volonteri uredili park kod Doma kulture');
			await expectNoAxeViolations(page);
			await expect.poll(() => article.getByRole('img', { name: ALT_LATIN, exact: true }).count()).toBe(2);
			expect(await article.locator('strong').textContent()).toBe('Hvala svima');

			// In English, with the English image description and a note that the text is Serbian.
			await visit(page, `${base}/en/news/${SLUG}`);
			await expectHeading(page, 'Volonteri uredili park kod Doma kulture');
			await article.getByText('This article has no English text yet', { exact: false }).waitFor();
			expect(await article.getByRole('img', { name: ALT_ENGLISH, exact: true }).count()).toBe(1);

			// Drafts stay hidden: the demo's draft answers "not found".
			const draft = await page.goto(`${base}/lat/news/plan-rada-za-sledecu-godinu`);
			expect(draft?.status()).toBe(404);
			await expectNoAxeViolations(page);
		});

		// Feed readers get it in the script of the feed they follow.
		const parser = new Parser();
		const latin = await parser.parseString(await (await fetch(`${base}/lat/news/rss.xml`)).text());
		expect(latin.items[0]).toMatchObject({
			title: 'Volonteri uredili park kod Doma kulture',
			link: `${base}/lat/news/${SLUG}`
		});
		const cyrillic = await parser.parseString(await (await fetch(`${base}/news/atom.xml`)).text());
		expect(cyrillic.items[0].title).toBe('Волонтери уредили парк код Дома културе');
		expect(cyrillic.items.map((item) => item.link)).not.toContain(`${base}/news/plan-rada-za-sledecu-godinu`);
	});
});
