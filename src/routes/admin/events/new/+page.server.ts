import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageEvents } from '#lib/modules/events/permissions.server.ts';
import { eventFormValuesOf } from '#lib/modules/events/form-values.ts';
import { createEvent } from '#lib/modules/events/commands/create-event.server.ts';
import { eventFormChoices, moreRows, readEventForm } from '../event-form.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageEvents(locals.actor));
		const ctx = await contextFor(locals);
		const office = locals.office!;
		return {
			initial: eventFormValuesOf(null, { min: office.youthMinAge, max: office.youthMaxAge }),
			...(await eventFormChoices(ctx))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	rows: ({ request, locals }) => {
		requireAccess(locals.actor);
		return moreRows(locals, request);
	},
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const ctx = await contextFor(locals);
		const read = await readEventForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		let id: string;
		try {
			({ id } = await createEvent(ctx, read.input));
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		setFlash(cookies, 'events.admin.created');
		redirect(303, localizePath(`/admin/events/${id}`, locals.locale));
	}
};
