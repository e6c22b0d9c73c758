import { hasAnyRole, type Actor } from '../../server/actor.ts';

/** Requests to see or erase a person's data are handled by the office's leads (administrator, coordinator). */
export function canHandleDataRequests(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}

/** Retention periods are part of the office's data-protection policy: administrators set them. */
export function canSetRetention(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator']);
}
