import { describe, expect, it } from 'vitest';
import { diffProfiles, isPublicChange, type ProfileSnapshot } from './self-service-profile.ts';

const BASE: ProfileSnapshot = {
	description: 'Опис',
	descriptionEn: '',
	address: 'Улица 1',
	email: 'info@example.test',
	phone: '',
	website: '',
	socialLinks: [],
	areas: ['culture'],
	targetGroups: [],
	memberCount: 10,
	youngMemberCount: 8,
	publicFields: ['website'],
	contacts: [{ name: 'Ана', role: '', email: '', phone: '', isAdult: true, isPublic: false }],
	members: [{ name: 'Члан', birthYear: 2008 }]
};

const publicness = (after: Partial<ProfileSnapshot>) =>
	Object.fromEntries(
		diffProfiles(BASE, { ...BASE, ...after }).map((change) => [
			change.field,
			isPublicChange(change, BASE, { ...BASE, ...after })
		])
	);

describe('which changes visitors would see', () => {
	it('finds only the fields that differ', () => {
		expect(diffProfiles(BASE, { ...BASE })).toEqual([]);
		// Sets in another order, and an empty text for none, are no change.
		expect(diffProfiles({ ...BASE, areas: ['health', 'culture'] }, { ...BASE, areas: ['culture', 'health'] })).toEqual(
			[]
		);
		expect(
			diffProfiles({ ...BASE, phone: '' } as ProfileSnapshot, { ...BASE, phone: null } as unknown as ProfileSnapshot)
		).toEqual([]);
		expect(diffProfiles(BASE, { ...BASE, areas: ['culture', 'health'] })).toEqual([
			{ field: 'areas', before: ['culture'], after: ['culture', 'health'] }
		]);
	});

	it('treats always-public fields as public and private optional fields as private', () => {
		expect(publicness({ description: 'Нови', descriptionEn: 'New', areas: [], targetGroups: ['pupils'] })).toEqual({
			description: true,
			descriptionEn: true,
			areas: true,
			targetGroups: true
		});
		expect(publicness({ address: 'Улица 2', email: 'new@example.test', memberCount: 11 })).toEqual({
			address: false,
			email: false,
			memberCount: false
		});
	});

	it('counts an optional field as public when it is shown before or after the change', () => {
		expect(publicness({ website: 'https://example.test' })).toEqual({ website: true });
		expect(publicness({ email: 'new@example.test', publicFields: ['website', 'email'] })).toEqual({
			email: true,
			publicFields: true
		});
	});

	it('counts contacts as public only when the section is public and a public person is involved', () => {
		const contacts = [{ ...BASE.contacts[0], phone: '060' }];
		expect(publicness({ contacts })).toEqual({ contacts: false });
		expect(publicness({ contacts, publicFields: ['contacts'] })).toEqual({ contacts: false, publicFields: true });
		expect(publicness({ contacts: [{ ...contacts[0], isPublic: true }], publicFields: ['contacts'] })).toEqual({
			contacts: true,
			publicFields: true
		});
	});

	it('never counts informal groups’ members as public', () => {
		expect(publicness({ members: [], publicFields: ['website', 'members', 'contacts'] })).toEqual({
			members: false,
			publicFields: true
		});
	});
});
