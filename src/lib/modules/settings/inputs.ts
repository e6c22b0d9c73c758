import * as v from 'valibot';
import { AA_CONTRAST, contrastRatio, isHexColour } from './contrast.ts';
import {
	email,
	integerField,
	newPassword,
	optionalEmail,
	optionalText,
	optionalUrl,
	requiredText,
	requiredUrl,
	checkbox
} from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { DEFAULT_OPEN_DATA_LICENCE, OPEN_DATA_LICENCES } from './licences.ts';

export const settingsInput = v.pipe(
	v.object({
		name: requiredText(200),
		nameEn: optionalText(200),
		municipality: requiredText(120),
		publicUrl: optionalUrl(),
		mission: optionalText(600),
		missionEn: optionalText(600),
		address: optionalText(300),
		phone: optionalText(60),
		email: optionalEmail(),
		workingHours: optionalText(200),
		workingHoursEn: optionalText(200),
		facebook: optionalUrl(),
		instagram: optionalUrl(),
		tiktok: optionalUrl(),
		youtube: optionalUrl(),
		x: optionalUrl(),
		youthMinAge: integerField(10, 40),
		youthMaxAge: integerField(10, 40),
		dpoName: optionalText(120),
		dpoNameEn: optionalText(120),
		dpoEmail: optionalEmail(),
		dpoPhone: optionalText(60),
		keepLatin: optionalText(1000),
		openDataLicence: v.pipe(
			v.optional(v.string(), DEFAULT_OPEN_DATA_LICENCE),
			v.picklist(OPEN_DATA_LICENCES, encodeMessage('settings.openDataLicence.invalid'))
		),
		accentColor: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.toLowerCase(),
			v.check((value) => value === '' || isHexColour(value), encodeMessage('settings.accent.invalid')),
			v.check(
				(value) => value === '' || !isHexColour(value) || contrastRatio(value, '#ffffff') >= AA_CONTRAST,
				encodeMessage('settings.accent.lowContrast')
			)
		)
	}),
	v.forward(
		v.check((input) => input.youthMinAge < input.youthMaxAge, encodeMessage('validation.ageRange')),
		['youthMaxAge']
	)
);
export type SettingsInput = v.InferOutput<typeof settingsInput>;

export const setupInput = v.pipe(
	v.object({
		setupCode: requiredText(40),
		officeName: requiredText(200),
		municipality: requiredText(120),
		// Links in every e-mail are built from it, never from a request's Host header (issue 14.2).
		publicUrl: requiredUrl(),
		adminName: requiredText(120),
		adminEmail: email(),
		password: newPassword(),
		passwordConfirm: v.string()
	}),
	v.forward(
		v.check((input) => input.password === input.passwordConfirm, encodeMessage('validation.passwordsDiffer')),
		['passwordConfirm']
	)
);

export const removeDemoInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('settings.demo.confirmRequired'))
	),
	adminName: optionalText(120),
	adminEmail: optionalEmail(),
	password: v.optional(v.string(), ''),
	passwordConfirm: v.optional(v.string(), '')
});

/** Splits the comma-separated "keep in Latin" words. */
export function parseWordList(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[,\n]/)
				.map((word) => word.trim())
				.filter(Boolean)
		)
	].slice(0, 200);
}
