// The attendance statistics kept per office, period and filter (decision 0036, fourth round): a large city's
// year takes seconds to count, so the blocks are stored with the office's version of the figures they were
// counted at, and read back while nothing they count has changed. The version is the sum of the office's
// rows in attendance_statistics_changes, which database triggers add in the transaction of every write to
// the tables the figures read (migration 0017), whoever writes: commands, jobs, seeds, erasure.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { belgradeToInstant, wallClock } from '../../i18n/office-time.ts';
import { attendanceStatisticsChanges, attendanceStatisticsStore } from './schema.ts';

type Compute = (db: Database, queries: readonly StatisticsQuery[]) => Promise<StatisticsBlock[][]>;

function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

/** The office's version of its attendance figures: it grows with every committed write that can change them. */
export function versionOf(officeId: string) {
	return sql`(select coalesce(sum(${attendanceStatisticsChanges.weight}), 0)::bigint from ${attendanceStatisticsChanges}
		where ${attendanceStatisticsChanges.officeId} = ${officeId})`;
}

/** The office's current version (see versionOf). */
export async function readStatisticsVersion(db: Database, officeId: string): Promise<number> {
	const [row] = rowsOf<{ version: string | number }>(await db.execute(sql`select ${versionOf(officeId)} as "version"`));
	return Number(row.version);
}

/**
 * What a stored result is filed under: the period's instants, the programme and the plan area's events (the
 * area as the events it covers, so that linking an event to a measure changes the key, not the version).
 */
export function statisticsStoreKey(query: StatisticsQuery): string {
	const area = query.planArea
		? createHash('sha256')
				.update([...query.planArea.eventIds].sort().join(','))
				.digest('hex')
				.slice(0, 32)
		: '';
	return `${query.from.toISOString()}/${query.to.toISOString()}/${query.programmeId ?? ''}/${area}`;
}

/**
 * The blocks of each query, read from the store where they were computed at the office's current version,
 * else computed (the missing periods in one pass) and stored. The version is read before the computation
 * and stored results are tagged with it only if it is still the office's version when they are written (one
 * statement): a write committed meanwhile, seen by the computation or not, makes the store keep nothing.
 */
export async function readThroughStatisticsStore(
	db: Database,
	queries: readonly StatisticsQuery[],
	compute: Compute
): Promise<StatisticsBlock[][]> {
	const offices = [...new Set(queries.map((query) => query.officeId))];
	// The statistics ask for one office at a time; several offices are read one query at a time.
	if (offices.length !== 1)
		return Promise.all(
			queries.map((query) => readThroughStatisticsStore(db, [query], compute).then(([blocks]) => blocks))
		);
	const [officeId] = offices;
	const keys = queries.map(statisticsStoreKey);
	const store = attendanceStatisticsStore;
	const found = rowsOf<{ version: string | number; key: string | null; blocks: string | null }>(
		await db.execute(sql`
			select current.version as "version", ${store.key} as "key", ${store.blocks}::text as "blocks"
			from (select ${versionOf(officeId)} as version) as current
			left join ${store} on ${store.officeId} = ${officeId} and ${store.version} = current.version
				and ${store.key} in (${sql.join(
					keys.map((key) => sql`${key}`),
					sql`, `
				)})`)
	);
	const version = Number(found[0].version);
	const stored = new Map(found.flatMap((row) => (row.key && row.blocks ? [[row.key, row.blocks] as const] : [])));
	// Each missing key once (the same period asked twice is computed and stored once).
	const missing = queries.filter((_, index) => !stored.has(keys[index]) && keys.indexOf(keys[index]) === index);
	if (missing.length) {
		const computed = await compute(db, missing);
		const texts = computed.map((blocks) => JSON.stringify(blocks));
		await db.execute(sql`
			insert into ${store} (office_id, key, version, blocks)
			select ${officeId}, computed.key, ${version}, computed.blocks::json
			from (values ${sql.join(
				missing.map((query, index) => sql`(${statisticsStoreKey(query)}, ${texts[index]})`),
				sql`, `
			)}) as computed (key, blocks)
			where ${versionOf(officeId)} = ${version}
			on conflict (office_id, key) do update
				set version = excluded.version, blocks = excluded.blocks, computed_at = now()
				where ${store.version} <= excluded.version`);
		missing.forEach((query, index) => stored.set(statisticsStoreKey(query), texts[index]));
	}
	return keys.map((key) => JSON.parse(stored.get(key)!) as StatisticsBlock[]);
}

/** How long an office's writes must have paused before its statistics are warmed, and the longest wait. */
export const WARM_AFTER_QUIET_MS = 10_000;
export const WARM_AT_LATEST_MS = 120_000;

/** A Belgrade calendar year of the office, whole office, as the statistics ask for it. */
export function yearStatisticsQuery(officeId: string, year: number): StatisticsQuery {
	return {
		officeId,
		from: belgradeToInstant(`${year}-01-01`, '00:00'),
		to: belgradeToInstant(`${year + 1}-01-01`, '00:00'),
		fromDay: `${year}-01-01`,
		toDay: `${year + 1}-01-01`,
		programmeId: null,
		planArea: null
	};
}

/** The views a coordinator opens first: this Belgrade year and the year before, whole office. */
export function defaultStatisticsQueries(officeId: string, now: Date): StatisticsQuery[] {
	const { year } = wallClock(now);
	return [yearStatisticsQuery(officeId, year), yearStatisticsQuery(officeId, year - 1)];
}

/**
 * The warm-up job: for every office with changes not yet warmed whose writes have paused (or that has waited
 * long enough), computes its default views through the store, then folds the changes it has seen into one
 * row of the same total (the version stays) and drops the office's stored results of older versions (a
 * version never comes back). One pending warm-up per office: its changes not yet folded.
 */
export async function warmAttendanceStatistics(db: Database, now: Date, compute: Compute): Promise<number> {
	const changes = attendanceStatisticsChanges;
	const due = rowsOf<{ office_id: string; ids: string; known: boolean }>(
		await db.execute(sql`
			select ${changes.officeId} as office_id, string_agg(${changes.id}::text, ',') as ids,
				exists (select 1 from offices where offices.id = ${changes.officeId}) as known
			from ${changes} where not ${changes.folded}
			group by ${changes.officeId}
			having max(${changes.changedAt}) <= ${new Date(now.getTime() - WARM_AFTER_QUIET_MS)}
				or min(${changes.changedAt}) <= ${new Date(now.getTime() - WARM_AT_LATEST_MS)}`)
	);
	let warmed = 0;
	for (const office of due) {
		if (!office.known) {
			// A deleted office: its changes are all that is left of it.
			await db.execute(sql`delete from ${changes} where ${changes.officeId} = ${office.office_id}`);
			continue;
		}
		await readThroughStatisticsStore(db, defaultStatisticsQueries(office.office_id, now), compute);
		await db.execute(sql`
			with gone as (
				delete from ${changes} where ${changes.officeId} = ${office.office_id}
					and (${changes.folded} or ${changes.id} = any(string_to_array(${office.ids}, ',')::bigint[]))
				returning ${changes.weight} as weight
			)
			insert into ${changes} (office_id, weight, folded)
			select ${office.office_id}, sum(weight), true from gone having count(*) > 0`);
		await db.execute(sql`
			delete from ${attendanceStatisticsStore} where ${attendanceStatisticsStore.officeId} = ${office.office_id}
				and ${attendanceStatisticsStore.version} < ${versionOf(office.office_id)}`);
		warmed++;
	}
	return warmed;
}
