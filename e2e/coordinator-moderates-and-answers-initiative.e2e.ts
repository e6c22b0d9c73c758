import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';

// Moderation and answers are stored, so this journey gets its own demo office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const READING_ROOM = 'Čitaonica otvorena do ponoći tokom ispitnih rokova';
const WIFI = 'Besplatan wifi u parku pored Moravice';
const TRACK = 'Osvetljena staza za trčanje pored reke';
const COMMENT = 'Ovo je glupost, niko ne sedi u parku.';

/** Opens an initiative from the coordinator's list (all queues) and returns its public path. */
async function openFromList(page: Page, title: string): Promise<string> {
	await visit(page, `${server.url}/lat/admin/participation?queue=all`);
	await page.getByRole('link', { name: title, exact: true }).click();
	await expectHeading(page, title);
	await expectNoAxeViolations(page);
	return new URL(page.url()).pathname.replace('/lat/admin/participation', '');
}

describe('coordinator-moderates-and-answers-initiative', () => {
	it('returns one initiative with a reason, publishes another, hides a comment and answers with a link to the plan', async () => {
		const coordinator = await newContext(browser);
		const young = await newContext(browser, { phone: true, javaScript: false });
		try {
			const staff = await coordinator.newPage();
			await signIn(staff, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD, '/lat');

			// Moderation with a reason from the short list and a note to the author.
			const readingRoom = await openFromList(staff, READING_ROOM);
			await staff.getByLabel('Razlog', { exact: true }).selectOption({ label: 'Nije jasno šta se predlaže' });
			await staff.getByLabel(/^Poruka autoru/).fill('Napišite koje dane i ko bi dežurao.');
			await staff.getByRole('button', { name: 'Vrati na doradu', exact: true }).click();
			await notice(staff, 'Inicijativa je vraćena autoru.').waitFor();
			await expectNoAxeViolations(staff);
			// The public cannot see a returned initiative.
			expect((await fetch(`${server.url}/lat${readingRoom}`)).status).toBe(404);

			const wifi = await openFromList(staff, WIFI);
			await staff.getByText('Neformalna grupa „Park za sve“', { exact: false }).first().waitFor();
			await staff.getByRole('button', { name: 'Objavi', exact: true }).click();
			await notice(staff, 'Inicijativa je objavljena.').waitFor();

			// A young person comments on the published initiative, in English; it waits for approval.
			const phone = await young.newPage();
			await signIn(phone, server.url, 'mlada@demo.kzm.test', DEMO_PASSWORD, '/en');
			await visit(phone, `${server.url}/en${wifi}`);
			await phone.getByLabel('Your comment', { exact: true }).fill(COMMENT);
			await phone.getByRole('button', { name: 'Post the comment', exact: true }).click();
			await notice(phone, 'The comment has been saved and will appear once the office approves it.').waitFor();

			// The coordinator hides it with a reason the public sees.
			await visit(staff, `${server.url}/lat/admin/participation/reports`);
			await expectHeading(staff, 'Prijave i komentari');
			const pending = staff.getByRole('listitem').filter({ hasText: COMMENT });
			await pending.getByLabel('Razlog skrivanja (vidi ga javnost)').selectOption({ label: 'uvredljiv sadržaj' });
			await pending.getByRole('button', { name: 'Sakrij', exact: true }).click();
			await notice(staff, 'Sadržaj je sakriven.').waitFor();
			await expectNoAxeViolations(staff);
			await visit(phone, `${server.url}/en${wifi}`);
			await phone.getByText('The comment has been hidden. Reason: offensive content.', { exact: true }).waitFor();
			expect(await phone.getByText(COMMENT).count()).toBe(0);
			await expectNoAxeViolations(phone);

			// The official answer of the overdue initiative, in Serbian and English, linked to the plan.
			const track = await openFromList(staff, TRACK);
			await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Prihvaćeno' });
			await staff.getByLabel(/^Odgovor kancelarije sa razlozima/).fill('Svetiljke ulaze u plan za uređenje obale.');
			await staff.getByLabel(/^Odgovor na engleskom/).fill('The lights are part of the riverside plan.');
			await staff.getByLabel(/^Povezani rad: naziv/).fill('Lokalni akcioni plan za mlade');
			await staff.getByLabel(/^Povezani rad: adresa/).fill('/action-plan');
			await staff.getByRole('button', { name: 'Sačuvaj odgovor', exact: true }).click();
			await notice(staff, 'Odgovor je sačuvan; pratioci su obavešteni.').waitFor();
			await expectNoAxeViolations(staff);

			// Any visitor reads the answer in their script or language, with the link to the plan's progress
			// (a fresh browser: the young person's English choice would send Cyrillic addresses to English).
			const visitor = await newContext(browser, { phone: true, javaScript: false });
			for (const [prefix, heading, answer, linkName] of [
				['', 'Одговор канцеларије', 'Светиљке улазе у план за уређење обале.', 'Локални акциони план за младе'],
				['/lat', 'Odgovor kancelarije', 'Svetiljke ulaze u plan za uređenje obale.', 'Lokalni akcioni plan za mlade'],
				['/en', 'The office’s answer', 'The lights are part of the riverside plan.', 'Lokalni akcioni plan za mlade']
			] as const) {
				const page = await visitor.newPage();
				await visit(page, `${server.url}${prefix}${track}`);
				await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
				await page.getByText(answer, { exact: true }).waitFor();
				expect(await page.getByRole('link', { name: linkName, exact: true }).getAttribute('href')).toBe(
					`${prefix}/action-plan`
				);
				const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
				expect(json['@type']).toBe('CreativeWork');
				expect(json.inLanguage).toBe(prefix === '' ? 'sr-Cyrl' : prefix === '/lat' ? 'sr-Latn' : 'en');
				await expectNoAxeViolations(page);
				await page.close();
			}
			await visitor.close();
		} finally {
			await coordinator.close();
			await young.close();
		}
	}, 300_000);
});
