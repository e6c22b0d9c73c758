import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';

// The volunteer changes their profile's script here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function pdfText(bytes: Buffer): Promise<string> {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	return (await extractText(pdf, { mergePages: true })).text;
}

describe('volunteer-downloads-certificate', () => {
	it('the demo young person opens their record, shows the card and downloads the certificate in Cyrillic and Latin', async () => {
		const base = server.url;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/account`);
			const section = page.getByRole('region', { name: 'Моје волонтирање', exact: true });
			await section.getByRole('link', { name: 'Моје волонтирање, картица и сати', exact: true }).click();
			await expectHeading(page, 'Моје волонтирање');
			await expectNoAxeViolations(page);
			await page.getByRole('img', { name: 'Слика кода картице за проверу и евиденцију сати' }).waitFor();

			// The card's public page shows the name and number, nothing else private.
			const verify = await page.getByRole('link', { name: 'Јавна провера картице', exact: true }).getAttribute('href');
			const publicPage = await context.newPage();
			await visit(publicPage, new URL(verify!, base).toString());
			await expectHeading(publicPage, 'Провера волонтерске картице');
			await notice(publicPage, 'Картица је важећа.').waitFor();
			expect(await publicPage.getByRole('main').textContent()).toContain('Милица Радовић');
			expect(await publicPage.getByRole('main').textContent()).not.toContain('mlada@demo.kzm.test');
			await expectNoAxeViolations(publicPage);
			await publicPage.close();

			// The certificate, in Cyrillic (the profile's script).
			const href = await page
				.getByRole('link', { name: 'Преузми потврду о волонтирању (PDF)', exact: true })
				.getAttribute('href');
			const cyrillic = await context.request.get(new URL(href!, base).toString());
			expect(cyrillic.headers()['content-type']).toBe('application/pdf');
			const cyrillicText = await pdfText(await cyrillic.body());
			expect(cyrillicText).toContain('Потврда о волонтирању');
			expect(cyrillicText).toContain('Милица Радовић');
			expect(cyrillicText).toMatch(/Верификациони код: [A-Z2-9]{10}/);

			// Documents in Latin, chosen in the profile.
			await visit(page, `${base}/lat/volunteering/profile`);
			await page.getByLabel('Pismo dokumenata', { exact: true }).selectOption('latn');
			await page.getByRole('button', { name: 'Sačuvaj profil', exact: true }).click();
			await expectHeading(page, 'Moje volontiranje');
			await expectNoAxeViolations(page);
			const latin = await context.request.get(`${base}/lat/account/volunteering/certificate.pdf`);
			const latinText = await pdfText(await latin.body());
			expect(latinText).toContain('Potvrda o volontiranju');
			expect(latinText).toContain('Milica Radović');
			expect(latinText).toMatch(/Verifikacioni kod: [A-Z2-9]{10}/);
			expect(latinText).not.toMatch(/[\u0400-\u04FF]/);
		});
	});
});
