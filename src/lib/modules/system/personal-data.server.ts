import { and, desc, eq, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PersonalDataHooks } from '../../server/manifest.ts';
import { auditLog, outboxMessages } from '../../server/db/core-schema.ts';
import { recordName } from '../audit-sentence.ts';
import { containsAny, plainRecord, replaceAll, subjectIdentifiers, subjectKeys } from '../../server/personal-data.ts';

function actedAs(userId: string | null, email: string | null): SQL {
	const matches: SQL[] = [];
	if (userId) matches.push(eq(auditLog.actorUserId, userId));
	if (email) matches.push(containsAny(auditLog.actorLabel, [`<${email}>`]));
	return matches.length ? or(...matches)! : sql`false`;
}

/**
 * One of the person's actions as the page and the PDF tell it (`describeAction`): what they did, to what
 * kind of record, its name if the entry keeps one, and when; never the record's identifier.
 */
function ownAction(row: { action: string; entityType: string; details: unknown; at: Date }) {
	const details = row.details && typeof row.details === 'object' ? (row.details as Record<string, unknown>) : {};
	return plainRecord({ action: row.action, entityType: row.entityType, name: recordName(details), at: row.at });
}

/**
 * The core's own records of a person: e-mail sent to them (the outbox) and what they did (the audit
 * log). Erasure deletes their mail, removes their name and addresses from other mail and from audit
 * details, and leaves audit entries without an actor's name: what happened stays, who it was goes.
 */
export const systemPersonalData: PersonalDataHooks = {
	export: async (db, subject) => {
		const { email } = subjectKeys(subject);
		const mail = email
			? await db
					.select({
						to: outboxMessages.toAddress,
						subject: outboxMessages.subject,
						status: outboxMessages.status,
						createdAt: outboxMessages.createdAt,
						sentAt: outboxMessages.sentAt
					})
					.from(outboxMessages)
					.where(and(eq(outboxMessages.officeId, subject.officeId), eq(outboxMessages.toAddress, email)))
					.orderBy(desc(outboxMessages.createdAt))
			: [];
		const actions = await db
			.select({ action: auditLog.action, entityType: auditLog.entityType, details: auditLog.details, at: auditLog.at })
			.from(auditLog)
			.where(and(eq(auditLog.officeId, subject.officeId), actedAs(subject.userId, email)))
			.orderBy(desc(auditLog.at));
		return [
			...(mail.length ? [{ titleKey: 'system.personalData.mail', records: mail.map(plainRecord) }] : []),
			...(actions.length ? [{ titleKey: 'system.personalData.audit', records: actions.map(ownAction) }] : [])
		];
	},
	erase: async (db, subject) => {
		const { email } = subjectKeys(subject);
		const identifiers = subjectIdentifiers(subject);
		const inOffice = or(eq(outboxMessages.officeId, subject.officeId), isNull(outboxMessages.officeId));
		let changed = 0;
		if (email) {
			changed += (
				await db
					.delete(outboxMessages)
					.where(and(inOffice, eq(outboxMessages.toAddress, email)))
					.returning({ id: outboxMessages.id })
			).length;
		}
		changed += (
			await db
				.update(outboxMessages)
				.set({
					subject: replaceAll(outboxMessages.subject, identifiers),
					textBody: replaceAll(outboxMessages.textBody, identifiers),
					attachments: sql`${replaceAll(outboxMessages.attachments, identifiers)}::jsonb`
				})
				.where(
					and(
						inOffice,
						or(
							containsAny(outboxMessages.subject, identifiers),
							containsAny(outboxMessages.textBody, identifiers),
							containsAny(outboxMessages.attachments, identifiers)
						)
					)
				)
				.returning({ id: outboxMessages.id })
		).length;
		changed += (
			await db
				.update(auditLog)
				.set({ actorUserId: null, actorLabel: '' })
				.where(actedAs(subject.userId, email))
				.returning({ id: auditLog.id })
		).length;
		changed += (
			await db
				.update(auditLog)
				.set({ details: sql`${replaceAll(auditLog.details, identifiers)}::jsonb` })
				.where(
					and(
						or(eq(auditLog.officeId, subject.officeId), isNull(auditLog.officeId)),
						containsAny(auditLog.details, identifiers)
					)
				)
				.returning({ id: auditLog.id })
		).length;
		return changed;
	},
	retain: async (db, { officeId, periods, now }) => {
		if (periods.outboxBodies <= 0) return 0;
		const cutoff = new Date(now.getTime() - periods.outboxBodies * 86_400_000);
		const changed = await db
			.update(outboxMessages)
			.set({ textBody: '', attachments: [] })
			.where(
				and(
					eq(outboxMessages.officeId, officeId),
					eq(outboxMessages.status, 'sent'),
					lt(outboxMessages.createdAt, cutoff),
					ne(outboxMessages.textBody, '')
				)
			)
			.returning({ id: outboxMessages.id });
		return changed.length;
	}
};
