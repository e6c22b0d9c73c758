import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { offices } from '../../../server/db/core-schema.ts';
import type { ModuleManifest } from '../../../server/manifest.ts';
import { getRetentionPeriods } from '../queries.server.ts';

/**
 * The retention job: in every office, asks every module to remove or anonymise personal records older
 * than the office's periods (manifest hook `personalData.retain`), and writes one audit entry per office
 * that changed anything. Each hook changes only rows not yet changed, so two instances running it at
 * once do no harm. Returns how many rows changed.
 */
export async function applyRetention(db: Database, now: Date, modules: readonly ModuleManifest[]): Promise<number> {
	const officeRows = await db.select({ id: offices.id }).from(offices);
	let total = 0;
	for (const office of officeRows) {
		total += await db.transaction(async (tx) => {
			const periods = await getRetentionPeriods(tx, office.id);
			const changed: Record<string, number> = {};
			let sum = 0;
			for (const manifest of modules) {
				const retain = manifest.personalData?.retain;
				if (!retain) continue;
				const count = await retain(tx, { officeId: office.id, periods, now });
				if (count > 0) changed[manifest.name] = count;
				sum += count;
			}
			if (sum > 0) {
				await recordAudit(tx, {
					officeId: office.id,
					actor: null,
					action: 'privacy.retention_applied',
					entityType: 'office',
					entityId: office.id,
					details: { changed, periods }
				});
			}
			return sum;
		});
	}
	return total;
}
