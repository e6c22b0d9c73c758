import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument, columnSchema, rowSchemaName } from './openapi.ts';
import { etagOf, matchesEtag } from './http.server.ts';

const input = {
	origin: 'https://mladi.example.rs',
	officeName: 'Kancelarija za mlade',
	licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', name: 'CC BY 4.0' },
	texts: { title: 'API', description: 'd', index: 'i', dataset: 'p', error: 'e', notModified: 'n' },
	datasets: [
		{
			id: 'action-plan-indicators',
			title: 'Indicators',
			description: 'By year',
			keywords: [],
			columns: [
				{ name: 'year', type: 'integer', description: 'Year', nullable: true },
				{
					name: 'kind',
					type: 'string',
					description: 'Kind',
					nullable: false,
					values: [
						{ code: 'a', label: 'A' },
						{ code: 'b', label: 'B' }
					]
				}
			]
		}
	]
};

describe('the OpenAPI document', () => {
	it('is valid OpenAPI 3.1 for a real validator', async () => {
		const validator = new Validator();
		const result = await validator.validate(buildOpenApiDocument(input));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it('is refused by the validator when broken (the check can fail)', async () => {
		const broken = buildOpenApiDocument(input) as Record<string, unknown>;
		delete broken.info;
		expect((await new Validator().validate(broken)).valid).toBe(false);
	});

	it('types each column: nullable as a type list, codes as an enum, dates with a format', () => {
		expect(columnSchema('integer', true, 'Year')).toEqual({ type: ['integer', 'null'], description: 'Year' });
		expect(columnSchema('string', false, 'Kind', ['a', 'b'])).toEqual({
			type: 'string',
			enum: ['a', 'b'],
			description: 'Kind'
		});
		expect(columnSchema('datetime', false, 'At')).toMatchObject({ type: 'string', format: 'date-time' });
		expect(columnSchema('date', true, 'On')).toMatchObject({ type: ['string', 'null'], format: 'date' });
		expect(rowSchemaName('action-plan-indicators')).toBe('ActionPlanIndicatorsRow');
	});
});

describe('ETag', () => {
	it('changes with the body and matches lists, weak forms and *', () => {
		const etag = etagOf('{"a":1}');
		expect(etag).toBe(etagOf('{"a":1}'));
		expect(etag).not.toBe(etagOf('{"a":2}'));
		expect(matchesEtag(etag, etag)).toBe(true);
		expect(matchesEtag(`"other", W/${etag}`, etag)).toBe(true);
		expect(matchesEtag('*', etag)).toBe(true);
		expect(matchesEtag('"other"', etag)).toBe(false);
		expect(matchesEtag(null, etag)).toBe(false);
	});
});
