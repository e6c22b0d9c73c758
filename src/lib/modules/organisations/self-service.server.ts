// The representative's side: who may keep which organisation's profile up to date.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import { organisationRepresentatives, organisations, type ClaimStatus, type ListingStatus } from './schema.ts';

/** True when the actor is an approved representative of this organisation in this office. */
export async function isApprovedRepresentative(
	db: Database,
	officeId: string,
	actor: Actor | null | undefined,
	organisationId: string
): Promise<boolean> {
	if (!actor) return false;
	const [row] = await db
		.select({ status: organisationRepresentatives.status })
		.from(organisationRepresentatives)
		.where(
			and(
				eq(organisationRepresentatives.officeId, officeId),
				eq(organisationRepresentatives.organisationId, organisationId),
				eq(organisationRepresentatives.userId, actor.userId)
			)
		);
	return row?.status === 'approved';
}

/**
 * approved: the person may act for the organisation; pending: they asked (to represent it, or to list it) and
 * staff have not decided yet; refused: staff said no, or the claim was revoked.
 */
export type RepresentationStatus = 'approved' | 'pending' | 'refused';

/** Where a claim stands, taking the organisation's own listing request into account. */
export function representationStatus(row: { claim: ClaimStatus; listing: ListingStatus }): RepresentationStatus {
	if (row.listing === 'rejected' || row.claim === 'rejected' || row.claim === 'revoked') return 'refused';
	return row.claim === 'approved' && row.listing !== 'pending' ? 'approved' : 'pending';
}

/** Where the actor stands with one organisation of the office; null when they never asked to represent it. */
export async function getRepresentationStatus(
	db: Database,
	officeId: string,
	actor: Actor | null | undefined,
	organisationId: string
): Promise<RepresentationStatus | null> {
	if (!actor) return null;
	const [row] = await db
		.select({ claim: organisationRepresentatives.status, listing: organisations.listing })
		.from(organisationRepresentatives)
		.innerJoin(organisations, eq(organisations.id, organisationRepresentatives.organisationId))
		.where(
			and(
				eq(organisationRepresentatives.officeId, officeId),
				eq(organisationRepresentatives.organisationId, organisationId),
				eq(organisationRepresentatives.userId, actor.userId)
			)
		);
	return row ? representationStatus(row) : null;
}
