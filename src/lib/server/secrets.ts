// Keys the platform needs but nobody should have to configure: made on first use, stored in the
// database (so all instances agree), cached in the process.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import { installationSecrets } from './db/core-schema.ts';

const cache = new WeakMap<object, Map<string, string>>();

/** The named secret of this installation, created (256 random bits) the first time it is asked for. */
export async function getSecret(db: Database, name: string): Promise<string> {
	// Cached per database handle: tests open many databases in one process.
	const known = cache.get(db) ?? new Map<string, string>();
	cache.set(db, known);
	const cached = known.get(name);
	if (cached) return cached;
	// Two instances starting at once both try; the first insert wins and both read the same value.
	await db
		.insert(installationSecrets)
		.values({ name, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(installationSecrets).where(eq(installationSecrets.name, name));
	known.set(name, row.value);
	return row.value;
}
