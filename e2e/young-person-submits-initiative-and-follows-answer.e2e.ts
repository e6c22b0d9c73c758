import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, notice, signIn } from './support/journey.ts';

// Initiatives, images and mail are stored, so this journey gets its own demo office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A phone page: accessible, no sideways scrolling at 320 px, no script loaded. */
async function checkPage(page: Page): Promise<void> {
	await expectNoAxeViolations(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	expect(await page.locator('script[src]').count()).toBe(0);
}

const TITLE = 'Осветљена стаза за шетњу поред реке';
const SUBJECT = `Нови статус иницијативе „${TITLE}”`;

describe('young-person-submits-initiative-and-follows-answer', () => {
	it('submits an initiative with a photo as an informal group on a phone without JavaScript, then follows the office’s answer', async () => {
		const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#0f766e' } })
			.jpeg()
			.withExif({ IFD0: { Make: 'PhoneCamera' } })
			.toBuffer();
		let initiativePath = '';
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${server.url}/initiatives`);
			await checkPage(page);
			await page.getByRole('link', { name: 'Предложи иницијативу', exact: true }).click();
			await signIn(page, server.url, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await expectHeading(page, 'Нова иницијатива');
			await checkPage(page);

			await page.getByLabel('Наслов', { exact: true }).fill(TITLE);
			await page
				.getByLabel('Који је проблем?')
				.fill('Стаза поред реке је у мраку већ од пет поподне, па зими нико не шета.');
			await page.getByLabel('Шта предлажете да се уради?').fill('Поставити соларне светиљке од моста до школе.');
			// A file that only claims to be a photo is refused by its bytes; what was typed stays.
			const images = page.getByLabel(/^Слике \(JPEG/);
			await images.setInputFiles({
				name: 'staza.jpg',
				mimeType: 'image/jpeg',
				buffer: Buffer.from('<html>nope</html>')
			});
			await page.getByRole('button', { name: 'Настави', exact: true }).click();
			await expectFieldError(
				page.getByLabel(/^Слике \(JPEG/),
				'Ова датотека није слика коју прихватамо. Поставите JPEG, PNG или WebP слику.'
			);
			expect(await page.getByLabel('Наслов', { exact: true }).inputValue()).toBe(TITLE);
			await checkPage(page);

			await page
				.getByLabel(/^Слике \(JPEG/)
				.setInputFiles({ name: 'staza.jpg', mimeType: 'image/jpeg', buffer: photo });
			await page.getByLabel(/^Кратак опис слика/).fill('Мрачна стаза поред реке у пет поподне');
			// As an informal group: the folded part opens without script.
			await page.getByText('Предлажемо као неформална група', { exact: true }).click();
			await page.getByLabel(/^Назив неформалне групе/).fill('Шетачи са Моравице');
			await page.getByLabel('Име и презиме').nth(0).fill('Милица Радовић');
			await page.getByLabel('Година рођења').nth(0).fill('2007');
			await page.getByLabel('Име и презиме').nth(1).fill('Петар Илић');
			await page.getByLabel('Година рођења').nth(1).fill('2009');
			await page.getByRole('button', { name: 'Настави', exact: true }).click();

			// Similar initiatives come first, across the same words; the photo is already kept.
			await page.getByRole('heading', { level: 2, name: 'Можда већ постоји', exact: true }).waitFor();
			await page.getByRole('link', { name: 'Осветљена стаза за трчање поред реке', exact: true }).waitFor();
			await page.getByText('Слика 1', { exact: true }).waitFor();
			await checkPage(page);
			await page.getByRole('button', { name: 'Пошаљи иницијативу', exact: true }).click();

			// Two members are not a group: the rule is said, the form and the photo are kept.
			await page
				.getByRole('alert')
				.getByText('Неформална група треба да наведе најмање 5 чланова са годином рођења.', { exact: true })
				.waitFor();
			await page.getByText('Слика 1', { exact: true }).waitFor();
			expect(await page.getByLabel('Име и презиме').nth(1).inputValue()).toBe('Петар Илић');
			await checkPage(page);
			for (const [index, name, year] of [
				[2, 'Јована Лазић', '2010'],
				[3, 'Стефан Марић', '2006'],
				[4, 'Ана Гачић', '2008']
			] as const) {
				await page.getByLabel('Име и презиме').nth(index).fill(name);
				await page.getByLabel('Година рођења').nth(index).fill(year);
			}
			await page.getByRole('button', { name: 'Настави', exact: true }).click();
			await page.getByRole('button', { name: 'Пошаљи иницијативу', exact: true }).click();
			await notice(page, 'Иницијатива је послата. Канцеларија ће је прегледати пре објављивања.').waitFor();
			await expectHeading(page, TITLE);
			initiativePath = new URL(page.url()).pathname;
			await checkPage(page);
		});

		// The coordinator sees the group's members and the photo, publishes and answers.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${server.url}/admin/participation${initiativePath}`);
			await expectHeading(page, TITLE);
			await page.getByText('Стефан Марић, рођен(а) 2006.', { exact: true }).waitFor();
			expect(await page.getByRole('img', { name: 'Мрачна стаза поред реке у пет поподне' }).count()).toBe(1);
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Објави', exact: true }).click();
			await notice(page, 'Иницијатива је објављена.').waitFor();
			await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Прихваћено' });
			await page
				.getByLabel(/^Одговор канцеларије са разлозима/)
				.fill('Светиљке улазе у план уређења обале за следећу годину.');
			await page.getByLabel(/^Повезани рад: назив/).fill('Локални акциони план за младе');
			await page.getByLabel(/^Повезани рад: адреса/).fill('/action-plan');
			await page.getByRole('button', { name: 'Сачувај одговор', exact: true }).click();
			await notice(page, 'Одговор је сачуван; пратиоци су обавештени.').waitFor();
			await expectNoAxeViolations(page);
			// The author followed while submitting: the status changes wait in the outbox for her.
			await visit(page, `${server.url}/admin/outbox`);
			expect(await page.getByRole('heading', { name: SUBJECT, exact: true }).count()).toBeGreaterThanOrEqual(2);
		});

		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${server.url}${initiativePath}`);
			await page.getByText('Прихваћено', { exact: true }).first().waitFor();
			await page.getByRole('heading', { level: 2, name: 'Одговор канцеларије', exact: true }).waitFor();
			await page.getByText('Светиљке улазе у план уређења обале за следећу годину.', { exact: true }).waitFor();
			expect(await page.getByRole('link', { name: 'Локални акциони план за младе' }).getAttribute('href')).toBe(
				'/action-plan'
			);
			await page.getByRole('button', { name: 'Престани да пратиш', exact: true }).waitFor();
			// The photo, resized, below the text: loaded lazily in modern formats.
			const image = page.getByRole('img', { name: 'Мрачна стаза поред реке у пет поподне' });
			expect(await image.getAttribute('loading')).toBe('lazy');
			expect(await page.locator('picture source[type="image/avif"]').count()).toBe(1);
			// schema.org markup for the published initiative: a CreativeWork by the group, with its photo.
			const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
			expect(json['@type']).toBe('CreativeWork');
			expect(json.name).toBe(TITLE);
			expect(json.creator).toEqual({ '@type': 'Organization', name: 'Шетачи са Моравице' });
			expect(json.image).toHaveLength(1);
			expect(json.creativeWorkStatus).toBe('Прихваћено');
			await checkPage(page);
			// The group's members are for the office only.
			expect(await page.getByText('Стефан Марић').count()).toBe(0);
		});
	}, 300_000);
});
