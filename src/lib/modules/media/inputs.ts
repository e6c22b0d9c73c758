import * as v from 'valibot';
import { checkbox, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';

/** The description fields of an image: Serbian alt text is required, English is optional. */
export const mediaDescriptionInput = v.object({
	alt: requiredText(300),
	altEn: optionalText(300)
});
export type MediaDescriptionInput = v.InferOutput<typeof mediaDescriptionInput>;

/** Deleting an image is for good, so the form asks for a ticked confirmation. */
export const deleteMediaInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('media.edit.deleteConfirmRequired'))
	)
});
