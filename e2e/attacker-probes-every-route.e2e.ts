// Issue 14, faults 2-5 and 7, tried the way an attacker would: every route of the demo office (read
// from src/routes, so a new route is covered without editing this file) with hostile parameters and
// bodies, every admin page's __data.json as every role, the security headers of every kind of
// response, a password reset with a forged Host header, and a survey answered over plain http on a
// real host name.
import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading } from './support/journey.ts';
import { fillPattern, listRoutes, patternRegExp, type RouteInfo } from '../src/lib/server/testing/route-tree.ts';

// Hostile requests change and delete things: this file gets its own demo office.
let server: RunningServer;
beforeAll(async () => {
	server = await startServer({ demo: true });
});
afterAll(() => server?.stop());

const ROLES = {
	administrator: 'admin@demo.kzm.test',
	coordinator: 'koordinator@demo.kzm.test',
	staff: 'saradnik@demo.kzm.test',
	association_representative: 'udruzenje@demo.kzm.test',
	council_member: 'savet@demo.kzm.test',
	young_person: 'mlada@demo.kzm.test'
} as const;
type Role = keyof typeof ROLES;
const STAFF: readonly Role[] = ['administrator', 'coordinator', 'staff'];

const routes = listRoutes();
const sessions = new Map<Role, string>();

/** A request with the site's own Origin (as a browser's form post has), never following redirects. */
async function send(
	path: string,
	options: { method?: string; cookie?: string; body?: BodyInit; type?: string; accept?: string } = {}
): Promise<Response> {
	const headers: Record<string, string> = { origin: server.url, accept: options.accept ?? 'text/html' };
	if (options.cookie) headers.cookie = options.cookie;
	if (options.type) headers['content-type'] = options.type;
	return fetch(`${server.url}${path}`, {
		method: options.method ?? 'GET',
		headers,
		body: options.body,
		redirect: 'manual'
	});
}

/** Signs in through the form and returns the session cookie. */
async function signIn(role: Role): Promise<string> {
	const response = await send('/sign-in', {
		method: 'POST',
		type: 'application/x-www-form-urlencoded',
		body: new URLSearchParams({ email: ROLES[role], password: DEMO_PASSWORD }).toString()
	});
	const cookie = response.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.find((pair) => pair.startsWith('kzm_session='));
	if (!cookie) throw new Error(`could not sign in as ${role}: ${response.status}`);
	return cookie;
}

/** Real concrete paths of the demo office, found by following links as the administrator. */
async function crawlExamples(cookie: string): Promise<Map<string, string>> {
	const examples = new Map<string, string>();
	const matchers = routes.map((route) => ({ route, regExp: patternRegExp(route.pattern) }));
	const seen = new Set<string>();
	const queue = ['/', '/admin', '/account'];
	while (queue.length > 0 && seen.size < 500) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		for (const { route, regExp } of matchers) {
			if (!examples.has(route.pattern) && regExp.test(path)) examples.set(route.pattern, path);
		}
		const response = await send(path, { cookie });
		if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
			await response.body?.cancel();
			continue;
		}
		const html = await response.text();
		for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g)) {
			const target = href.replace(/&amp;/g, '&');
			if (
				/^\/(lat|en)(\/|$)|^\/sign-out|^\/lang\/|^\/media\/|\.(ics|xml|csv|xlsx|pdf|docx|odt|json|txt)$/.test(target)
			) {
				continue;
			}
			if (!seen.has(target)) queue.push(target);
		}
	}
	return examples;
}

let examples = new Map<string, string>();
const fuzzed = { requests: 0, serverErrors: [] as string[] };

beforeAll(async () => {
	for (const role of Object.keys(ROLES) as Role[]) sessions.set(role, await signIn(role));
	examples = await crawlExamples(sessions.get('administrator')!);
}, 300_000);

/** Sends one fuzz request and remembers any 5xx. */
async function probe(label: string, path: string, options: Parameters<typeof send>[1] = {}): Promise<void> {
	fuzzed.requests++;
	let response: Response;
	try {
		response = await send(path, options);
	} catch (caught) {
		fuzzed.serverErrors.push(`${label} ${path}: ${String(caught)}`);
		return;
	}
	await response.body?.cancel();
	if (response.status >= 500)
		fuzzed.serverErrors.push(`${response.status} ${options.method ?? 'GET'} ${path} (${label})`);
}

