import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { attendanceSettings } from '../schema.ts';
import { canEditAttendanceSettings } from '../permissions.server.ts';
import type { AttendanceSettingsInput } from '../inputs.ts';

/** Saves the office's age bands and vulnerable groups for headcounts and statistics. */
export async function updateAttendanceSettings(ctx: Context, options: AttendanceSettingsInput): Promise<void> {
	authorize(ctx.actor, canEditAttendanceSettings(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const values = { ageBands: options.ageBands, vulnerableGroups: options.vulnerableGroups, updatedAt: new Date() };
		await tx
			.insert(attendanceSettings)
			.values({ officeId: ctx.officeId, ...values })
			.onConflictDoUpdate({ target: attendanceSettings.officeId, set: values });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'attendance.settings_updated',
			entityType: 'office',
			entityId: ctx.officeId,
			details: {
				ageBands: options.ageBands.map((band) => band.key),
				vulnerableGroups: options.vulnerableGroups.map((group) => group.label)
			}
		});
	});
}
