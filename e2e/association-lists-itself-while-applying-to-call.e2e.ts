// A young person applies to the open call for associations for an association that is not in the
// directory yet (issue 18): from the call's apply box they ask to represent a listed one and to list
// a new one, come back to the call each time, and start a draft that waits, clearly marked, until the
// office approves; submitting is refused until then. The call page and the draft are also read in
// Latin and English on a 360 px phone, with the crawler's wrong-script detector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';
import { wrongLanguageWords } from '../src/lib/i18n/wrong-language.ts';
import { DEMO_KEEP_LATIN } from '../src/lib/modules/settings/seed.server.ts';

// A listing, a claim and an application are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const CALL = 'Конкурс за пројекте удружења у спровођењу акционог плана за младе';
const ASSOCIATION = 'Удружење Нови талас';
const PHONE = { width: 360, height: 780 };
const WAITING = 'Пријава је сачувана, али још не може да се поднесе: канцеларија још није одобрила';

/** The main region's words as a reader meets them, leaving out parts marked as another language. */
async function mainText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
		for (const element of main.querySelectorAll('[lang]'))
			if (element.getAttribute('lang') !== pageLang) element.remove();
		for (const element of main.querySelectorAll('script, style, svg')) element.remove();
		const names = [...main.querySelectorAll('[aria-label], [alt], [title], [placeholder]')].flatMap((element) =>
			['aria-label', 'alt', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '')
		);
		return [main.textContent ?? '', ...names].join(' ');
	});
}

/** Opens a page of the given locale on the phone: right language tag, its heading, no word in the wrong script. */
async function readInLocale(
	page: Page,
	url: string,
	locale: { lang: string; script: 'latn'; english: boolean },
	heading: string
): Promise<void> {
	await visit(page, url);
	expect(await page.locator('html').getAttribute('lang')).toBe(locale.lang);
	await expectHeading(page, heading);
	expect(wrongLanguageWords(await mainText(page), locale, DEMO_KEEP_LATIN), `wrong script on ${url}`).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
}

