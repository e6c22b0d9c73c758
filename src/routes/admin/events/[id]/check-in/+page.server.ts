import { fail } from '@sveltejs/kit';
import { DEFAULT_LOCALE } from '#lib/i18n/locale.ts';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, formValues, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getCheckInSheet } from '#lib/modules/attendance/queries.server.ts';
import { getAttendanceSettings } from '#lib/modules/attendance/settings.server.ts';
import { markAttendanceInput, parseHeadcountForm, scanInput, walkInInput } from '#lib/modules/attendance/inputs.ts';
import { markAttendance } from '#lib/modules/attendance/commands/mark-attendance.server.ts';
import { checkInByCode } from '#lib/modules/attendance/commands/check-in-by-code.server.ts';
import { addWalkIn } from '#lib/modules/attendance/commands/add-walk-in.server.ts';
import { saveHeadcount } from '#lib/modules/attendance/commands/save-headcount.server.ts';
import { isId } from '#lib/modules/attendance/inputs.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const ctx = await contextFor(locals);
		const sheet = await getCheckInSheet(ctx, { eventId: params.id, sessionId: url.searchParams.get('session') });
		return { sheet, q: (url.searchParams.get('q') ?? '').slice(0, 100) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/** What a successful action tells the page: a message key and the person's name. */
type Done = { done: { key: string; name: string; total?: number }; action: string };

export const actions: Actions = {
	mark: async ({ request, locals, params }) => {
		const parsed = parseForm(markAttendanceInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await markAttendance(await contextFor(locals), { ...parsed.data, eventId: params.id });
			return {
				action: 'mark',
				done: {
					key: result.present ? 'attendance.checkIn.marked' : 'attendance.checkIn.unmarked',
					name: result.name
				}
			} satisfies Done;
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	scan: async ({ request, locals, params }) => {
		const parsed = parseForm(scanInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await checkInByCode(await contextFor(locals), { ...parsed.data, eventId: params.id });
			return {
				action: 'scan',
				done: { key: result.alreadyPresent ? 'attendance.scan.again' : 'attendance.scan.done', name: result.name }
			} satisfies Done;
		} catch (caught) {
			return failFromError(caught, { ...parsed.values, action: 'scan' });
		}
	},
	walkIn: async ({ request, locals, params }) => {
		const parsed = parseForm(walkInInput, await request.formData());
		if (!parsed.ok) {
			const failure = parsed.failure;
			failure.data.values.action = 'walkIn';
			return failure;
		}
		try {
			const result = await addWalkIn(await contextFor(locals), {
				...parsed.data,
				eventId: params.id,
				// The registrant's e-mails are in the site's language, not in the staff screen's script.
				locale: DEFAULT_LOCALE
			});
			return {
				action: 'walkIn',
				done: { key: result.existing ? 'attendance.walkIn.existing' : 'attendance.walkIn.added', name: result.name }
			} satisfies Done;
		} catch (caught) {
			return failFromError(caught, { ...parsed.values, action: 'walkIn' });
		}
	},
	headcount: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const sessionId = String(values.sessionId ?? '');
		const ctx = await contextFor(locals);
		const settings = await getAttendanceSettings(ctx.db, ctx.officeId);
		const parsed = parseHeadcountForm(
			values,
			settings.ageBands,
			settings.vulnerableGroups.map((group) => group.key)
		);
		if (!parsed.ok || !isId(sessionId)) {
			return fail(400, {
				values: { ...values, action: 'headcount' },
				errors: parsed.ok ? {} : parsed.errors,
				message: 'common.formHasErrors'
			});
		}
		try {
			const result = await saveHeadcount(ctx, { eventId: params.id, sessionId, counts: parsed.counts });
			return {
				action: 'headcount',
				done: { key: 'attendance.headcount.saved', name: '', total: result.total }
			} satisfies Done;
		} catch (caught) {
			return failFromError(caught, { ...values, action: 'headcount' });
		}
	}
};
