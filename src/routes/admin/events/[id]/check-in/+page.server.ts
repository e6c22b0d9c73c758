import { fail, redirect } from '@sveltejs/kit';
import { DEFAULT_LOCALE } from '#lib/i18n/locale.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
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
import {
	checkInAddress,
	checkInDoneFromUrl,
	type CheckInDone,
	type CheckInOutcome
} from '#lib/modules/attendance/check-in-outcome.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url, request }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const sheet = await getCheckInSheet(ctx, { eventId: params.id, sessionId: url.searchParams.get('session') });
		const q = (url.searchParams.get('q') ?? '').slice(0, 100);
		// The session is always in the address, so a reload shows the same session even when the clock has
		// moved on to the next one (which would open on an empty list: "0 present").
		if (request.method === 'GET' && sheet.sessionId && url.searchParams.get('session') !== sheet.sessionId) {
			redirect(307, checkInAddress(url.pathname, { session: sheet.sessionId, q }));
		}
		const done = checkInDoneFromUrl(url.searchParams, sheet.people);
		// `focused`: the back-office layout shows no navigation above this page (work done standing up).
		return { sheet, q, done, focused: true as const };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/**
 * A successful action: with scripts (use:enhance) the page updates in place; without them the browser
 * is sent back to the list with a GET (post/redirect/get), so a reload never sends the tick again.
 */
function finish(event: RequestEvent, sessionId: string, outcome: CheckInOutcome): { done: CheckInDone } {
	if (event.request.headers.get('x-sveltekit-action') !== 'true') {
		redirect(
			303,
			checkInAddress(event.url.pathname, {
				session: sessionId,
				q: event.url.searchParams.get('q') ?? '',
				outcome
			})
		);
	}
	return { done: { key: outcome.key, name: outcome.name ?? '', total: outcome.total } };
}

export const actions: Actions = {
	mark: async (event) => {
		requireAccess(event.locals.actor);
		const { request, locals, params } = event;
		const parsed = parseForm(markAttendanceInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let result: Awaited<ReturnType<typeof markAttendance>>;
		try {
			result = await markAttendance(await contextFor(locals), { ...parsed.data, eventId: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return finish(event, parsed.data.sessionId, {
			key: result.present ? 'marked' : 'unmarked',
			who: parsed.data.registrationId,
			name: result.name
		});
	},
	scan: async (event) => {
		requireAccess(event.locals.actor);
		const { request, locals, params } = event;
		const parsed = parseForm(scanInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let result: Awaited<ReturnType<typeof checkInByCode>>;
		try {
			result = await checkInByCode(await contextFor(locals), { ...parsed.data, eventId: params.id });
		} catch (caught) {
			return failFromError(caught, { ...parsed.values, action: 'scan' });
		}
		return finish(event, parsed.data.sessionId, {
			key: result.alreadyPresent ? 'scannedAgain' : 'scanned',
			who: result.registrationId,
			name: result.name
		});
	},
	walkIn: async (event) => {
		requireAccess(event.locals.actor);
		const { request, locals, params } = event;
		const parsed = parseForm(walkInInput, await request.formData());
		if (!parsed.ok) {
			const failure = parsed.failure;
			failure.data.values.action = 'walkIn';
			return failure;
		}
		let result: Awaited<ReturnType<typeof addWalkIn>>;
		try {
			result = await addWalkIn(await contextFor(locals), {
				...parsed.data,
				eventId: params.id,
				// The registrant's e-mails are in the site's language, not in the staff screen's script.
				locale: DEFAULT_LOCALE
			});
		} catch (caught) {
			return failFromError(caught, { ...parsed.values, action: 'walkIn' });
		}
		return finish(event, parsed.data.sessionId, {
			key: result.existing ? 'walkInExisting' : 'walkInAdded',
			who: result.registrationId,
			name: result.name
		});
	},
	headcount: async (event) => {
		requireAccess(event.locals.actor);
		const { request, locals, params } = event;
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
		let result: Awaited<ReturnType<typeof saveHeadcount>>;
		try {
			result = await saveHeadcount(ctx, { eventId: params.id, sessionId, counts: parsed.counts });
		} catch (caught) {
			return failFromError(caught, { ...values, action: 'headcount' });
		}
		return finish(event, sessionId, { key: 'headcountSaved', total: result.total });
	}
};
