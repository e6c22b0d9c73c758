import { describe, expect, it } from 'vitest';
import { budgetStructuredData, initiativeStructuredData } from './structured-data.ts';

const base = {
	title: 'Клупе у парку',
	problem: 'Нема где да се седне. '.repeat(30),
	proposal: 'Поставити клупе.',
	url: 'https://kzm.example/initiatives/1',
	locale: 'sr-Cyrl',
	statusLabel: 'Прихваћено',
	categoryName: null,
	publishedAt: new Date('2026-03-01T10:00:00Z'),
	modifiedAt: new Date('2026-04-01T10:00:00Z'),
	supportCount: 31,
	imageUrls: [],
	officeName: 'Канцеларија за младе',
	officeUrl: 'https://kzm.example/'
};

describe('initiativeStructuredData', () => {
	it('describes a group’s initiative as a CreativeWork with its supports and a short description', () => {
		const data = initiativeStructuredData({ ...base, author: { kind: 'group', text: 'Гаража' } });
		expect(data['@type']).toBe('CreativeWork');
		expect(data.creator).toEqual({ '@type': 'Organization', name: 'Гаража' });
		expect((data.description as string).length).toBeLessThanOrEqual(300);
		expect(data.interactionStatistic).toMatchObject({ userInteractionCount: 31 });
		expect(data).not.toHaveProperty('image');
	});

	it('leaves out an anonymous young person and keeps a named one', () => {
		expect(initiativeStructuredData({ ...base, author: { kind: 'anonymous', text: '17' } })).not.toHaveProperty(
			'creator'
		);
		expect(initiativeStructuredData({ ...base, author: { kind: 'name', text: 'Ана' } }).creator).toEqual({
			'@type': 'Person',
			name: 'Ана'
		});
	});
});

describe('budgetStructuredData', () => {
	it('lists the projects in order', () => {
		const data = budgetStructuredData({
			title: 'Буџет 2026',
			url: 'https://kzm.example/budget',
			locale: 'en',
			projects: [
				{ title: 'A', description: 'a', imageUrl: null },
				{ title: 'B', description: 'b', imageUrl: 'https://kzm.example/media/x/640.jpeg' }
			]
		});
		expect(data.numberOfItems).toBe(2);
		expect((data.itemListElement as { position: number }[]).map((item) => item.position)).toEqual([1, 2]);
	});
});
