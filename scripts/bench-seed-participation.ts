// Bulk participation for `npm run bench`: 1,000 published initiatives with 20,000 supports from 500
// bench accounts (BENCH_INITIATIVES, BENCH_SUPPORTS), and a budget round in its results phase with
// 12 projects and 2,000 ballots, the newest round, so /budget shows its results. Run by bench-seed.ts.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/lib/server/db/client.ts';
import { users } from '../src/lib/server/db/core-schema.ts';
import {
	participationBallots,
	participationBudgetProjects,
	participationBudgetRounds,
	participationInitiatives,
	participationSupports
} from '../src/lib/modules/participation/schema.ts';

const INITIATIVES = Number(process.env.BENCH_INITIATIVES ?? 1000);
const SUPPORTS = Number(process.env.BENCH_SUPPORTS ?? 20000);
const PEOPLE = 500;
const BALLOTS = 2000;
const STATUSES = ['published', 'under_consideration', 'accepted', 'in_progress', 'done', 'not_accepted'] as const;
const BANDS = ['15_19', '20_24', '25_30'] as const;
const GENDERS = ['female', 'male', 'unstated'] as const;

/** Fills the office with bench initiatives, supports and a counted budget round. */
export async function seedParticipationBench(
	db: Database,
	officeId: string,
	now: number,
	sentence: (seed: number, length: number) => string
): Promise<void> {
	const people = await db
		.insert(users)
		.values(
			Array.from({ length: PEOPLE }, (_, index) => ({
				email: `bench-mladi-${index}@example.invalid`,
				name: `Млада особа ${index}`,
				passwordHash: 'bench'
			}))
		)
		.onConflictDoNothing()
		.returning({ id: users.id });
	if (people.length < PEOPLE) return; // Seeded before.
	const initiativeIds: string[] = [];
	for (let start = 0; start < INITIATIVES; start += 250) {
		const rows = await db
			.insert(participationInitiatives)
			.values(
				Array.from({ length: Math.min(250, INITIATIVES - start) }, (_, offset) => {
					const index = start + offset;
					const published = new Date(now - index * 3_600_000);
					return {
						officeId,
						authorId: people[index % PEOPLE].id,
						authorAge: 15 + (index % 15),
						title: sentence(index + 11, 6),
						problem: sentence(index + 12, 30),
						proposal: sentence(index + 13, 30),
						status: STATUSES[index % STATUSES.length],
						supportCount: 0,
						submittedAt: published,
						publishedAt: published,
						statusChangedAt: published
					};
				})
			)
			.returning({ id: participationInitiatives.id });
		initiativeIds.push(...rows.map((row) => row.id));
	}
	// Supports spread unevenly (earlier initiatives get more), one per person and initiative.
	const pairs = new Set<string>();
	const supports: (typeof participationSupports.$inferInsert)[] = [];
	for (let index = 0; supports.length < SUPPORTS && index < SUPPORTS * 3; index++) {
		const initiative =
			initiativeIds[Math.floor((Math.pow((index * 7919) % 10007, 2) / 10007 ** 2) * initiativeIds.length)];
		const person = people[(index * 31) % PEOPLE].id;
		const key = `${initiative}:${person}`;
		if (pairs.has(key)) continue;
		pairs.add(key);
		supports.push({
			initiativeId: initiative,
			userId: person,
			showName: index % 5 === 0,
			ageBand: BANDS[index % BANDS.length],
			gender: GENDERS[index % GENDERS.length]
		});
	}
	for (let start = 0; start < supports.length; start += 2000)
		await db.insert(participationSupports).values(supports.slice(start, start + 2000));
	await db
		.update(participationInitiatives)
		.set({
			supportCount: sql`(select count(*)::int from ${participationSupports} where ${participationSupports.initiativeId} = ${participationInitiatives.id})`
		})
		.where(eq(participationInitiatives.officeId, officeId));

	const hour = 3_600_000;
	const [round] = await db
		.insert(participationBudgetRounds)
		.values({
			officeId,
			title: 'Буџет за младе (мерење)',
			amount: 3_000_000,
			proposalsFrom: new Date(now - 30 * hour),
			reviewFrom: new Date(now - 20 * hour),
			votingFrom: new Date(now - 10 * hour),
			resultsFrom: new Date(now - hour),
			implementationFrom: new Date(now + 30 * 24 * hour)
		})
		.returning({ id: participationBudgetRounds.id });
	const projects = await db
		.insert(participationBudgetProjects)
		.values(
			Array.from({ length: 12 }, (_, index) => ({
				officeId,
				roundId: round.id,
				title: sentence(index + 40, 4),
				description: sentence(index + 41, 25),
				estimatedCost: 200_000 + index * 70_000,
				finalCost: 200_000 + index * 70_000,
				feasibility: 'feasible' as const
			}))
		)
		.returning({ id: participationBudgetProjects.id });
	const ballots = Array.from({ length: BALLOTS }, (_, index) => ({
		roundId: round.id,
		userId: index < PEOPLE ? people[index].id : null,
		isPaper: index >= PEOPLE,
		projectIds: [projects[index % 12].id, projects[(index * 5 + 3) % 12].id].filter(
			(id, position, list) => list.indexOf(id) === position
		),
		ageBand: BANDS[index % BANDS.length],
		gender: GENDERS[index % GENDERS.length]
	}));
	for (let start = 0; start < ballots.length; start += 500)
		await db.insert(participationBallots).values(ballots.slice(start, start + 500));
}
