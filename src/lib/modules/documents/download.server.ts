import type { FileWithBytes } from '../../server/files.ts';
import { toLatin } from '../../i18n/script.ts';
import type { Locale } from '../../i18n/locale.ts';
import { contentDisposition, type DocumentFormat } from '../../server/file-type.ts';
import type { DocumentSummary } from './queries.server.ts';

/** The name a reader's browser saves the file under: the title in the reader's language and script. */
export function downloadName(
	document: Pick<DocumentSummary, 'title' | 'titleEn'>,
	format: DocumentFormat,
	locale: Locale
): string {
	const title =
		locale === 'en' && document.titleEn
			? document.titleEn
			: locale === 'sr-Cyrl'
				? document.title
				: toLatin(document.title);
	// Characters that file systems refuse or that would end the header value are replaced.
	const safe = title
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
		.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 150);
	return `${safe || 'document'}.${format}`;
}

/** The response headers for downloading a document's file. */
export function downloadHeaders(
	document: Pick<DocumentSummary, 'title' | 'titleEn' | 'format'>,
	file: Pick<FileWithBytes, 'mime' | 'size' | 'sha256'>,
	locale: Locale
): Record<string, string> {
	return {
		'content-type': file.mime,
		'content-length': String(file.size),
		'content-disposition': contentDisposition(downloadName(document, document.format, locale), document.format),
		etag: `"${file.sha256}"`,
		// Short-lived, so unpublishing a document takes effect soon even behind a cache.
		'cache-control': 'public, max-age=300',
		// Nothing in the file may run as if it came from the portal, even if a browser shows it inline.
		'content-security-policy': "default-src 'none'; sandbox"
	};
}
