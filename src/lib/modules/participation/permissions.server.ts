import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff moderate, answer, run polls and budget rounds, and read supporter breakdowns. */
export function canManageParticipation(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Administrators and coordinators change the office's participation rules (threshold, deadline, moderation). */
export function canConfigureParticipation(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}

/** An author edits their own initiative, and only while it is not published. */
export function canEditInitiative(
	actor: Actor | null | undefined,
	initiative: { authorId: string | null; status: string }
): actor is Actor {
	return (
		!!actor &&
		initiative.authorId === actor.userId &&
		(initiative.status === 'submitted' || initiative.status === 'rejected')
	);
}
