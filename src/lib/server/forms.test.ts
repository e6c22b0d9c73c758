import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { signUpInput, createUserInput } from '../modules/accounts/inputs.ts';
import { failFromError, formValues, parseForm, rethrowAsHttpError } from './forms.ts';
import { AppError, isAppError, statusOf } from './errors.ts';

function formData(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

/** What a thrown SvelteKit error carries, or the value itself if something else was thrown. */
function thrown(run: () => unknown) {
	try {
		run();
	} catch (caught) {
		return isHttpError(caught) ? { status: caught.status, message: caught.body.message } : caught;
	}
	throw new Error('expected a throw');
}

describe('formValues', () => {
	it('takes the first value of a field and every value of a checkbox group', () => {
		const values = formValues(
			formData([
				['name', 'Ана'],
				['name', 'ignored'],
				['roles', 'staff'],
				['roles', 'coordinator']
			]),
			['roles']
		);
		expect(values).toEqual({ name: 'Ана', roles: ['staff', 'coordinator'] });
	});

	it('gives an unticked checkbox group an empty list', () => {
		expect(formValues(formData([['name', 'Ана']]), ['roles'])).toEqual({ name: 'Ана', roles: [] });
	});

	it('ignores uploaded files in text fields', () => {
		const data = formData([['name', 'Ана']]);
		data.append('logo', new Blob(['x']), 'logo.png');
		expect(formValues(data)).toEqual({ name: 'Ана', logo: '' });
	});
});

describe('parseForm', () => {
	const signUpForm = (overrides: Record<string, string> = {}) =>
		formData(
			Object.entries({
				name: 'Ана Анић',
				email: 'Ana@Example.RS',
				password: 'long enough password',
				passwordConfirm: 'long enough password',
				consent: 'on',
				...overrides
			})
		);

	it('returns the validated data', () => {
		const parsed = parseForm(signUpInput, signUpForm());
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.data).toMatchObject({ name: 'Ана Анић', email: 'ana@example.rs', consent: true });
	});

	it('fails with an error per field and the typed values, never the passwords', () => {
		const parsed = parseForm(signUpInput, signUpForm({ name: ' ', email: 'not-an-address', passwordConfirm: 'other' }));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.failure.status).toBe(400);
		expect(parsed.failure.data).toEqual({
			values: { name: ' ', email: 'not-an-address', consent: 'on' },
			errors: { name: 'validation.required', email: 'validation.email' },
			message: 'common.formHasErrors'
		});
	});

	it('marks the confirmation field when the passwords differ', () => {
		const parsed = parseForm(signUpInput, signUpForm({ passwordConfirm: 'something else entirely' }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.failure.data.errors).toEqual({ passwordConfirm: 'validation.passwordsDiffer' });
	});

	it('names the item of a list that is wrong', () => {
		const parsed = parseForm(
			createUserInput,
			formData([
				['name', 'Ана'],
				['email', 'ana@example.rs'],
				['roles', 'staff'],
				['roles', 'superuser']
			]),
			['roles']
		);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.failure.data.errors).toEqual({ 'roles.1': 'validation.invalid' });
	});
});

describe('failFromError', () => {
	it('sends field errors back to the form with the typed values, never secrets', () => {
		const failure = failFromError(
			new AppError('invalid', 'accounts.signUp.emailTaken', { email: 'accounts.signUp.emailTaken' }),
			{ email: 'ana@example.rs', password: 'secret', resetToken: 'abc', name: 'Ана' }
		);
		expect(failure.status).toBe(400);
		expect(failure.data).toEqual({
			values: { email: 'ana@example.rs', name: 'Ана' },
			errors: { email: 'accounts.signUp.emailTaken' },
			message: 'accounts.signUp.emailTaken'
		});
	});

	it('answers too many attempts with 429 on the form', () => {
		expect(failFromError(new AppError('rate_limited', 'error.429.text'), {}).status).toBe(429);
	});

	it.each([
		['forbidden', 403],
		['not_found', 404],
		['unauthenticated', 403]
	] as const)('turns %s into a %i error page', (code, status) => {
		expect(thrown(() => failFromError(new AppError(code, 'error.403.text'), {}))).toEqual({
			status,
			message: 'error.403.text'
		});
	});

	it('lets any other error through untouched', () => {
		const boom = new Error('database down');
		expect(thrown(() => failFromError(boom, {}))).toBe(boom);
		expect(thrown(() => rethrowAsHttpError(boom))).toBe(boom);
	});

	it('turns an error in a page load into the matching error page', () => {
		expect(thrown(() => rethrowAsHttpError(new AppError('not_found', 'error.404.text')))).toEqual({
			status: 404,
			message: 'error.404.text'
		});
		expect(thrown(() => rethrowAsHttpError(new AppError('unauthenticated', 'error.403.text')))).toEqual({
			status: 403,
			message: 'error.403.text'
		});
	});
});

describe('AppError', () => {
	it('maps every kind of error to its HTTP status', () => {
		expect(
			(['forbidden', 'not_found', 'invalid', 'conflict', 'rate_limited', 'unauthenticated'] as const).map((code) =>
				statusOf(new AppError(code, 'x'))
			)
		).toEqual([403, 404, 400, 409, 429, 401]);
	});

	it('is recognised without instanceof, and other errors are not', () => {
		const copy = Object.assign(new Error('x'), { name: 'AppError', code: 'invalid' });
		expect(isAppError(copy)).toBe(true);
		expect(isAppError(new Error('x'))).toBe(false);
		expect(isAppError({ name: 'AppError', code: 'invalid' })).toBe(false);
		expect(isAppError(null)).toBe(false);
	});
});
