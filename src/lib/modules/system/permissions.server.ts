import { hasAnyRole, type Actor } from '../../server/actor.ts';

/** The audit log shows who did what to personal data: administrators only. */
export function canReadAuditLog(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator']);
}

/** The outbox holds people's addresses and messages: administrators, and coordinators who answer for what the office sends. */
export function canReadOutbox(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}
