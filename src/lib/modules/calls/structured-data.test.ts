import { describe, expect, it } from 'vitest';
import { jsonLdScript } from '../../ui/json-ld.ts';
import { callStructuredData } from './structured-data.ts';

const call = {
	title: 'Мали пројекти младих за лето',
	description: 'До 100.000 динара за летње акције група младих.',
	url: 'https://kzm.example/calls/mali-projekti',
	locale: 'sr-Cyrl',
	totalBudget: 500_000,
	maxPerProject: 100_000,
	// 08:00 and 15:00 in Belgrade (summer time).
	opensAt: new Date('2026-06-01T06:00:00.000Z'),
	closesAt: new Date('2026-06-30T13:00:00.000Z'),
	funder: 'Канцеларија за младе општине Ивањица'
};

describe('callStructuredData', () => {
	it('describes a call as a MonetaryGrant in dinars, with its funder and application period as instants', () => {
		expect(callStructuredData(call)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'MonetaryGrant',
			name: 'Мали пројекти младих за лето',
			description: 'До 100.000 динара за летње акције група младих.',
			url: 'https://kzm.example/calls/mali-projekti',
			inLanguage: 'sr-Cyrl',
			amount: { '@type': 'MonetaryAmount', currency: 'RSD', value: 500_000, maxValue: 100_000 },
			funder: { '@type': 'GovernmentOrganization', name: 'Канцеларија за младе општине Ивањица' },
			startDate: '2026-06-01T06:00:00.000Z',
			endDate: '2026-06-30T13:00:00.000Z'
		});
	});

	it('leaves out an empty description instead of sending an empty string', () => {
		const data = callStructuredData({ ...call, description: '', locale: 'en' });
		expect(data).not.toHaveProperty('description');
		expect(data.inLanguage).toBe('en');
	});

	it('cannot close its script element, whatever the title says', () => {
		const script = jsonLdScript(callStructuredData({ ...call, title: 'Конкурс </script><script>alert(1)</script>' }));
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		const json = script.slice(script.indexOf('>') + 1, script.lastIndexOf('<'));
		expect(JSON.parse(json).name).toBe('Конкурс </script><script>alert(1)</script>');
	});
});
