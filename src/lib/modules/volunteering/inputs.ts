import * as v from 'valibot';
import { checkbox, email, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { belgradeToInstant, isDateText, isTimeText } from '../../i18n/office-time.ts';
import { VOLUNTEER_CATEGORIES } from './schema.ts';
import { MIN_VOLUNTEER_AGE } from './rules.ts';

const m = encodeMessage;
/** Blank shift rows the form offers (a row left empty is ignored). */
export const SHIFT_ROWS = 6;

const optionalWhole = (min: number, max: number) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^\d{1,4}$/.test(value), m('validation.integer')),
		v.transform((value) => (value === '' ? null : Number(value))),
		v.check(
			(value) => value === null || (value >= min && value <= max),
			m('volunteering.form.numberBounds', { min, max })
		)
	);

const optionalDate = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isDateText(value), m('volunteering.form.dateInvalid'))
	);

const rows = () => v.optional(v.array(v.string()), []);

export interface ShiftDraft {
	startsAt: Date;
	endsAt: Date;
	places: number;
}

/** The shift rows typed in the form: each complete row a shift; a half-filled row an error on it. */
export function parseShiftRows(input: {
	shiftDate: readonly string[];
	shiftFrom: readonly string[];
	shiftTo: readonly string[];
	shiftPlaces: readonly string[];
}): { shifts: ShiftDraft[]; errors: Record<string, string> } {
	const shifts: ShiftDraft[] = [];
	const errors: Record<string, string> = {};
	const count = Math.max(
		input.shiftDate.length,
		input.shiftFrom.length,
		input.shiftTo.length,
		input.shiftPlaces.length
	);
	for (let index = 0; index < count; index++) {
		const date = (input.shiftDate[index] ?? '').trim();
		const from = (input.shiftFrom[index] ?? '').trim();
		const to = (input.shiftTo[index] ?? '').trim();
		const places = (input.shiftPlaces[index] ?? '').trim();
		if (!date && !from && !to && !places) continue;
		if (!isDateText(date) || !isTimeText(from) || !isTimeText(to) || !/^\d{1,4}$/.test(places) || Number(places) < 1) {
			errors[`shiftDate.${index}`] = m('volunteering.form.shiftIncomplete');
			continue;
		}
		const startsAt = belgradeToInstant(date, from);
		const endsAt = belgradeToInstant(date, to);
		if (endsAt <= startsAt) {
			errors[`shiftDate.${index}`] = m('volunteering.form.shiftEndsBeforeStart');
			continue;
		}
		shifts.push({ startsAt, endsAt, places: Number(places) });
	}
	return { shifts, errors };
}

/** An opportunity as typed by staff or an organisation's representative. */
export const opportunityInput = v.pipe(
	v.object({
		organisationId: v.optional(v.string(), ''),
		title: requiredText(200),
		titleEn: optionalText(200),
		summary: optionalText(500),
		summaryEn: optionalText(500),
		description: optionalText(20_000),
		descriptionEn: optionalText(20_000),
		beneficiary: optionalText(300),
		place: optionalText(200),
		isRemote: checkbox(),
		category: v.picklist(VOLUNTEER_CATEGORIES, m('validation.required')),
		skills: optionalText(500),
		minAge: v.pipe(
			v.optional(v.string(), String(MIN_VOLUNTEER_AGE)),
			v.trim(),
			v.transform((value) => (value === '' ? MIN_VOLUNTEER_AGE : Number(value))),
			v.check(
				(value) => Number.isInteger(value) && value >= MIN_VOLUNTEER_AGE && value <= 30,
				m('volunteering.form.minAgeBounds', { min: MIN_VOLUNTEER_AGE })
			)
		),
		training: optionalText(2000),
		costsReimbursed: optionalText(2000),
		rightsAndDuties: optionalText(4000),
		isOpenEnded: checkbox(),
		hoursPerWeek: optionalWhole(1, 60),
		startsOn: optionalDate(),
		endsOn: optionalDate(),
		rolePlaces: optionalWhole(1, 1000),
		autoAccept: checkbox(),
		eventId: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.check(
				(value) => value === '' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
				m('validation.invalid')
			),
			v.transform((value) => (value === '' ? null : value))
		),
		shiftDate: rows(),
		shiftFrom: rows(),
		shiftTo: rows(),
		shiftPlaces: rows()
	}),
	v.forward(
		v.check((input) => !input.isOpenEnded || input.hoursPerWeek !== null, m('volunteering.form.hoursPerWeekNeeded')),
		['hoursPerWeek']
	),
	v.forward(
		v.check(
			(input) => !input.isOpenEnded || (input.startsOn !== '' && input.endsOn !== ''),
			m('volunteering.form.periodNeeded')
		),
		['startsOn']
	),
	v.forward(
		v.check(
			(input) => !input.startsOn || !input.endsOn || input.startsOn <= input.endsOn,
			m('volunteering.form.periodOrder')
		),
		['endsOn']
	),
	v.transform(({ shiftDate, shiftFrom, shiftTo, shiftPlaces, ...rest }) => ({
		...rest,
		organisationId: rest.organisationId || null,
		startsOn: rest.startsOn || null,
		endsOn: rest.endsOn || null,
		shiftRows: { shiftDate, shiftFrom, shiftTo, shiftPlaces }
	}))
);
export type OpportunityInput = v.InferOutput<typeof opportunityInput>;

