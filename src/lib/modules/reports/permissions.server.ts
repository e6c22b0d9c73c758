import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';

/** Staff read the office's statistics (aggregates, small groups hidden) and download them. */
export function canViewOfficeStatistics(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Administrators and coordinators write, submit and publish the office's annual report. */
export function canManageAnnualReport(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}

/** Administrators and coordinators keep the office's work standards and rate them each year. */
export function canManageWorkStandards(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}

/** Back-office staff make reports from templates for a year, write their narratives and download them. */
export function canWriteTemplateReports(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/** Administrators and coordinators keep, archive and delete templates, and submit and publish their reports. */
export function canManageReportTemplates(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, ['administrator', 'coordinator']);
}
