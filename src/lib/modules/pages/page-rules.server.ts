// Rules shared by the commands that create and change pages: addresses, the menu tree, the body.
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { htmlToText, paragraphsToHtml, sanitizeRichText } from '../../server/html.ts';
import { pages } from './schema.ts';
import { slugify, uniqueSlug } from '../../i18n/slug.ts';
import { withResponsiveImages } from '../media/rich-text.server.ts';
import { withDocumentLinks } from '../documents/rich-text.server.ts';

/** The address a page gets when nothing usable can be made from its title. */
const FALLBACK_SLUG = 'stranica';

async function isSlugTaken(db: Database, officeId: string, slug: string, exceptId: string | null): Promise<boolean> {
	const [row] = await db
		.select({ id: pages.id })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.slug, slug), exceptId ? ne(pages.id, exceptId) : undefined))
		.limit(1);
	return !!row;
}

/**
 * The page's address: what staff typed (normalised to Latin, lower case, hyphens) must be free;
 * left empty, one is made from the title and numbered until it is free in this office.
 */
export async function resolveSlug(
	db: Database,
	officeId: string,
	options: { typed: string; title: string; exceptId: string | null }
): Promise<string> {
	if (options.typed) {
		const slug = slugify(options.typed);
		if (!slug) throw new AppError('invalid', 'common.formHasErrors', { slug: 'pages.field.slugInvalid' });
		if (await isSlugTaken(db, officeId, slug, options.exceptId)) {
			throw new AppError('invalid', 'common.formHasErrors', { slug: 'pages.field.slugTaken' });
		}
		return slug;
	}
	return uniqueSlug(slugify(options.title, FALLBACK_SLUG), (slug) => isSlugTaken(db, officeId, slug, options.exceptId));
}

/**
 * Checks where a page may sit in the menu: under a top-level page of the same office, never under
 * itself, and only when it has no sub-pages of its own (the menu has one level of nesting).
 */
export async function checkParent(
	db: Database,
	officeId: string,
	options: { pageId: string | null; parentId: string | null }
): Promise<void> {
	const { pageId, parentId } = options;
	if (!parentId) return;
	const invalid = (messageKey: string) => new AppError('invalid', 'common.formHasErrors', { parentId: messageKey });
	if (parentId === pageId) throw invalid('pages.field.parentSelf');
	const [parent] = await db
		.select({ parentId: pages.parentId })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.id, parentId)));
	if (!parent) throw invalid('validation.invalid');
	if (parent.parentId !== null) throw invalid('pages.field.parentNested');
	if (pageId) {
		const [child] = await db
			.select({ id: pages.id })
			.from(pages)
			.where(and(eq(pages.officeId, officeId), eq(pages.parentId, pageId)))
			.limit(1);
		if (child) throw invalid('pages.field.parentHasChildren');
	}
}

/** The position after the last entry of a menu level (the top level when parentId is null). */
export async function nextSortOrder(db: Database, officeId: string, parentId: string | null): Promise<number> {
	const [{ last }] = await db
		.select({ last: sql<number | null>`max(${pages.sortOrder})` })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), parentId ? eq(pages.parentId, parentId) : isNull(pages.parentId)));
	return last === null ? 0 : Number(last) + 1;
}

/**
 * Cleans a body for storage. Text typed without the editor (no tags at all) keeps its paragraphs;
 * anything else goes through the allow-list.
 */
export function cleanBody(body: string): string {
	const html = /<[a-z][^>]*>/i.test(body) ? body : paragraphsToHtml(body);
	return sanitizeRichText(html);
}

/** A cleaned body with its library images made responsive and its document links completed. */
export async function completeBody(db: Database, officeId: string, body: string): Promise<string> {
	return withResponsiveImages(db, officeId, await withDocumentLinks(db, officeId, cleanBody(body)));
}

/** The plain text the search columns are built from: the Serbian body, then the English one. */
export function searchTextOf(body: string, bodyEn: string): string {
	return [htmlToText(body), htmlToText(bodyEn)].filter(Boolean).join('\n\n');
}
