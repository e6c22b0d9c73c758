import { hasAnyRole, type Actor } from '../../server/actor.ts';

/** Only administrators manage accounts and roles. */
export function canManageUsers(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator']);
}
