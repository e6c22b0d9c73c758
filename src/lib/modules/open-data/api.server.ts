// The read-only public API (/api/v1) and the files of /open-data, over the modules' datasets (decision 0025).
import type { Database } from '../../server/db/client.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import type { Office } from '../../server/office.ts';
import { publicBaseUrl } from '../../server/links.ts';
import type { RateLimitRule } from '../../server/rate-limit.ts';
import { createI18n, LOCALES, type Locale } from '../../i18n/index.ts';
import { LICENCE_URLS, openDataLicenceOf } from '../settings/licences.ts';
import { describeDataset, findDataset, listDatasets, readDataset, summariseDatasets } from './catalogue.server.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { buildDcatCatalogue } from './dcat.ts';
import { linkHeader, paginate, parsePageRequest } from './pagination.ts';
import { toCsv, toJsonDocument } from './serialise.ts';
import { apiError, cachedResponse, jsonResponse, limitRequest, preflightResponse } from './http.server.ts';

export interface OpenDataRequest {
	db: Database;
	office: Office;
	modules: readonly ModuleManifest[];
	request: Request;
	clientAddress: string;
	now?: Date;
	/** For tests: a smaller limit. */
	rateLimit?: RateLimitRule;
}

/** The office's licence: id, address and its name in a locale. */
export function licenceOf(office: Office, locale: Locale = 'en') {
	const id = openDataLicenceOf(office);
	return { id, url: LICENCE_URLS[id], name: createI18n(locale).t(`settings.licence.${id}`) };
}

/**
 * Answers GET /api/v1/{rest}: '' (the list of datasets), 'openapi.json', or a dataset's id with
 * ?page and ?limit. Every answer is JSON: 404 for an unknown address, 400 for a bad parameter.
 */
export async function answerApi(input: OpenDataRequest, rest: string): Promise<Response> {
	const { db, office, modules, request } = input;
	if (request.method === 'OPTIONS') return preflightResponse();
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		return apiError(405, 'method_not_allowed', 'This API only reads: use GET.', { allow: 'GET, HEAD, OPTIONS' });
	}
	const limited = await limitRequest(db, input.clientAddress, input.rateLimit);
	if (limited) return limited;
	const url = new URL(request.url);
	const origin = publicBaseUrl(office);
	const now = input.now ?? new Date();
	const path = rest.replace(/^\/+|\/+$/g, '');
	const en = createI18n('en');

	if (path === '') {
		const summaries = await summariseDatasets(db, office.id, modules, now);
		const licence = licenceOf(office);
		return jsonResponse(request, {
			licence: { id: licence.id, url: licence.url },
			openapi: `${origin}/api/v1/openapi.json`,
			datasets: summaries.map(({ dataset, updatedAt }) => {
				const described = describeDataset(dataset, en);
				return {
					id: dataset.id,
					title: described.title,
					description: described.description,
					updatedAt: updatedAt?.toISOString() ?? null,
					href: `${origin}/api/v1/${dataset.id}`,
					csv: `${origin}/open-data/${dataset.id}.csv`,
					json: `${origin}/open-data/${dataset.id}.json`
				};
			})
		});
	}
	if (path === 'openapi.json') {
		return jsonResponse(request, openApiDocumentFor(office, modules));
	}
	const dataset = /^[a-z0-9-]{1,60}$/.test(path) ? findDataset(modules, path) : null;
	if (!dataset) return apiError(404, 'not_found', 'There is no such address in this API; see /api/v1.');
	const pageRequest = parsePageRequest(url.searchParams);
	if (!pageRequest.ok) {
		return apiError(
			400,
			'bad_request',
			pageRequest.parameter === 'page'
				? 'The page parameter must be a whole number from 1.'
				: 'The limit parameter must be a whole number from 1 to 500.'
		);
	}
	const { rows, updatedAt } = await readDataset(db, office.id, dataset, publicBaseUrl(office), now);
	const page = paginate(rows, pageRequest.value, `${origin}/api/v1/${dataset.id}`);
	return jsonResponse(
		request,
		{
			dataset: dataset.id,
			updatedAt: updatedAt?.toISOString() ?? null,
			page: page.page,
			limit: page.limit,
			total: page.total,
			pages: page.pages,
			links: page.links,
			data: page.items
		},
		{ link: linkHeader(page.links) }
	);
}

