// Reads of quick polls: open and closed ones, whether this voter voted, and the results with the
// age-band and gender breakdown of signed-in voters (the shared small-cell rule, decision 0017). Votes
// per option are the poll's outcome and stay exact.
import { and, desc, eq, gt, lte, or } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { participationPollVotes, participationPolls } from './schema.ts';
import { hashPollToken } from './commands/vote-in-poll.server.ts';
import { suppressSmallGroups } from './rules.ts';

export type PollRow = typeof participationPolls.$inferSelect;

/** Polls open at `now` (home page and /polls), closing soonest first. */
export async function listOpenPolls(db: Database, officeId: string, now: Date): Promise<PollRow[]> {
	return db
		.select()
		.from(participationPolls)
		.where(
			and(
				eq(participationPolls.officeId, officeId),
				lte(participationPolls.opensAt, now),
				gt(participationPolls.closesAt, now)
			)
		)
		.orderBy(participationPolls.closesAt);
}

/** Polls that have closed, newest first. */
export async function listClosedPolls(db: Database, officeId: string, now: Date, limit = 20): Promise<PollRow[]> {
	return db
		.select()
		.from(participationPolls)
		.where(and(eq(participationPolls.officeId, officeId), lte(participationPolls.closesAt, now)))
		.orderBy(desc(participationPolls.closesAt))
		.limit(limit);
}

/** Every poll of the office (back-office). */
export async function listPollsForAdmin(db: Database, officeId: string): Promise<PollRow[]> {
	return db
		.select()
		.from(participationPolls)
		.where(eq(participationPolls.officeId, officeId))
		.orderBy(desc(participationPolls.opensAt));
}

/** One poll of the office. */
export async function getPoll(db: Database, officeId: string, id: string): Promise<PollRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db
		.select()
		.from(participationPolls)
		.where(and(eq(participationPolls.officeId, officeId), eq(participationPolls.id, id)));
	return row ?? null;
}

/** The ids of the given polls this account or browser voted in. */
export async function listVotedPollIds(
	db: Database,
	pollIds: readonly string[],
	voter: { userId: string | null; browserToken: string | null }
): Promise<Set<string>> {
	if (pollIds.length === 0 || (!voter.userId && !voter.browserToken)) return new Set();
	const who = or(
		voter.userId ? eq(participationPollVotes.userId, voter.userId) : undefined,
		voter.browserToken ? eq(participationPollVotes.tokenHash, hashPollToken(voter.browserToken)) : undefined
	);
	const rows = await db.select({ pollId: participationPollVotes.pollId }).from(participationPollVotes).where(who);
	return new Set(rows.map((row) => row.pollId).filter((id) => pollIds.includes(id)));
}

export interface PollResults {
	voters: number;
	options: { id: string; votes: number; percent: number }[];
	byAgeBand: { key: string; count: number | null }[];
	byGender: { key: string; count: number | null }[];
}

/** Counts and percentages of voters per option, and the breakdown of signed-in voters. */
export async function getPollResults(db: Database, poll: PollRow): Promise<PollResults> {
	const votes = await db
		.select({
			choices: participationPollVotes.choices,
			ageBand: participationPollVotes.ageBand,
			gender: participationPollVotes.gender,
			userId: participationPollVotes.userId
		})
		.from(participationPollVotes)
		.where(eq(participationPollVotes.pollId, poll.id));
	const perOption = new Map<string, number>();
	const ages = new Map<string, number>();
	const genders = new Map<string, number>();
	for (const vote of votes) {
		for (const choice of vote.choices) perOption.set(choice, (perOption.get(choice) ?? 0) + 1);
		if (vote.ageBand) ages.set(vote.ageBand, (ages.get(vote.ageBand) ?? 0) + 1);
		if (vote.userId && vote.gender !== 'unstated') genders.set(vote.gender, (genders.get(vote.gender) ?? 0) + 1);
	}
	return {
		voters: votes.length,
		options: poll.options.map((option) => {
			const count = perOption.get(option.id) ?? 0;
			return { id: option.id, votes: count, percent: votes.length ? Math.round((count / votes.length) * 100) : 0 };
		}),
		byAgeBand: suppressSmallGroups(ages),
		byGender: suppressSmallGroups(genders)
	};
}

/** A poll as the public page shows it: whether this voter voted, and the results when they may be seen. */
export interface PollView {
	poll: PollRow;
	isOpen: boolean;
	hasVoted: boolean;
	results: PollResults | null;
}

/** Open and recently closed polls with what this voter may see of each. */
export async function listPollsWithResults(
	db: Database,
	officeId: string,
	voter: { userId: string | null; browserToken: string | null; now: Date }
): Promise<{ open: PollView[]; closed: PollView[] }> {
	const [open, closed] = await Promise.all([
		listOpenPolls(db, officeId, voter.now),
		listClosedPolls(db, officeId, voter.now, 10)
	]);
	const voted = await listVotedPollIds(
		db,
		[...open, ...closed].map((poll) => poll.id),
		voter
	);
	const view = async (poll: PollRow, isOpen: boolean): Promise<PollView> => {
		const hasVoted = voted.has(poll.id);
		const visible = !isOpen || (hasVoted && poll.resultsAfterVote);
		return { poll, isOpen, hasVoted, results: visible ? await getPollResults(db, poll) : null };
	};
	return {
		open: await Promise.all(open.map((poll) => view(poll, true))),
		closed: await Promise.all(closed.map((poll) => view(poll, false)))
	};
}
