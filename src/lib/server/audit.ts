import { auditLog } from './db/core-schema.ts';
import type { Database } from './db/client.ts';
import type { Actor } from './actor.ts';

export interface AuditEntry {
	officeId: string | null;
	actor: Actor | null;
	/** Verb in dotted form, e.g. `settings.updated`, `users.list.viewed`. */
	action: string;
	entityType: string;
	entityId?: string | null;
	/** What changed (field names, never passwords or special-category data). */
	details?: Record<string, unknown>;
}

/** Writes one audit record; call it with the command's transaction so both land or neither does. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		officeId: entry.officeId,
		actorUserId: entry.actor?.userId ?? null,
		actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : '',
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId ?? null,
		details: entry.details ?? {}
	});
}
