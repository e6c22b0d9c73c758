// Small helpers the modules' personal-data hooks share (manifest `personalData`): matching a data
// subject's columns and removing their identifiers from free text.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DataSubject } from './manifest.ts';

/** The subject's e-mail lower-cased and phone reduced to digits and a leading +, or null when not given. */
export function subjectKeys(subject: DataSubject): { email: string | null; phone: string | null } {
	const email = subject.email?.trim().toLowerCase() || null;
	const phone = subject.phone ? subject.phone.replace(/[^\d+]/g, '') || null : null;
	return { email, phone };
}

/**
 * The identifiers to remove from free text (the audit log's details, e-mail bodies): the e-mail, the
 * phone and everything the person is known as, of at least three characters (shorter ones would match
 * inside other words).
 */
export function subjectIdentifiers(subject: DataSubject): string[] {
	const { email, phone } = subjectKeys(subject);
	const known = (subject.knownAs ?? []).map((value) => value.trim()).filter((value) => value.length >= 3);
	return [...new Set([email, phone, ...known].filter((value): value is string => !!value))];
}

/** SQL true when the text column contains any of the identifiers (case-insensitive); false when none. */
export function containsAny(column: AnyColumn | SQL, identifiers: readonly string[]): SQL {
	if (identifiers.length === 0) return sql`false`;
	return sql.join(
		identifiers.map((identifier) => sql`strpos(lower(${column}::text), lower(${identifier})) > 0`),
		sql` or `
	);
}

/** SQL that replaces every identifier in a text expression (case-insensitive) with `replacement`. */
export function replaceAll(column: AnyColumn | SQL, identifiers: readonly string[], replacement = '—'): SQL {
	let expression: SQL = sql`${column}::text`;
	for (const identifier of identifiers) {
		expression = sql`regexp_replace(${expression}, ${escapeRegExp(identifier)}, ${replacement}, 'gi')`;
	}
	return expression;
}

function escapeRegExp(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns a record's values into the plain values an export section holds (dates as ISO text). */
export function plainRecord(record: Record<string, unknown>): Record<string, string | number | boolean | null> {
	const plain: Record<string, string | number | boolean | null> = {};
	for (const [key, value] of Object.entries(record)) {
		if (value === null || value === undefined) plain[key] = null;
		else if (value instanceof Date) plain[key] = value.toISOString();
		else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') plain[key] = value;
		else plain[key] = JSON.stringify(value);
	}
	return plain;
}