/** Staff's review of an organisation's opportunity. */
export const reviewInput = v.object({
	decision: v.picklist(['publish', 'reject'] as const, m('validation.required')),
	note: optionalText(1000)
});

/** The volunteer profile asked the first time someone applies. */
export const profileInput = v.object({
	birthDate: v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.check(isDateText, m('volunteering.form.dateInvalid'))
	),
	phone: optionalText(40),
	gender: v.optional(v.picklist(['', 'female', 'male', 'other'] as const), ''),
	skills: optionalText(1000),
	interests: optionalText(1000),
	availability: optionalText(1000),
	emergencyContact: requiredText(300),
	script: v.optional(v.picklist(['cyrl', 'latn'] as const), 'cyrl'),
	showHoursPublicly: checkbox()
});
export type ProfileInput = v.InferOutput<typeof profileInput>;

/** An application: the shift (or none for a role), a short motivation, and the guardian for a minor. */
export const applicationInput = v.object({
	shiftId: v.optional(v.string(), ''),
	motivation: optionalText(1000),
	contractRequested: checkbox(),
	guardianName: optionalText(200),
	guardianEmail: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.toLowerCase(),
		v.check((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), m('validation.email'))
	),
	guardianRelation: optionalText(100)
});
export type ApplicationInput = v.InferOutput<typeof applicationInput>;

/** The guardian's answer on the e-mailed link. */
export const guardianConsentInput = v.object({
	confirmedName: requiredText(200),
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('volunteering.guardian.confirmRequired'))
	)
});

/** One existing shift as the organiser moves it or changes its places. */
export const shiftEditInput = v.pipe(
	v.object({
		shiftId: v.pipe(v.string(), v.uuid('validation.invalid')),
		date: v.pipe(v.string(), v.trim(), v.check(isDateText, m('volunteering.form.dateInvalid'))),
		from: v.pipe(v.string(), v.trim(), v.check(isTimeText, m('volunteering.shift.timeInvalid'))),
		to: v.pipe(v.string(), v.trim(), v.check(isTimeText, m('volunteering.shift.timeInvalid'))),
		places: v.pipe(
			v.string(),
			v.trim(),
			v.check((value) => /^\d{1,4}$/.test(value) && Number(value) >= 1, m('volunteering.shift.placesInvalid')),
			v.transform(Number)
		)
	}),
	v.forward(
		v.check(
			(input) => belgradeToInstant(input.date, input.to) > belgradeToInstant(input.date, input.from),
			m('volunteering.form.shiftEndsBeforeStart')
		),
		['to']
	)
);

/** A guardian withdraws consent: one confirming tick. */
export const guardianWithdrawInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('volunteering.guardian.withdrawConfirmRequired'))
	)
});

/** The organiser's decision on an application. */
export const decisionInput = v.pipe(
	v.object({
		applicationId: v.string(),
		decision: v.picklist(['accept', 'waitlist', 'decline'] as const, m('validation.required')),
		reason: optionalText(1000)
	}),
	v.forward(
		v.check((input) => input.decision !== 'decline' || input.reason !== '', m('volunteering.decide.reasonNeeded')),
		['reason']
	)
);

/** Hours as typed: "3", "2.5" or "2:30". */
export const hoursText = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.check((value) => /^\d{1,2}([.,]\d{1,2}|:[0-5]\d)?$/.test(value), m('volunteering.hours.invalid')),
		v.transform((value) => {
			if (value.includes(':')) {
				const [h, min] = value.split(':').map(Number);
				return h * 60 + min;
			}
			return Math.round(Number(value.replace(',', '.')) * 60);
		}),
		v.check((minutes) => minutes > 0, m('volunteering.hours.invalid'))
	);

/** Hours recorded by the organiser for one accepted application (and shift). */
export const recordHoursInput = v.object({
	applicationId: v.string(),
	hours: hoursText(),
	workedOn: optionalDate(),
	task: optionalText(300)
});

/** Hours a volunteer claims for an accepted role. */
export const claimHoursInput = v.object({
	applicationId: v.string(),
	hours: hoursText(),
	workedOn: v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.check(isDateText, m('volunteering.form.dateInvalid'))
	),
	task: optionalText(300)
});

export const guardianRequestInput = v.object({
	guardianName: requiredText(200),
	guardianEmail: email(),
	guardianRelation: optionalText(100)
});
