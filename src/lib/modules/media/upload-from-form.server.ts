// Routes of other modules let staff upload an image together with their own form (a news cover…).
// This reads the ImagePicker's upload fields and sends the image through the upload command.
import { AppError, isAppError } from '../../server/errors.ts';
import type { Context } from '../../server/actor.ts';
import { uploadMedia } from './commands/upload-media.server.ts';
import { uploadContributedImages } from './commands/upload-contributed-images.server.ts';
import { encodeMessage } from '../../i18n/index.ts';

/**
 * Uploads the image sent in `${prefix}File` with its `${prefix}Alt`/`${prefix}AltEn` description.
 * Returns null when no file was sent; errors come back on the picker's own field names.
 */
export async function uploadImageFromForm(ctx: Context, formData: FormData, prefix: string): Promise<string | null> {
	const file = formData.get(`${prefix}File`);
	if (!(file instanceof File) || file.size === 0) return null;
	const text = (field: string) => {
		const value = formData.get(field);
		return typeof value === 'string' ? value : '';
	};
	try {
		const { mediaId } = await uploadMedia(ctx, {
			bytes: new Uint8Array(await file.arrayBuffer()),
			fileName: file.name,
			alt: text(`${prefix}Alt`),
			altEn: text(`${prefix}AltEn`)
		});
		return mediaId;
	} catch (caught) {
		if (!isAppError(caught) || caught.code !== 'invalid') throw caught;
		const renamed = { file: `${prefix}File`, alt: `${prefix}Alt`, altEn: `${prefix}AltEn` } as Record<string, string>;
		const fieldErrors = Object.fromEntries(
			Object.entries(caught.fieldErrors).map(([field, message]) => [renamed[field] ?? field, message])
		);
		throw new AppError('invalid', 'common.formHasErrors', fieldErrors);
	}
}

/**
 * The images field of a contribution form that a signed-in person fills (an initiative, a budget project),
 * working without JavaScript: `imageIds` are images uploaded by an earlier send of the same form (kept in
 * hidden fields, so a refused form does not lose them), `imageRemove` those ticked for removal, `images`
 * new files. The ids to keep (at most `max`) are written back into `formData` as `imageIds`, so the
 * form's own parsing and its kept values carry them. Returns the field errors on `images`, if any.
 */
export async function takeContributedImages(
	ctx: Context,
	formData: FormData,
	options: { max: number; alt: string }
): Promise<Record<string, string>> {
	const strings = (name: string) =>
		formData.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');
	const removed = new Set(strings('imageRemove'));
	const kept = strings('imageIds').filter((id) => !removed.has(id));
	const files = formData.getAll('images').filter((file): file is File => file instanceof File && file.size > 0);
	const write = (ids: readonly string[]) => {
		formData.delete('imageIds');
		for (const id of ids) formData.append('imageIds', id);
	};
	write(kept);
	if (files.length === 0) return {};
	if (kept.length + files.length > options.max) {
		return { images: encodeMessage('media.error.tooMany', { max: options.max }) };
	}
	try {
		const uploaded = await uploadContributedImages(ctx, {
			files: await Promise.all(
				files.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name }))
			),
			alt: options.alt || file0Name(files)
		});
		write([...kept, ...uploaded]);
		return {};
	} catch (caught) {
		if (!isAppError(caught) || (caught.code !== 'invalid' && caught.code !== 'rate_limited')) throw caught;
		return { images: caught.fieldErrors.file ?? caught.messageKey };
	}
}

const file0Name = (files: readonly File[]) => files[0].name.replace(/\.[^.]*$/, '');
