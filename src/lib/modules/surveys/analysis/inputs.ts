// What the analysis and research forms send, checked and turned into typed values.
import * as v from 'valibot';
import { checkbox, integerField, optionalText, requiredText } from '../../../validation.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { isDateText } from '../../../i18n/office-time.ts';
import { QUALITATIVE_KINDS } from '../schema.ts';

const m = encodeMessage;
const uuid = () => v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/i, m('validation.required')));

/** A new research theme. */
export const themeInput = v.object({
	name: requiredText(120),
	nameEn: optionalText(120),
	description: optionalText(1000)
});

/** Tagging (or untagging) the selected answers of an open question with a theme. */
export const codeAnswersInput = v.object({
	questionKey: requiredText(80),
	themeId: v.pipe(v.optional(v.string(), ''), v.nonEmpty(m('surveys.coding.error.theme')), uuid()),
	responseIds: v.pipe(v.array(uuid()), v.minLength(1, m('surveys.coding.error.noneSelected')), v.maxLength(200)),
	remove: checkbox()
});

/** A count of participants (0 and up) typed into a focus group's profile. */
const participantCount = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^\d{1,4}$/.test(value), m('validation.integer')),
		v.transform((value) => (value === '' ? 0 : Number(value)))
	);

/** A focus group or interview. Profile counts come as `age_<band>` and `gender_<code>` fields. */
export const focusGroupInput = v.object({
	kind: v.picklist(QUALITATIVE_KINDS, m('validation.required')),
	title: requiredText(200),
	heldOn: v.pipe(v.string(m('validation.required')), v.trim(), v.check(isDateText, m('validation.invalid'))),
	place: optionalText(200),
	facilitator: optionalText(200),
	participantCount: integerField(0, 500),
	profileDescription: optionalText(1000),
	notes: optionalText(20000),
	age_under_15: participantCount(),
	age_15_19: participantCount(),
	age_20_24: participantCount(),
	age_25_30: participantCount(),
	age_over_30: participantCount(),
	gender_female: participantCount(),
	gender_male: participantCount(),
	gender_other: participantCount(),
	gender_no_answer: participantCount()
});

/** A theme noted in a focus group. */
export const focusGroupThemeInput = v.object({
	themeId: uuid(),
	note: optionalText(2000)
});

/** The yearly needs summary. */
export const needsSummaryInput = v.object({
	summary: optionalText(50000),
	summaryEn: optionalText(50000),
	isPublic: checkbox(),
	goalIds: v.array(uuid())
});
