import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff (administrators, coordinators, youth workers) prepare and publish funding calls. */
export function canManageCalls(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}
