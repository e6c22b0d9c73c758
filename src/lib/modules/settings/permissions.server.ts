import { hasAnyRole, type Actor } from '../../server/actor.ts';

/** Administrators and coordinators edit the office's settings. */
export function canEditSettings(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}

/** Removing the demo content deletes accounts, so only administrators may. */
export function canRemoveDemo(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator']);
}
