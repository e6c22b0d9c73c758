import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { attendanceSettingsInput } from '#lib/modules/attendance/inputs.ts';
import { getAttendanceSettings } from '#lib/modules/attendance/settings.server.ts';
import { canEditAttendanceSettings } from '#lib/modules/attendance/permissions.server.ts';
import { updateAttendanceSettings } from '#lib/modules/attendance/commands/update-attendance-settings.server.ts';
import { formatAgeBands } from '#lib/modules/attendance/statistics.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	if (!canEditAttendanceSettings(locals.actor)) error(403, 'error.403.text');
	const ctx = await contextFor(locals);
	const settings = await getAttendanceSettings(ctx.db, ctx.officeId);
	return {
		ageBands: formatAgeBands(settings.ageBands),
		vulnerableGroups: settings.vulnerableGroups
			.map((group) => (group.labelEn ? `${group.label} | ${group.labelEn}` : group.label))
			.join('\n')
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(attendanceSettingsInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateAttendanceSettings(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'attendance.settings.saved');
		redirect(303, localizePath('/admin/statistics/settings', locals.locale));
	}
};
