// Validation of every back-office form of the directory. Shared with the browser, so it imports only
// the code lists (schema.ts holds them as plain constants) and the validation helpers.
import * as v from 'valibot';
import { checkbox, optionalEmail, optionalText, optionalUrl, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText } from '../../i18n/office-time.ts';
import {
	AGREEMENT_KINDS,
	LISTING_STATUSES,
	ORGANISATION_STATUSES,
	ORGANISATION_TYPES,
	PUBLIC_FIELDS,
	TARGET_GROUPS,
	WORK_AREAS,
	type OrganisationLink
} from './schema.ts';
import { ACTIVITY_ROLES, CONTACT_CHANNELS } from './labels.ts';

const m = encodeMessage;
export const MAX_MEMBER_COUNT = 100_000;

/** An optional calendar date typed as YYYY-MM-DD; empty becomes null. */
export const optionalDate = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isDateText(value), m('organisations.form.invalidDate')),
		v.transform((value) => (value === '' ? null : value))
	);

/** A required calendar date. */
const requiredDate = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.check(isDateText, m('organisations.form.invalidDate'))
	);

/** An optional count of people; empty becomes null. */
const optionalCount = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check(
			(value) => value === '' || (/^\d{1,6}$/.test(value) && Number(value) <= MAX_MEMBER_COUNT),
			m('organisations.form.invalidCount')
		),
		v.transform((value) => (value === '' ? null : Number(value)))
	);

/** A phone number as people write it: digits, spaces, +, /, -, parentheses; at least six digits. */
export function isPhoneText(value: string): boolean {
	return /^[+\d\s()/.-]{6,30}$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 6;
}

export const optionalPhone = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isPhoneText(value), m('organisations.form.invalidPhone'))
	);

/** Social network addresses, one per line; each must be a web address. The label is its host. */
export function parseSocialLinks(text: string): OrganisationLink[] | null {
	const links: OrganisationLink[] = [];
	for (const line of text
		.split(/\r?\n/)
		.map((item) => item.trim())
		.filter(Boolean)) {
		if (!/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(line) || line.length > 500) return null;
		let label: string;
		try {
			label = new URL(line).hostname.replace(/^www\./, '');
		} catch {
			return null;
		}
		links.push({ label, url: line });
	}
	return links.slice(0, 10);
}

/** The social links as the form's text area shows them. */
export function socialLinksText(links: readonly OrganisationLink[]): string {
	return links.map((link) => link.url).join('\n');
}

const codeList = <T extends readonly string[]>(codes: T) =>
	v.pipe(
		v.optional(v.array(v.string()), []),
		v.check((values) => values.every((value) => codes.includes(value)), m('organisations.form.invalidChoice')),
		v.transform((values) => [...new Set(values)] as T[number][])
	);

const optionalId = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.transform((value) => (value === '' ? null : value))
	);

/** An organisation as typed in the back-office form (create and edit). */
export const organisationInput = v.pipe(
	v.object({
		name: requiredText(300),
		shortName: optionalText(100),
		type: v.picklist(ORGANISATION_TYPES, m('organisations.form.invalidType')),
		registrationNumber: optionalText(50),
		registeredOn: optionalDate(),
		inMinistryRegister: checkbox(),
		areas: codeList(WORK_AREAS),
		targetGroups: codeList(TARGET_GROUPS),
		description: optionalText(5000),
		descriptionEn: optionalText(5000),
		address: optionalText(300),
		email: optionalEmail(),
		phone: optionalPhone(),
		website: optionalUrl(),
		socialLinks: v.pipe(
			optionalText(5000),
			v.check((value) => parseSocialLinks(value) !== null, m('organisations.form.invalidLink')),
			v.transform((value) => parseSocialLinks(value) ?? [])
		),
		memberCount: optionalCount(),
		youngMemberCount: optionalCount(),
		logoMediaId: optionalId(),
		status: v.optional(v.picklist(ORGANISATION_STATUSES, m('organisations.form.invalidChoice')), 'active'),
		listing: v.optional(v.picklist(LISTING_STATUSES, m('organisations.form.invalidChoice')), 'listed'),
		isPartner: checkbox(),
		publicFields: codeList(PUBLIC_FIELDS),
		staffNotes: optionalText(5000),
		/** Staff saw the possible duplicates and say this is a different organisation. */
		confirmDuplicate: checkbox(),
		/** The first contact person, typed with a new record (an informal group must have an adult one). */
		contactName: optionalText(200),
		contactRole: optionalText(200),
		contactEmail: optionalEmail(),
		contactPhone: optionalPhone()
	}),
	v.forward(
		v.check(
			(input) =>
				input.memberCount === null || input.youngMemberCount === null || input.youngMemberCount <= input.memberCount,
			m('organisations.form.youngOverMembers')
		),
		['youngMemberCount']
	),
	v.forward(
		v.check(
			(input) => input.contactName === '' || input.contactEmail !== '' || input.contactPhone !== '',
			m('organisations.contacts.needsWay')
		),
		['contactEmail']
	)
);
export type OrganisationInput = v.InferOutput<typeof organisationInput>;

