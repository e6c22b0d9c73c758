import * as v from 'valibot';
import { optionalText, optionalUrl, requiredText, checkbox } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { OPPORTUNITY_TYPES } from './schema.ts';
import { belgradeToInstant, isDateText, isTimeText } from '../../i18n/office-time.ts';

const m = encodeMessage;
export const MIN_AGE = 0;
export const MAX_AGE = 99;

/** An optional whole number of years. */
const optionalAge = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check(
			(value) => value === '' || /^\d{1,2}$/.test(value),
			m('validation.ageBounds', { min: MIN_AGE, max: MAX_AGE })
		),
		v.transform((value) => (value === '' ? null : Number(value)))
	);

const optionalDate = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isDateText(value), m('opportunities.date.invalid'))
	);

const optionalTime = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isTimeText(value), m('opportunities.time.invalid'))
	);

/** An opportunity as typed in the back-office form, with its deadline and publication time turned into instants. */
export const opportunityInput = v.pipe(
	v.object({
		type: v.picklist(OPPORTUNITY_TYPES, m('opportunities.type.invalid')),
		title: requiredText(200),
		titleEn: optionalText(200),
		organiser: optionalText(200),
		summary: optionalText(500),
		summaryEn: optionalText(500),
		body: optionalText(50_000),
		bodyEn: optionalText(50_000),
		minAge: optionalAge(),
		maxAge: optionalAge(),
		place: optionalText(200),
		eligibility: optionalText(2000),
		deadlineDate: optionalDate(),
		deadlineTime: optionalTime(),
		link: optionalUrl(),
		attachments: v.optional(v.array(v.string()), []),
		status: v.picklist(['draft', 'published'] as const, m('validation.required')),
		publishAtDate: optionalDate(),
		publishAtTime: optionalTime()
	}),
	v.forward(
		v.check(
			(input) => input.minAge === null || input.maxAge === null || input.minAge <= input.maxAge,
			m('validation.ageRange')
		),
		['maxAge']
	),
	v.forward(
		v.check((input) => input.deadlineTime === '' || input.deadlineDate !== '', m('opportunities.time.needsDate')),
		['deadlineDate']
	),
	v.forward(
		v.check((input) => input.publishAtTime === '' || input.publishAtDate !== '', m('opportunities.time.needsDate')),
		['publishAtDate']
	),
	v.transform(({ deadlineDate, deadlineTime, publishAtDate, publishAtTime, attachments, ...rest }) => ({
		...rest,
		attachments: [...new Set(attachments)],
		deadline: deadlineDate ? belgradeToInstant(deadlineDate, deadlineTime || '23:59') : null,
		publishAt: publishAtDate ? belgradeToInstant(publishAtDate, publishAtTime || '00:00') : null
	}))
);
export type OpportunityInput = v.InferOutput<typeof opportunityInput>;

export const deleteOpportunityInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('opportunities.admin.deleteConfirmRequired'))
	)
});
