// Reads of the participatory budget: the current round and its phase, projects, a voter's ballot,
// and the results by the public winner rule with turnout and breakdowns (small groups hidden).
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import {
	participationBallots,
	participationBudgetCodes,
	participationBudgetProjects,
	participationBudgetRounds
} from './schema.ts';
import { budgetPhase, chooseWinners, suppressSmallGroups, type BudgetPhase } from './rules.ts';

export type RoundRow = typeof participationBudgetRounds.$inferSelect;
export type ProjectRow = typeof participationBudgetProjects.$inferSelect;

/** The office's newest round that has started its proposals, with its phase at `now`. */
export async function getCurrentRound(
	db: Database,
	officeId: string,
	now: Date
): Promise<(RoundRow & { phase: BudgetPhase }) | null> {
	const [round] = await db
		.select()
		.from(participationBudgetRounds)
		.where(eq(participationBudgetRounds.officeId, officeId))
		.orderBy(desc(participationBudgetRounds.proposalsFrom))
		.limit(1);
	return round ? { ...round, phase: budgetPhase(round, now) } : null;
}

/** One round of the office. */
export async function getRound(db: Database, officeId: string, id: string): Promise<RoundRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [round] = await db
		.select()
		.from(participationBudgetRounds)
		.where(and(eq(participationBudgetRounds.officeId, officeId), eq(participationBudgetRounds.id, id)));
	return round ?? null;
}

/** Every round (back-office). */
export async function listRoundsForAdmin(db: Database, officeId: string): Promise<RoundRow[]> {
	return db
		.select()
		.from(participationBudgetRounds)
		.where(eq(participationBudgetRounds.officeId, officeId))
		.orderBy(desc(participationBudgetRounds.proposalsFrom));
}

/** A round's projects: all of them (staff, and the public list with review outcomes) or the feasible ones (ballot). */
export async function listProjects(db: Database, roundId: string, options: { feasibleOnly?: boolean } = {}) {
	return db
		.select()
		.from(participationBudgetProjects)
		.where(
			and(
				eq(participationBudgetProjects.roundId, roundId),
				options.feasibleOnly ? eq(participationBudgetProjects.feasibility, 'feasible') : undefined
			)
		)
		.orderBy(asc(participationBudgetProjects.createdAt));
}

/** The projects a voter chose (empty when they have not voted). */
export async function getOwnBallot(
	db: Database,
	roundId: string,
	userId: string | null | undefined
): Promise<string[] | null> {
	if (!userId) return null;
	const [ballot] = await db
		.select({ projectIds: participationBallots.projectIds })
		.from(participationBallots)
		.where(and(eq(participationBallots.roundId, roundId), eq(participationBallots.userId, userId)));
	return ballot?.projectIds ?? null;
}

export interface ProjectResult {
	id: string;
	title: string;
	cost: number;
	votes: number;
	onlineVotes: number;
	paperVotes: number;
	isWinner: boolean;
	isSkipped: boolean;
	progress: number;
	progressNote: string;
	byAgeBand: { key: string; count: number | null }[];
	byGender: { key: string; count: number | null }[];
}

/** The round's results: votes per feasible project, winners by the greedy rule, turnout. */
export async function getRoundResults(db: Database, round: RoundRow) {
	const [projects, ballots] = await Promise.all([
		listProjects(db, round.id, { feasibleOnly: true }),
		db
			.select({
				projectIds: participationBallots.projectIds,
				isPaper: participationBallots.isPaper,
				ageBand: participationBallots.ageBand,
				gender: participationBallots.gender
			})
			.from(participationBallots)
			.where(eq(participationBallots.roundId, round.id))
	]);
	const tallies = new Map(
		projects.map((project) => [
			project.id,
			{ online: 0, paper: 0, ages: new Map<string, number>(), genders: new Map<string, number>() }
		])
	);
	for (const ballot of ballots)
		for (const id of ballot.projectIds) {
			const tally = tallies.get(id);
			if (!tally) continue;
			if (ballot.isPaper) tally.paper++;
			else tally.online++;
			if (ballot.ageBand) tally.ages.set(ballot.ageBand, (tally.ages.get(ballot.ageBand) ?? 0) + 1);
			if (ballot.gender !== 'unstated') tally.genders.set(ballot.gender, (tally.genders.get(ballot.gender) ?? 0) + 1);
		}
	const outcome = chooseWinners(
		projects.map((project) => {
			const tally = tallies.get(project.id)!;
			return {
				id: project.id,
				cost: project.finalCost ?? 0,
				votes: tally.online + tally.paper,
				createdAt: project.createdAt
			};
		}),
		round.amount
	);
	const winners = new Set(outcome.winners);
	const skipped = new Set(outcome.skipped);
	const results: ProjectResult[] = projects
		.map((project) => {
			const tally = tallies.get(project.id)!;
			return {
				id: project.id,
				title: project.title,
				cost: project.finalCost ?? 0,
				votes: tally.online + tally.paper,
				onlineVotes: tally.online,
				paperVotes: tally.paper,
				isWinner: winners.has(project.id),
				isSkipped: skipped.has(project.id),
				progress: project.progress,
				progressNote: project.progressNote,
				byAgeBand: suppressSmallGroups(tally.ages),
				byGender: suppressSmallGroups(tally.genders)
			};
		})
		.sort((a, b) => b.votes - a.votes || a.cost - b.cost);
	return {
		projects: results,
		spent: outcome.spent,
		left: outcome.left,
		ballots: ballots.length,
		onlineBallots: ballots.filter((ballot) => !ballot.isPaper).length,
		paperBallots: ballots.filter((ballot) => ballot.isPaper).length
	};
}

/** A round's invitation codes (staff), optionally of one batch, in printing order. */
export async function listBudgetCodes(db: Database, roundId: string, batch?: string) {
	return db
		.select({
			id: participationBudgetCodes.id,
			code: participationBudgetCodes.code,
			batch: participationBudgetCodes.batch,
			usedAt: participationBudgetCodes.usedAt
		})
		.from(participationBudgetCodes)
		.where(
			and(
				eq(participationBudgetCodes.roundId, roundId),
				batch === undefined ? undefined : eq(participationBudgetCodes.batch, batch)
			)
		)
		.orderBy(
			asc(participationBudgetCodes.batch),
			asc(participationBudgetCodes.createdAt),
			asc(participationBudgetCodes.code)
		);
}
