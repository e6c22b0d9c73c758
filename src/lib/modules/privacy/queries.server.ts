import { eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { users } from '../../server/db/core-schema.ts';
import type { DataSubject, ModuleManifest, PersonalDataSection, RetentionPeriods } from '../../server/manifest.ts';
import { privacySettings } from './schema.ts';
import { DEFAULT_RETENTION_DAYS, type DataSubjectInput } from './inputs.ts';
import { canHandleDataRequests } from './permissions.server.ts';

/** One module's part of a person's data. */
export interface PersonalDataModuleSection extends PersonalDataSection {
	module: string;
}

/** Everything the office holds about a person, as every module's `personalData` hook reports it. */
export interface PersonalDataExport {
	generatedAt: string;
	subject: { email: string | null; phone: string | null; hasAccount: boolean };
	sections: PersonalDataModuleSection[];
}

/** Asks every module that holds personal data what it holds about the subject (manifest hook `personalData`). */
export async function exportPersonalData(
	db: Database,
	subject: DataSubject,
	modules: readonly ModuleManifest[],
	now: Date = new Date()
): Promise<PersonalDataExport> {
	const sections: PersonalDataModuleSection[] = [];
	for (const manifest of modules) {
		if (!manifest.personalData) continue;
		for (const section of await manifest.personalData.export(db, subject)) {
			if (section.records.length > 0) sections.push({ module: manifest.name, ...section });
		}
	}
	return {
		generatedAt: now.toISOString(),
		subject: { email: subject.email, phone: subject.phone, hasAccount: subject.userId !== null },
		sections
	};
}

/** The subject staff asked about: the account with that e-mail, if there is one, and the e-mail and phone. */
export async function resolveDataSubject(
	db: Database,
	officeId: string,
	input: DataSubjectInput
): Promise<DataSubject> {
	const email = input.email || null;
	const [account] = email ? await db.select({ id: users.id }).from(users).where(eq(users.email, email)) : [];
	return { officeId, userId: account?.id ?? null, email, phone: input.phone || null };
}

/** The signed-in person's own data ("download my data"); each download is audited. */
export async function getMyPersonalData(ctx: Context, modules: readonly ModuleManifest[]): Promise<PersonalDataExport> {
	authorize(ctx.actor, true);
	const subject: DataSubject = {
		officeId: ctx.officeId,
		userId: ctx.actor.userId,
		email: ctx.actor.email,
		phone: null
	};
	const result = await exportPersonalData(ctx.db, subject, modules);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'privacy.own_data_viewed',
		entityType: 'user',
		entityId: ctx.actor.userId,
		details: { sections: result.sections.length }
	});
	return result;
}

/** What the office holds about a person staff look up by e-mail or phone (an access or erasure request). */
export async function findPersonalData(
	ctx: Context,
	input: DataSubjectInput,
	modules: readonly ModuleManifest[]
): Promise<PersonalDataExport> {
	authorize(ctx.actor, canHandleDataRequests(ctx.actor));
	const subject = await resolveDataSubject(ctx.db, ctx.officeId, input);
	const result = await exportPersonalData(ctx.db, subject, modules);
	// The audit entry says a lookup happened, never whom it was about.
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'privacy.subject_looked_up',
		entityType: 'data_subject',
		details: { sections: result.sections.length }
	});
	return result;
}

/** The office's retention periods in days (the defaults until an administrator changes them). */
export async function getRetentionPeriods(db: Database, officeId: string): Promise<RetentionPeriods> {
	const [row] = await db.select().from(privacySettings).where(eq(privacySettings.officeId, officeId));
	if (!row) return { ...DEFAULT_RETENTION_DAYS };
	return {
		registrations: row.registrationsDays,
		feedback: row.feedbackDays,
		importFiles: row.importFilesDays,
		outboxBodies: row.outboxBodiesDays
	};
}
