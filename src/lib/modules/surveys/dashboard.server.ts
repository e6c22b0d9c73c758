import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import type { AttentionItem } from '../../server/manifest.ts';
import { canManageSurveys } from './permissions.server.ts';
import { surveys } from './schema.ts';

const WEEK = 7 * 86_400_000;

/** Published surveys that close within a week (time to remind people, or to extend). */
export async function surveysAttention(
	db: Database,
	officeId: string,
	actor: Actor,
	now: Date
): Promise<AttentionItem[]> {
	if (!canManageSurveys(actor)) return [];
	const [row] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(surveys)
		.where(
			and(
				eq(surveys.officeId, officeId),
				eq(surveys.status, 'published'),
				gt(surveys.closesAt, now),
				lte(surveys.closesAt, new Date(now.getTime() + WEEK))
			)
		);
	const count = row?.count ?? 0;
	return count > 0 ? [{ labelKey: 'surveys.dashboard.closing', count, href: '/admin/surveys', tone: 'warning' }] : [];
}
