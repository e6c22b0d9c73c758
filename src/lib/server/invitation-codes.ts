// One-time invitation codes printed on slips (survey answers, participatory budget votes): the same
// alphabet, length and reading of what a person typed everywhere.
import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A random one-time code, e.g. "K7QX3M". */
export function newInvitationCode(): string {
	let code = '';
	for (let index = 0; index < CODE_LENGTH; index++) code += ALPHABET[randomInt(ALPHABET.length)];
	return code;
}

/** `count` different new codes (31^6 ≈ 887 million: a clash with an earlier sheet is rare; callers skip it). */
export function newInvitationCodes(count: number): string[] {
	const codes = new Set<string>();
	while (codes.size < count) codes.add(newInvitationCode());
	return [...codes];
}

/** Codes as typed by a person: upper case, without spaces or dashes. */
export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]+/g, '');
}
