// Routes of other modules let staff upload an image together with their own form (a news cover…).
// This reads the ImagePicker's upload fields and sends the image through the upload command.
import { AppError, isAppError } from '../../server/errors.ts';
import type { Context } from '../../server/actor.ts';
import { uploadMedia } from './commands/upload-media.server.ts';

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
