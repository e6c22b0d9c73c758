import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { isAppError, statusOf, type FieldErrors } from './errors.ts';

/** What a form gets back after a failed submission: what was typed (never passwords) and why it failed. */
export interface FormFailure {
	values: Record<string, string | string[]>;
	errors: FieldErrors;
	message?: string;
}

/** Field names whose values are never sent back to the browser. */
const SECRET_FIELDS = /password|token/i;

/** Turns FormData into a plain object; fields named in `arrays` are always arrays (checkbox groups). */
export function formValues(formData: FormData, arrays: readonly string[] = []): Record<string, string | string[]> {
	// No prototype: a field named __proto__ is then just a field (the request guard refuses it too).
	const values: Record<string, string | string[]> = Object.create(null);
	for (const name of new Set(formData.keys())) {
		const all = formData.getAll(name).filter((item): item is string => typeof item === 'string');
		values[name] = arrays.includes(name) ? all : (all[0] ?? '');
	}
	for (const name of arrays) values[name] ??= [];
	return values;
}

function keptValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
	return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.test(name)));
}

export type Parsed<T> =
	| { ok: true; data: T; values: Record<string, string | string[]> }
	| { ok: false; failure: ReturnType<typeof fail<FormFailure>> };

/** Validates a submitted form against a module's input schema; on failure, a 400 carrying field errors and the typed values. */
export function parseForm<S extends v.GenericSchema>(
	schema: S,
	formData: FormData,
	arrays: readonly string[] = []
): Parsed<v.InferOutput<S>> {
	const values = formValues(formData, arrays);
	const result = v.safeParse(schema, values);
	if (result.success) return { ok: true, data: result.output, values };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const key = issue.path?.map((item) => String(item.key)).join('.') || '_form';
		errors[key] ??= issue.message;
	}
	return {
		ok: false,
		failure: fail(400, { values: keptValues(values), errors, message: 'common.formHasErrors' })
	};
}

/**
 * Whether the database refused a value a visitor sent as malformed (class 22, "data exception": an id
 * that is not a UUID, a number out of range). Such a value names no record, so it is the visitor's
 * bad input (400), not a fault of the server; PGlite and pg both carry the SQLSTATE as `code`, Drizzle
 * wraps it in `cause`.
 */
export function isMalformedValueError(caught: unknown): boolean {
	for (let current: unknown = caught, depth = 0; current && depth < 4; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}

/** Turns a command's AppError into the right response: field errors to the form, 403/404 to an error page. */
export function failFromError(caught: unknown, values: Record<string, string | string[]>) {
	if (isMalformedValueError(caught)) error(400, 'error.400.text');
	if (!isAppError(caught)) throw caught;
	const status = statusOf(caught);
	if (caught.code === 'forbidden' || caught.code === 'not_found' || caught.code === 'unauthenticated') {
		error(status === 401 ? 403 : status, caught.messageKey);
	}
	return fail(status, {
		values: keptValues(values),
		errors: caught.fieldErrors,
		message: caught.messageKey
	} satisfies FormFailure);
}

/** In a load function: an AppError becomes the matching error page (403, 404 …), anything else is rethrown. */
export function rethrowAsHttpError(caught: unknown): never {
	if (isMalformedValueError(caught)) error(400, 'error.400.text');
	if (!isAppError(caught)) throw caught;
	const status = statusOf(caught);
	error(status === 401 ? 403 : status, caught.messageKey);
}
