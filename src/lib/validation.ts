// Building blocks for the modules' input schemas. Messages are message keys (with parameters after
// '|'), so the same schema yields errors in whichever language and script the reader uses.
import * as v from 'valibot';
import { encodeMessage, type MessageKey } from './i18n/index.ts';

const m = (key: MessageKey, params?: Record<string, string | number>) => encodeMessage(key, params);

/** A required single-line text, trimmed. */
export const requiredText = (max = 200) =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.maxLength(max, m('validation.tooLong', { max }))
	);

/** An optional text, trimmed; empty stays empty. */
export const optionalText = (max = 2000) =>
	v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(max, m('validation.tooLong', { max })));

/** A required e-mail address, lower-cased. */
export const email = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.maxLength(254, m('validation.tooLong', { max: 254 })),
		v.email(m('validation.email')),
		v.toLowerCase()
	);

/** An optional e-mail address. */
export const optionalEmail = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(254, m('validation.tooLong', { max: 254 })),
		v.union([v.literal(''), v.pipe(v.string(), v.email(m('validation.email')))], m('validation.email')),
		v.toLowerCase()
	);

/** An optional web address (http or https only, so no javascript: links reach a page). */
export const optionalUrl = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(500, m('validation.tooLong', { max: 500 })),
		v.check((value) => value === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), m('validation.url'))
	);

/** A web address that must be given (http or https). */
export const requiredUrl = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.minLength(1, m('validation.required')),
		v.maxLength(500, m('validation.tooLong', { max: 500 })),
		v.check((value) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), m('validation.url'))
	);

export const PASSWORD_MIN_LENGTH = 10;

/** A new password: long rather than complicated. */
export const newPassword = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.nonEmpty(m('validation.required')),
		v.minLength(PASSWORD_MIN_LENGTH, m('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })),
		v.maxLength(200, m('validation.tooLong', { max: 200 }))
	);

/** A whole number typed into a text or number field. */
export const integerField = (min: number, max: number) =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.regex(/^-?\d+$/, m('validation.integer')),
		v.transform(Number),
		v.minValue(min, m('validation.ageBounds', { min, max })),
		v.maxValue(max, m('validation.ageBounds', { min, max }))
	);

/** A checkbox: present means true. */
export const checkbox = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.transform((value) => value !== '' && value !== 'false')
	);

/** The rows of a repeatable group (RowEditor), by index, from fields named `<group>[<index>].<field>`. */
export function rowsOf(values: Record<string, string | string[]>, group: string): Record<string, string>[] {
	const pattern = new RegExp(`^${group}\\[(\\d{1,3})\\]\\.([a-zA-Z]+)$`);
	const rows = new Map<number, Record<string, string>>();
	for (const [name, value] of Object.entries(values)) {
		const match = pattern.exec(name);
		if (!match) continue;
		const index = Number(match[1]);
		const row = rows.get(index) ?? {};
		row[match[2]] = (Array.isArray(value) ? (value[0] ?? '') : value).trim();
		rows.set(index, row);
	}
	return [...rows.entries()].sort(([a], [b]) => a - b).map(([index, row]) => ({ ...row, index: String(index) }));
}
