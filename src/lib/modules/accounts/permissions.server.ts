import { hasAnyRole, type Actor } from '../../server/actor.ts';

/** Only administrators manage accounts and roles. */
export function canManageUsers(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator']);
}

/** Who may open the new-account form and create accounts: the one place to widen it (issue 14.5). */
export function canCreateUsers(actor: Actor | null | undefined): actor is Actor {
	return canManageUsers(actor);
}