const HOSTILE_VALUES = [
	'%00',
	'a%00b',
	'1e309',
	'-1',
	'__proto__',
	'not-a-uuid',
	'%E0%A4%A',
	"'%20or%201=1--",
	'%D0%B6'.repeat(200),
	'..%2F..%2Fetc%2Fpasswd',
	randomUUID()
];
const HOSTILE_QUERY =
	'?page=1e309&q=%00x&to=%D0%B6%C4%8D%C5%A1&id=__proto__&status=%00&batch=%E0%A4%A&year=1e309&next=//evil.example&__proto__=1';
const HOSTILE_FIELD_VALUES = [
	'a\u0000b',
	'1e309',
	'-1',
	'__proto__',
	'ж'.repeat(5000),
	'<script>alert(1)</script>',
	''
];

/** Field names a page's forms send, read from its HTML, plus the ones many forms share. */
async function fieldNames(path: string, cookie: string): Promise<string[]> {
	const response = await send(path, { cookie });
	const html = (response.headers.get('content-type') ?? '').startsWith('text/html') ? await response.text() : '';
	const names = new Set([...html.matchAll(/\sname="([^"]+)"/g)].map((match) => match[1]));
	for (const common of ['id', 'title', 'name', 'email', 'slug', 'page', 'rows', 'registrationId', 'locale']) {
		names.add(common);
	}
	return [...names].filter((name) => !['password', 'passwordConfirm'].includes(name));
}

/** Actions that would end the fuzzing session or wipe the office, sent only bodies the guard refuses. */
const DESTRUCTIVE = /delete|remove|merge|disable|cancel|roles|signOut/i;

async function fuzzRoute(route: RouteInfo, role: 'administrator' | 'anonymous'): Promise<void> {
	const cookie = role === 'anonymous' ? undefined : sessions.get(role);
	const example = examples.get(route.pattern);
	const paths = HOSTILE_VALUES.map((value) => fillPattern(route.pattern, () => value));
	if (example) paths.push(example);
	for (const path of paths) {
		await probe(role, path + HOSTILE_QUERY, { cookie });
		if (route.kind === 'page') {
			await probe(role, `${path === '/' ? '' : path}/__data.json${HOSTILE_QUERY}`, { cookie, accept: '*/*' });
		}
	}
	if (route.actions.length === 0 && route.kind === 'page') return;
	const target = example ?? fillPattern(route.pattern, () => randomUUID());
	if (target.startsWith('/sign-out')) return;
	const actions =
		route.kind === 'endpoint' ? [''] : route.actions.map((name) => (name === 'default' ? '' : `?/${name}`));
	const names = cookie || !example ? await fieldNames(target, cookie ?? '') : await fieldNames(target, '');
	for (const action of actions) {
		const url = target + action;
		await probe(role, url, { method: 'POST', cookie, type: 'text/plain', body: 'name=x' });
		await probe(role, url, { method: 'POST', cookie, type: 'application/json', body: '{"__proto__":{"x":1}}' });
		await probe(role, url, {
			method: 'POST',
			cookie,
			type: 'multipart/form-data; boundary=zz',
			body: '--zz\r\nbroken'
		});
		await probe(role, url, { method: 'POST', cookie, type: 'multipart/form-data', body: 'no boundary' });
		await probe(role, url, {
			method: 'POST',
			cookie,
			type: 'application/x-www-form-urlencoded',
			body: '__proto__[polluted]=1&constructor[prototype][x]=1'
		});
		await probe(role, url, {
			method: 'POST',
			cookie,
			type: 'application/x-www-form-urlencoded',
			body: new URLSearchParams(names.map((name) => [name, 'a\u0000b'])).toString()
		});
		if (DESTRUCTIVE.test(action)) continue;
		for (const value of HOSTILE_FIELD_VALUES.slice(1)) {
			await probe(role, url, {
				method: 'POST',
				cookie,
				type: 'application/x-www-form-urlencoded',
				body: new URLSearchParams(names.map((name) => [name, value])).toString()
			});
		}
	}
}

/** A raw request with a Host header of our choosing (fetch would send the real one). */
function rawRequest(
	path: string,
	options: { method: string; host: string; body?: string; headers?: Record<string, string> }
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
	const target = new URL(server.url);
	return new Promise((resolve, reject) => {
		const request = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				path,
				method: options.method,
				headers: { host: options.host, ...options.headers }
			},
			(response) => {
				response.resume();
				response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
			}
		);
		request.on('error', reject);
		request.end(options.body);
	});
}

