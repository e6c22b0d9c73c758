import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	expectPath,
	openMenu,
	signIn,
	type Prefix
} from './support/journey.ts';

// Messages are stored and mail is queued here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

interface ContactWords {
	prefix: Prefix;
	navigation: string;
	link: string;
	heading: string;
	name: string;
	email: string;
	subject: string;
	message: string;
	consent: string;
	submit: string;
	formHasErrors: string;
	required: string;
	invalidEmail: string;
	consentRequired: string;
	sentHeading: string;
	sentText: string;
}

const CYRILLIC: ContactWords = {
	prefix: '',
	navigation: 'Главна навигација',
	link: 'Контакт',
	heading: 'Контакт',
	name: 'Име и презиме',
	email: 'Е-пошта',
	subject: 'Тема (није обавезно)',
	message: 'Порука',
	consent: 'Пристајем да канцеларија за младе сачува',
	submit: 'Пошаљи поруку',
	formHasErrors: 'Образац није сачуван.',
	required: 'Ово поље је обавезно.',
	invalidEmail: 'Унесите исправну адресу е-поште, нпр. ime@primer.rs.',
	consentRequired: 'Без ваше сагласности не можемо да сачувамо поруку ни да вам одговоримо.',
	sentHeading: 'Порука је послата',
	sentText: 'Хвала вам! Примили смо вашу поруку'
};

const ENGLISH: ContactWords = {
	prefix: '/en',
	navigation: 'Main navigation',
	link: 'Contact',
	heading: 'Contact',
	name: 'Your name',
	email: 'E-mail',
	subject: 'Subject (optional)',
	message: 'Message',
	consent: 'I agree that the youth office keeps my name',
	submit: 'Send message',
	formHasErrors: 'The form was not saved.',
	required: 'This field is required.',
	invalidEmail: 'Enter a valid e-mail address, e.g. name@example.com.',
	consentRequired: 'Without your consent we cannot keep your message or reply to it.',
	sentHeading: 'Your message has been sent',
	sentText: 'Thank you! We have received your message'
};

/** Opens the contact page from the main navigation of the home page. */
async function openContactPage(page: Page, base: string, words: ContactWords): Promise<void> {
	await visit(page, `${base}${words.prefix || '/'}`);
	const navigation = await openMenu(page.getByRole('navigation', { name: words.navigation, exact: true }));
	await navigation.getByRole('link', { name: words.link, exact: true }).click();
	await expectPath(page, `${words.prefix}/contact`);
	await expectHeading(page, words.heading);
	await expectNoAxeViolations(page);
}

