// The plan's forms send rows (budget lines, yearly targets, a report's activities) as flat fields
// named `budgets.0.planned` or `entries.<activityId>.progress`; here they become the nested values
// the input schemas expect, and errors come back under the same flat names, so every field shows its
// own message next to itself.
import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { formValues, type FormFailure } from '../../server/forms.ts';
import type { FieldErrors } from '../../server/errors.ts';

type Flat = Record<string, string | string[]>;

/** Nests `group.key.field` fields into `{ group: [{ field }] }` (numeric keys) or `{ group: { key: { field } } }`. */
export function nestFormValues(values: Flat, groups: readonly string[]): Record<string, unknown> {
	const nested: Record<string, unknown> = {};
	const grouped: Record<string, Record<string, Record<string, string>>> = {};
	for (const [name, value] of Object.entries(values)) {
		const match = /^(\w+)\.([\w-]+)\.(\w+)$/.exec(name);
		if (match && groups.includes(match[1])) {
			const [, group, key, field] = match;
			((grouped[group] ??= {})[key] ??= {})[field] = String(value);
		} else nested[name] = value;
	}
	for (const group of groups) {
		const rows = grouped[group] ?? {};
		const keys = Object.keys(rows);
		nested[group] =
			keys.length > 0 && keys.every((key) => /^\d+$/.test(key))
				? keys.sort((a, b) => Number(a) - Number(b)).map((key) => rows[key])
				: keys.length > 0
					? rows
					: undefined;
	}
	return nested;
}

function errorsOf(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path?.map((item) => String(item.key)).join('.') || '_form';
		errors[key] ??= issue.message;
	}
	return errors;
}

export type ParsedPlanForm<T> =
	{ ok: true; data: T; values: Flat } | { ok: false; failure: ReturnType<typeof fail<FormFailure>> };

/** Like parseForm, for forms with rows. */
export function parsePlanForm<S extends v.GenericSchema>(
	schema: S,
	formData: FormData,
	groups: readonly string[] = []
): ParsedPlanForm<v.InferOutput<S>> {
	const values = formValues(formData);
	const result = v.safeParse(schema, nestFormValues(values, groups));
	if (result.success) return { ok: true, data: result.output, values };
	return {
		ok: false,
		failure: fail(400, { values, errors: errorsOf(result.issues), message: 'common.formHasErrors' })
	};
}

/** Parses each `entries.<activityId>.*` group of a monitoring form with the entry schema. */
export function parseEntries<S extends v.GenericSchema>(
	schema: S,
	formData: FormData
):
	| { ok: true; data: Record<string, v.InferOutput<S>>; values: Flat }
	| { ok: false; errors: FieldErrors; values: Flat } {
	const values = formValues(formData);
	const nested = nestFormValues(values, ['entries']).entries as Record<string, Record<string, string>> | undefined;
	const data: Record<string, v.InferOutput<S>> = {};
	const errors: FieldErrors = {};
	for (const [activityId, raw] of Object.entries(nested ?? {})) {
		const result = v.safeParse(schema, raw);
		if (result.success) data[activityId] = result.output;
		else
			for (const [field, message] of Object.entries(errorsOf(result.issues)))
				errors[`entries.${activityId}.${field}`] ??= message;
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors, values } : { ok: true, data, values };
}
