import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectHeading,
	expectPath,
	notice,
	signIn,
	signUpAndConfirm
} from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const ORGANISATION = 'Центар за културу Ивањица';
const PATH = '/organisations/centar-za-kulturu-ivanjica';
const NEW_DESCRIPTION = 'Биоскоп, позоришна сцена и нова дигитална радионица за младе сваког четвртка.';

describe('association-claims-and-updates-profile', () => {
	it('a new person claims an organisation, the coordinator approves, and the reviewed edit goes public', async () => {
		const person = await newContext(browser, { phone: true, javaScript: false });
		const coordinator = await newContext(browser);
		await closing(person, async () => {
			await closing(coordinator, async () => {
				const page = await person.newPage();
				const staff = await coordinator.newPage();
				const email = `maja.${Date.now()}@kultura.test`;

				// A new account.
				await signUpAndConfirm(page, base, browser, {
					name: 'Маја Ристић',
					email,
					password: 'pozorisna scena 2027'
				});
				await expectNoAxeViolations(page);

				// The claim, from the organisation's public page.
				await visit(page, `${base}${PATH}`);
				await expectHeading(page, ORGANISATION);
				await page.getByRole('link', { name: 'Ја представљам ову организацију', exact: true }).click();
				await expectPath(page, `${PATH}/claim`);
				await expectNoAxeViolations(page);
				await page.getByRole('button', { name: 'Пошаљи захтев', exact: true }).click();
				await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
				await expectNoAxeViolations(page);
				await page.getByLabel('Ваша улога у организацији').fill('Уредница програма');
				await page.getByRole('checkbox', { name: /^Сагласан\/на сам да канцеларија чува моје име/ }).check();
				await page.getByRole('button', { name: 'Пошаљи захтев', exact: true }).click();
				await expectPath(page, PATH);
				await notice(page, 'Захтев је послат. Јавићемо вам се е-поштом када га канцеларија размотри.').waitFor();
				await expectNoAxeViolations(page);

				// The coordinator approves it on the requests screen.
				await signIn(staff, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
				await visit(staff, `${base}/admin/organisations/requests`);
				await expectHeading(staff, 'Захтеви организација');
				await staff.getByRole('button', { name: `Одобри захтев: Маја Ристић, ${ORGANISATION}`, exact: true }).click();
				await notice(staff, 'Захтев је одобрен.').waitFor();
				await expectNoAxeViolations(staff);

				// The person now edits the profile from "My organisations".
				await visit(page, `${base}/account/organisations`);
				await expectHeading(page, 'Моје организације');
				expect(await page.getByRole('main').textContent()).toContain('Представљате');
				await page.getByRole('link', { name: /^Уреди\s*:\s*Центар за културу Ивањица$/ }).click();
				await expectPath(page, `${PATH}/edit`);
				await expectHeading(page, `Профил: ${ORGANISATION}`);
				await expectNoAxeViolations(page);
				await page.getByLabel('Опис (није обавезно)', { exact: true }).fill(NEW_DESCRIPTION);
				const second = page.getByRole('group', { name: 'Особа 2', exact: true });
				expect(await second.getByLabel('Име и презиме', { exact: true }).inputValue()).toBe('Маја Ристић');
				await second.getByLabel('Приказати јавно', { exact: true }).check();
				await page.getByRole('button', { name: 'Сачувај измене', exact: true }).click();
				await notice(page, 'Измене су сачуване. Оне које се виде јавно чекају преглед канцеларије.').waitFor();
				await expectNoAxeViolations(page);

				// Not public before the review.
				await visit(page, `${base}${PATH}`);
				expect(await page.getByText(NEW_DESCRIPTION).count()).toBe(0);
				expect(await page.getByRole('region', { name: 'Особе за контакт', exact: true }).textContent()).not.toContain(
					'Маја Ристић'
				);

				// The coordinator reviews and publishes.
				await visit(staff, `${base}/admin/organisations/requests`);
				const review = staff.getByRole('table');
				expect(await review.textContent()).toContain(NEW_DESCRIPTION);
				await staff.getByRole('button', { name: `Објави измене: ${ORGANISATION}`, exact: true }).click();
				await notice(staff, 'Измене су објављене.').waitFor();
				await expectNoAxeViolations(staff);

				// Public now, in Latin too.
				await visit(page, `${base}/lat${PATH}`);
				await expectHeading(page, 'Centar za kulturu Ivanjica');
				await page.getByText('Bioskop, pozorišna scena i nova digitalna radionica', { exact: false }).waitFor();
				expect(await page.getByRole('region', { name: 'Osobe za kontakt', exact: true }).textContent()).toContain(
					'Maja Ristić'
				);
			});
		});
	});
});