/** The OpenAPI 3.1 description of the API, from the same declarations the answers use. */
export function openApiDocumentFor(office: Office, modules: readonly ModuleManifest[]): Record<string, unknown> {
	const en = createI18n('en');
	return buildOpenApiDocument({
		origin: publicBaseUrl(office),
		officeName: en.text(office.name),
		licence: licenceOf(office),
		texts: {
			title: en.t('opendata.api.title'),
			description: en.t('opendata.api.description'),
			index: en.t('opendata.api.index'),
			dataset: en.t('opendata.api.dataset'),
			error: en.t('opendata.api.error'),
			notModified: en.t('opendata.api.notModified')
		},
		datasets: listDatasets(modules).map((dataset) => describeDataset(dataset, en))
	});
}

/** The DCAT-AP catalogue of the office's datasets (JSON-LD), in the three locales. */
export async function dcatCatalogueFor(
	db: Database,
	office: Office,
	modules: readonly ModuleManifest[],
	now: Date = new Date()
): Promise<Record<string, unknown>> {
	const summaries = await summariseDatasets(db, office.id, modules, now);
	const translators = Object.fromEntries(LOCALES.map((locale) => [locale, createI18n(locale)])) as Record<
		Locale,
		ReturnType<typeof createI18n>
	>;
	const inAll = (pick: (i18n: ReturnType<typeof createI18n>) => string) =>
		Object.fromEntries(LOCALES.map((locale) => [locale, pick(translators[locale])])) as Record<Locale, string>;
	return buildDcatCatalogue({
		origin: publicBaseUrl(office),
		officeName: inAll((i18n) => i18n.text(office.name)),
		catalogueTitle: inAll((i18n) => i18n.t('opendata.catalogue.title', { office: i18n.text(office.name) })),
		catalogueDescription: inAll((i18n) => i18n.t('opendata.public.intro')),
		licenceUrl: licenceOf(office).url,
		datasets: summaries.map(({ dataset, updatedAt }) => ({
			described: {
				'sr-Cyrl': describeDataset(dataset, translators['sr-Cyrl']),
				'sr-Latn': describeDataset(dataset, translators['sr-Latn']),
				en: describeDataset(dataset, translators.en)
			},
			updatedAt
		}))
	});
}

/**
 * Answers GET /open-data/{file}: '{id}.csv', '{id}.json' (described in the reader's locale) or
 * 'catalogue.jsonld'; anything else is null (the route answers 404).
 */
export async function answerDownload(
	input: OpenDataRequest & { locale: Locale },
	file: string
): Promise<Response | null> {
	const { db, office, modules, request, locale } = input;
	if (request.method === 'OPTIONS') return preflightResponse();
	const limited = await limitRequest(db, input.clientAddress, input.rateLimit);
	if (limited) return limited;
	const now = input.now ?? new Date();
	if (file === 'catalogue.jsonld') {
		return cachedResponse(
			request,
			JSON.stringify(await dcatCatalogueFor(db, office, modules, now), null, 2),
			'application/ld+json; charset=utf-8'
		);
	}
	const match = /^([a-z0-9-]{1,60})\.(csv|json)$/.exec(file);
	const dataset = match ? findDataset(modules, match[1]) : null;
	if (!match || !dataset) return null;
	const { rows, updatedAt } = await readDataset(db, office.id, dataset, publicBaseUrl(office), now);
	const disposition = { 'content-disposition': `attachment; filename="${dataset.id}.${match[2]}"` };
	if (match[2] === 'csv') {
		return cachedResponse(request, toCsv(dataset.columns, rows), 'text/csv; charset=utf-8; header=present', {
			...disposition,
			...(updatedAt ? { 'last-modified': updatedAt.toUTCString() } : {})
		});
	}
	const described = describeDataset(dataset, createI18n(locale));
	const licence = licenceOf(office, locale);
	return cachedResponse(
		request,
		toJsonDocument({
			id: dataset.id,
			title: described.title,
			description: described.description,
			licence: { id: licence.id, url: licence.url },
			updatedAt: updatedAt?.toISOString() ?? null,
			columns: described.columns,
			rows
		}),
		'application/json; charset=utf-8',
		disposition
	);
}
