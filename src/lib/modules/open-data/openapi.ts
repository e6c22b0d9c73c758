// The OpenAPI 3.1 document of /api/v1, generated from the datasets' declarations (decision 0025).
import type { OpenDataColumnType } from '../../server/manifest.ts';
import type { DescribedDataset } from './catalogue.server.ts';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './pagination.ts';

/** JSON Schema of one column's values. */
export function columnSchema(
	type: OpenDataColumnType,
	nullable: boolean,
	description: string,
	codes?: readonly string[]
): Record<string, unknown> {
	const base: Record<string, unknown> =
		type === 'date'
			? { type: 'string', format: 'date' }
			: type === 'datetime'
				? { type: 'string', format: 'date-time' }
				: { type };
	if (codes) base.enum = nullable ? [...codes, null] : [...codes];
	if (nullable) base.type = [base.type as string, 'null'];
	return { ...base, description };
}

/** A component name for a dataset's row: 'action-plan-indicators' → 'ActionPlanIndicatorsRow'. */
export function rowSchemaName(datasetId: string): string {
	return (
		datasetId
			.split(/[^a-zA-Z0-9]+/)
			.filter(Boolean)
			.map((part) => part[0].toUpperCase() + part.slice(1))
			.join('') + 'Row'
	);
}

export interface OpenApiInput {
	/** The portal's address, e.g. https://mladi.example.rs (the paths start with /api/v1). */
	origin: string;
	officeName: string;
	licence: { id: string; url: string; name: string };
	/** Texts of the API itself, in English. */
	texts: { title: string; description: string; index: string; dataset: string; error: string; notModified: string };
	datasets: readonly DescribedDataset[];
}

const errorResponse = (description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});

/** The whole document: the index, one path per dataset, the shared page and error shapes. */
export function buildOpenApiDocument(input: OpenApiInput): Record<string, unknown> {
	const { texts } = input;
	const schemas: Record<string, unknown> = {
		Error: {
			type: 'object',
			required: ['error'],
			properties: {
				error: {
					type: 'object',
					required: ['status', 'code', 'message'],
					properties: {
						status: { type: 'integer' },
						code: { type: 'string', enum: ['bad_request', 'not_found', 'rate_limited', 'method_not_allowed'] },
						message: { type: 'string' }
					}
				}
			}
		},
		PageLinks: {
			type: 'object',
			required: ['self', 'first', 'last', 'prev', 'next'],
			properties: {
				self: { type: 'string', format: 'uri' },
				first: { type: 'string', format: 'uri' },
				last: { type: 'string', format: 'uri' },
				prev: { type: ['string', 'null'], format: 'uri' },
				next: { type: ['string', 'null'], format: 'uri' }
			}
		},
		DatasetSummary: {
			type: 'object',
			required: ['id', 'title', 'description', 'updatedAt', 'href', 'csv', 'json'],
			properties: {
				id: { type: 'string' },
				title: { type: 'string' },
				description: { type: 'string' },
				updatedAt: { type: ['string', 'null'], format: 'date-time' },
				href: { type: 'string', format: 'uri' },
				csv: { type: 'string', format: 'uri' },
				json: { type: 'string', format: 'uri' }
			}
		}
	};
	const parameters = {
		page: {
			name: 'page',
			in: 'query',
			required: false,
			description: 'Page number, from 1.',
			schema: { type: 'integer', minimum: 1, default: 1 }
		},
		limit: {
			name: 'limit',
			in: 'query',
			required: false,
			description: `Rows per page, at most ${MAX_PAGE_LIMIT}.`,
			schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT }
		},
		ifNoneMatch: {
			name: 'If-None-Match',
			in: 'header',
			required: false,
			description: 'The ETag of a copy you hold; the answer is 304 with no body while it is current.',
			schema: { type: 'string' }
		}
	};
	const headers = {
		ETag: { description: 'Version of this answer, for If-None-Match.', schema: { type: 'string' } },
		Link: { description: 'Links to the first, previous, next and last pages (RFC 8288).', schema: { type: 'string' } }
	};
	const paths: Record<string, unknown> = {
		'/api/v1': {
			get: {
				operationId: 'listDatasets',
				summary: texts.index,
				parameters: [{ $ref: '#/components/parameters/ifNoneMatch' }],
				responses: {
					'200': {
						description: texts.index,
						headers: { ETag: { $ref: '#/components/headers/ETag' } },
						content: {
							'application/json': {
								schema: {
									type: 'object',
									required: ['licence', 'datasets'],
									properties: {
										licence: {
											type: 'object',
											properties: { id: { type: 'string' }, url: { type: 'string', format: 'uri' } }
										},
										datasets: { type: 'array', items: { $ref: '#/components/schemas/DatasetSummary' } }
									}
								}
							}
						}
					},
					'304': { description: texts.notModified },
					'429': errorResponse(texts.error)
				}
			}
		}
	};
	for (const dataset of input.datasets) {
		const rowName = rowSchemaName(dataset.id);
		schemas[rowName] = {
			type: 'object',
			description: dataset.description,
			required: dataset.columns.map((column) => column.name),
			properties: Object.fromEntries(
				dataset.columns.map((column) => [
					column.name,
					columnSchema(
						column.type as OpenDataColumnType,
						column.nullable,
						column.values
							? `${column.description} (${column.values.map((value) => `${value.code}: ${value.label}`).join('; ')})`
							: column.description,
						column.values?.map((value) => value.code)
					)
				])
			),
			additionalProperties: false
		};
		paths[`/api/v1/${dataset.id}`] = {
			get: {
				operationId: `list_${dataset.id.replace(/-/g, '_')}`,
				summary: dataset.title,
				description: dataset.description,
				tags: ['datasets'],
				parameters: [
					{ $ref: '#/components/parameters/page' },
					{ $ref: '#/components/parameters/limit' },
					{ $ref: '#/components/parameters/ifNoneMatch' }
				],
				responses: {
					'200': {
						description: texts.dataset,
						headers: { ETag: { $ref: '#/components/headers/ETag' }, Link: { $ref: '#/components/headers/Link' } },
						content: {
							'application/json': {
								schema: {
									type: 'object',
									required: ['dataset', 'updatedAt', 'page', 'limit', 'total', 'pages', 'links', 'data'],
									properties: {
										dataset: { type: 'string', const: dataset.id },
										updatedAt: { type: ['string', 'null'], format: 'date-time' },
										page: { type: 'integer', minimum: 1 },
										limit: { type: 'integer', minimum: 1 },
										total: { type: 'integer', minimum: 0 },
										pages: { type: 'integer', minimum: 1 },
										links: { $ref: '#/components/schemas/PageLinks' },
										data: { type: 'array', items: { $ref: `#/components/schemas/${rowName}` } }
									}
								}
							}
						}
					},
					'304': { description: texts.notModified },
					'400': errorResponse(texts.error),
					'429': errorResponse(texts.error)
				}
			}
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: `${texts.title}: ${input.officeName}`,
			version: '1.0.0',
			description: texts.description,
			license: { name: input.licence.name, identifier: input.licence.id }
		},
		servers: [{ url: input.origin }],
		tags: [{ name: 'datasets' }],
		paths,
		components: { schemas, parameters, headers }
	};
}
