import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import type { AttentionItem } from '../../server/manifest.ts';
import { canManageOrganisations } from './permissions.server.ts';
import { organisationChanges, organisationRepresentatives, organisations } from './schema.ts';

const REQUESTS = '/admin/organisations/requests';

/** Claims of a profile, requests to be listed and representatives' changes waiting for review. */
export async function organisationsAttention(db: Database, officeId: string, actor: Actor): Promise<AttentionItem[]> {
	if (!canManageOrganisations(actor)) return [];
	const count = sql<number>`count(*)::int`;
	const [[claims], [listings], [changes]] = await Promise.all([
		db
			.select({ count })
			.from(organisationRepresentatives)
			.where(
				and(eq(organisationRepresentatives.officeId, officeId), eq(organisationRepresentatives.status, 'pending'))
			),
		db
			.select({ count })
			.from(organisations)
			.where(and(eq(organisations.officeId, officeId), eq(organisations.listing, 'pending'))),
		db
			.select({ count })
			.from(organisationChanges)
			.where(and(eq(organisationChanges.officeId, officeId), eq(organisationChanges.status, 'pending')))
	]);
	const items: AttentionItem[] = [
		{ labelKey: 'organisations.dashboard.claims', count: claims?.count ?? 0, href: REQUESTS, tone: 'info' },
		{ labelKey: 'organisations.dashboard.listings', count: listings?.count ?? 0, href: REQUESTS, tone: 'info' },
		{ labelKey: 'organisations.dashboard.changes', count: changes?.count ?? 0, href: REQUESTS, tone: 'info' }
	];
	return items.filter((item) => item.count > 0);
}
