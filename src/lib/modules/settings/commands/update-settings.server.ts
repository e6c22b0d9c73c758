import { eq } from 'drizzle-orm';
import { offices } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { invalidateOfficeCache, getOfficeById } from '../../../server/office.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canEditSettings } from '../permissions.server.ts';
import { parseWordList, type SettingsInput } from '../inputs.ts';

/** A comparable form of a value: jsonb does not keep object key order, so keys are sorted. */
function canonical(value: unknown): string {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
	}
	return JSON.stringify(value);
}

/** Saves the office's settings; the audit record lists which fields changed. */
export async function updateSettings(ctx: Context, input: SettingsInput): Promise<void> {
	authorize(ctx.actor, canEditSettings(ctx.actor));
	const actor = ctx.actor;
	const before = await getOfficeById(ctx.db, ctx.officeId);
	if (!before) throw new AppError('not_found', 'error.404.text');
	const values = {
		name: input.name,
		nameEn: input.nameEn,
		municipality: input.municipality,
		publicUrl: input.publicUrl.replace(/\/+$/, ''),
		mission: input.mission,
		missionEn: input.missionEn,
		address: input.address,
		phone: input.phone,
		email: input.email,
		workingHours: input.workingHours,
		workingHoursEn: input.workingHoursEn,
		socialLinks: Object.fromEntries(
			(['facebook', 'instagram', 'tiktok', 'youtube', 'x'] as const)
				.filter((key) => input[key])
				.map((key) => [key, input[key]])
		),
		youthMinAge: input.youthMinAge,
		youthMaxAge: input.youthMaxAge,
		dpoName: input.dpoName,
		dpoNameEn: input.dpoNameEn,
		dpoEmail: input.dpoEmail,
		dpoPhone: input.dpoPhone,
		keepLatin: parseWordList(input.keepLatin),
		accentColor: input.accentColor,
		openDataLicence: input.openDataLicence
	};
	const changed = Object.keys(values).filter(
		(key) => canonical(values[key as keyof typeof values]) !== canonical(before[key as keyof typeof before])
	);
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(offices)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(offices.id, ctx.officeId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'settings.updated',
			entityType: 'office',
			entityId: ctx.officeId,
			details: { changed }
		});
	});
	invalidateOfficeCache();
}
