import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff (administrators, coordinators, youth workers) upload, describe and delete images. */
export function canManageMedia(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}
