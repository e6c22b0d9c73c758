// The one-time setup code (issue 14.8): the first stranger to find a new install cannot take it,
// because /setup asks for a code only the person who can read the server's console has.
import { randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: the code is read off a console and typed.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

let current: string | undefined;

/** A fresh code, about 59 bits, grouped in fours for reading. */
function newCode(): string {
	const raw = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
	return raw.match(/.{4}/g)!.join('-');
}

/** The code of this server process, made and printed to the console the first time it is needed. */
export function currentSetupCode(print: (line: string) => void = console.log): string {
	if (!current) {
		current = newCode();
		print(`[kzm] First-run setup code (enter it on the /setup page): ${current}`);
	}
	return current;
}

/** Whether a typed code is this process's code (ignoring case, spaces and dashes). */
export function isSetupCode(typed: string): boolean {
	const normalise = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
	const given = Buffer.from(normalise(typed));
	const expected = Buffer.from(normalise(currentSetupCode()));
	return given.length === expected.length && timingSafeEqual(given, expected);
}
