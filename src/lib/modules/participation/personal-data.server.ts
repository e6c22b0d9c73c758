// A person's rights of access and erasure for participation records (manifest `personalData`).
// Erasure keeps what the public and the counts rely on: an initiative stays without its author,
// votes and ballots stay without the account, the support count of an initiative stays as it was.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { DataSubject, PersonalDataHooks, PersonalDataSection } from '../../server/manifest.ts';
import {
	participationBallots,
	participationBudgetCodes,
	participationBudgetProjects,
	participationBudgetRounds,
	participationComments,
	participationFollows,
	participationInitiatives,
	participationPollVotes,
	participationPolls,
	participationProfiles,
	participationReports,
	participationSupports
} from './schema.ts';

async function exportData(db: Database, subject: DataSubject): Promise<PersonalDataSection[]> {
	const userId = subject.userId;
	if (!userId) return [];
	const office = subject.officeId;
	const [profile, initiatives, supports, votes, ballots, comments, projects] = await Promise.all([
		db
			.select({ birthYear: participationProfiles.birthYear, gender: participationProfiles.gender })
			.from(participationProfiles)
			.where(and(eq(participationProfiles.officeId, office), eq(participationProfiles.userId, userId))),
		db
			.select({
				title: participationInitiatives.title,
				status: participationInitiatives.status,
				groupName: participationInitiatives.groupName,
				groupMembers: participationInitiatives.groupMembers,
				submittedAt: participationInitiatives.submittedAt
			})
			.from(participationInitiatives)
			.where(and(eq(participationInitiatives.officeId, office), eq(participationInitiatives.authorId, userId))),
		db
			.select({ initiative: participationInitiatives.title, supportedAt: participationSupports.createdAt })
			.from(participationSupports)
			.innerJoin(participationInitiatives, eq(participationInitiatives.id, participationSupports.initiativeId))
			.where(and(eq(participationInitiatives.officeId, office), eq(participationSupports.userId, userId))),
		db
			.select({
				poll: participationPolls.question,
				choices: participationPollVotes.choices,
				votedAt: participationPollVotes.createdAt
			})
			.from(participationPollVotes)
			.innerJoin(participationPolls, eq(participationPolls.id, participationPollVotes.pollId))
			.where(and(eq(participationPolls.officeId, office), eq(participationPollVotes.userId, userId))),
		db
			.select({
				round: participationBudgetRounds.title,
				projectIds: participationBallots.projectIds,
				castAt: participationBallots.updatedAt
			})
			.from(participationBallots)
			.innerJoin(participationBudgetRounds, eq(participationBudgetRounds.id, participationBallots.roundId))
			.where(and(eq(participationBudgetRounds.officeId, office), eq(participationBallots.userId, userId))),
		db
			.select({ body: participationComments.body, createdAt: participationComments.createdAt })
			.from(participationComments)
			.where(and(eq(participationComments.officeId, office), eq(participationComments.authorId, userId))),
		db
			.select({ title: participationBudgetProjects.title, createdAt: participationBudgetProjects.createdAt })
			.from(participationBudgetProjects)
			.where(and(eq(participationBudgetProjects.officeId, office), eq(participationBudgetProjects.authorId, userId)))
	]);
	const iso = (date: Date) => date.toISOString();
	const sections: PersonalDataSection[] = [
		{ titleKey: 'participation.personalData.profile', records: profile.map((row) => ({ ...row })) },
		{
			titleKey: 'participation.personalData.initiatives',
			records: initiatives.map((row) => ({
				...row,
				groupMembers: row.groupMembers.map((member) => `${member.name} (${member.birthYear})`).join('; '),
				submittedAt: iso(row.submittedAt)
			}))
		},
		{
			titleKey: 'participation.personalData.supports',
			records: supports.map((row) => ({ ...row, supportedAt: iso(row.supportedAt) }))
		},
		{
			titleKey: 'participation.personalData.votes',
			records: votes.map((row) => ({ poll: row.poll, choices: row.choices.join(', '), votedAt: iso(row.votedAt) }))
		},
		{
			titleKey: 'participation.personalData.ballots',
			records: ballots.map((row) => ({ round: row.round, projects: row.projectIds.length, castAt: iso(row.castAt) }))
		},
		{
			titleKey: 'participation.personalData.comments',
			records: comments.map((row) => ({ body: row.body, createdAt: iso(row.createdAt) }))
		},
		{
			titleKey: 'participation.personalData.projects',
			records: projects.map((row) => ({ title: row.title, createdAt: iso(row.createdAt) }))
		}
	];
	return sections.filter((section) => section.records.length > 0);
}

