// Documents embedded in rich text: the editor inserts a link naming the document by id; on save the
// link gets the download address and the file's format and size, which public pages turn into a
// clear "download" card (see src/lib/ui/rich-text.ts) without any further query.
import type { Database } from '../../server/db/client.ts';
import { getDocumentsForLinks } from './queries.server.ts';

const DOCUMENT_LINK = /<a\b[^>]*\sdata-document="([^"]*)"[^>]*>/gi;

/**
 * Points each document link of sanitised HTML at the document's download and records its format
 * and size. A link to a document that is not in this office's library loses its document marks
 * and stays an ordinary link.
 */
export async function withDocumentLinks(db: Database, officeId: string, html: string): Promise<string> {
	const ids = [...html.matchAll(DOCUMENT_LINK)].map((found) => found[1]);
	if (ids.length === 0) return html;
	const library = await getDocumentsForLinks(db, officeId, ids);
	return html.replace(DOCUMENT_LINK, (tag, id: string) => {
		const document = library.get(id);
		if (!document) return tag.replace(/\sdata-(document|format|size)="[^"]*"/gi, '');
		return `<a href="${document.downloadPath}" data-document="${document.id}" data-format="${document.format}" data-size="${document.size}">`;
	});
}
