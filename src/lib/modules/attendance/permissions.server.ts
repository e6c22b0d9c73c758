import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff (administrators, coordinators, youth workers) check people in, count heads and see lists and results. */
export function canRecordAttendance(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Staff see statistics (aggregated, small groups hidden). */
export function canViewAttendanceStatistics(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Administrators and coordinators decide the age bands and vulnerable groups the office counts. */
export function canEditAttendanceSettings(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}
