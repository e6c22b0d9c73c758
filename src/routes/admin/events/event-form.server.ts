// What the "new event" and "edit event" routes share: the choices the form offers, reading a
// submitted form (with an optional new cover image), and the row helpers that add meetings/questions.
import { fail } from '@sveltejs/kit';
import type { Context } from '#lib/server/actor.ts';
import { authorize } from '#lib/server/actor.ts';
import { failFromError, formValues, rethrowAsHttpError, type FormFailure } from '#lib/server/forms.ts';
import { canManageEvents } from '#lib/modules/events/permissions.server.ts';
import { getMediaForDisplay, listRecentMedia, toPickerImage } from '#lib/modules/media/queries.server.ts';
import { uploadImageFromForm } from '#lib/modules/media/upload-from-form.server.ts';
import { EVENT_TYPES } from '#lib/modules/events/schema.ts';
import { listProgrammes } from '#lib/modules/events/queries.server.ts';
import {
	addQuestionRow,
	EVENT_ARRAY_FIELDS,
	expandSessionRows,
	parseEventValues,
	type EventInput
} from '#lib/modules/events/inputs.ts';

/** Programmes, types and recent images for the form; the current cover is offered even when it is older. */
export async function eventFormChoices(ctx: Context, currentCoverId: string | null = null) {
	const [programmes, recent] = await Promise.all([listProgrammes(ctx.db, ctx.officeId), listRecentMedia(ctx, 24)]);
	if (currentCoverId && !recent.some((image) => image.id === currentCoverId)) {
		const current = (await getMediaForDisplay(ctx.db, ctx.officeId, [currentCoverId])).get(currentCoverId);
		if (current) recent.unshift(current);
	}
	return {
		types: EVENT_TYPES,
		programmes: programmes.map((programme) => ({ id: programme.id, name: programme.name })),
		images: recent.map((image) => toPickerImage(image))
	};
}

export type EventFormResult =
	| { ok: true; input: EventInput; values: Record<string, string | string[]> }
	| { ok: false; failure: ReturnType<typeof fail<FormFailure>> };

/**
 * Validates the whole event form, then uploads a new cover if one was sent (it becomes the chosen
 * cover). The upload comes after validation, so a form with mistakes stores no image.
 */
export async function readEventForm(ctx: Context, formData: FormData): Promise<EventFormResult> {
	const values = formValues(formData, EVENT_ARRAY_FIELDS);
	const parsed = parseEventValues(values);
	if (!parsed.ok) {
		return { ok: false, failure: fail(400, { values, errors: parsed.errors, message: 'common.formHasErrors' }) };
	}
	try {
		const uploaded = await uploadImageFromForm(ctx, formData, 'cover');
		if (uploaded) {
			parsed.data.coverMediaId = uploaded;
			values.coverMediaId = uploaded;
			delete values.coverAlt;
			delete values.coverAltEn;
		}
	} catch (caught) {
		return { ok: false, failure: failFromError(caught, values) };
	}
	return { ok: true, input: parsed.data, values };
}

/** "Add a meeting", "repeat weekly" and "add a question": the form comes back with more rows, nothing saved. */
export async function moreRows(locals: App.Locals, request: Request) {
	try {
		authorize(locals.actor, canManageEvents(locals.actor));
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	const formData = await request.formData();
	const values = formValues(formData, EVENT_ARRAY_FIELDS);
	const intent = formData.get('intent');
	const next =
		intent === 'addQuestion'
			? addQuestionRow(values)
			: expandSessionRows(values, intent === 'repeatWeekly' ? 'repeatWeekly' : 'addSession');
	// A chosen upload cannot travel back to the browser: its description fields are dropped with it.
	delete next.coverAlt;
	delete next.coverAltEn;
	return { values: next, errors: {} as Record<string, string> };
}
