import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff (administrators, coordinators, youth workers) keep the document library. */
export function canEditDocuments(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}
