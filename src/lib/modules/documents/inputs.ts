import * as v from 'valibot';
import { checkbox, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { DOCUMENT_TYPES } from './schema.ts';

/** The earliest year a document may be filed under; the latest is next year (plans adopted ahead). */
export const FIRST_DOCUMENT_YEAR = 1990;
export const latestDocumentYear = (now = new Date()) => now.getFullYear() + 1;

/** The largest file the library accepts. */
export const DOCUMENT_MAX_MB = 20;
export const DOCUMENT_MAX_BYTES = DOCUMENT_MAX_MB * 1024 * 1024;

/** The accepted formats as people know them, for hints and error messages. */
export const ACCEPTED_FORMATS_TEXT =
	'PDF, Word (DOC, DOCX), Excel (XLS, XLSX), PowerPoint (PPT, PPTX), OpenDocument (ODT, ODS, ODP)';

const yearField = () => {
	const bounds = () => ({ min: FIRST_DOCUMENT_YEAR, max: latestDocumentYear() });
	return v.pipe(
		v.string(encodeMessage('validation.required')),
		v.trim(),
		v.nonEmpty(encodeMessage('validation.required')),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const year = /^\d{4}$/.test(dataset.value) ? Number(dataset.value) : NaN;
			const { min, max } = bounds();
			if (!(year >= min && year <= max)) {
				addIssue({ message: encodeMessage('documents.year.invalid', { min: String(min), max: String(max) }) });
				return NEVER;
			}
			return year;
		})
	);
};

/** The fields of a document as typed in the back-office form (the file travels separately). */
export const documentInput = v.object({
	title: requiredText(300),
	titleEn: optionalText(300),
	type: v.picklist(DOCUMENT_TYPES, encodeMessage('documents.type.invalid')),
	year: yearField(),
	description: optionalText(2000),
	descriptionEn: optionalText(2000),
	isPublished: checkbox()
});
export type DocumentInput = v.InferOutput<typeof documentInput>;

export const deleteDocumentInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('documents.admin.deleteConfirmRequired'))
	)
});