describe('person-resets-password-with-forged-host', () => {
	it('puts only the configured address into the e-mail, and the link opens', async () => {
		const forged = await rawRequest('/forgot-password', {
			method: 'POST',
			host: 'evil.example',
			body: new URLSearchParams({ email: 'mlada@demo.kzm.test' }).toString(),
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' }
		});
		expect(forged.status).toBeLessThan(400);
		const outbox = await (await send('/admin/outbox', { cookie: sessions.get('administrator') })).text();
		const links = [...outbox.matchAll(/https?:\/\/[^\s<"]+\/reset-password\/[\w-]+/g)].map((match) => match[0]);
		expect(links.length).toBeGreaterThan(0);
		expect(outbox).not.toContain('evil.example');
		for (const link of links) expect(link.startsWith(`${server.url}/`), link).toBe(true);
		const opened = await fetch(links[0]);
		expect(opened.status).toBe(200);
	});
});

describe('young-person-answers-survey-over-plain-http', () => {
	it('moves on from the first page on http://kzm-office.lan, where Secure cookies would be dropped', async () => {
		const port = new URL(server.url).port;
		const base = `http://kzm-office.lan:${port}`;
		const browser: Browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			headless: true,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage',
				'--host-resolver-rules=MAP kzm-office.lan 127.0.0.1'
			]
		});
		try {
			await closing(await browser.newContext({ locale: 'sr-RS' }), async (context) => {
				const page = await context.newPage();
				await page.goto(`${base}/lat/surveys/potrebe-mladih-2026`);
				await expectHeading(page, 'Potrebe mladih u Ivanjici 2026.');
				await page.getByRole('button', { name: 'Počni', exact: true }).click();
				await page.getByRole('heading', { level: 2, name: 'O tebi', exact: true }).waitFor();
				const cookies = await context.cookies();
				expect(cookies.length).toBeGreaterThan(0);
				expect(cookies.filter((cookie) => cookie.secure)).toEqual([]);
				await page.getByLabel(/Koje godine si rođen\/rođena\?/).fill('2005');
				await page.getByRole('group', { name: /^Pol/ }).getByLabel('Ženski', { exact: true }).check();
				await page.getByLabel(/Gde živiš\?/).selectOption({ label: 'Kušići' });
				await page
					.getByRole('group', { name: /^Čime se trenutno baviš\?/ })
					.getByLabel('Studiram', { exact: true })
					.check();
				await page.getByRole('button', { name: 'Dalje', exact: true }).click();
				await page.getByRole('heading', { level: 2, name: 'Slobodno vreme', exact: true }).waitFor();
			});
		} finally {
			await browser.close();
		}
	});
});

