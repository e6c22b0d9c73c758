import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { DataSubject, PersonalDataSection } from '../../server/manifest.ts';
import { callAppeals, callApplications } from './schema.ts';

/** The applications the person started, with the group members they listed, for "download my data". */
export async function exportCallsData(db: Database, subject: DataSubject): Promise<PersonalDataSection[]> {
	if (!subject.userId) return [];
	const rows = await db
		.select()
		.from(callApplications)
		.where(and(eq(callApplications.officeId, subject.officeId), eq(callApplications.createdBy, subject.userId)));
	const appeals = await db
		.select()
		.from(callAppeals)
		.where(and(eq(callAppeals.officeId, subject.officeId), eq(callAppeals.lodgedBy, subject.userId)));
	const sections: PersonalDataSection[] = appeals.length
		? [
				{
					titleKey: 'calls.personalData.appeals',
					records: appeals.map((appeal) => ({
						applicationId: appeal.applicationId,
						text: appeal.text,
						lodgedAt: appeal.lodgedAt.toISOString(),
						outcome: appeal.outcome,
						answer: appeal.answer
					}))
				}
			]
		: [];
	if (rows.length === 0) return sections;
	return [
		...sections,
		{
			titleKey: 'calls.personalData.applications',
			records: rows.map((row) => ({
				callId: row.callId,
				reference: row.reference,
				status: row.status,
				applicantName: row.applicantName,
				contactEmail: row.contactEmail,
				contactPhone: row.contactPhone,
				members: row.members.map((member) => `${member.name} (${member.birthYear})`).join(', '),
				title: row.title,
				submittedAt: row.submittedAt?.toISOString() ?? null
			}))
		}
	];
}

/**
 * Erases the person's own contact details from their applications. Drafts never submitted go entirely; one with a
 * reference number is a record of public money, so it stays, unlinked from the account, without e-mail and phone.
 */
export async function eraseCallsData(db: Database, subject: DataSubject): Promise<number> {
	if (!subject.userId) return 0;
	const own = and(eq(callApplications.officeId, subject.officeId), eq(callApplications.createdBy, subject.userId));
	const drafts = await db
		.delete(callApplications)
		.where(and(own, eq(callApplications.status, 'draft'), isNull(callApplications.reference)))
		.returning({ id: callApplications.id });
	const submitted = await db
		.update(callApplications)
		.set({ createdBy: null, contactEmail: '', contactPhone: '' })
		.where(own)
		.returning({ id: callApplications.id });
	// Appeals stay with the application (part of the decision's record), no longer linked to the account.
	const appeals = await db
		.update(callAppeals)
		.set({ lodgedBy: null })
		.where(and(eq(callAppeals.officeId, subject.officeId), eq(callAppeals.lodgedBy, subject.userId)))
		.returning({ id: callAppeals.id });
	return drafts.length + submitted.length + appeals.length;
}
