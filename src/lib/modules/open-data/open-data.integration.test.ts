// The open data and the public API of the demo office: nothing personal anywhere, ETag, CORS, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { loadDemoOffice, manifests } from '../registry.server.ts';
import { getOfficeById, type Office } from '../../server/office.ts';
import { toLatin } from '../../i18n/script.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { answerApi, answerDownload } from './api.server.ts';
import { listDatasets } from './catalogue.server.ts';
import { listOpenDatasets } from './page.server.ts';

let test: TestDatabase;
let office: Office;
const ORIGIN = 'https://mladi.example.rs';
let address = 0;

beforeAll(async () => {
	test = await createTestDatabase();
	const { officeId } = await loadDemoOffice(test.db, { publicUrl: ORIGIN });
	office = (await getOfficeById(test.db, officeId))!;
	// The demo keeps its surveys' results private; publish them, as staff would, so the walk covers them.
	await test.db.execute(
		sql`UPDATE surveys SET results_public = true WHERE office_id = ${officeId} AND status <> 'draft'`
	);
	// Its budget round is still voting; bring its results forward, so the walk covers the budget results too.
	await test.db.execute(
		sql`UPDATE participation_budget_rounds SET results_from = now() - interval '1 hour' WHERE office_id = ${officeId}`
	);
}, 180_000);
afterAll(() => test.close());

/** Each request from its own address, so the walk never meets the rate limit (tested on its own). */
function api(path: string, init: RequestInit = {}, clientAddress = `10.0.0.${++address % 250}`) {
	const request = new Request(`${ORIGIN}/api/v1${path}`, init);
	const rest = new URL(request.url).pathname.replace(/^\/api\/v1\/?/, '');
	return answerApi({ db: test.db, office, modules: manifests, request, clientAddress }, rest);
}

function download(file: string, locale: Locale = 'sr-Cyrl', init: RequestInit = {}) {
	const request = new Request(`${ORIGIN}/open-data/${file}`, init);
	return answerDownload(
		{ db: test.db, office, modules: manifests, request, clientAddress: `10.1.0.${++address % 250}`, locale },
		file
	);
}

async function column(query: ReturnType<typeof sql>): Promise<string[]> {
	const result = (await test.db.execute(query)) as unknown as { rows?: { value: string | null }[] };
	const rows = (result.rows ?? (result as unknown as { value: string | null }[])) as { value: string | null }[];
	return rows.map((row) => row.value ?? '').filter((value) => value.trim() !== '');
}

