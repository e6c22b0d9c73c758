import * as v from 'valibot';
import { checkbox, optionalEmail, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isUuid } from '../../server/ids.ts';
import type { EventQuestion } from '../events/schema.ts';
import { GENDERS, REGISTRATION_STATUSES } from './schema.ts';

const m = encodeMessage;

/** Digits with an optional leading +, spaces, dashes, dots and brackets dropped; '' when empty. */
export function normalizePhone(value: string): string {
	const trimmed = value.trim();
	if (trimmed === '') return '';
	return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

const optionalPhone = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(30, m('validation.tooLong', { max: 30 })),
		v.check((value) => value === '' || /^\+?[\d\s()./-]{6,30}$/.test(value), m('registrations.form.phoneInvalid')),
		v.transform(normalizePhone),
		v.check((value) => value === '' || /^\+?\d{6,15}$/.test(value), m('registrations.form.phoneInvalid'))
	);

const birthYear = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.check((value) => /^\d{4}$/.test(value), m('registrations.form.birthYearInvalid')),
		v.transform(Number),
		v.check((year) => year >= 1920 && year <= new Date().getFullYear(), m('registrations.form.birthYearInvalid'))
	);

const gender = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.check((value) => value === '' || (GENDERS as readonly string[]).includes(value), m('validation.invalid')),
		v.transform((value) => (value === '' ? null : (value as (typeof GENDERS)[number])))
	);

const personFields = {
	name: requiredText(120),
	email: optionalEmail(),
	phone: optionalPhone(),
	birthYear: birthYear(),
	gender: gender(),
	place: optionalText(120),
	guardianName: optionalText(120),
	guardianEmail: optionalEmail()
};

/** The public registration form (the event's extra questions are checked by `parseAnswers`). */
export const registrationInput = v.pipe(
	v.object({
		...personFields,
		consent: v.pipe(
			checkbox(),
			v.check((given) => given, m('registrations.form.consentRequired'))
		),
		/** A signed-in person's consent to keep the year of birth, gender and place on their account. */
		saveToAccount: checkbox()
	}),
	v.forward(
		v.check((input) => input.email !== '' || input.phone !== '', m('registrations.form.contactRequired')),
		['email']
	)
);
export type RegistrationInput = v.InferOutput<typeof registrationInput>;

/**
 * A signed-in person's form with what their account keeps (issue 13.15): the form does not ask for
 * the year of birth, gender and place again, so they are taken from the account here.
 */
export function fillFromAccount(
	formData: FormData,
	kept: { birthYear: number; gender: string | null; place: string } | null
): FormData {
	if (!kept) return formData;
	formData.set('birthYear', String(kept.birthYear));
	formData.set('gender', kept.gender ?? '');
	formData.set('place', kept.place);
	formData.delete('saveToAccount');
	return formData;
}

/** A registration typed in by staff (someone who phoned or came to the office). */
export const staffRegistrationInput = v.pipe(
	v.object(personFields),
	v.forward(
		v.check((input) => input.email !== '' || input.phone !== '', m('registrations.form.contactRequired')),
		['email']
	)
);
export type StaffRegistrationInput = v.InferOutput<typeof staffRegistrationInput>;

/** The field name of an extra question's answer in the form. */
export const answerField = (questionId: string) => `answer-${questionId}`;

/**
 * Checks the answers to an event's extra questions: required ones given, choices among the options,
 * texts not too long. Returns the answers by question id, or field errors by field name.
 */
export function parseAnswers(
	questions: readonly EventQuestion[],
	values: Record<string, string | string[]>,
	options: { requireAll?: boolean } = {}
): { answers: Record<string, string | boolean>; errors: Record<string, string> } {
	const answers: Record<string, string | boolean> = {};
	const errors: Record<string, string> = {};
	const requireAll = options.requireAll ?? true;
	for (const question of questions) {
		const field = answerField(question.id);
		const raw = values[field];
		const value = (Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')).trim();
		if (question.kind === 'yes_no') {
			if (value === 'yes' || value === 'no') answers[question.id] = value === 'yes';
			else if (value !== '') errors[field] = m('validation.invalid');
			else if (question.required && requireAll) errors[field] = m('validation.required');
			continue;
		}
		if (question.kind === 'choice') {
			if (value === '') {
				if (question.required && requireAll) errors[field] = m('validation.required');
			} else if (!question.options.some((option) => option.id === value)) errors[field] = m('validation.invalid');
			else answers[question.id] = value;
			continue;
		}
		if (value.length > 1000) errors[field] = m('validation.tooLong', { max: 1000 });
		else if (value === '' && question.required && requireAll) errors[field] = m('validation.required');
		else if (value !== '') answers[question.id] = value;
	}
	return { answers, errors };
}

const id = () => v.pipe(v.string(m('validation.invalid')), v.check(isUuid, m('validation.invalid')));

/** A staff action on one registration (accept, decline, cancel, move from the waitlist). */
export const registrationIdInput = v.object({ registrationId: id() });

/** Cancelling through the private link needs the box ticked: it cannot be undone. */
export const cancelOwnRegistrationInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('registrations.cancel.confirmRequired'))
	)
});

/** Filters of the staff list. */
export const STATUS_FILTERS = ['all', ...REGISTRATION_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The guardian ticks their consent before confirming. */
export const guardianConsentInput = v.object({
	consent: v.pipe(
		checkbox(),
		v.check((given) => given, m('registrations.guardian.confirmRequired'))
	)
});

/** Who a message from the registrations page goes to. */
export const MESSAGE_AUDIENCES = ['all', 'confirmed', 'waitlisted', 'attended'] as const;
export type MessageAudience = (typeof MESSAGE_AUDIENCES)[number];

/** A message from staff to an event's registrants. */
export const messageRegistrantsInput = v.object({
	audience: v.picklist(MESSAGE_AUDIENCES, m('validation.required')),
	subject: requiredText(150),
	body: v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.maxLength(5000, m('validation.tooLong', { max: 5000 }))
	)
});

/** A signed-in person cancelling one of their own registrations (event page, account page). */
export const cancelMyRegistrationInput = v.object({
	registrationId: id(),
	confirm: cancelOwnRegistrationInput.entries.confirm
});
