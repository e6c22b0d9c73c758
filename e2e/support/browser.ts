import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserServer,
	type Download,
	type Page
} from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags this sandbox needs: no GPU, no network chatter to outside hosts, root without sandbox.
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/**
 * Where the run's one shared Chromium listens: the global setup starts it once and sets this variable
 * before the workers start, so each journey connects in milliseconds instead of launching its own
 * browser (about a second each, sixty times a run).
 */
export const BROWSER_ENDPOINT_VARIABLE = 'KZM_E2E_BROWSER_WS';

/** Starts the shared Chromium the journeys connect to (global setup only). */
export function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * Debian's Chromium headless: a connection to the run's shared browser when there is one (closing it
 * then only disconnects this journey and its contexts), otherwise a browser of its own.
 */
export function launchBrowser(): Promise<Browser> {
	const endpoint = process.env[BROWSER_ENDPOINT_VARIABLE];
	if (endpoint) return chromium.connect(endpoint);
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A fresh browser profile; phone-sized when asked (320 px is the narrowest we support).
 * `javaScript: false` refuses every script the site sends instead of switching the engine off,
 * because axe itself runs as injected script and hangs in a page with scripting disabled. The
 * site sees exactly what a browser without JavaScript gets: no bundle, no hydration.
 */
export async function newContext(
	browser: Browser,
	options: { phone?: boolean; javaScript?: boolean; viewport?: { width: number; height: number } } = {}
): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: options.viewport ?? (options.phone ? { width: 320, height: 700 } : { width: 1280, height: 900 }),
		locale: 'sr-RS'
	});
	if (options.javaScript === false) {
		await context.route('**/*', (route) =>
			route.request().resourceType() === 'script' ? route.abort() : route.continue()
		);
	}
	return context;
}

/** Fails the test with a readable list when axe finds any accessibility violation on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// Legacy mode runs axe in the page itself instead of opening a helper page per check (the portal
	// has no iframes, the only thing it would miss), and asking for violations only skips collecting
	// every passing node: together about three times faster, with the same rules.
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	const summary = results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Opens a path and checks the page with axe, as every journey does on every page it visits. */
export async function visit(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await expectNoAxeViolations(page);
}

/**
 * A download's bytes. A journey connected to the shared browser cannot read the browser's own copy
 * (`download.path()` refuses remote connections), so the file is streamed into a scratch folder.
 */
export async function downloadBytes(download: Download): Promise<Buffer> {
	const folder = await mkdtemp(join(tmpdir(), 'kzm-download-'));
	try {
		const file = join(folder, 'file');
		await download.saveAs(file);
		return await readFile(file);
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}
