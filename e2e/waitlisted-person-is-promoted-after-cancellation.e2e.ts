import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, notice, signIn } from './support/journey.ts';

// Places change hands here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const TALK = 'Трибина: како почети са волонтирањем';

/** The body of the newest outbox message with this subject to this address (the administrator's view). */
async function outboxMessage(page: Page, base: string, subject: string, to: string): Promise<string> {
	await visit(page, `${base}/admin/outbox`);
	await expectHeading(page, 'Одлазна пошта');
	const message = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: subject, exact: true }) })
		.filter({ hasText: to })
		.first();
	await message.getByText('Прикажи поруку', { exact: true }).click();
	const body = message.getByRole('group').locator('pre');
	await body.waitFor();
	await expectNoAxeViolations(page);
	return (await body.textContent()) ?? '';
}

describe('waitlisted-person-is-promoted-after-cancellation', () => {
	it('joins the waitlist of the full talk, gets the place when a confirmed person cancels, and is told', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (visitorContext) => {
			const visitor = await visitorContext.newPage();

			// Both places of the talk are taken: the form says so and offers the waitlist.
			await visit(visitor, `${base}/events/tribina-o-volontiranju/register`);
			await expectHeading(visitor, `Пријава: ${TALK}`);
			await visitor.getByText('Сва места су попуњена. Пријавом улазите на листу чекања', { exact: false }).waitFor();
			await visitor.getByLabel('Име и презиме', { exact: true }).fill('Весна Перић');
			await visitor.getByLabel('Е-пошта (није обавезно)', { exact: true }).fill('vesna.peric@example.rs');
			await visitor.getByLabel('Година рођења', { exact: true }).fill('2003');
			await visitor.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }).check();
			await visitor.getByRole('button', { name: 'Упиши ме на листу чекања', exact: true }).click();
			await expectHeading(visitor, 'На листи чекања сте');
			await expectNoAxeViolations(visitor);
			await visitor.getByRole('main').getByText('Ви сте 1. на листи чекања', { exact: false }).waitFor();
			expect(await visitor.getByRole('img', { name: /кода за улазак/ }).count()).toBe(0);
			const privateUrl = visitor.url().replace(/\?new=1$/, '');

			await closing(await newContext(browser), async (adminContext) => {
				const admin = await adminContext.newPage();
				await signIn(admin, base, 'admin@demo.kzm.test', DEMO_PASSWORD);

				// A confirmed participant's confirmation, with their private link, is in the outbox.
				const confirmation = await outboxMessage(
					admin,
					base,
					`Пријава потврђена: ${TALK}`,
					'jovana.markovic@demo.kzm.test'
				);
				const link = /https?:\/\/\S+\/registrations\/[A-Za-z0-9_-]+/.exec(confirmation)?.[0];
				expect(link, `no private link in:\n${confirmation}`).toBeTruthy();

				await closing(await newContext(browser, { phone: true, javaScript: false }), async (holderContext) => {
					// She cannot come after all: cancelling asks for a confirmation first.
					const holder = await holderContext.newPage();
					await visit(holder, `${base}${new URL(link!).pathname}`);
					await expectHeading(holder, 'Моја пријава');
					await holder.getByRole('main').getByText('Потврђено', { exact: true }).waitFor();
					await holder.getByRole('button', { name: 'Откажи пријаву', exact: true }).click();
					await holder.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
					await expectNoAxeViolations(holder);
					await expectFieldError(
						holder.getByRole('checkbox', { name: 'Разумем да отказивање не може да се поништи', exact: true }),
						'Означите да разумете да отказивање не може да се поништи.'
					);
					await holder
						.getByRole('checkbox', { name: 'Разумем да отказивање не може да се поништи', exact: true })
						.check();
					await holder.getByRole('button', { name: 'Откажи пријаву', exact: true }).click();
					await notice(holder, 'Пријава је отказана. Хвала што сте јавили!').waitFor();
					await expectNoAxeViolations(holder);
					await holder.getByRole('main').getByText('Отказано', { exact: true }).waitFor();
					expect(await holder.getByRole('button', { name: 'Откажи пријаву', exact: true }).count()).toBe(0);
				});

				// The first on the waitlist now has the place, with the entry code to show.
				await visit(visitor, privateUrl);
				await expectHeading(visitor, 'Моја пријава');
				await visitor.getByRole('main').getByText('Потврђено', { exact: true }).waitFor();
				await visitor.getByRole('img', { name: /^Слика кода за улазак/ }).waitFor();

				// And she was told by e-mail, with the calendar invitation mentioned.
				const promotion = await outboxMessage(admin, base, `Добили сте место: ${TALK}`, 'vesna.peric@example.rs');
				expect(promotion).toMatch(/^Здраво, Весна Перић,/);
				expect(promotion).toContain('ослободило се место и сада је ваше');
			});
		});
	});
});
