// What the home page shows of participation: open polls, an open budget phase, recent initiatives.
import type { Database } from '../../server/db/client.ts';
import { getCurrentRound } from './budget-queries.server.ts';
import { listOpenPolls } from './poll-queries.server.ts';
import { listRecentInitiatives } from './queries.server.ts';
import { isAnswerOverdue } from './rules.ts';

/** The home page's participation block; empty parts are left out by the component. */
export async function getParticipationHighlights(db: Database, officeId: string, now = new Date()) {
	const [polls, round, initiatives] = await Promise.all([
		listOpenPolls(db, officeId, now),
		getCurrentRound(db, officeId, now),
		listRecentInitiatives(db, officeId, 3)
	]);
	return {
		polls: polls.slice(0, 2).map((poll) => ({ id: poll.id, question: poll.question, questionEn: poll.questionEn })),
		budget:
			round && ['proposals', 'voting', 'results'].includes(round.phase)
				? { title: round.title, titleEn: round.titleEn, phase: round.phase }
				: null,
		initiatives: initiatives.map((item) => ({ ...item, overdue: isAnswerOverdue(item, now) }))
	};
}

export type ParticipationHighlights = Awaited<ReturnType<typeof getParticipationHighlights>>;