/** Every e-mail address, phone number and private person's name held anywhere in the demo office. */
async function personalValues(): Promise<{ emails: string[]; phones: string[]; names: string[] }> {
	const columns = (await test.db.execute(
		sql`SELECT table_name, column_name FROM information_schema.columns
			WHERE table_schema = 'public' AND data_type = 'text' AND column_name ~ '(email|phone)$'`
	)) as unknown as { rows: { table_name: string; column_name: string }[] };
	const emails: string[] = [];
	const phones: string[] = [];
	for (const { table_name, column_name } of columns.rows) {
		const values = await column(sql.raw(`SELECT "${column_name}" AS value FROM "${table_name}"`));
		(column_name.endsWith('email') ? emails : phones).push(...values);
	}
	// People: accounts, registrants and their guardians, people who wrote to the office, council members,
	// organisations' contacts and members, authors in participation, volunteers and their guardians, the DPO.
	const personNames = [
		['users', 'name'],
		['registrations', 'name'],
		['registrations', 'guardian_name'],
		['contact_messages', 'name'],
		['council_members', 'name'],
		['organisation_contacts', 'name'],
		['organisation_members', 'name'],
		['participation_comments', 'author_name'],
		['participation_initiatives', 'author_name'],
		['volunteer_profiles', 'name'],
		['volunteer_guardian_consents', 'guardian_name'],
		['volunteer_guardian_consents', 'confirmed_name'],
		['offices', 'dpo_name']
	];
	const names: string[] = [];
	for (const [table, name] of personNames) {
		names.push(...(await column(sql.raw(`SELECT "${name}" AS value FROM "${table}"`))));
	}
	return { emails, phones, names: [...new Set(names.map((name) => name.trim()))] };
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/u;
const PHONE = /(?:\+381|\b0)[1-9]\d?[\s/.-]*\d{2,4}[\s/.-]*\d{3,4}\b/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const digits = (text: string) => text.replace(/\D/g, '');

describe('nothing personal, ever', () => {
	it('no endpoint, file or page of the demo office holds an e-mail, a phone number or a private name', async () => {
		const personal = await personalValues();
		expect(personal.emails.length).toBeGreaterThan(10);
		expect(personal.names.length).toBeGreaterThan(10);

		const answers: { where: string; text: string }[] = [];
		const take = async (where: string, response: Response | null) => {
			expect(response?.status, where).toBe(200);
			answers.push({ where, text: await response!.text() });
		};
		await take('/api/v1', await api(''));
		await take('/api/v1/openapi.json', await api('/openapi.json'));
		const datasets = listDatasets(manifests);
		expect(datasets.length).toBeGreaterThan(0);
		for (const dataset of datasets) {
			let next: string | null = `/${dataset.id}?limit=500`;
			while (next) {
				const response = await api(next);
				const body = (await response.clone().json()) as { links: { next: string | null } };
				await take(`/api/v1${next}`, response);
				next = body.links.next?.replace(`${ORIGIN}/api/v1`, '') ?? null;
			}
			for (const locale of LOCALES) {
				await take(`${locale} ${dataset.id}.csv`, await download(`${dataset.id}.csv`, locale));
				await take(`${locale} ${dataset.id}.json`, await download(`${dataset.id}.json`, locale));
			}
		}
		await take('catalogue.jsonld', await download('catalogue.jsonld'));
		for (const locale of LOCALES) {
			answers.push({
				where: `page data ${locale}`,
				text: JSON.stringify(await listOpenDatasets(test.db, office, manifests, locale))
			});
		}

		const names = personal.names.filter((name) => name.length >= 5 && /\s/.test(name));
		expect(names.length).toBeGreaterThan(10);
		const phoneDigits = personal.phones.map(digits).filter((value) => value.length >= 6);
		for (const { where, text } of answers) {
			const plain = text.replace(UUID, '');
			expect(plain.match(EMAIL)?.[0], `${where}: an e-mail address`).toBeUndefined();
			expect(plain.match(PHONE)?.[0], `${where}: a phone number`).toBeUndefined();
			const plainDigits = digits(plain.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, ''));
			for (const phone of phoneDigits) expect(plainDigits.includes(phone), `${where}: phone ${phone}`).toBe(false);
			const folded = text.toLocaleLowerCase('sr');
			for (const name of names) {
				for (const variant of new Set([name, toLatin(name)])) {
					expect(folded.includes(variant.toLocaleLowerCase('sr')), `${where}: the name ${variant}`).toBe(false);
				}
			}
		}
	}, 180_000);
});

