/** The fields staff choose between, one by one, when merging two records of the same organisation. */
export const MERGE_FIELDS = [
	'name',
	'shortName',
	'type',
	'registrationNumber',
	'registeredOn',
	'inMinistryRegister',
	'areas',
	'targetGroups',
	'description',
	'descriptionEn',
	'address',
	'email',
	'phone',
	'website',
	'socialLinks',
	'memberCount',
	'youngMemberCount',
	'logoMediaId',
	'status',
	'confirmedAt',
	'listing',
	'publicFields',
	'isPartner',
	'staffNotes'
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Which record's value to keep for a field: the record that stays, or the one merged into it. */
export type MergeChoice = 'kept' | 'other';