/** A contact person of an organisation; `id` is empty for a new one. */
export const contactInput = v.pipe(
	v.object({
		contactId: optionalId(),
		name: requiredText(200),
		role: optionalText(200),
		email: optionalEmail(),
		phone: optionalPhone(),
		isAdult: checkbox(),
		isPublic: checkbox()
	}),
	v.forward(
		v.check((input) => input.email !== '' || input.phone !== '', m('organisations.contacts.needsWay')),
		['email']
	)
);
export type ContactInput = v.InferOutput<typeof contactInput>;

export const MIN_BIRTH_YEAR = 1900;

/** A member of an informal group: name and year of birth. */
export const memberInput = v.object({
	name: requiredText(200),
	birthYear: v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.check(
			(value) => /^\d{4}$/.test(value) && Number(value) >= MIN_BIRTH_YEAR && Number(value) <= new Date().getFullYear(),
			m('organisations.group.invalidYear', { min: MIN_BIRTH_YEAR, max: new Date().getFullYear() })
		),
		v.transform(Number)
	)
});
export type MemberInput = v.InferOutput<typeof memberInput>;

/** A partnership agreement. */
export const agreementInput = v.pipe(
	v.object({
		kind: v.picklist(AGREEMENT_KINDS, m('organisations.form.invalidChoice')),
		title: requiredText(300),
		signedOn: optionalDate(),
		startsOn: optionalDate(),
		endsOn: optionalDate(),
		documentId: optionalId(),
		officeCommitments: optionalText(5000),
		partnerCommitments: optionalText(5000)
	}),
	v.forward(
		v.check(
			(input) => !input.startsOn || !input.endsOn || input.startsOn <= input.endsOn,
			m('organisations.partnership.endsBeforeStart')
		),
		['endsOn']
	)
);
export type AgreementInput = v.InferOutput<typeof agreementInput>;

/** One contact with an organisation, for the history of contacts. */
export const contactLogInput = v.object({
	happenedOn: requiredDate(),
	channel: v.picklist(CONTACT_CHANNELS, m('organisations.form.invalidChoice')),
	subject: requiredText(300),
	notes: optionalText(5000)
});
export type ContactLogInput = v.InferOutput<typeof contactLogInput>;

export const eventLinkInput = v.object({
	eventId: v.pipe(v.string(m('validation.required')), v.trim(), v.nonEmpty(m('validation.required')))
});

export const activityLinkInput = v.object({
	activityId: v.pipe(v.string(m('validation.required')), v.trim(), v.nonEmpty(m('validation.required'))),
	role: v.picklist(ACTIVITY_ROLES, m('organisations.form.invalidChoice'))
});

/** The id of a row to remove (a contact, member, agreement, link). */
export const removeInput = v.object({
	id: v.pipe(v.string(m('validation.required')), v.trim(), v.nonEmpty(m('validation.required')))
});

/** A pair of records staff say are not duplicates. */
export const dismissDuplicateInput = v.object({
	first: v.pipe(v.string(m('validation.required')), v.trim(), v.nonEmpty(m('validation.required'))),
	second: v.pipe(v.string(m('validation.required')), v.trim(), v.nonEmpty(m('validation.required')))
});

/** The back-office list's filters from the address (unknown values are ignored, never an error). */
export function adminFilterOf(params: URLSearchParams) {
	const pick = <T extends string>(name: string, codes: readonly T[]): T | null => {
		const value = params.get(name) ?? '';
		return (codes as readonly string[]).includes(value) ? (value as T) : null;
	};
	return {
		q: (params.get('q') ?? '').trim().slice(0, 200),
		type: pick('type', ORGANISATION_TYPES),
		status: pick('status', ORGANISATION_STATUSES),
		area: pick('area', WORK_AREAS),
		listing: pick('listing', LISTING_STATUSES),
		partner: pick('partner', ['yes', 'no'] as const),
		unconfirmed: params.get('unconfirmed') === '1',
		page: Math.max(1, Number(params.get('page')) || 1)
	};
}