describe('visitor-sends-contact-form', () => {
	it('sends a message from a phone without JavaScript in Cyrillic and in English; the office gets a copy', async () => {
		const base = server.url;

		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();

			// Cyrillic: the office's details are on the page; a wrong address and no consent first.
			const cyr = CYRILLIC;
			await openContactPage(page, base, cyr);
			const main = page.getByRole('main');
			await main.getByRole('link', { name: 'kzm@demo.kzm.test', exact: true }).waitFor();
			expect(await main.textContent()).toContain('Венијамина Маринковића 1, 32250 Ивањица');
			// The spam trap is neither seen nor announced.
			expect(await page.getByRole('textbox', { name: 'Оставите ово поље празно' }).count()).toBe(0);
			const trap = await page.locator('input[name="website"]').boundingBox();
			expect(trap && trap.x + trap.width, 'the trap field is drawn where people can see it').toBeLessThanOrEqual(0);

			await page.getByLabel(cyr.name, { exact: true }).fill('Милица Радовић');
			await page.getByLabel(cyr.email, { exact: true }).fill('milica.radovic@primer');
			await page.getByLabel(cyr.subject, { exact: true }).fill('Волонтерска књижица');
			await page.getByLabel(cyr.message, { exact: true }).fill('Здраво! Како да добијем волонтерску књижицу?');
			await page.getByRole('button', { name: cyr.submit, exact: true }).click();
			await page.getByRole('alert').filter({ hasText: cyr.formHasErrors }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(page.getByLabel(cyr.email, { exact: true }), cyr.invalidEmail);
			await expectFieldError(page.getByRole('checkbox', { name: cyr.consent }), cyr.consentRequired);
			// Nothing typed is lost.
			expect(await page.getByLabel(cyr.name, { exact: true }).inputValue()).toBe('Милица Радовић');
			expect(await page.getByLabel(cyr.email, { exact: true }).inputValue()).toBe('milica.radovic@primer');
			expect(await page.getByLabel(cyr.subject, { exact: true }).inputValue()).toBe('Волонтерска књижица');
			expect(await page.getByLabel(cyr.message, { exact: true }).inputValue()).toBe(
				'Здраво! Како да добијем волонтерску књижицу?'
			);

			await page.getByLabel(cyr.email, { exact: true }).fill('milica.radovic@primer.rs');
			await page.getByRole('checkbox', { name: cyr.consent }).check();
			await page.getByRole('button', { name: cyr.submit, exact: true }).click();
			await expectPath(page, '/contact/sent');
			await expectHeading(page, cyr.sentHeading);
			await page.getByRole('status').filter({ hasText: cyr.sentText }).waitFor();
			await expectNoAxeViolations(page);

			// English: an empty form first, then a complete one.
			const en = ENGLISH;
			await openContactPage(page, base, en);
			await page.getByRole('button', { name: en.submit, exact: true }).click();
			await page.getByRole('alert').filter({ hasText: en.formHasErrors }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(page.getByLabel(en.name, { exact: true }), en.required);
			await expectFieldError(page.getByLabel(en.email, { exact: true }), en.required);
			await expectFieldError(page.getByLabel(en.message, { exact: true }), en.required);
			await expectFieldError(page.getByRole('checkbox', { name: en.consent }), en.consentRequired);

			await page.getByLabel(en.name, { exact: true }).fill('Anna Schmidt');
			await page.getByLabel(en.email, { exact: true }).fill('anna.schmidt@example.com');
			await page.getByLabel(en.subject, { exact: true }).fill('Youth exchange in Ivanjica');
			await page
				.getByLabel(en.message, { exact: true })
				.fill('Hello! Our association would like to bring a youth exchange group in May.');
			await page.getByRole('checkbox', { name: en.consent }).check();
			await page.getByRole('button', { name: en.submit, exact: true }).click();
			await expectPath(page, '/en/contact/sent');
			await expectHeading(page, en.sentHeading);
			await page.getByRole('status').filter({ hasText: en.sentText }).waitFor();
			await expectNoAxeViolations(page);
		});

		// The administrator finds both copies, addressed to the office, in the outbox.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/outbox`);
			await expectHeading(page, 'Одлазна пошта');
			for (const [subject, sender, text] of [
				['Порука са портала: Волонтерска књижица', 'milica.radovic@primer.rs', 'Како да добијем волонтерску књижицу?'],
				['Порука са портала: Youth exchange in Ivanjica', 'anna.schmidt@example.com', 'bring a youth exchange group']
			]) {
				const message = page
					.getByRole('listitem')
					.filter({ has: page.getByRole('heading', { name: subject, exact: true }) })
					.filter({ hasText: 'kzm@demo.kzm.test' });
				expect(await message.count(), subject).toBe(1);
				await message.getByText('Прикажи поруку', { exact: true }).click();
				const body = message.getByRole('group').locator('pre');
				await body.waitFor();
				const mail = (await body.textContent()) ?? '';
				expect(mail).toContain(`Е-пошта: ${sender}`);
				expect(mail).toContain(text);
			}
			await expectNoAxeViolations(page);

			// The messages themselves wait for an answer in the back-office.
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Поруке посетилаца', exact: true })
				.click();
			await expectPath(page, '/admin/contact');
			await expectHeading(page, 'Поруке посетилаца');
			await expectNoAxeViolations(page);
			const milica = page.getByRole('article', { name: 'Волонтерска књижица' }).filter({ hasText: 'Милица Радовић' });
			await milica.waitFor();
			await milica.getByRole('button', { name: 'Означи као решено: Волонтерска књижица' }).click();
			await page.getByRole('status').filter({ hasText: 'Порука је означена као решена.' }).waitFor();
			expect(await page.getByRole('article').filter({ hasText: 'Милица Радовић' }).count()).toBe(0);
			await page.getByRole('article', { name: 'Youth exchange in Ivanjica' }).waitFor();
			await expectNoAxeViolations(page);

			// The sender of the other message asks for it to be erased: it goes only after the confirmation.
			await page.getByText('Поруке се чувају 12 месеци од пријема', { exact: false }).waitFor();
			const exchange = page.getByRole('article', { name: 'Youth exchange in Ivanjica' });
			await exchange.locator('summary', { hasText: 'Обриши поруку' }).click();
			const erase = exchange.getByRole('button', { name: 'Обриши поруку: Youth exchange in Ivanjica' });
			await erase.click();
			await exchange.getByText('Потврдите да желите трајно да обришете ову поруку.').waitFor();
			await expectNoAxeViolations(page);
			await exchange.getByLabel('Разумем да ће порука бити трајно обрисана', { exact: false }).check();
			await erase.click();
			await page.getByRole('status').filter({ hasText: 'Порука је трајно обрисана.' }).waitFor();
			expect(await page.getByRole('article', { name: 'Youth exchange in Ivanjica' }).count()).toBe(0);
			await expectNoAxeViolations(page);
		});
	});
});
