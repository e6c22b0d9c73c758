import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import type { AttentionItem } from '../../server/manifest.ts';
import { canEditOpportunities } from './permissions.server.ts';
import { opportunities } from './schema.ts';

const WEEK = 7 * 86_400_000;

/** Published opportunities whose deadline falls within a week. */
export async function opportunitiesAttention(
	db: Database,
	officeId: string,
	actor: Actor,
	now: Date
): Promise<AttentionItem[]> {
	if (!canEditOpportunities(actor)) return [];
	const [row] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(opportunities)
		.where(
			and(
				eq(opportunities.officeId, officeId),
				eq(opportunities.status, 'published'),
				gt(opportunities.deadline, now),
				lte(opportunities.deadline, new Date(now.getTime() + WEEK))
			)
		);
	const count = row?.count ?? 0;
	return count > 0
		? [{ labelKey: 'opportunities.dashboard.closing', count, href: '/admin/opportunities', tone: 'info' }]
		: [];
}
