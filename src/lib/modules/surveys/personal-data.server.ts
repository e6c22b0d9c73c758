import { and, eq } from 'drizzle-orm';
import type { PersonalDataHooks } from '../../server/manifest.ts';
import { plainRecord, subjectKeys } from '../../server/personal-data.ts';
import { surveyResponses, surveys } from './schema.ts';

/**
 * Survey answers are anonymous (no account, no address), so none are linked to a person; the only
 * personal datum is a parent's e-mail given for a minor's consent. Erasure removes that address.
 */
export const surveysPersonalData: PersonalDataHooks = {
	export: async (db, subject) => {
		const { email } = subjectKeys(subject);
		if (!email) return [];
		const rows = await db
			.select({
				survey: surveys.title,
				parentEmail: surveyResponses.parentEmail,
				parentalConsentConfirmed: surveyResponses.parentalConsentConfirmed,
				startedAt: surveyResponses.startedAt
			})
			.from(surveyResponses)
			.innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
			.where(and(eq(surveyResponses.officeId, subject.officeId), eq(surveyResponses.parentEmail, email)));
		return rows.length ? [{ titleKey: 'surveys.personalData.parentalConsent', records: rows.map(plainRecord) }] : [];
	},
	erase: async (db, subject) => {
		const { email } = subjectKeys(subject);
		if (!email) return 0;
		const changed = await db
			.update(surveyResponses)
			.set({ parentEmail: null })
			.where(and(eq(surveyResponses.officeId, subject.officeId), eq(surveyResponses.parentEmail, email)))
			.returning({ id: surveyResponses.id });
		return changed.length;
	}
};
