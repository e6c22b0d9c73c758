import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff build surveys, enter paper questionnaires, analyse answers and write the needs summary. */
export function canManageSurveys(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/**
 * May see sensitive answers (vulnerable groups) per respondent, e.g. in an export. Only
 * administrators and coordinators; everyone else sees them as aggregates only.
 */
export function canReadSensitiveAnswers(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}
