import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import { recordAudit } from '../../server/audit.ts';

const WINDOW_MS = 30 * 60 * 1000;

/**
 * Records that a staff member read a list of people. A check-in page reloads after every tick, so a
 * read of the same list by the same person within half an hour is recorded once.
 */
export async function recordListRead(
	db: Database,
	entry: { officeId: string; actor: Actor; action: string; entityType: string; entityId: string; now?: Date }
): Promise<void> {
	const since = new Date((entry.now ?? new Date()).getTime() - WINDOW_MS);
	const [recent] = await db
		.select({ id: auditLog.id })
		.from(auditLog)
		.where(
			and(
				eq(auditLog.officeId, entry.officeId),
				eq(auditLog.actorUserId, entry.actor.userId),
				eq(auditLog.action, entry.action),
				eq(auditLog.entityId, entry.entityId),
				gt(auditLog.at, since)
			)
		)
		.limit(1);
	if (recent) return;
	await recordAudit(db, {
		officeId: entry.officeId,
		actor: entry.actor,
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId
	});
}
