import { and, eq } from 'drizzle-orm';
import type { PersonalDataHooks } from '../../server/manifest.ts';
import { plainRecord, subjectKeys } from '../../server/personal-data.ts';
import { contactMessages } from './schema.ts';

/** Messages the person sent through the contact form (found by e-mail); erasure deletes them. */
export const contactPersonalData: PersonalDataHooks = {
	export: async (db, subject) => {
		const { email } = subjectKeys(subject);
		if (!email) return [];
		const rows = await db
			.select({
				name: contactMessages.name,
				email: contactMessages.email,
				subject: contactMessages.subject,
				message: contactMessages.message,
				consentText: contactMessages.consentText,
				createdAt: contactMessages.createdAt,
				handledAt: contactMessages.handledAt
			})
			.from(contactMessages)
			.where(and(eq(contactMessages.officeId, subject.officeId), eq(contactMessages.email, email)));
		return rows.length ? [{ titleKey: 'contact.personalData.messages', records: rows.map(plainRecord) }] : [];
	},
	erase: async (db, subject) => {
		const { email } = subjectKeys(subject);
		if (!email) return 0;
		const deleted = await db
			.delete(contactMessages)
			.where(and(eq(contactMessages.officeId, subject.officeId), eq(contactMessages.email, email)))
			.returning({ id: contactMessages.id });
		return deleted.length;
	}
};
