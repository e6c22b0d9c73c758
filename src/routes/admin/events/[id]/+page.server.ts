import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getEventForAdmin } from '#lib/modules/events/queries.server.ts';
import { eventFormValuesOf } from '#lib/modules/events/form-values.ts';
import { cancelEventInput, deleteConfirmInput } from '#lib/modules/events/inputs.ts';
import { updateEvent } from '#lib/modules/events/commands/update-event.server.ts';
import { publishEvent } from '#lib/modules/events/commands/publish-event.server.ts';
import { cancelEvent } from '#lib/modules/events/commands/cancel-event.server.ts';
import { copyEvent } from '#lib/modules/events/commands/copy-event.server.ts';
import { deleteEvent } from '#lib/modules/events/commands/delete-event.server.ts';
import { eventFormChoices, moreRows, readEventForm } from '../event-form.server.ts';
import { listEventPlanLinkValues, listPlanLinkChoices } from '#lib/modules/action-plan/queries.server.ts';
import { setEventPlanLinks } from '#lib/modules/action-plan/commands/link-event.server.ts';
import { canEditActionPlan } from '#lib/modules/action-plan/permissions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const event = await getEventForAdmin(ctx, params.id);
		const office = locals.office!;
		const mayLinkPlan = canEditActionPlan(ctx.actor);
		return {
			initial: eventFormValuesOf(event, { min: office.youthMinAge, max: office.youthMaxAge }),
			...(await eventFormChoices(ctx, event.coverMediaId)),
			planLinks: mayLinkPlan
				? {
						choices: await listPlanLinkChoices(ctx.db, ctx.officeId),
						selected: await listEventPlanLinkValues(ctx.db, ctx.officeId, event.id)
					}
				: null
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const here = (locals: App.Locals, id: string) => localizePath(`/admin/events/${id}`, locals.locale);

export const actions: Actions = {
	rows: ({ request, locals }) => {
		requireAccess(locals.actor);
		return moreRows(locals, request);
	},
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const ctx = await contextFor(locals);
		const read = await readEventForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		let result;
		try {
			result = await updateEvent(ctx, { ...read.input, id: params.id });
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		setFlash(cookies, result.rescheduled ? 'events.admin.rescheduled' : 'common.saved');
		redirect(303, here(locals, params.id));
	},
	publish: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor);
		try {
			await publishEvent(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'events.admin.published');
		redirect(303, here(locals, params.id));
	},
	cancel: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(cancelEventInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await cancelEvent(await contextFor(locals), { id: params.id, reason: parsed.data.reason });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'events.admin.cancelled');
		redirect(303, here(locals, params.id));
	},
	planLinks: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const values = (await request.formData()).getAll('links').map(String);
		// Each value is "measureId:" or "measureId:activityId"; the command checks they are this office's.
		const links = values
			.map((value) => value.split(':'))
			.filter((parts) => parts.length === 2 && parts[0] !== '')
			.map(([measureId, activityId]) => ({ measureId, activityId: activityId || null }));
		try {
			await setEventPlanLinks(await contextFor(locals), { eventId: params.id, links });
		} catch (caught) {
			return failFromError(caught, { links: values });
		}
		setFlash(cookies, 'plan.eventLinks.saved');
		redirect(303, here(locals, params.id));
	},
	copy: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor);
		let id: string;
		try {
			({ id } = await copyEvent(await contextFor(locals), { id: params.id }));
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'events.admin.copied');
		redirect(303, here(locals, id));
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteConfirmInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteEvent(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'events.admin.deleted');
		redirect(303, localizePath('/admin/events', locals.locale));
	}
};
