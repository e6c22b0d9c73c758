import { sql } from 'drizzle-orm';
import { rateLimitCounters } from './db/core-schema.ts';
import type { Database } from './db/client.ts';
import { AppError } from './errors.ts';

export interface RateLimitRule {
	limit: number;
	windowSeconds: number;
}

/**
 * Counts one attempt for a key in a fixed window, in the database so that every instance of the
 * platform shares the count. Throws `rate_limited` once the limit is passed.
 */
export async function consumeRateLimit(db: Database, key: string, rule: RateLimitRule): Promise<void> {
	const expired = sql`${rateLimitCounters.windowStart} < now() - make_interval(secs => ${rule.windowSeconds})`;
	const [row] = await db
		.insert(rateLimitCounters)
		.values({ key, windowStart: sql`now()`, count: 1 })
		.onConflictDoUpdate({
			target: rateLimitCounters.key,
			set: {
				count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimitCounters.count} + 1 END`,
				windowStart: sql`CASE WHEN ${expired} THEN now() ELSE ${rateLimitCounters.windowStart} END`
			}
		})
		.returning({ count: rateLimitCounters.count });
	if (row && row.count > rule.limit) throw new AppError('rate_limited', 'error.429.text');
}

/**
 * Gives back one attempt, e.g. a shared address's after a sign-in that succeeded: only failures then
 * add up there, and nobody can wipe out the failures counted before theirs.
 */
export async function releaseRateLimit(db: Database, key: string): Promise<void> {
	await db
		.update(rateLimitCounters)
		.set({ count: sql`greatest(${rateLimitCounters.count} - 1, 0)` })
		.where(sql`${rateLimitCounters.key} = ${key}`);
}

/** Forgets a key's attempts, e.g. after a successful sign-in. */
export async function resetRateLimit(db: Database, key: string): Promise<void> {
	await db.delete(rateLimitCounters).where(sql`${rateLimitCounters.key} = ${key}`);
}
