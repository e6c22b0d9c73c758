import * as v from 'valibot';
import { email, newPassword, requiredText, checkbox, optionalText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { ROLES } from '../../server/db/core-schema.ts';

export const signInInput = v.object({
	email: email(),
	password: v.pipe(v.string(encodeMessage('validation.required')), v.nonEmpty(encodeMessage('validation.required'))),
	next: v.optional(v.string(), '')
});

export const signUpInput = v.pipe(
	v.object({
		name: requiredText(120),
		email: email(),
		password: newPassword(),
		passwordConfirm: v.string(),
		consent: v.pipe(
			checkbox(),
			v.check((given) => given, encodeMessage('accounts.field.consentRequired'))
		)
	}),
	v.forward(
		v.check((input) => input.password === input.passwordConfirm, encodeMessage('validation.passwordsDiffer')),
		['passwordConfirm']
	)
);

export const forgotPasswordInput = v.object({ email: email() });

export const resetPasswordInput = v.pipe(
	v.object({ password: newPassword(), passwordConfirm: v.string() }),
	v.forward(
		v.check((input) => input.password === input.passwordConfirm, encodeMessage('validation.passwordsDiffer')),
		['passwordConfirm']
	)
);

export const changePasswordInput = v.pipe(
	v.object({
		currentPassword: v.pipe(v.string(), v.nonEmpty(encodeMessage('validation.required'))),
		password: newPassword(),
		passwordConfirm: v.string()
	}),
	v.forward(
		v.check((input) => input.password === input.passwordConfirm, encodeMessage('validation.passwordsDiffer')),
		['passwordConfirm']
	)
);

export const roleList = v.array(v.picklist(ROLES, encodeMessage('validation.invalid')));

export const createUserInput = v.object({
	name: requiredText(120),
	email: email(),
	roles: roleList
});

export const setRolesInput = v.object({ roles: roleList });

/** The genders an account may hold: the registrations' list, so a kept value fills their form as is. */
export const ACCOUNT_GENDERS = ['female', 'male', 'other'] as const;
export type AccountGender = (typeof ACCOUNT_GENDERS)[number];

const m = encodeMessage;

/** A year of birth typed on the account page: four digits, not in the future. */
const optionalBirthYear = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^\d{4}$/.test(value), m('registrations.form.birthYearInvalid')),
		v.transform((value) => (value === '' ? null : Number(value))),
		v.check(
			(year) => year === null || (year >= 1920 && year <= new Date().getFullYear()),
			m('registrations.form.birthYearInvalid')
		)
	);

/**
 * What a person keeps on their account so forms need not ask again (issue 13.15): the year of birth
 * is what is kept (gender and place are optional), and only with the consent box ticked.
 */
export const accountProfileInput = v.pipe(
	v.object({
		birthYear: optionalBirthYear(),
		gender: v.pipe(
			v.optional(v.string(), ''),
			v.check(
				(value) => value === '' || (ACCOUNT_GENDERS as readonly string[]).includes(value),
				m('validation.invalid')
			),
			v.transform((value) => (value === '' ? null : (value as AccountGender)))
		),
		place: optionalText(120),
		consent: v.pipe(
			checkbox(),
			v.check((given) => given, m('accounts.profile.consentRequired'))
		)
	}),
	v.forward(
		v.check((input) => input.birthYear !== null, m('validation.required')),
		['birthYear']
	)
);
export type AccountProfileInput = v.InferOutput<typeof accountProfileInput>;
