import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff (administrators, coordinators, youth workers) plan programmes and events. */
export function canManageEvents(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}
