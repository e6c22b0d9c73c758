// A person's rights of access and erasure over the council's records: their mandates, answers and comments.
import { eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { DataSubject, PersonalDataSection } from '../../server/manifest.ts';
import {
	councilAgendaItems,
	councilBodies,
	councilInvitations,
	councilMembers,
	councilMinutesComments,
	councilVotes
} from './schema.ts';

async function mandatesOf(db: Database, subject: DataSubject) {
	const who = [
		subject.userId ? eq(councilMembers.userId, subject.userId) : undefined,
		subject.email ? eq(councilMembers.email, subject.email) : undefined,
		subject.phone ? eq(councilMembers.phone, subject.phone) : undefined
	].filter((condition) => condition !== undefined);
	if (who.length === 0) return [];
	return db
		.select({ member: councilMembers, bodyName: councilBodies.name })
		.from(councilMembers)
		.innerJoin(councilBodies, eq(councilBodies.id, councilMembers.bodyId))
		.where(or(...who))
		.then((rows) => rows.filter((row) => row.member.officeId === subject.officeId));
}

/** Everything the council module holds about a person. */
export async function exportCouncilData(db: Database, subject: DataSubject): Promise<PersonalDataSection[]> {
	const mandates = await mandatesOf(db, subject);
	if (mandates.length === 0) return [];
	const ids = mandates.map((row) => row.member.id);
	const answers = await db.select().from(councilInvitations).where(inArray(councilInvitations.memberId, ids));
	const comments = await db.select().from(councilMinutesComments).where(inArray(councilMinutesComments.memberId, ids));
	const votes = await db
		.select({ sessionId: councilAgendaItems.sessionId, item: councilAgendaItems.title, vote: councilVotes.vote })
		.from(councilVotes)
		.innerJoin(councilAgendaItems, eq(councilAgendaItems.id, councilVotes.agendaItemId))
		.where(inArray(councilVotes.memberId, ids));
	return [
		{
			titleKey: 'council.personalData.mandates',
			records: mandates.map(({ member, bodyName }) => ({
				body: bodyName,
				name: member.name,
				email: member.email,
				phone: member.phone,
				role: member.role,
				represents: member.representsName,
				birthYear: member.birthYear,
				mandateFrom: member.mandateFrom,
				mandateTo: member.mandateTo,
				chosenHow: member.chosenHow,
				showName: member.showName
			}))
		},
		{
			titleKey: 'council.personalData.answers',
			records: answers.map((row) => ({
				sessionId: row.sessionId,
				answer: row.answer,
				answeredAt: row.answeredAt?.toISOString() ?? null,
				attended: row.attended
			}))
		},
		{
			titleKey: 'council.personalData.votes',
			records: votes.map((row) => ({ sessionId: row.sessionId, agendaItem: row.item, vote: row.vote }))
		},
		{
			titleKey: 'council.personalData.comments',
			records: comments.map((row) => ({
				sessionId: row.sessionId,
				text: row.text,
				createdAt: row.createdAt.toISOString()
			}))
		}
	];
}

/**
 * Anonymises a person's mandates (the body keeps its composition counts and attendance, without a
 * name or contact) and deletes their comments on minutes.
 */
export async function eraseCouncilData(db: Database, subject: DataSubject): Promise<number> {
	const mandates = await mandatesOf(db, subject);
	if (mandates.length === 0) return 0;
	const ids = mandates.map((row) => row.member.id);
	const comments = await db
		.delete(councilMinutesComments)
		.where(inArray(councilMinutesComments.memberId, ids))
		.returning({ id: councilMinutesComments.id });
	const members = await db
		.update(councilMembers)
		.set({ name: '—', email: '', phone: '', userId: null, showName: false, chosenHow: '' })
		.where(inArray(councilMembers.id, ids))
		.returning({ id: councilMembers.id });
	return comments.length + members.length;
}