describe('attacker-probes-every-route', () => {
	it('gets a 4xx, never a 5xx, for hostile parameters and bodies on every route', async () => {
		expect(routes.length).toBeGreaterThan(100);
		for (const route of routes) {
			await fuzzRoute(route, 'anonymous');
			if (route.pattern.startsWith('/admin') || route.pattern.startsWith('/account')) {
				await fuzzRoute(route, 'administrator');
			}
		}
		// Still signed in: the fuzzing did not end the administrator's own session.
		expect((await send('/admin', { cookie: sessions.get('administrator') })).status).toBe(200);
		console.log(
			`[fuzz] ${routes.length} routes (${examples.size} with a real example), ${fuzzed.requests} requests, ${fuzzed.serverErrors.length} answered 5xx`
		);
		expect(fuzzed.serverErrors).toEqual([]);
	}, 1_200_000);

	it('never returns an admin page’s data to a role the page refuses, even when the layout is skipped', async () => {
		const adminPages = routes.filter((route) => route.kind === 'page' && route.pattern.startsWith('/admin'));
		const roles: (Role | 'anonymous')[] = ['anonymous', ...(Object.keys(ROLES) as Role[])];
		let checked = 0;
		const leaks: string[] = [];
		for (const route of adminPages) {
			const path = examples.get(route.pattern) ?? fillPattern(route.pattern, () => randomUUID());
			for (const role of roles) {
				const cookie = role === 'anonymous' ? undefined : sessions.get(role);
				const page = await send(path, { cookie });
				await page.body?.cancel();
				// All layouts skipped ("0" for each), only the page's own load runs, as a client may ask.
				for (const query of ['', '?x-sveltekit-invalidated=0001']) {
					checked++;
					const data = await send(`${path}/__data.json${query}`, { cookie, accept: '*/*' });
					const body = await data.text();
					const pageNode = data.status === 200 ? (JSON.parse(body).nodes ?? []).at(-1) : null;
					const gotData = pageNode?.type === 'data' && pageNode.data !== null;
					const allowed = STAFF.includes(role as Role) && page.status !== 403;
					if (!STAFF.includes(role as Role) && data.status !== 403)
						leaks.push(`${role} ${path}${query}: ${data.status}`);
					if (!allowed && gotData)
						leaks.push(`${role} ${path}${query}: data returned while the page says ${page.status}`);
				}
			}
		}
		console.log(`[access] ${adminPages.length} admin pages × ${roles.length} roles: ${checked} data requests`);
		expect(leaks).toEqual([]);
		// The new-account form is for those who manage accounts: administrators, and coordinators for staff and
		// coordinator accounts (issue 12); youth workers are refused.
		for (const role of ['staff'] as const) {
			expect((await send('/admin/users/new', { cookie: sessions.get(role) })).status).toBe(403);
			// SvelteKit answers a data request 200 with the page's error inside: the page node must be that error.
			const data = await send('/admin/users/new/__data.json?x-sveltekit-invalidated=001', {
				cookie: sessions.get(role),
				accept: '*/*'
			});
			const node = (JSON.parse(await data.text()).nodes ?? []).at(-1);
			expect(node?.type).toBe('error');
			expect(JSON.stringify(node)).toContain('error.403.text');
		}
		for (const role of ['administrator', 'coordinator'] as const)
			expect((await send('/admin/users/new', { cookie: sessions.get(role) })).status).toBe(200);
	}, 600_000);

	it('sends the security headers on every kind of response', async () => {
		const admin = sessions.get('administrator')!;
		const kinds: [string, string, string | undefined][] = [
			['public page', '/', undefined],
			['public page in English', '/en/events', undefined],
			['survey page (own inline script)', '/surveys/potrebe-mladih-2026', undefined],
			['admin page', '/admin/events', admin],
			['account page', '/account', sessions.get('young_person')],
			['feed', '/news/rss.xml', undefined],
			['sitemap', '/sitemap.xml', undefined],
			['not found', '/no-such-page', undefined],
			['hostile input', '/search?q=%00', undefined]
		];
		for (const [kind, path, cookie] of kinds) {
			const response = await send(path, { cookie });
			const html = await response.text();
			const headers = response.headers;
			expect(headers.get('x-content-type-options'), kind).toBe('nosniff');
			expect(headers.get('permissions-policy'), kind).toContain('geolocation=()');
			// Plain http: no HSTS (it would lock the site out of http for a year).
			expect(headers.get('strict-transport-security'), kind).toBeNull();
			if (!(headers.get('content-type') ?? '').startsWith('text/html')) continue;
			expect(headers.get('content-type'), kind).toMatch(/charset=utf-8/i);
			const csp = headers.get('content-security-policy') ?? '';
			expect(csp, kind).toContain("object-src 'none'");
			expect(csp, kind).toContain("frame-ancestors 'none'");
			const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
			expect(scriptSources, kind).not.toContain('unsafe-inline');
			if (path.startsWith('/admin') || path.startsWith('/account')) {
				// SvelteKit's own scripts, by nonce.
				expect(scriptSources, kind).toMatch(/'nonce-[^']+'/);
			} else if (kind.startsWith('survey') || response.status >= 400) {
				// The survey's own inline script, or SvelteKit's on an error page: only by hash, if any.
				expect(scriptSources, kind).toMatch(/^('none'|'sha256-[^']+'( 'sha256-[^']+')*)$/);
			} else {
				expect(scriptSources, kind).toBe("'none'");
				expect(html, kind).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
			}
		}
	});
});