describe('the API', () => {
	it('describes itself in an OpenAPI 3.1 document that a validator accepts, one path per dataset', async () => {
		const document = (await (await api('/openapi.json')).json()) as { openapi: string; paths: object };
		const validator = new Validator();
		const result = await validator.validate(document);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
		// Every $ref points somewhere (resolving throws on a dangling one).
		expect(() => validator.resolveRefs()).not.toThrow();
		expect(Object.keys(document.paths)).toEqual([
			'/api/v1',
			...listDatasets(manifests).map((dataset) => `/api/v1/${dataset.id}`)
		]);
	});

	it('pages a dataset with links, and answers 304 to a current ETag', async () => {
		const first = await api('/events?limit=2');
		expect(first.status).toBe(200);
		const body = (await first.json()) as {
			total: number;
			pages: number;
			data: Record<string, unknown>[];
			links: { next: string | null; prev: string | null };
		};
		expect(body.total).toBeGreaterThan(2);
		expect(body.data).toHaveLength(2);
		expect(body.pages).toBe(Math.ceil(body.total / 2));
		expect(body.links.prev).toBeNull();
		expect(body.links.next).toBe(`${ORIGIN}/api/v1/events?page=2&limit=2`);
		expect(first.headers.get('link')).toContain('rel="next"');
		expect(String(body.data[0].url)).toMatch(/^https:\/\/mladi\.example\.rs\/events\//);

		const second = (await (await api('/events?page=2&limit=2')).json()) as { data: { id: string }[] };
		expect(second.data[0].id).not.toBe(body.data[0].id);

		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		const again = await api('/events?limit=2', { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
		const other = await api('/events?limit=2', { headers: { 'if-none-match': '"something-else"' } });
		expect(other.status).toBe(200);
	});

	it('lets any site read it from a browser (CORS for GET, and the preflight)', async () => {
		const response = await api('/events', { headers: { origin: 'https://elsewhere.example' } });
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
		const preflight = await api('/events', {
			method: 'OPTIONS',
			headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' }
		});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
	});

	it('answers bad addresses and parameters with JSON errors, never HTML or a 500', async () => {
		const cases: [string, RequestInit, number, string][] = [
			['/nothing-here', {}, 404, 'not_found'],
			['/events/extra', {}, 404, 'not_found'],
			['/../admin', {}, 404, 'not_found'],
			['/events?page=0', {}, 400, 'bad_request'],
			['/events?page=abc', {}, 400, 'bad_request'],
			['/events?limit=5000', {}, 400, 'bad_request'],
			['/events?limit=-1', {}, 400, 'bad_request'],
			['/events?page=99999999999', {}, 400, 'bad_request'],
			['/events', { method: 'POST', body: '{}' }, 405, 'method_not_allowed']
		];
		for (const [path, init, status, code] of cases) {
			const response = await api(path, init);
			expect(response.status, path).toBe(status);
			expect(response.headers.get('content-type'), path).toContain('application/json');
			const body = (await response.json()) as { error: { code: string; message: string } };
			expect(body.error.code, path).toBe(code);
			expect(body.error.message.length, path).toBeGreaterThan(10);
		}
		const pastTheEnd = (await (await api('/events?page=999')).json()) as { data: unknown[] };
		expect(pastTheEnd.data).toEqual([]);
	});

	it('refuses too many requests from one address with 429 and a JSON body', async () => {
		const rule = { limit: 3, windowSeconds: 60 };
		const statuses: number[] = [];
		for (let attempt = 0; attempt < 4; attempt++) {
			const request = new Request(`${ORIGIN}/api/v1/events`);
			const response = await answerApi(
				{ db: test.db, office, modules: manifests, request, clientAddress: '192.0.2.9', rateLimit: rule },
				'events'
			);
			statuses.push(response.status);
			if (response.status === 429) {
				expect(response.headers.get('retry-after')).toBe('60');
				expect(((await response.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
			}
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
	});
});

describe('the files of /open-data', () => {
	it('publishes something in every dataset of the demo office', async () => {
		const index = (await (await api('')).json()) as { datasets: { id: string }[] };
		const counts: Record<string, number> = {};
		for (const { id } of index.datasets)
			counts[id] = ((await (await api(`/${id}?limit=1`)).json()) as { total: number }).total;
		expect(Object.keys(counts)).toEqual(listDatasets(manifests).map((dataset) => dataset.id));
		for (const [id, total] of Object.entries(counts)) expect(total, id).toBeGreaterThan(0);
	});

	it('offers each dataset as CSV with its declared header and as JSON with described columns', async () => {
		for (const dataset of listDatasets(manifests)) {
			const csv = await download(`${dataset.id}.csv`);
			expect(csv!.headers.get('content-type')).toContain('text/csv');
			const text = await csv!.text();
			expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(dataset.columns.map((c) => c.name).join(','));
			const json = (await (await download(`${dataset.id}.json`, 'en'))!.json()) as {
				licence: { id: string };
				columns: { name: string; description: string; values?: { code: string; label: string }[] }[];
				rows: unknown[];
			};
			expect(json.licence.id).toBe('CC-BY-4.0');
			expect(json.columns.map((c) => c.name)).toEqual(dataset.columns.map((c) => c.name));
			for (const described of json.columns) {
				expect(described.description).not.toMatch(/^[a-z]+\.[a-zA-Z._]+$/);
				// Every code is explained in words (a missing message would show its key).
				for (const value of described.values ?? []) expect(value.label, value.code).not.toMatch(/^[a-z]+\.[\w.]+$/);
			}
		}
		expect(await download('nothing.csv')).toBeNull();
		expect(await download('events.xml')).toBeNull();
	});

	it('never shows a survey count under 5 (the same suppression rule as the results pages)', async () => {
		const body = (await (await api('/survey-results?limit=500')).json()) as { data: { count: number | null }[] };
		expect(body.data.length).toBeGreaterThan(0);
		const counts = body.data.map((row) => row.count);
		expect(counts.filter((count) => count !== null && count > 0 && count < 5)).toEqual([]);
	});

	it('describes the catalogue in DCAT-AP JSON-LD with a distribution per format', async () => {
		const catalogue = (await (await download('catalogue.jsonld'))!.json()) as Record<string, unknown> & {
			'dcat:dataset': { 'dct:identifier': string; 'dcat:distribution': { 'dcat:downloadURL'?: { '@id': string } }[] }[];
		};
		expect(catalogue['@type']).toBe('dcat:Catalog');
		expect(catalogue['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
		const events = catalogue['dcat:dataset'].find((dataset) => dataset['dct:identifier'] === 'events')!;
		expect(events['dcat:distribution'].map((d) => d['dcat:downloadURL']?.['@id']).filter(Boolean)).toEqual([
			`${ORIGIN}/open-data/events.csv`,
			`${ORIGIN}/open-data/events.json`
		]);
	});
});
