import * as v from 'valibot';
import { checkbox, optionalText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText } from '../../i18n/office-time.ts';
import { APPLICATION_SECTIONS, CHECK_OUTCOMES, type ApplicationSection } from './schema.ts';

const SECTION_NAMES = Object.keys(APPLICATION_SECTIONS) as ApplicationSection[];

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
		),
		/** The parts a completion opens; none ticked opens the whole form. */
		completionSections: v.pipe(
			v.optional(v.array(v.string()), []),
			v.transform((names) => SECTION_NAMES.filter((name) => names.includes(name)))
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
