import { error } from '@sveltejs/kit';
import type { Role } from './db/core-schema.ts';
import type { Database } from './db/client.ts';
import { AppError } from './errors.ts';

/** Who is acting: a signed-in person with their roles in the current office, or nobody. */
export interface Actor {
	userId: string;
	name: string;
	email: string;
	roles: readonly Role[];
	isDemo: boolean;
}

/** What every command and query receives: the database, the current office and the actor. */
export interface Context {
	db: Database;
	officeId: string;
	actor: Actor | null;
}

/** Staff roles: the people who work in the back-office. */
export const STAFF_ROLES: readonly Role[] = ['administrator', 'coordinator', 'staff'];

/** True when the actor holds at least one of the roles. */
export function hasAnyRole(actor: Actor | null | undefined, roles: readonly Role[]): actor is Actor {
	return !!actor && actor.roles.some((role) => roles.includes(role));
}

/** May open the back-office at /admin. */
export function canAccessAdmin(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Throws `forbidden` (or `unauthenticated`) unless the predicate holds: the command-level check. */
export function authorize(actor: Actor | null | undefined, allowed: boolean): asserts actor is Actor {
	if (!actor) throw new AppError('unauthenticated', 'error.403.text');
	if (!allowed) throw new AppError('forbidden', 'error.403.text');
}

/**
 * In a load or action: stops with 403 unless the signed-in actor passes the permission. One line
 * at the top of every admin load (issue 14.5), because a `__data.json` request may skip the
 * layout's check and must not depend on it.
 */
export function requireAccess(
	actor: Actor | null | undefined,
	permission: (actor: Actor | null | undefined) => boolean = canAccessAdmin
): Actor {
	if (!actor || !permission(actor)) error(403, 'error.403.text');
	return actor;
}

/**
 * Wraps a set of form actions so each one starts with `requireAccess`: for actions built by a
 * shared function (the same actions serve more than one area), where the check cannot be written
 * as the first line of each.
 */
export function requireAccessForActions<T extends Record<string, (event: never) => unknown>>(
	actions: T,
	permission: (actor: Actor | null | undefined) => boolean = canAccessAdmin
): T {
	const guarded: Record<string, (event: { locals: { actor: Actor | null } }) => unknown> = {};
	for (const [name, action] of Object.entries(actions)) {
		guarded[name] = (event) => {
			requireAccess(event.locals.actor, permission);
			return action(event as never);
		};
	}
	return guarded as unknown as T;
}
