import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff answer the messages visitors send, so staff read them (each read of the list is audited). */
export function canReadContactMessages(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Whoever may read the messages may mark them handled. */
export function canHandleContactMessages(actor: Actor | null | undefined): actor is Actor {
	return canReadContactMessages(actor);
}

/** Whoever handles the messages may erase one (a sender asking for it, or a message kept no longer). */
export function canDeleteContactMessages(actor: Actor | null | undefined): actor is Actor {
	return canReadContactMessages(actor);
}

/** Whoever handles the messages may answer one from the platform. */
export function canAnswerContactMessages(actor: Actor | null | undefined): actor is Actor {
	return canHandleContactMessages(actor);
}
