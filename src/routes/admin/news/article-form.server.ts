// What the "new article" and "edit article" routes share: the choices the form offers, and reading a
// submitted form (with an optional new cover image) into the command's input.
import { fail } from '@sveltejs/kit';
import type { Context } from '#lib/server/actor.ts';
import { parseForm, failFromError, type FormFailure } from '#lib/server/forms.ts';
import { listRecentMedia, toPickerImage } from '#lib/modules/media/queries.server.ts';
import { uploadImageFromForm } from '#lib/modules/media/upload-from-form.server.ts';
import { articleInput, type ArticleInput } from '#lib/modules/news/inputs.ts';
import { listNewsCategories } from '#lib/modules/news/queries.server.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';

/** Categories and recent images for the form; the current cover is offered even when it is older. */
export async function articleFormChoices(ctx: Context, currentCoverId: string | null = null) {
	const [categories, recent] = await Promise.all([listNewsCategories(ctx.db, ctx.officeId), listRecentMedia(ctx, 24)]);
	if (currentCoverId && !recent.some((image) => image.id === currentCoverId)) {
		const current = (await getMediaForDisplay(ctx.db, ctx.officeId, [currentCoverId])).get(currentCoverId);
		if (current) recent.unshift(current);
	}
	return {
		categories,
		images: recent.map((image) => ({ ...toPickerImage(image), thumbnailUrl: image.thumbnail.url }))
	};
}

export type ArticleFormResult =
	| { ok: true; input: ArticleInput; values: Record<string, string | string[]> }
	| { ok: false; failure: ReturnType<typeof fail<FormFailure>> };

/**
 * Validates the article fields, then uploads a new cover if one was sent (it becomes the chosen
 * cover). The upload comes after validation, so a form with mistakes stores no image.
 */
export async function readArticleForm(ctx: Context, formData: FormData): Promise<ArticleFormResult> {
	const parsed = parseForm(articleInput, formData);
	if (!parsed.ok) return parsed;
	try {
		const uploaded = await uploadImageFromForm(ctx, formData, 'cover');
		if (uploaded) {
			parsed.data.coverMediaId = uploaded;
			// Should the save fail after this, the form shows the new image as chosen: no second upload.
			parsed.values.coverMediaId = uploaded;
			delete parsed.values.coverAlt;
			delete parsed.values.coverAltEn;
		}
	} catch (caught) {
		return { ok: false, failure: failFromError(caught, parsed.values) };
	}
	return { ok: true, input: parsed.data, values: parsed.values };
}