async function erase(db: Database, subject: DataSubject): Promise<number> {
	const userId = subject.userId;
	if (!userId) return 0;
	const office = subject.officeId;
	const initiativeIds = db
		.select({ id: participationInitiatives.id })
		.from(participationInitiatives)
		.where(eq(participationInitiatives.officeId, office));
	const pollIds = db
		.select({ id: participationPolls.id })
		.from(participationPolls)
		.where(eq(participationPolls.officeId, office));
	const roundIds = db
		.select({ id: participationBudgetRounds.id })
		.from(participationBudgetRounds)
		.where(eq(participationBudgetRounds.officeId, office));
	const changed = await Promise.all([
		db
			.delete(participationProfiles)
			.where(and(eq(participationProfiles.officeId, office), eq(participationProfiles.userId, userId)))
			.returning({ id: participationProfiles.userId }),
		db
			.update(participationInitiatives)
			// The member list the author typed names other people: it goes with the author.
			.set({ authorId: null, authorName: '', showAuthorName: false, groupMembers: [] })
			.where(and(eq(participationInitiatives.officeId, office), eq(participationInitiatives.authorId, userId)))
			.returning({ id: participationInitiatives.id }),
		db
			.delete(participationSupports)
			.where(and(eq(participationSupports.userId, userId), inArray(participationSupports.initiativeId, initiativeIds)))
			.returning({ id: participationSupports.userId }),
		db
			.delete(participationFollows)
			.where(and(eq(participationFollows.userId, userId), inArray(participationFollows.initiativeId, initiativeIds)))
			.returning({ id: participationFollows.userId }),
		db
			.update(participationComments)
			.set({ authorId: null, authorName: '' })
			.where(and(eq(participationComments.officeId, office), eq(participationComments.authorId, userId)))
			.returning({ id: participationComments.id }),
		db
			.update(participationReports)
			.set({ reporterId: null })
			.where(and(eq(participationReports.officeId, office), eq(participationReports.reporterId, userId)))
			.returning({ id: participationReports.id }),
		db
			.update(participationPollVotes)
			.set({ userId: null })
			.where(and(eq(participationPollVotes.userId, userId), inArray(participationPollVotes.pollId, pollIds)))
			.returning({ id: participationPollVotes.id }),
		db
			.update(participationBallots)
			.set({ userId: null })
			.where(and(eq(participationBallots.userId, userId), inArray(participationBallots.roundId, roundIds)))
			.returning({ id: participationBallots.id }),
		// The code stays used (it cannot be used again), without saying by whom.
		db
			.update(participationBudgetCodes)
			.set({ usedBy: null })
			.where(and(eq(participationBudgetCodes.officeId, office), eq(participationBudgetCodes.usedBy, userId)))
			.returning({ id: participationBudgetCodes.id }),
		db
			.update(participationBudgetProjects)
			.set({ authorId: null })
			.where(and(eq(participationBudgetProjects.officeId, office), eq(participationBudgetProjects.authorId, userId)))
			.returning({ id: participationBudgetProjects.id })
	]);
	return changed.reduce((sum, rows) => sum + rows.length, 0);
}

export const participationPersonalData: PersonalDataHooks = { export: exportData, erase };
