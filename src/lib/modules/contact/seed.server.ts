import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { createI18n } from '../../i18n/index.ts';
import { contactMessages } from './schema.ts';

const DAY_MS = 24 * 3600_000;

/** Two invented messages, so the demo's back-office shows what a visitor's message looks like. */
export async function seedDemoContactMessages(db: Database, officeId: string): Promise<void> {
	const consentText = createI18n('sr-Cyrl').t('contact.form.consent');
	const now = Date.now();
	await db.insert(contactMessages).values([
		{
			officeId,
			name: 'Јована Марковић',
			email: 'jovana.markovic@demo.kzm.test',
			subject: 'Волонтерска књижица',
			message:
				'Здраво! Идем у трећи разред гимназије и желела бих да волонтирам на летњем фестивалу. Да ли ми треба волонтерска књижица и где могу да је добијем? Хвала!',
			consentText,
			createdAt: new Date(now - 2 * DAY_MS)
		},
		{
			officeId,
			name: 'Nikola Savić',
			email: 'nikola.savic@demo.kzm.test',
			subject: 'Prostor za probe benda',
			message:
				'Imamo bend od četiri člana i tražimo prostor za probe dva puta nedeljno. Da li omladinski klub može da nam ustupi salu i pod kojim uslovima?',
			consentText,
			createdAt: new Date(now - 9 * DAY_MS),
			handledAt: new Date(now - 8 * DAY_MS)
		}
	]);
}

/**
 * Deletes the messages of an office leaving demo mode: everything it received while it was the demo
 * came from people trying the platform out.
 */
export async function removeDemoContactMessages(db: Database, officeId: string): Promise<void> {
	await db.delete(contactMessages).where(eq(contactMessages.officeId, officeId));
}
