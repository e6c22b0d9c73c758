// Projects other modules fund under the plan's measures (manifest `planGrants`, e.g. grants from funding calls).
// The registry imports the action plan's manifest, so it is imported lazily, as for the indicator sources.
import type { Database } from '../../server/db/client.ts';
import type { PlanGrant, PlanLinkQuery, RelatedLink } from '../../server/manifest.ts';

/** Every module's funded projects under any of the measures. */
export async function loadPlanGrants(
	db: Database,
	officeId: string,
	measureIds: readonly string[]
): Promise<PlanGrant[]> {
	if (measureIds.length === 0) return [];
	const { manifests } = await import('../registry.server.ts');
	const lists = await Promise.all(manifests.map((manifest) => manifest.planGrants?.(db, officeId, measureIds) ?? []));
	return lists.flat();
}

/** What funded projects add to a plan's budget execution: dinars granted, paid out and spent. */
export function grantTotals(grants: readonly PlanGrant[]): { granted: number; paid: number; spent: number } {
	return grants.reduce(
		(sum, grant) => ({
			granted: sum.granted + grant.granted,
			paid: sum.paid + grant.paid,
			spent: sum.spent + grant.spent
		}),
		{ granted: 0, paid: 0, spent: 0 }
	);
}

/** Other modules' public pages about the plan (manifest `planLinks`: the needs research it answers...). */
export async function loadPlanLinks(db: Database, officeId: string, plan: PlanLinkQuery): Promise<RelatedLink[]> {
	const { manifests } = await import('../registry.server.ts');
	const lists = await Promise.all(manifests.map((manifest) => manifest.planLinks?.(db, officeId, plan) ?? []));
	return lists.flat();
}
