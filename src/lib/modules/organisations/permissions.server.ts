import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff keep the directory: every record, partnerships, imports, merges, claims and reviews. */
export function canManageOrganisations(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}
