import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { deleteFiles } from '../../server/files.ts';
import type { DataSubject, PersonalDataSection } from '../../server/manifest.ts';
import {
	volunteerApplications,
	volunteerContracts,
	volunteerGuardianConsents,
	volunteerHours,
	volunteerProfiles
} from './schema.ts';

async function profilesOf(db: Database, subject: DataSubject) {
	if (!subject.userId) return [];
	return db
		.select()
		.from(volunteerProfiles)
		.where(and(eq(volunteerProfiles.officeId, subject.officeId), eq(volunteerProfiles.userId, subject.userId)));
}

/** The person's volunteer profile, applications and hours, for "download my data". */
export async function exportVolunteeringData(db: Database, subject: DataSubject): Promise<PersonalDataSection[]> {
	const profiles = await profilesOf(db, subject);
	if (profiles.length === 0) return [];
	const ids = profiles.map((profile) => profile.id);
	const applications = await db
		.select()
		.from(volunteerApplications)
		.where(inArray(volunteerApplications.profileId, ids));
	const hours = await db.select().from(volunteerHours).where(inArray(volunteerHours.profileId, ids));
	return [
		{
			titleKey: 'volunteering.personalData.profile',
			records: profiles.map((profile) => ({
				name: profile.name,
				email: profile.email,
				phone: profile.phone,
				birthDate: profile.birthDate,
				gender: profile.gender,
				skills: profile.skills,
				interests: profile.interests,
				availability: profile.availability,
				emergencyContact: profile.emergencyContact,
				cardNumber: profile.cardNumber,
				cardValidUntil: profile.cardValidUntil,
				createdAt: profile.createdAt.toISOString()
			}))
		},
		{
			titleKey: 'volunteering.personalData.applications',
			records: applications.map((application) => ({
				opportunityId: application.opportunityId,
				shiftId: application.shiftId,
				status: application.status,
				motivation: application.motivation,
				decisionReason: application.decisionReason,
				createdAt: application.createdAt.toISOString()
			}))
		},
		{
			titleKey: 'volunteering.personalData.hours',
			records: hours.map((row) => ({
				workedOn: row.workedOn,
				minutes: row.minutes,
				task: row.task,
				status: row.status
			}))
		}
	];
}

/**
 * Erases the person from the volunteer service: the profile loses every personal field and its
 * account link, guardians' consents go, motivations are blanked. Hours stay, without a name, so
 * statistics and the action plan's counts do not change.
 */
export async function eraseVolunteeringData(db: Database, subject: DataSubject): Promise<number> {
	const profiles = await profilesOf(db, subject);
	let changed = 0;
	for (const profile of profiles) {
		changed += (
			await db
				.delete(volunteerGuardianConsents)
				.where(eq(volunteerGuardianConsents.profileId, profile.id))
				.returning({ id: volunteerGuardianConsents.id })
		).length;
		changed += (
			await db
				.update(volunteerApplications)
				.set({ motivation: '', decisionReason: '' })
				.where(eq(volunteerApplications.profileId, profile.id))
				.returning({ id: volunteerApplications.id })
		).length;
		// Signed scans carry the person's name and signature: the files go, the contract's number stays.
		const scans = await db
			.select({ id: volunteerContracts.id, fileId: volunteerContracts.scanPath })
			.from(volunteerContracts)
			.innerJoin(volunteerApplications, eq(volunteerApplications.id, volunteerContracts.applicationId))
			.where(and(eq(volunteerApplications.profileId, profile.id), isNotNull(volunteerContracts.scanPath)));
		if (scans.length > 0) {
			await deleteFiles(
				db,
				subject.officeId,
				scans.map((scan) => scan.fileId!)
			);
			await db
				.update(volunteerContracts)
				.set({ scanPath: null, scanFileName: null })
				.where(
					inArray(
						volunteerContracts.id,
						scans.map((scan) => scan.id)
					)
				);
			changed += scans.length;
		}
		await db
			.update(volunteerProfiles)
			.set({
				userId: null,
				name: '',
				email: '',
				phone: '',
				birthDate: null,
				skills: '',
				interests: '',
				availability: '',
				emergencyContact: '',
				showHoursPublicly: false
			})
			.where(eq(volunteerProfiles.id, profile.id));
		changed += 1;
	}
	return changed;
}
