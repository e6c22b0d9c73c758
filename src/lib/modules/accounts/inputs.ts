import * as v from 'valibot';
import { email, newPassword, requiredText, checkbox } from '../../validation.ts';
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
