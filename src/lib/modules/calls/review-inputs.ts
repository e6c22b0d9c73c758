import * as v from 'valibot';
import { checkbox, optionalText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText } from '../../i18n/office-time.ts';
import { CHECK_OUTCOMES } from './schema.ts';

const m = encodeMessage;

/** The administrative check as staff tick it; a completion needs a due date and a note. */
export const checkInput = v.pipe(
	v.object({
		isComplete: checkbox(),
		isEligibleApplicant: checkbox(),
		isWithinLimits: checkbox(),
		outcome: v.picklist(CHECK_OUTCOMES, m('validation.required')),
		note: optionalText(2000),
		completionDue: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.check((value) => value === '' || isDateText(value), m('calls.form.dateInvalid'))
		)
	}),
	v.forward(
		v.check(
			(input) => input.outcome !== 'completion' || (input.completionDue !== '' && input.note !== ''),
			m('calls.review.completionDueRequired')
		),
		['completionDue']
	)
);
