// What the "new" and "edit" routes share: the choices the form offers and reading a submitted form
// (with an optional new logo) into the command's input.
import { fail } from '@sveltejs/kit';
import type { Context } from '#lib/server/actor.ts';
import { parseForm, failFromError, type FormFailure } from '#lib/server/forms.ts';
import { getMediaForDisplay, listRecentMedia, toPickerImage } from '#lib/modules/media/queries.server.ts';
import { uploadImageFromForm } from '#lib/modules/media/upload-from-form.server.ts';
import { organisationInput, type OrganisationInput } from '#lib/modules/organisations/inputs.ts';
import {
	LISTING_STATUSES,
	ORGANISATION_STATUSES,
	ORGANISATION_TYPES,
	PUBLIC_FIELDS,
	TARGET_GROUPS,
	WORK_AREAS
} from '#lib/modules/organisations/schema.ts';

/** Code lists and recent library images for the form; the current logo is offered even when older. */
export async function organisationFormChoices(ctx: Context, currentLogoId: string | null = null) {
	const recent = await listRecentMedia(ctx, 24);
	if (currentLogoId && !recent.some((image) => image.id === currentLogoId)) {
		const current = (await getMediaForDisplay(ctx.db, ctx.officeId, [currentLogoId])).get(currentLogoId);
		if (current) recent.unshift(current);
	}
	return {
		choices: {
			types: ORGANISATION_TYPES,
			areas: WORK_AREAS,
			targets: TARGET_GROUPS,
			statuses: ORGANISATION_STATUSES,
			listings: LISTING_STATUSES,
			publicFields: PUBLIC_FIELDS
		},
		images: recent.map((image) => ({ ...toPickerImage(image), thumbnailUrl: image.thumbnail.url }))
	};
}

export type OrganisationFormResult =
	| { ok: true; input: OrganisationInput; values: Record<string, string | string[]> }
	| { ok: false; failure: ReturnType<typeof fail<FormFailure>> };

/** Validates the fields, then uploads a new logo if one was sent (so a form with mistakes stores no image). */
export async function readOrganisationForm(ctx: Context, formData: FormData): Promise<OrganisationFormResult> {
	const parsed = parseForm(organisationInput, formData, ['areas', 'targetGroups', 'publicFields']);
	if (!parsed.ok) return parsed;
	try {
		const uploaded = await uploadImageFromForm(ctx, formData, 'logo');
		if (uploaded) {
			parsed.data.logoMediaId = uploaded;
			parsed.values.logoMediaId = uploaded;
			delete parsed.values.logoAlt;
			delete parsed.values.logoAltEn;
		}
	} catch (caught) {
		return { ok: false, failure: failFromError(caught, parsed.values) };
	}
	return { ok: true, input: parsed.data, values: parsed.values };
}
