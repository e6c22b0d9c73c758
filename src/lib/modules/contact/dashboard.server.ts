import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import type { AttentionItem } from '../../server/manifest.ts';
import { canReadContactMessages } from './permissions.server.ts';
import { contactMessages } from './schema.ts';

const DAY = 86_400_000;

/** Contact messages nobody has handled yet; a warning once the oldest has waited three days. */
export async function contactAttention(
	db: Database,
	officeId: string,
	actor: Actor,
	now: Date
): Promise<AttentionItem[]> {
	if (!canReadContactMessages(actor)) return [];
	const [row] = await db
		.select({ count: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${contactMessages.createdAt})` })
		.from(contactMessages)
		.where(and(eq(contactMessages.officeId, officeId), isNull(contactMessages.handledAt)));
	if (!row || row.count === 0) return [];
	const oldest = row.oldest ? new Date(row.oldest) : now;
	return [
		{
			labelKey: 'contact.dashboard.open',
			count: row.count,
			href: '/admin/contact',
			tone: now.getTime() - oldest.getTime() > 3 * DAY ? 'warning' : 'info'
		}
	];
}
