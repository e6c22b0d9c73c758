import { hasAnyRole, type Actor } from '../../server/actor.ts';
import { ROLES, type Role } from '../../server/db/core-schema.ts';

/** Administrators and coordinators open the people and roles screens (a small office's coordinator invites staff). */
export function canManageUsers(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}

/** The roles this actor may give or take away: only an administrator makes or unmakes administrators. */
export function assignableRoles(actor: Actor | null | undefined): readonly Role[] {
	if (hasAnyRole(actor, ['administrator'])) return ROLES;
	if (canManageUsers(actor)) return ROLES.filter((role) => role !== 'administrator');
	return [];
}

/**
 * May change this person's roles or disable their account, given the roles they hold now and the roles
 * they would hold: a coordinator manages everyone but administrators, and makes nobody one.
 */
export function canManageAccount(
	actor: Actor | null | undefined,
	targetRoles: readonly Role[],
	newRoles: readonly Role[] = []
): actor is Actor {
	if (!canManageUsers(actor)) return false;
	const allowed = assignableRoles(actor);
	return [...targetRoles, ...newRoles].every((role) => allowed.includes(role));
}
