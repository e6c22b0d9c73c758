// The office's statistics at city scale: a large city's year (BENCH_PEOPLE young people, default
// 50,000; BENCH_ATTENDANCES registrations, default 200,000, most of them checked in; BENCH_EVENTS
// events, default 5,000), seeded in bulk with generate_series, the same again for the year before
// (the page compares with it). Then the statistics the page shows (both years, every hook), each
// hook alone, and the annual report's DOCX, each timed as the median of several runs. On PGlite (in
// memory) and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is given (or `--pg`), on PostgreSQL.
// Run by `npm run bench -- statistics` or alone: `node scripts/bench-statistics.ts [--pg]`.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openDatabase, type OpenedDatabase } from '../src/lib/server/db/client.ts';
import { offices } from '../src/lib/server/db/core-schema.ts';
import { benchModuleRunner, withBenchDatabase } from './bench-database.ts';

// Vite loads the modules (and keeps its runner open for their lazy imports) until the end.
const { modules: timed, close: closeRunner } = await benchModuleRunner<typeof import('./bench-statistics-modules.ts')>(
	new URL('./bench-statistics-modules.ts', import.meta.url)
);
const { manifests, collectStatistics, getOfficeStatistics, periodBounds, yearPeriod } = timed;
const { exportAnnualReportForStaff, createPerson, contextOf } = timed;

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50000);
const ATTENDANCES = Number(process.env.BENCH_ATTENDANCES ?? 200000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const YEAR = 2025;
const ONLY_PG = process.argv.includes('--pg-only');
// BENCH_ONLY=attendance times that hook alone (the page, the year and the report are left out).
const ONLY = process.env.BENCH_ONLY ?? '';

/**
 * The median time of `run`; `before` runs untimed before each run (the cold runs: a write that changes
 * the office's version, so the statistics are computed again instead of read from the store).
 */
async function median(run: () => Promise<unknown>, before: () => Promise<unknown> = async () => {}): Promise<number> {
	// BENCH_RUNS=0: one run, no warm-up (for the slow code this bench was written against).
	if (RUNS < 1) {
		await before();
		const started = performance.now();
		await run();
		return Math.round(performance.now() - started);
	}
	await before();
	await run();
	const times: number[] = [];
	for (let index = 0; index < RUNS; index++) {
		await before();
		const started = performance.now();
		await run();
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return Math.round(times[Math.floor(RUNS / 2)]);
}

const SETTLEMENTS = [
	['Центар', true],
	['Нови град', true],
	['Стари град', true],
	['Подгорац', false],
	['Дубрава', false],
	['Луково', false],
	['Бреково', false],
	['Куманово', false]
] as const;

/** One year of the city: events with sessions, registrations, check-ins and some headcounts. */
async function seedYear(db: Pick<OpenedDatabase['db'], 'execute'>, officeId: string, year: number, salt: string) {
	const registrationsPerEvent = Math.ceil(ATTENDANCES / EVENTS);
	// Events spread over the year (Belgrade 10:00 is 08:00 or 09:00 UTC; 09:00 UTC is safe), one in ten
	// a course of four sessions; every hundredth a draft and every fiftieth cancelled (not counted).
	await db.execute(sql`
		insert into events (office_id, slug, type, title, starts_at, ends_at, status)
		select ${officeId}, ${`bench-${salt}-`} || n,
			(array['workshop','course','lecture','meeting','action','camp'])[1 + n % 6],
			'Догађај ' || n,
			make_timestamptz(${year}, 1, 1, 9, 0, 0, 'UTC') + ((n % 360) || ' days')::interval,
			make_timestamptz(${year}, 1, 1, 11, 0, 0, 'UTC') + ((n % 360) || ' days')::interval,
			case when n % 100 = 0 then 'draft' when n % 50 = 0 then 'cancelled' else 'finished' end
		from generate_series(0, ${EVENTS - 1}) as n`);
	await db.execute(sql`
		insert into event_sessions (event_id, office_id, starts_at, ends_at)
		select e.id, e.office_id, e.starts_at + (k || ' days')::interval, e.ends_at + (k || ' days')::interval
		from events e cross join generate_series(0, 3) as k
		where e.office_id = ${officeId} and e.slug like ${`bench-${salt}-%`}
			and (k = 0 or (substring(e.slug from '[0-9]+$')::int % 10 = 1))`);
	// Registration r of event e belongs to person (e * per + r * 12347) mod PEOPLE: distinct within an
	// event (12347 is prime to PEOPLE), about ATTENDANCES / PEOPLE events each. A person keeps one
	// e-mail; one in five also gives a phone, one in ten only a phone; one in twenty is a walk-in.
	await db.execute(sql`
		with numbered as (
			select e.id as event_id, substring(e.slug from '[0-9]+$')::int as n from events e
			where e.office_id = ${officeId} and e.slug like ${`bench-${salt}-%`}
		), rows as (
			select event_id, n, r, ((n * ${registrationsPerEvent} + r * 12347) % ${PEOPLE}) as p
			from numbered cross join generate_series(0, ${registrationsPerEvent - 1}) as r
			where n * ${registrationsPerEvent} + r < ${ATTENDANCES}
		)
		insert into registrations (office_id, event_id, name, email, phone, birth_year, gender, place,
			status, source, access_token_hash, check_in_code)
		select ${officeId}, event_id, 'Особа ' || p,
			case when p % 10 = 3 then '' else 'osoba' || p || '@example.rs' end,
			case when p % 5 = 0 or p % 10 = 3 then '+3816' || lpad(p::text, 7, '0') else '' end,
			case when p % 17 = 0 then null else ${year} - 12 - (p % 22) end,
			(array['female','male','other',null])[1 + p % 4],
			case when p % 9 = 8 then '' when p % 13 = 0 then 'Непознато место'
				else (array['Центар','нови град','  Стари град','Podgorac','Дубрава','Луково','Бреково','Куманово'])[1 + p % 8] end,
			'confirmed', case when r % 20 = 19 then 'walk_in' else 'online' end,
			${salt} || '-' || n || '-' || r, 'c' || r
		from rows`);
	// Nine in ten registrations checked in at the event's first session, the courses' also at the second.
	await db.execute(sql`
		insert into session_attendance (registration_id, session_id, office_id)
		select g.id, s.id, g.office_id
		from registrations g
		join lateral (select id from event_sessions where event_id = g.event_id order by starts_at limit 2) s on true
		join events e on e.id = g.event_id
		where e.office_id = ${officeId} and e.slug like ${`bench-${salt}-%`} and g.sequence % 10 <> 0`);
	// A headcount at one in four events' first session.
	await db.execute(sql`
		insert into session_headcounts (office_id, session_id, counts)
		select ${officeId}, s.id, jsonb_build_object(
			'byBand', jsonb_build_object('15-19', jsonb_build_object('female', 3, 'male', 2, 'other', 0, 'unspecified', 1),
				'20-24', jsonb_build_object('female', 1, 'male', 4, 'other', 0, 'unspecified', 0)),
			'vulnerable', jsonb_build_object('roma', 1, 'disability', 2))
		from events e join lateral (select id from event_sessions where event_id = e.id order by starts_at limit 1) s on true
		where e.office_id = ${officeId} and e.slug like ${`bench-${salt}-%`}
			and substring(e.slug from '[0-9]+$')::int % 4 = 2`);
}

async function measure(label: string, opened: OpenedDatabase) {
	const { db } = opened;
	const [office] = await db.insert(offices).values({ name: 'Bench city', municipality: 'Град' }).returning();
	const coordinator = contextOf(db, office.id, await createPerson(db, { officeId: office.id, roles: ['coordinator'] }));
	const started = performance.now();
	await db.execute(sql`
		insert into survey_settlements (office_id, name, is_urban, sort_order)
		values ${sql.join(
			SETTLEMENTS.map(([name, urban], index) => sql`(${office.id}, ${name}, ${urban}, ${index})`),
			sql`, `
		)}`);
	// The generated rows are consistent by construction: the foreign keys' per-row checks (most of the
	// seed's time on PGlite) are left out for the seed's transaction (no other triggers exist).
	await db.transaction(async (tx) => {
		await tx.execute(sql`set local session_replication_role = replica`);
		await seedYear(tx, office.id, YEAR, 'y');
		await seedYear(tx, office.id, YEAR - 1, 'p');
	});
	await db.execute(sql`analyze`);
	const seeding = Math.round(performance.now() - started);
	const counted = await db.execute(
		sql`select count(*)::int as count from registrations where office_id = ${office.id}`
	);
	const count = Number((counted as unknown as { rows: { count: number }[] }).rows[0].count);
	const period = yearPeriod(YEAR);
	const query = { officeId: office.id, ...periodBounds(period), programmeId: null, planArea: null };
	// A write to the office, as every trigger of migration 0017 records one (the seed above ran without
	// triggers): the next read of the attendance statistics computes them again. Cold runs follow one;
	// warm runs read what the run before stored.
	const write = () => db.execute(sql`insert into attendance_statistics_changes (office_id) values (${office.id})`);
	const results: Record<string, number> = { [`seed both years, ${count} registrations (ms)`]: seeding };
	if (!ONLY) {
		const page = () => getOfficeStatistics(coordinator, { period, programmeId: null });
		results['statistics page (both years, all hooks), cold'] = await median(page, write);
		results['statistics page (both years, all hooks), warm'] = await median(page);
		const year = () => collectStatistics(db, office.id, period, null);
		results['one year, all hooks, cold'] = await median(year, write);
		results['one year, all hooks, warm'] = await median(year);
	}
	for (const manifest of manifests)
		if (manifest.statistics && (!ONLY || ONLY === manifest.name)) {
			const hook = manifest.statistics;
			results[`  hook ${manifest.name}${manifest.statisticsOfPeriods ? ', cold' : ''}`] = await median(
				() => hook(db, query),
				write
			);
		}
	if (!ONLY) {
		const report = () => exportAnnualReportForStaff(coordinator, { year: YEAR, format: 'docx', locale: 'sr-Latn' });
		results['annual report DOCX, cold'] = await median(report, write);
		results['annual report DOCX, warm'] = await median(report);
	}
	// A fingerprint of every figure, so a faster query can be checked to count the same: from a cold run
	// (computed), and checked against the stored one.
	await write();
	const figures = JSON.stringify(await collectStatistics(db, office.id, period, null));
	const fingerprint = createHash('sha256').update(figures).digest('hex').slice(0, 16);
	const stored = JSON.stringify(await collectStatistics(db, office.id, period, null));
	const storedPrint = createHash('sha256').update(stored).digest('hex').slice(0, 16);
	console.log(
		`\n${label}: figures ${fingerprint}${storedPrint === fingerprint ? ' (stored: the same)' : `, stored ${storedPrint}`}`
	);
	console.log(
		`${label}, ${PEOPLE} people, ${ATTENDANCES} registrations, ${EVENTS} events a year, median of ${RUNS} runs (ms):`
	);
	console.table(results);
}

if (!ONLY_PG) {
	const pglite = await openDatabase({ dataDir: 'memory://' });
	try {
		await measure('PGlite', pglite);
	} finally {
		await pglite.close();
	}
}

const server =
	process.env.BENCH_DATABASE_URL ??
	process.env.TEST_DATABASE_URL ??
	(process.argv.includes('--pg') || ONLY_PG ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
if (server) await withBenchDatabase(server, 'kzm_bench_statistics', (opened) => measure('PostgreSQL', opened));
await closeRunner();
