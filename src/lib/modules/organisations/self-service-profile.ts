// The part of a profile a representative keeps up to date, how two versions differ, and which of
// the differences visitors would see (those may wait for staff review).
import type { FieldChange, OrganisationLink, PublicField, TargetGroup, WorkArea } from './schema.ts';

export interface ContactSnapshot {
	name: string;
	role: string;
	email: string;
	phone: string;
	isAdult: boolean;
	isPublic: boolean;
}

export interface MemberSnapshot {
	name: string;
	birthYear: number;
}

/** Everything a representative may edit, as one comparable value. */
export interface ProfileSnapshot {
	description: string;
	descriptionEn: string;
	address: string;
	email: string;
	phone: string;
	website: string;
	socialLinks: OrganisationLink[];
	areas: WorkArea[];
	targetGroups: TargetGroup[];
	memberCount: number | null;
	youngMemberCount: number | null;
	publicFields: PublicField[];
	contacts: ContactSnapshot[];
	members: MemberSnapshot[];
}

export type ProfileField = keyof ProfileSnapshot;

export const PROFILE_FIELDS: readonly ProfileField[] = [
	'description',
	'descriptionEn',
	'address',
	'email',
	'phone',
	'website',
	'socialLinks',
	'areas',
	'targetGroups',
	'memberCount',
	'youngMemberCount',
	'publicFields',
	'contacts',
	'members'
];

/** Which optional public field makes a profile field visible; null when the field is always public. */
const VISIBLE_WITH: Partial<Record<ProfileField, PublicField | null>> = {
	description: null,
	descriptionEn: null,
	areas: null,
	targetGroups: null,
	publicFields: null,
	address: 'address',
	email: 'email',
	phone: 'phone',
	website: 'website',
	socialLinks: 'social',
	memberCount: 'members',
	youngMemberCount: 'members',
	contacts: 'contacts'
};

/** Fields that hold a set: the order of their items means nothing. */
const SET_FIELDS: ReadonlySet<ProfileField> = new Set(['areas', 'targetGroups', 'publicFields']);

/** A value as compared: sets sorted, object keys sorted, an empty text the same as none. */
function comparable(field: ProfileField, value: unknown): string {
	const canonical = (item: unknown): unknown => {
		if (item === null || item === undefined || item === '') return null;
		if (typeof item === 'string') return item.trim() || null;
		if (Array.isArray(item)) return item.map(canonical);
		if (typeof item === 'object')
			return Object.fromEntries(
				Object.entries(item as Record<string, unknown>)
					.map(([key, inner]) => [key, canonical(inner)] as const)
					.filter(([, inner]) => inner !== null)
					.sort(([a], [b]) => a.localeCompare(b))
			);
		return item;
	};
	const shown = canonical(value);
	if (SET_FIELDS.has(field) && Array.isArray(shown)) return JSON.stringify([...shown].map(String).sort());
	return JSON.stringify(shown);
}

/** The fields that differ between two versions, with before and after (sets compared as sets). */
export function diffProfiles(before: ProfileSnapshot, after: ProfileSnapshot): FieldChange[] {
	return PROFILE_FIELDS.filter((field) => comparable(field, before[field]) !== comparable(field, after[field])).map(
		(field) => ({
			field,
			before: before[field],
			after: after[field]
		})
	);
}

/**
 * Whether visitors would see this change: always-public fields, optional fields shown before or
 * after, and contact persons marked public before or after. Informal groups' members never are.
 */
export function isPublicChange(change: FieldChange, before: ProfileSnapshot, after: ProfileSnapshot): boolean {
	const field = change.field as ProfileField;
	if (!(field in VISIBLE_WITH)) return false;
	const gate = VISIBLE_WITH[field];
	if (gate === null) return true;
	if (!gate) return false;
	const shown = before.publicFields.includes(gate) || after.publicFields.includes(gate);
	if (!shown) return false;
	if (field === 'contacts') return [...before.contacts, ...after.contacts].some((contact) => contact.isPublic);
	return true;
}
