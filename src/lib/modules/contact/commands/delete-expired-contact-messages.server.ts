import { lt } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { contactMessages } from '../schema.ts';
import { CONTACT_RETENTION_MONTHS } from '../inputs.ts';

/** The moment before which messages are erased: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number = CONTACT_RETENTION_MONTHS): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

/**
 * The retention clean-up (a background job): erases every office's messages older than the retention
 * period, and writes one audit record per office saying how many went. One DELETE claims the rows, so
 * two instances running it at once never erase or count a message twice.
 */
export async function deleteExpiredContactMessages(
	db: Database,
	now: Date,
	months: number = CONTACT_RETENTION_MONTHS
): Promise<number> {
	return db.transaction(async (tx) => {
		const deleted = await tx
			.delete(contactMessages)
			.where(lt(contactMessages.createdAt, retentionCutoff(now, months)))
			.returning({ officeId: contactMessages.officeId });
		const perOffice = new Map<string, number>();
		for (const row of deleted) perOffice.set(row.officeId, (perOffice.get(row.officeId) ?? 0) + 1);
		for (const [officeId, count] of perOffice) {
			await recordAudit(tx, {
				officeId,
				actor: null,
				action: 'contact.messages_expired',
				entityType: 'contact_message',
				details: { count, months }
			});
		}
		return deleted.length;
	});
}
