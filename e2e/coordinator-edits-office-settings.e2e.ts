import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, expectPath, signIn } from './support/journey.ts';

// The office's name and logo change here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A 1×1 PNG, the smallest real image. */
const TINY_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

/** Whether an image has actually loaded (a broken one has no natural size). */
function hasLoaded(image: Locator): Promise<boolean> {
	return image.evaluate((element) => {
		const img = element as HTMLImageElement;
		return img.complete && img.naturalWidth > 0;
	});
}

describe('coordinator-edits-office-settings', () => {
	it('renames the office in Latin, is stopped by a wrong age range, sets a colour, a logo and a cover; visitors and the audit log see them', async () => {
		const base = server.url;

		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await expectPath(page, '/admin');
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Подешавања канцеларије', exact: true })
				.click();
			await expectPath(page, '/admin/settings');
			await expectHeading(page, 'Подешавања канцеларије');
			await expectNoAxeViolations(page);

			const name = page.getByLabel('Назив канцеларије', { exact: true });
			const hours = page.getByLabel('Радно време (није обавезно)', { exact: true });
			const address = page.getByLabel('Адреса (није обавезно)', { exact: true });
			const minAge = page.getByLabel('Најмања старост младих', { exact: true });
			const maxAge = page.getByLabel('Највећа старост младих', { exact: true });
			const save = page.getByRole('button', { name: 'Сачувај', exact: true });
			expect(await name.inputValue()).toBe('Канцеларија за младе општине Ивањица');

			// The name and the working hours, typed in Latin, and the office's colour (dark enough for white text).
			await name.fill('Kancelarija za mlade Test');
			await hours.fill('Radnim danima od 9 do 17 časova');
			await page.getByLabel(/^Боја канцеларије/).fill('#7B2CBF');
			await save.click();
			await page.getByRole('status').filter({ hasText: 'Промене су сачуване.' }).waitFor();
			await expectNoAxeViolations(page);
			// The header follows at once, shown in the reader's script.
			await page.getByRole('banner').getByRole('link', { name: 'Канцеларија за младе Тест' }).waitFor();

			// An age range the wrong way round: the error is on the field, nothing typed is lost.
			await address.fill('Улица младости 7, 32250 Ивањица');
			await minAge.fill('30');
			await maxAge.fill('20');
			await save.click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(maxAge, 'Најмања старост мора бити мања од највеће.');
			expect(await minAge.inputValue()).toBe('30');
			expect(await maxAge.inputValue()).toBe('20');
			expect(await address.inputValue()).toBe('Улица младости 7, 32250 Ивањица');
			expect(await name.inputValue()).toBe('Kancelarija za mlade Test');
			expect(await hours.inputValue()).toBe('Radnim danima od 9 do 17 časova');

			// A logo: a real PNG is shown in the header with a text alternative.
			const logoField = page.getByLabel('Нова слика (PNG, JPEG или WebP, највише 512 KB)', { exact: true });
			await logoField.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG });
			await page.getByRole('button', { name: 'Постави лого', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Лого је постављен.' }).waitFor();
			await expectNoAxeViolations(page);
			const headerLogo = page.getByRole('banner').getByRole('img', { name: 'Лого: Канцеларија за младе Тест' });
			await headerLogo.waitFor();
			await expect.poll(() => hasLoaded(headerLogo)).toBe(true);

			// A text file pretending to be an image is refused, with the reason next to the field.
			await logoField.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
			await page.getByRole('button', { name: 'Постави лого', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Прихватамо само PNG, JPEG и WebP слике.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(logoField, 'Прихватамо само PNG, JPEG и WebP слике.');
			await logoField.setInputFiles({ name: 'napomene.txt', mimeType: 'text/plain', buffer: Buffer.from('здраво') });
			await page.getByRole('button', { name: 'Постави лого', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Прихватамо само PNG, JPEG и WebP слике.' }).waitFor();
			await expectFieldError(logoField, 'Прихватамо само PNG, JPEG и WebP слике.');
			// The earlier logo stays.
			await expect.poll(() => hasLoaded(headerLogo)).toBe(true);

			// A cover for the home page, chosen from the media library (the first image after "none").
			const cover = page.getByRole('group', { name: 'Насловна слика почетне странице', exact: true });
			await cover.getByRole('radio').nth(1).check();
			await page.getByRole('button', { name: 'Сачувај насловну слику', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Насловна слика је сачувана.' }).waitFor();
			expect(await cover.getByRole('radio').nth(1).isChecked()).toBe(true);
			await expectNoAxeViolations(page);
		});

		// A visitor on a phone sees the new name in Cyrillic, and in Latin on the Latin portal.
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/`);
			await expectHeading(page, 'Канцеларија за младе Тест');
			const header = page.getByRole('banner');
			const footer = page.getByRole('contentinfo');
			expect(await header.getByRole('img', { name: 'Лого: Канцеларија за младе Тест', exact: true }).count()).toBe(1);
			expect(await hasLoaded(header.getByRole('img'))).toBe(true);
			// The office's colour and cover: the cover loads in the welcome band, under the heading and the
			// first lines, which stay in the phone's first screen.
			expect(
				await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim())
			).toBe('#7b2cbf');
			const coverImage = page.locator('main .home-hero .home-cover img');
			expect(await coverImage.count()).toBe(1);
			await expect.poll(() => hasLoaded(coverImage)).toBe(true);
			const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
			expect(heading!.y + heading!.height).toBeLessThanOrEqual(700);
			expect((await coverImage.boundingBox())!.y).toBeGreaterThan(heading!.y);
			await expectNoAxeViolations(page);
			await footer.getByRole('heading', { name: 'Канцеларија за младе Тест', exact: true }).waitFor();
			await footer.getByText('Радним данима од 9 до 17 часова', { exact: true }).waitFor();

			await visit(page, `${base}/lat`);
			await expectHeading(page, 'Kancelarija za mlade Test');
			expect(await header.getByRole('img', { name: 'Logo: Kancelarija za mlade Test', exact: true }).count()).toBe(1);
			await footer.getByRole('heading', { name: 'Kancelarija za mlade Test', exact: true }).waitFor();
			await footer.getByText('Radnim danima od 9 do 17 časova', { exact: true }).waitFor();
			// The rejected age range was not saved: the address is still the old one.
			expect(await footer.textContent()).toContain('Venijamina Marinkovića 1');
		});

		// The administrator finds the change in the audit log.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/audit`);
			await expectHeading(page, 'Дневник промена');
			await expectNoAxeViolations(page);
			await page.getByLabel('Радња садржи', { exact: true }).fill('settings.');
			await page.getByRole('button', { name: 'Филтрирај', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('action') === 'settings.');
			// Each entry reads as a sentence in the reader's script, with the raw details behind "Детаљи" (13.7).
			const entries = page.getByRole('main').getByRole('listitem');
			const updated = entries.filter({ hasText: 'Јелена Петровић: измена — подешавања канцеларије' });
			await updated.first().waitFor();
			await expectNoAxeViolations(page);
			expect(await updated.count()).toBe(1);
			expect(await updated.textContent()).not.toContain('settings.updated');
			await updated.getByText('Детаљи', { exact: true }).click();
			const row = (await updated.textContent()) ?? '';
			expect(row).toContain('"name"');
			expect(row).toContain('"workingHours"');
			expect(await entries.filter({ hasText: 'Јелена Петровић: нови логотип' }).count()).toBe(1);
			expect(await entries.filter({ hasText: 'Јелена Петровић: нова насловна слика' }).count()).toBe(1);
			// The filter shows only settings entries.
			expect(await entries.filter({ hasText: 'пријава на налог' }).count()).toBe(0);
		});
	});
});
