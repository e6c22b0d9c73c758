import type { OrganisationLink } from './schema.ts';

/** What the organisation form starts from, as the fields show it. */
export interface OrganisationFormValues {
	name: string;
	shortName: string;
	type: string;
	registrationNumber: string;
	registeredOn: string;
	inMinistryRegister: boolean;
	areas: string[];
	targetGroups: string[];
	description: string;
	descriptionEn: string;
	address: string;
	email: string;
	phone: string;
	website: string;
	socialLinks: string;
	memberCount: string;
	youngMemberCount: string;
	logoMediaId: string;
	status: string;
	listing: string;
	isPartner: boolean;
	publicFields: string[];
	staffNotes: string;
}

interface Stored {
	name: string;
	shortName: string;
	type: string;
	registrationNumber: string;
	registeredOn: string | null;
	inMinistryRegister: boolean;
	areas: string[];
	targetGroups: string[];
	description: string;
	descriptionEn: string;
	address: string;
	email: string;
	phone: string;
	website: string;
	socialLinks: OrganisationLink[];
	memberCount: number | null;
	youngMemberCount: number | null;
	logoMediaId: string | null;
	status: string;
	listing: string;
	isPartner: boolean;
	publicFields: string[];
	staffNotes: string;
}

/** The form's starting values for a stored organisation, or for a new one. */
export function organisationFormValues(stored: Stored | null): OrganisationFormValues {
	return {
		name: stored?.name ?? '',
		shortName: stored?.shortName ?? '',
		type: stored?.type ?? '',
		registrationNumber: stored?.registrationNumber ?? '',
		registeredOn: stored?.registeredOn ?? '',
		inMinistryRegister: stored?.inMinistryRegister ?? false,
		areas: stored?.areas ?? [],
		targetGroups: stored?.targetGroups ?? [],
		description: stored?.description ?? '',
		descriptionEn: stored?.descriptionEn ?? '',
		address: stored?.address ?? '',
		email: stored?.email ?? '',
		phone: stored?.phone ?? '',
		website: stored?.website ?? '',
		socialLinks: (stored?.socialLinks ?? []).map((link) => link.url).join('\n'),
		memberCount: stored?.memberCount?.toString() ?? '',
		youngMemberCount: stored?.youngMemberCount?.toString() ?? '',
		logoMediaId: stored?.logoMediaId ?? '',
		status: stored?.status ?? 'active',
		listing: stored?.listing ?? 'listed',
		isPartner: stored?.isPartner ?? false,
		publicFields: stored?.publicFields ?? ['website', 'social'],
		staffNotes: stored?.staffNotes ?? ''
	};
}
