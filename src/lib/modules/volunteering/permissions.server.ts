import { hasAnyRole, STAFF_ROLES, type Actor } from '../../server/actor.ts';
import type { Database } from '../../server/db/client.ts';
import { isApprovedRepresentative } from '../organisations/self-service.server.ts';

/** Staff run the volunteer service: every opportunity, review, volunteer and statistic of the office. */
export function canManageVolunteering(actor: Actor | null | undefined): actor is Actor {
	return hasAnyRole(actor, STAFF_ROLES);
}

/**
 * Whether the actor organises this opportunity: staff always; an organisation's approved
 * representative only for that organisation's opportunities (never the office's or another's).
 */
export async function canOrganise(
	db: Database,
	officeId: string,
	actor: Actor | null | undefined,
	opportunity: { organisationId: string | null }
): Promise<boolean> {
	if (canManageVolunteering(actor)) return true;
	if (!actor || !opportunity.organisationId) return false;
	return isApprovedRepresentative(db, officeId, actor, opportunity.organisationId);
}