describe('association-lists-itself-while-applying-to-call', () => {
	it('asks to represent and to list an association from the call, drafts while waiting, submits once approved', async () => {
		const base = server.url;
		let callPath = '';
		let applicationPath = '';
		let claimed = '';
		await closing(await newContext(browser, { viewport: PHONE, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/calls`);
			await page.getByRole('link', { name: CALL, exact: true }).click();
			await expectHeading(page, CALL);
			callPath = new URL(page.url()).pathname;
			const box = page.getByRole('region', { name: 'Пријава на конкурс' });
			await box
				.getByText('Ваш налог још не представља ниједно удружење које може да се пријави на овај конкурс.')
				.waitFor();
			await expectNoAxeViolations(page);

			// (a) An association already listed: found in the directory, claimed, and back to the call.
			await box.getByRole('link', { name: 'Нађите удружење у именику', exact: true }).click();
			await expectHeading(page, 'Удружење за које се пријављујете');
			await expectNoAxeViolations(page);
			const results = page.getByRole('region', { name: 'Удружења у именику' });
			const first = results.getByRole('link').first();
			claimed = (await first.textContent())!.trim();
			await first.click();
			await expectHeading(page, `Представљате организацију „${claimed}”?`);
			await expectNoAxeViolations(page);
			await page.getByLabel('Ваша улога у организацији', { exact: true }).fill('секретарка');
			await page.getByRole('checkbox', { name: /^Сагласан\/на сам да канцеларија чува моје име/ }).check();
			await page.getByRole('button', { name: 'Пошаљи захтев', exact: true }).click();
			await expectHeading(page, CALL);
			expect(new URL(page.url()).pathname).toBe(callPath);
			await page.getByText(/^Захтев да представљате удружење је послат/).waitFor();
			await expectNoAxeViolations(page);
			await box.getByRole('radio', { name: `${claimed} (чека одобрење канцеларије)`, exact: true }).waitFor();

			// (b) A new association: listed from the call's apply box, and back to the call.
			await box.getByRole('link', { name: 'Упишите ново удружење у именик', exact: true }).click();
			await expectHeading(page, 'Упис организације у регистар');
			await expectNoAxeViolations(page);
			await page.getByLabel('Назив организације', { exact: true }).fill(ASSOCIATION);
			await page.getByLabel('Врста', { exact: true }).selectOption({ label: 'Удружење младих' });
			await page.getByLabel('Кратак опис', { exact: true }).fill('Млади из Ивањице уређују јавне просторе.');
			await page.getByRole('checkbox', { name: /^Сагласан\/на сам да канцеларија чува ове податке/ }).check();
			await page.getByRole('button', { name: 'Пошаљи захтев', exact: true }).click();
			await expectHeading(page, CALL);
			await page.getByText(/^Захтев за упис удружења у именик је послат/).waitFor();
			await expectNoAxeViolations(page);

			// The draft starts at once and says it waits; submitting is refused, what was typed is kept.
			await box.getByRole('radio', { name: `${ASSOCIATION} (чека одобрење канцеларије)`, exact: true }).check();
			await box.getByRole('button', { name: 'Започни пријаву', exact: true }).click();
			await expectHeading(page, 'Пријава');
			applicationPath = new URL(page.url()).pathname;
			await page
				.getByText(`Ова пријава чека да канцеларија одобри да представљате удружење „${ASSOCIATION}“`)
				.waitFor();
			await expectNoAxeViolations(page);
			await page.getByLabel('Назив пројекта', { exact: true }).fill('Зелени кутак');
			await page.getByRole('button', { name: 'Поднеси пријаву', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: WAITING }).waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Назив пројекта', { exact: true }).inputValue()).toBe('Зелени кутак');
			await visit(page, `${base}/account/applications`);
			await page.getByText('Чека одобрење канцеларије', { exact: true }).waitFor();

			// The same pages in Latin and in English, on the phone, in the right script.
			const latin = { lang: 'sr-Latn', script: 'latn' as const, english: false };
			const english = { lang: 'en', script: 'latn' as const, english: true };
			await readInLocale(
				page,
				`${base}/lat${callPath}`,
				latin,
				'Konkurs za projekte udruženja u sprovođenju akcionog plana za mlade'
			);
			await page.getByRole('link', { name: 'Upišite novo udruženje u imenik', exact: true }).waitFor();
			await readInLocale(page, `${base}/lat${callPath}/represent`, latin, 'Udruženje za koje se prijavljujete');
			await readInLocale(page, `${base}/lat${applicationPath}`, latin, 'Zeleni kutak');
			await page
				.getByText('Ova prijava čeka da kancelarija odobri da predstavljate udruženje „Udruženje Novi talas“')
				.waitFor();
			await readInLocale(
				page,
				`${base}/en${callPath}`,
				english,
				'Call for association projects carrying out the youth action plan'
			);
			await page
				.getByRole('radio', { name: 'Udruženje Novi talas (waiting for the office’s approval)', exact: true })
				.waitFor();
			await readInLocale(page, `${base}/en${callPath}/represent`, english, 'The association you are applying for');
			await readInLocale(page, `${base}/en${applicationPath}`, english, 'Zeleni kutak');
			await page
				.getByText(
					'This application waits for the office to approve you as the representative of “Udruženje Novi talas”'
				)
				.waitFor();
		});

		// The coordinator lists the association and approves the claim.
		await closing(await newContext(browser), async (context) => {
			const staff = await context.newPage();
			await signIn(staff, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(staff, `${base}/admin/organisations/requests`);
			await staff.getByRole('button', { name: `Упиши: ${ASSOCIATION}`, exact: true }).click();
			await notice(staff, 'Организација је уписана у регистар.').waitFor();
			await staff.getByRole('button', { name: `Одобри захтев: Милица Радовић, ${ASSOCIATION}`, exact: true }).click();
			await notice(staff, 'Захтев је одобрен.').waitFor();
			await expectNoAxeViolations(staff);
		});

		// Back to the draft: no longer waiting; submitting now checks the application itself.
		await closing(await newContext(browser, { viewport: PHONE, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}${applicationPath}`);
			await expectHeading(page, 'Зелени кутак');
			expect(await page.getByText(/^Ова пријава чека да канцеларија одобри/).count()).toBe(0);
			await page.getByRole('button', { name: 'Поднеси пријаву', exact: true }).click();
			await page
				.getByRole('alert')
				.filter({ hasText: 'Пријава је сачувана, али још не може да се поднесе' })
				.first()
				.waitFor();
			expect(await page.getByRole('alert').filter({ hasText: WAITING }).count()).toBe(0);
			await expectNoAxeViolations(page);
			// The association claimed in (a) still waits, and still says so on the call's page.
			await visit(page, `${base}${callPath}`);
			await page.getByRole('radio', { name: `${claimed} (чека одобрење канцеларије)`, exact: true }).waitFor();
			await page.getByRole('radio', { name: ASSOCIATION, exact: true }).waitFor();
		});
	}, 240_000);
});
