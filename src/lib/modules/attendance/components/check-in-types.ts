/** A failed action's answer as the check-in forms show it: typed values, field errors, a message. */
export type CheckInFailure = {
	values?: Record<string, string | string[]>;
	errors?: Record<string, string>;
	message?: string;
} | null;
