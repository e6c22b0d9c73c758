// The representative's side: who may keep which organisation's profile up to date.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import { organisationRepresentatives } from './schema.ts';

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
