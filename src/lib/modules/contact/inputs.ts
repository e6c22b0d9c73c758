import * as v from 'valibot';
import { checkbox, email, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isUuid } from '../../server/ids.ts';

/**
 * The name of the trap field: hidden from people and screen readers, so only a program filling in
 * every field it finds gives it a value.
 */
export const HONEYPOT_FIELD = 'website';

/** What a visitor sends through the contact form. */
export const contactInput = v.object({
	name: requiredText(120),
	email: email(),
	subject: optionalText(200),
	message: requiredText(5000),
	consent: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('contact.form.consentRequired'))
	),
	[HONEYPOT_FIELD]: v.optional(v.string(), '')
});
export type ContactInput = v.InferOutput<typeof contactInput>;

/** True when the trap field of a submitted form has a value: a program, not a person, sent it. */
export function isHoneypotHit(values: Record<string, string | string[]>): boolean {
	const trap = values[HONEYPOT_FIELD];
	return typeof trap === 'string' ? trap.trim() !== '' : Array.isArray(trap) && trap.some((item) => item.trim());
}

/** Which messages the back-office list shows. */
export const CONTACT_FILTERS = ['open', 'handled', 'all'] as const;
export type ContactFilter = (typeof CONTACT_FILTERS)[number];

export const markHandledInput = v.object({
	id: v.pipe(v.string(encodeMessage('validation.invalid')), v.check(isUuid, encodeMessage('validation.invalid')))
});

/** The office's answer to a visitor's message. */
export const answerContactMessageInput = v.object({
	id: v.pipe(v.string(encodeMessage('validation.invalid')), v.check(isUuid, encodeMessage('validation.invalid'))),
	answer: v.pipe(
		v.string(encodeMessage('validation.required')),
		v.trim(),
		v.nonEmpty(encodeMessage('validation.required')),
		v.maxLength(5000, encodeMessage('validation.tooLong', { max: 5000 }))
	)
});

/** Erasing a message: which one, and the box that confirms it cannot be undone. */
export const deleteContactMessageInput = v.object({
	id: v.pipe(v.string(encodeMessage('validation.invalid')), v.check(isUuid, encodeMessage('validation.invalid'))),
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('contact.admin.deleteConfirmRequired'))
	)
});

/** How long visitors' messages are kept before the clean-up job erases them. */
export const CONTACT_RETENTION_MONTHS = 12;
