/** What went wrong in a command, independent of HTTP; routes map it to a status. */
export type AppErrorCode = 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'rate_limited' | 'unauthenticated';

/** Field name → message (a message key, optionally with parameters after '|'). */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
	readonly code: AppErrorCode;
	readonly messageKey: string;
	readonly fieldErrors: FieldErrors;

	constructor(code: AppErrorCode, messageKey: string, fieldErrors: FieldErrors = {}) {
		super(`${code}: ${messageKey}`);
		this.name = 'AppError';
		this.code = code;
		this.messageKey = messageKey;
		this.fieldErrors = fieldErrors;
	}
}

const STATUS: Record<AppErrorCode, number> = {
	forbidden: 403,
	not_found: 404,
	invalid: 400,
	conflict: 409,
	rate_limited: 429,
	unauthenticated: 401
};

/** The HTTP status that matches an application error. */
export function statusOf(error: AppError): number {
	return STATUS[error.code];
}

/** Checks for an AppError without relying on instanceof across bundles. */
export function isAppError(error: unknown): error is AppError {
	return error instanceof Error && error.name === 'AppError' && 'code' in error;
}

/**
 * Whether a database error (or one it wraps, as drizzle does) is a unique-constraint violation:
 * two people saving the same address or the same registration at once.
 */
export function isUniqueViolation(caught: unknown): boolean {
	let current: unknown = caught;
	for (let depth = 0; depth < 4 && current; depth++) {
		if ((current as { code?: string }).code === '23505') return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}
