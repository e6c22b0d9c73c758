import * as v from 'valibot';
import { checkbox, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isUuid } from '../../server/ids.ts';

/** Rich text may be long (tables, links), but not without end. */
export const BODY_MAX_LENGTH = 100_000;

/** An optional record id from a select: empty or a well-formed id. */
const optionalId = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || isUuid(value), encodeMessage('validation.invalid'))
	);

/** A page as staff type it: Serbian in either script, English optional, the address may be left for us to make. */
export const pageInput = v.object({
	title: requiredText(200),
	slug: optionalText(200),
	titleEn: optionalText(200),
	body: optionalText(BODY_MAX_LENGTH),
	bodyEn: optionalText(BODY_MAX_LENGTH),
	parentId: optionalId(),
	showInMenu: checkbox(),
	isPublished: checkbox()
});
export type PageInput = v.InferOutput<typeof pageInput>;

/** One step up or down among the menu entries of the same level. */
export const movePageInput = v.object({
	id: v.pipe(v.string(encodeMessage('validation.invalid')), v.check(isUuid, encodeMessage('validation.invalid'))),
	direction: v.picklist(['up', 'down'], encodeMessage('validation.invalid'))
});
export type MovePageInput = v.InferOutput<typeof movePageInput>;

/** Deleting a page asks for a ticked confirmation, so that it works (and is safe) without JavaScript. */
export const deletePageInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('pages.admin.deleteConfirmRequired'))
	)
});
