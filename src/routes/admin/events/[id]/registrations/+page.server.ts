import { error, redirect } from '@sveltejs/kit';
import { DEFAULT_LOCALE } from '#lib/i18n/locale.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setFlash } from '#lib/server/flash.ts';
import { isUuid } from '#lib/server/ids.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getEventById } from '#lib/modules/events/queries.server.ts';
import { getEventAttendanceFigures } from '#lib/modules/attendance/queries.server.ts';
import {
	countPlaces,
	listEventRegistrations,
	REGISTRATION_SORT_COLUMNS
} from '#lib/modules/registrations/queries.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';
import {
	messageRegistrantsInput,
	MESSAGE_AUDIENCES,
	registrationIdInput,
	staffRegistrationInput,
	STATUS_FILTERS,
	type StatusFilter
} from '#lib/modules/registrations/inputs.ts';
import { decideRegistration } from '#lib/modules/registrations/commands/decide-registration.server.ts';
import { cancelRegistrationByStaff } from '#lib/modules/registrations/commands/cancel-registration.server.ts';
import { promoteRegistration } from '#lib/modules/registrations/commands/promote-registration.server.ts';
import { addRegistrationByStaff } from '#lib/modules/registrations/commands/add-registration-by-staff.server.ts';
import { messageRegistrants } from '#lib/modules/registrations/commands/message-registrants.server.ts';
import { canMessageRegistrants } from '#lib/modules/registrations/permissions.server.ts';
import { GUARDIAN_HOLD_HOURS } from '#lib/modules/registrations/commands/shared.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';

async function loadEvent(locals: App.Locals, id: string) {
	if (!isUuid(id)) error(404, 'error.404.text');
	const ctx = await contextFor(locals);
	const event = await getEventById(ctx.db, ctx.officeId, id);
	if (!event) error(404, 'error.404.text');
	return { ctx, event };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	const { ctx, event } = await loadEvent(locals, params.id);
	const statusParam = url.searchParams.get('status') ?? 'all';
	const status: StatusFilter = (STATUS_FILTERS as readonly string[]).includes(statusParam)
		? (statusParam as StatusFilter)
		: 'all';
	const search = (url.searchParams.get('q') ?? '').slice(0, 100);
	const page = pageParameter(url);
	// After a message to registrants, how many e-mails went out (post/redirect/get keeps a reload from resending).
	const messaged = Number(url.searchParams.get('messaged'));
	try {
		const list = await listEventRegistrations(ctx, {
			eventId: event.id,
			status,
			search,
			page,
			sort: listSortOf(url.searchParams, REGISTRATION_SORT_COLUMNS)
		});
		const places = await countPlaces(ctx.db, event.id);
		const figures = await getEventAttendanceFigures(ctx.db, event);
		return {
			...list,
			status,
			search,
			filters: STATUS_FILTERS,
			places,
			figures,
			guardianHoldHours: GUARDIAN_HOLD_HOURS,
			audiences: MESSAGE_AUDIENCES,
			canMessage: canMessageRegistrants(ctx.actor),
			messaged: url.searchParams.has('messaged') && Number.isInteger(messaged) && messaged >= 0 ? messaged : null,
			event: {
				id: event.id,
				slug: event.slug,
				title: event.title,
				capacity: event.capacity,
				status: event.status,
				questions: event.questions
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/** Runs one staff action on a registration and comes back to the list with a message. */
async function onRegistration(
	{ request, locals, params, cookies, url }: RequestEvent,
	run: (ctx: Awaited<ReturnType<typeof contextFor>>, registrationId: string) => Promise<string>
) {
	const parsed = parseForm(registrationIdInput, await request.formData());
	if (!parsed.ok) return parsed.failure;
	let message: string;
	try {
		message = await run(await contextFor(locals), parsed.data.registrationId);
	} catch (caught) {
		return failFromError(caught, parsed.values);
	}
	(await getRuntime()).nudgeMail();
	setFlash(cookies, message);
	redirect(303, localizePath(`/admin/events/${params.id}/registrations${url.search}`, locals.locale));
}

export const actions: Actions = {
	message: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const { ctx, event } = await loadEvent(locals, params.id);
		if (!canMessageRegistrants(ctx.actor)) error(403, 'error.403.text');
		const parsed = parseForm(messageRegistrantsInput, await request.formData());
		if (!parsed.ok) {
			parsed.failure.data.values.action = 'message';
			return parsed.failure;
		}
		let sent: number;
		try {
			({ sent } = await messageRegistrants(ctx, { eventId: event.id, ...parsed.data }));
		} catch (caught) {
			return failFromError(caught, { ...parsed.values, action: 'message' });
		}
		(await getRuntime()).nudgeMail();
		redirect(
			303,
			localizePath(`/admin/events/${params.id}/registrations?messaged=${sent}#message-title`, locals.locale)
		);
	},
	accept: (event) => {
		requireAccess(event.locals.actor);
		return onRegistration(event, async (ctx, registrationId) =>
			(await decideRegistration(ctx, { registrationId, decision: 'accept' })) === 'waitlisted'
				? 'registrations.admin.acceptedToWaitlist'
				: 'registrations.admin.accepted'
		);
	},
	decline: (event) => {
		requireAccess(event.locals.actor);
		return onRegistration(event, async (ctx, registrationId) => {
			await decideRegistration(ctx, { registrationId, decision: 'decline' });
			return 'registrations.admin.declined';
		});
	},
	cancel: (event) => {
		requireAccess(event.locals.actor);
		return onRegistration(event, async (ctx, registrationId) => {
			await cancelRegistrationByStaff(ctx, { registrationId });
			return 'registrations.admin.cancelled';
		});
	},
	promote: (event) => {
		requireAccess(event.locals.actor);
		return onRegistration(event, async (ctx, registrationId) => {
			await promoteRegistration(ctx, { registrationId });
			return 'registrations.admin.promoted';
		});
	},
	add: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const { event } = await loadEvent(locals, params.id);
		const parsed = parseForm(staffRegistrationInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let status: string;
		try {
			({ status } = await addRegistrationByStaff(await contextFor(locals), {
				eventId: event.id,
				input: parsed.data,
				values: parsed.values,
				// The registrant's e-mails are in the site's language, not in the staff screen's script.
				locale: DEFAULT_LOCALE
			}));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(cookies, status === 'waitlisted' ? 'registrations.admin.addedToWaitlist' : 'registrations.admin.added');
		redirect(303, localizePath(`/admin/events/${params.id}/registrations`, locals.locale));
	}
};
