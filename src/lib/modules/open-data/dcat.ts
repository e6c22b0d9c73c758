// DCAT-AP metadata of the open datasets in JSON-LD, so national portals can harvest them (decision 0025).
import type { DescribedDataset } from './catalogue.server.ts';

/** A text in the three locales the portal speaks. */
export type Multilingual = Record<'sr-Cyrl' | 'sr-Latn' | 'en', string>;

const languageTagged = (text: Multilingual) =>
	Object.entries(text).map(([language, value]) => ({ '@value': value, '@language': language }));

export interface DcatInput {
	/** The portal's address, without a trailing slash. */
	origin: string;
	officeName: Multilingual;
	catalogueTitle: Multilingual;
	catalogueDescription: Multilingual;
	licenceUrl: string;
	/** Each dataset described in the three locales (same ids and columns), with its last update. */
	datasets: readonly { described: Record<keyof Multilingual, DescribedDataset>; updatedAt: Date | null }[];
}

const EU = 'http://publications.europa.eu/resource/authority';

/** A dcat:Catalog with one dcat:Dataset per dataset, each with CSV, JSON and API distributions. */
export function buildDcatCatalogue(input: DcatInput): Record<string, unknown> {
	const { origin } = input;
	const publisher = { '@type': 'foaf:Agent', 'foaf:name': languageTagged(input.officeName) };
	const licence = { '@id': input.licenceUrl };
	const languages = [{ '@id': `${EU}/language/SRP` }, { '@id': `${EU}/language/ENG` }];
	return {
		'@context': {
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
			foaf: 'http://xmlns.com/foaf/0.1/',
			xsd: 'http://www.w3.org/2001/XMLSchema#'
		},
		'@id': `${origin}/open-data`,
		'@type': 'dcat:Catalog',
		'dct:title': languageTagged(input.catalogueTitle),
		'dct:description': languageTagged(input.catalogueDescription),
		'dct:publisher': publisher,
		'dct:license': licence,
		'dct:language': languages,
		'foaf:homepage': { '@id': `${origin}/open-data` },
		'dcat:service': {
			'@id': `${origin}/api/v1`,
			'@type': 'dcat:DataService',
			'dct:title': 'API v1',
			'dcat:endpointURL': { '@id': `${origin}/api/v1` },
			'dcat:endpointDescription': { '@id': `${origin}/api/v1/openapi.json` },
			'dct:license': licence
		},
		'dcat:dataset': input.datasets.map(({ described, updatedAt }) => {
			const id = described.en.id;
			const text = (pick: (dataset: DescribedDataset) => string): Multilingual => ({
				'sr-Cyrl': pick(described['sr-Cyrl']),
				'sr-Latn': pick(described['sr-Latn']),
				en: pick(described.en)
			});
			const distribution = (format: 'CSV' | 'JSON', mediaType: string, extension: string) => ({
				'@id': `${origin}/open-data/${id}.${extension}`,
				'@type': 'dcat:Distribution',
				'dct:title': `${text((dataset) => dataset.title).en} (${format})`,
				'dcat:accessURL': { '@id': `${origin}/open-data` },
				'dcat:downloadURL': { '@id': `${origin}/open-data/${id}.${extension}` },
				'dct:format': { '@id': `${EU}/file-type/${format}` },
				'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
				'dct:license': licence
			});
			return {
				'@id': `${origin}/open-data#${id}`,
				'@type': 'dcat:Dataset',
				'dct:identifier': id,
				'dct:title': languageTagged(text((dataset) => dataset.title)),
				'dct:description': languageTagged(text((dataset) => dataset.description)),
				'dcat:keyword': (['sr-Cyrl', 'sr-Latn', 'en'] as const).flatMap((language) =>
					described[language].keywords.map((keyword) => ({ '@value': keyword, '@language': language }))
				),
				'dct:publisher': publisher,
				'dct:license': licence,
				'dct:language': languages,
				'dcat:landingPage': { '@id': `${origin}/open-data#${id}` },
				...(updatedAt ? { 'dct:modified': { '@value': updatedAt.toISOString(), '@type': 'xsd:dateTime' } } : {}),
				'dcat:distribution': [
					distribution('CSV', 'text/csv', 'csv'),
					distribution('JSON', 'application/json', 'json'),
					{
						'@id': `${origin}/api/v1/${id}`,
						'@type': 'dcat:Distribution',
						'dct:title': `${text((dataset) => dataset.title).en} (API)`,
						'dcat:accessURL': { '@id': `${origin}/api/v1/${id}` },
						'dcat:accessService': { '@id': `${origin}/api/v1` },
						'dct:format': { '@id': `${EU}/file-type/JSON` },
						'dct:license': licence
					}
				]
			};
		})
	};
}
