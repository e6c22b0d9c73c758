import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Only staff manage bodies, members, sessions, minutes and decisions, and read members' personal details. */
export function canManageCouncil(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/**
 * A council member sees their own bodies' sessions, draft minutes and decisions; whether they belong to
 * a body is checked against the members list by the query or command (`memberIn`).
 */
export function canUseCouncilArea(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['council_member', ...STAFF_ROLES]);
}
