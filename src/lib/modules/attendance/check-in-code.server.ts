// Check-in codes: short, easy to read aloud and type, without letters that look like digits.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new eight-character check-in code. */
export function newCheckInCode(): string {
	let code = '';
	for (let k = 0; k < 8; k++) code += ALPHABET[randomInt(ALPHABET.length)];
	return code;
}
