import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	PASSWORD_MIN_LENGTH,
	checkbox,
	email,
	integerField,
	newPassword,
	optionalEmail,
	optionalText,
	optionalUrl,
	requiredText
} from './validation.ts';

/** The parsed value, or the message of the first problem. */
function check<S extends v.GenericSchema>(schema: S, input: unknown): { value: unknown } | { error: string } {
	const result = v.safeParse(schema, input);
	return result.success ? { value: result.output } : { error: result.issues[0].message };
}

describe('requiredText', () => {
	it('trims what was typed', () => {
		expect(check(requiredText(), '  Ана Анић \n')).toEqual({ value: 'Ана Анић' });
	});

	it.each(['', '   ', '\n\t'])('refuses %j as missing', (input) => {
		expect(check(requiredText(), input)).toEqual({ error: 'validation.required' });
	});

	it('refuses a missing field', () => {
		expect(check(requiredText(), undefined)).toEqual({ error: 'validation.required' });
	});

	it('counts the length after trimming and says what the limit is', () => {
		expect(check(requiredText(5), '  абвгд  ')).toEqual({ value: 'абвгд' });
		expect(check(requiredText(5), 'абвгђе')).toEqual({ error: 'validation.tooLong|{"max":5}' });
	});
});

describe('optionalText', () => {
	it('turns a missing field into an empty text', () => {
		expect(check(optionalText(), undefined)).toEqual({ value: '' });
		expect(check(optionalText(), '  ')).toEqual({ value: '' });
	});

	it('keeps the limit', () => {
		expect(check(optionalText(3), 'abcd')).toEqual({ error: 'validation.tooLong|{"max":3}' });
	});
});

describe('email', () => {
	it('trims and lower-cases the address, so one person cannot hold two accounts', () => {
		expect(check(email(), '  Ana.Anic@Example.RS ')).toEqual({ value: 'ana.anic@example.rs' });
	});

	it.each(['ana', 'ana@', '@example.rs', 'ana @example.rs', 'ana@example', 'ana@@example.rs'])(
		'refuses %j',
		(input) => {
			expect(check(email(), input)).toEqual({ error: 'validation.email' });
		}
	);

	it('asks for an address when none is given', () => {
		expect(check(email(), '')).toEqual({ error: 'validation.required' });
		expect(check(email(), '   ')).toEqual({ error: 'validation.required' });
	});

	it('refuses an address longer than 254 characters', () => {
		expect(check(email(), `${'a'.repeat(250)}@example.rs`)).toEqual({ error: 'validation.tooLong|{"max":254}' });
	});
});

describe('optionalEmail', () => {
	it('accepts an empty field', () => {
		expect(check(optionalEmail(), '')).toEqual({ value: '' });
		expect(check(optionalEmail(), undefined)).toEqual({ value: '' });
	});

	it('lower-cases a given address and refuses a wrong one', () => {
		expect(check(optionalEmail(), ' DPO@Ivanjica.RS ')).toEqual({ value: 'dpo@ivanjica.rs' });
		expect(check(optionalEmail(), 'not an address')).toEqual({ error: 'validation.email' });
	});
});

describe('optionalUrl', () => {
	it.each(['https://mladi.ivanjica.rs', 'http://example.rs/path?x=1#y', 'HTTPS://EXAMPLE.RS', ''])(
		'accepts %j',
		(input) => {
			expect(check(optionalUrl(), input)).toEqual({ value: input });
		}
	);

	it.each([
		'javascript:alert(1)',
		'JavaScript://example.rs/%0Aalert(1)',
		'data:text/html,<script>alert(1)</script>',
		'ftp://example.rs',
		'//example.rs',
		'www.example.rs',
		'https://',
		'https://exa mple.rs'
	])('refuses %j, so no script or odd link reaches a page', (input) => {
		expect(check(optionalUrl(), input)).toEqual({ error: 'validation.url' });
	});

	it('trims the address', () => {
		expect(check(optionalUrl(), '  https://example.rs  ')).toEqual({ value: 'https://example.rs' });
	});
});

describe('newPassword', () => {
	it(`needs at least ${PASSWORD_MIN_LENGTH} characters and accepts a long phrase`, () => {
		expect(check(newPassword(), 'a'.repeat(PASSWORD_MIN_LENGTH - 1))).toEqual({
			error: `validation.passwordTooShort|{"min":${PASSWORD_MIN_LENGTH}}`
		});
		expect(check(newPassword(), 'a'.repeat(PASSWORD_MIN_LENGTH))).toEqual({ value: 'a'.repeat(PASSWORD_MIN_LENGTH) });
		expect(check(newPassword(), 'коњ батерија спајалица')).toEqual({ value: 'коњ батерија спајалица' });
	});

	it('keeps spaces: they are part of the password', () => {
		expect(check(newPassword(), '  ten chars ')).toEqual({ value: '  ten chars ' });
	});

	it('asks for a password when none is given and refuses one over 200 characters', () => {
		expect(check(newPassword(), '')).toEqual({ error: 'validation.required' });
		expect(check(newPassword(), 'a'.repeat(201))).toEqual({ error: 'validation.tooLong|{"max":200}' });
	});
});

describe('integerField', () => {
	it.each([
		['15', 15],
		[' 30 ', 30],
		['10', 10],
		['40', 40]
	])('reads %j as %i', (input, value) => {
		expect(check(integerField(10, 40), input)).toEqual({ value });
	});

	it.each(['abc', '1.5', '1e1', '15 years', '0x10'])('refuses %j as not a whole number', (input) => {
		expect(check(integerField(10, 40), input)).toEqual({ error: 'validation.integer' });
	});

	it.each(['9', '41', '-15'])('refuses %j as out of bounds', (input) => {
		expect(check(integerField(10, 40), input)).toEqual({ error: 'validation.ageBounds|{"min":10,"max":40}' });
	});

	it('asks for a number when the field is empty', () => {
		expect(check(integerField(10, 40), '')).toEqual({ error: 'validation.required' });
	});
});

describe('checkbox', () => {
	it.each([
		['on', true],
		['true', true],
		['1', true],
		['', false],
		['false', false],
		[undefined, false]
	])('reads %j as %s', (input, value) => {
		expect(check(checkbox(), input)).toEqual({ value });
	});
});
