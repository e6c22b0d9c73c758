// The representative's profile form: plain fields, checkbox groups and repeated rows (contact persons,
// informal group members) that work without JavaScript. Errors are message keys per field.
import * as v from 'valibot';
import { encodeMessage } from '../../i18n/index.ts';
import { optionalEmail, optionalText, optionalUrl } from '../../validation.ts';
import { PUBLIC_FIELDS, TARGET_GROUPS, WORK_AREAS, type OrganisationType } from './schema.ts';
import type { ContactSnapshot, MemberSnapshot, ProfileSnapshot } from './self-service-profile.ts';

/** Checkbox groups and repeated rows of the form: always read as arrays. */
export const PROFILE_ARRAY_FIELDS = [
	'areas',
	'targetGroups',
	'publicFields',
	'contactName',
	'contactRole',
	'contactEmail',
	'contactPhone',
	'contactAdult',
	'contactPublic',
	'memberName',
	'memberBirthYear'
] as const;

const scalars = v.object({
	description: optionalText(5000),
	descriptionEn: optionalText(5000),
	address: optionalText(200),
	email: optionalEmail(),
	phone: optionalText(40),
	website: optionalUrl(),
	social: optionalText(2000)
});

type Values = Record<string, string | string[]>;

const list = (values: Values, name: string): string[] => {
	const value = values[name];
	return Array.isArray(value) ? value : value ? [value] : [];
};

/** A count of members: empty, or a whole number from 0 to 100000. */
function parseCount(raw: string): number | null | 'invalid' {
	const text = raw.trim();
	if (text === '') return null;
	if (!/^\d{1,6}$/.test(text)) return 'invalid';
	const number = Number(text);
	return number <= 100_000 ? number : 'invalid';
}

/** A label for a social link: the site's name without "www.". */
function linkLabel(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export type ProfileParse = { ok: true; profile: ProfileSnapshot } | { ok: false; errors: Record<string, string> };

/** Reads and checks the profile form; `currentYear` bounds members' years of birth. */
export function parseProfileForm(values: Values, type: OrganisationType, currentYear: number): ProfileParse {
	const errors: Record<string, string> = {};
	const parsed = v.safeParse(scalars, values);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const key = issue.path?.map((item) => String(item.key)).join('.') || '_form';
			errors[key] ??= issue.message;
		}
	}
	const socialLinks = (parsed.success ? parsed.output.social : '')
		.split(/\s+/)
		.filter(Boolean)
		.map((url) => ({ label: linkLabel(url), url }));
	if (socialLinks.some((link) => !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(link.url)) || socialLinks.length > 10)
		errors.social = encodeMessage('organisations.selfService.socialInvalid');

	const memberCount = parseCount(String(values.memberCount ?? ''));
	const youngMemberCount = parseCount(String(values.youngMemberCount ?? ''));
	if (memberCount === 'invalid') errors.memberCount = encodeMessage('validation.integer');
	if (youngMemberCount === 'invalid') errors.youngMemberCount = encodeMessage('validation.integer');
	if (typeof memberCount === 'number' && typeof youngMemberCount === 'number' && youngMemberCount > memberCount)
		errors.youngMemberCount = encodeMessage('organisations.selfService.youngMoreThanAll');

	const names = list(values, 'contactName');
	const adult = new Set(list(values, 'contactAdult'));
	const publicRows = new Set(list(values, 'contactPublic'));
	const contacts: ContactSnapshot[] = [];
	names.forEach((rawName, index) => {
		const name = rawName.trim();
		const email = (list(values, 'contactEmail')[index] ?? '').trim().toLowerCase();
		const phone = (list(values, 'contactPhone')[index] ?? '').trim();
		const role = (list(values, 'contactRole')[index] ?? '').trim();
		if (!name) {
			if (email || phone || role) errors[`contactName.${index}`] = encodeMessage('validation.required');
			return;
		}
		if (name.length > 120 || role.length > 120 || phone.length > 40)
			errors[`contactName.${index}`] = encodeMessage('validation.tooLong', { max: 120 });
		if (email && !v.safeParse(v.pipe(v.string(), v.email()), email).success)
			errors[`contactEmail.${index}`] = encodeMessage('validation.email');
		contacts.push({
			name,
			role,
			email,
			phone,
			isAdult: adult.has(String(index)),
			isPublic: publicRows.has(String(index))
		});
	});

	const members: MemberSnapshot[] = [];
	if (type === 'informal_group') {
		if (!contacts.some((contact) => contact.isAdult))
			errors.contacts = encodeMessage('organisations.selfService.adultContactRequired');
		list(values, 'memberName').forEach((rawName, index) => {
			const name = rawName.trim();
			const year = (list(values, 'memberBirthYear')[index] ?? '').trim();
			if (!name && !year) return;
			const birthYear = Number(year);
			if (!name || name.length > 120) errors[`memberName.${index}`] = encodeMessage('validation.required');
			else if (!/^\d{4}$/.test(year) || birthYear < currentYear - 100 || birthYear > currentYear)
				errors[`memberBirthYear.${index}`] = encodeMessage('organisations.selfService.birthYearInvalid');
			else members.push({ name, birthYear });
		});
	}

	if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
	const pick = <T extends string>(allowed: readonly T[], name: string) =>
		allowed.filter((item) => list(values, name).includes(item));
	return {
		ok: true,
		profile: {
			description: parsed.output.description,
			descriptionEn: parsed.output.descriptionEn,
			address: parsed.output.address,
			email: parsed.output.email,
			phone: parsed.output.phone,
			website: parsed.output.website,
			socialLinks,
			areas: pick(WORK_AREAS, 'areas'),
			targetGroups: pick(TARGET_GROUPS, 'targetGroups'),
			memberCount: memberCount as number | null,
			youngMemberCount: youngMemberCount as number | null,
			publicFields: pick(PUBLIC_FIELDS, 'publicFields'),
			contacts,
			members
		}
	};
}
