import type { Database } from '../../../server/db/client.ts';
import { htmlToText, paragraphsToHtml, sanitizeRichText } from '../../../server/html.ts';
import { listDocumentsForPicker } from '../../documents/queries.server.ts';
import { withDocumentLinks } from '../../documents/rich-text.server.ts';
import { withResponsiveImages } from '../../media/rich-text.server.ts';
import { opportunities } from '../schema.ts';
import type { OpportunityInput } from '../inputs.ts';
import { freeSlugIn } from '../../../server/slugs.ts';

/** Editor HTML is cleaned against the allow-list; plain text typed without the editor becomes paragraphs. */
export function cleanBody(body: string): string {
	if (!body.trim()) return '';
	return /<\/?[a-z][^>]*>/i.test(body) ? sanitizeRichText(body) : paragraphsToHtml(body);
}

/** A cleaned body with its library images made responsive and its document links completed. */
async function completeBody(db: Database, officeId: string, body: string): Promise<string> {
	return withResponsiveImages(db, officeId, await withDocumentLinks(db, officeId, cleanBody(body)));
}

/** The stored columns for what was typed: clean HTML, the plain text search reads, checked attachments. */
export async function storedFields(db: Database, officeId: string, input: OpportunityInput, now: Date) {
	const { attachments, ...fields } = input;
	const body = await completeBody(db, officeId, fields.body);
	const bodyEn = await completeBody(db, officeId, fields.bodyEn);
	// Only documents of this office's library may be attached, whatever the form sent.
	const library = new Set((await listDocumentsForPicker(db, officeId)).map((document) => document.id));
	return {
		...fields,
		body,
		bodyEn,
		searchText: [htmlToText(body), htmlToText(bodyEn), fields.place, fields.eligibility].filter(Boolean).join('\n\n'),
		attachmentDocumentIds: attachments.filter((id) => library.has(id)),
		// Published without a date means "now": feeds and the page then show when it appeared.
		publishAt: fields.status === 'published' ? (fields.publishAt ?? now) : fields.publishAt
	};
}

/** A free address for a title in this office: the title in Latin, numbered if taken. */
export function freeSlug(db: Database, officeId: string, title: string): Promise<string> {
	return freeSlugIn(db, opportunities, officeId, title, 'prilika');
}
