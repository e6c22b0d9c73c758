import { AppError } from '../../server/errors.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { detectDocumentFormat, type DocumentFormat } from '../../server/file-type.ts';
import { withoutActivePdfContent } from '../../server/pdf/active-content.server.ts';
import { ACCEPTED_FORMATS_TEXT, DOCUMENT_MAX_BYTES, DOCUMENT_MAX_MB } from './inputs.ts';

/** A file as it arrived from a form: the name the browser gave and the bytes. */
export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

export type CheckedFile = { ok: true; format: DocumentFormat; mime: string } | { ok: false; message: string };

/** Whether an upload is an accepted document: present, within the size limit, a real PDF or Office file. */
export function checkDocumentFile(file: UploadedFile | null): CheckedFile {
	if (!file || file.bytes.length === 0) return { ok: false, message: 'documents.file.missing' };
	if (file.bytes.length > DOCUMENT_MAX_BYTES) {
		const size = Math.ceil((file.bytes.length / 1024 / 1024) * 10) / 10;
		return { ok: false, message: encodeMessage('documents.file.tooLarge', { size, max: DOCUMENT_MAX_MB }) };
	}
	const detected = detectDocumentFormat(file.bytes);
	if (detected.ok) return detected;
	return {
		ok: false,
		message:
			detected.reason === 'macros'
				? 'documents.file.macros'
				: detected.reason === 'bomb'
					? 'documents.file.tooComplex'
					: encodeMessage('documents.file.wrongType', { formats: ACCEPTED_FORMATS_TEXT })
	};
}

/** The same check for a command: the file's format, or an AppError pointing at the file field. */
export function requireDocumentFile(file: UploadedFile | null): { format: DocumentFormat; mime: string } {
	const checked = checkDocumentFile(file);
	if (!checked.ok) throw new AppError('invalid', 'common.formHasErrors', { file: checked.message });
	return checked;
}

/**
 * The bytes to store for an accepted file: a PDF without scripts, automatic actions or embedded files
 * (withoutActivePdfContent); other formats as they came (macros and zip bombs are refused earlier).
 */
export async function safeDocumentBytes(file: UploadedFile, format: DocumentFormat): Promise<Uint8Array> {
	return format === 'pdf' ? (await withoutActivePdfContent(file.bytes)).bytes : file.bytes;
}

/** The uploaded name kept for staff, with the extension of the format the bytes really are. */
export function storedFileName(name: string, format: DocumentFormat): string {
	const base = name
		.split(/[/\\]/)
		.pop()!
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.replace(/\.[A-Za-z0-9]{2,5}$/, '')
		.trim()
		.slice(0, 200);
	return `${base || 'document'}.${format}`;
}

/** The file a form sent in the named field, or null when none was chosen. */
export async function uploadedFileFrom(formData: FormData, field = 'file'): Promise<UploadedFile | null> {
	const value = formData.get(field);
	if (!(value instanceof File) || value.size === 0) return null;
	return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}
