/** What a page of several small forms needs to show the one that failed: its errors, typed values and message. */
export interface FormState {
	/** The error of a field, only when that form failed. */
	errorIn: (form: string, field: string) => string | undefined;
	/** The value typed into a field of the failed form, or the fallback. */
	typedIn: (form: string, field: string, fallback?: string) => string;
	/** The failed form's message. */
	messageIn: (form: string) => string | undefined;
	/** Whether this form is the one that failed (its folded part opens again). */
	hasFailed: (form: string) => boolean;
	/** The result for the shared fields (typed values and errors), only when this form failed. */
	formFor: (form: string) => { values?: Record<string, unknown>; errors?: Record<string, string> } | null;
}

/** The helpers for the form result of a page whose forms send a hidden `form` name with their fields. */
export function formStateOf(
	result:
		| { form?: string; errors?: Record<string, string>; values?: Record<string, unknown>; message?: string }
		| null
		| undefined
): FormState {
	return {
		errorIn: (form, field) => (result?.form === form ? result?.errors?.[field] : undefined),
		typedIn: (form, field, fallback = '') =>
			result?.form === form && result?.values && field in result.values ? String(result.values[field] ?? '') : fallback,
		messageIn: (form) => (result?.form === form ? result?.message : undefined),
		hasFailed: (form) => result?.form === form,
		formFor: (form) => (result && result.form === form ? { values: result.values, errors: result.errors } : null)
	};
}
