import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff (administrators, coordinators, youth workers) see and manage who registered for events. */
export function canManageRegistrations(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Staff who manage an event's registrations may also write to its registrants. */
export function canMessageRegistrants(actor: Actor | null | undefined): actor is Actor {
	return canManageRegistrations(actor);
}
