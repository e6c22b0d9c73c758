// What creating, editing and restoring an article share: cleaning what staff sent, checking the
// records it points to, and keeping a snapshot of every saved version.
import { and, eq, ne } from 'drizzle-orm';
import { newsArticles, newsCategories, newsRevisions, type NewsStatus } from './schema.ts';
import type { Database } from '../../server/db/client.ts';
import type { Actor } from '../../server/actor.ts';
import { AppError, type FieldErrors } from '../../server/errors.ts';
import { htmlToText, sanitizeRichText } from '../../server/html.ts';
import { getMediaForDisplay } from '../media/queries.server.ts';
import { withResponsiveImages } from '../media/rich-text.server.ts';
import { withDocumentLinks } from '../documents/rich-text.server.ts';
import type { ArticleInput } from './inputs.ts';
import { slugify, uniqueSlug } from '../../i18n/slug.ts';

/** The columns an article's content is made of: what a revision keeps and a restore brings back. */
export interface ArticleContent {
	title: string;
	titleEn: string;
	summary: string;
	summaryEn: string;
	body: string;
	bodyEn: string;
	categoryId: string | null;
	coverMediaId: string | null;
	tags: string[];
}

/** Everything written to the row on a save. */
export interface ArticleValues extends ArticleContent {
	slug: string;
	status: NewsStatus;
	publishAt: Date | null;
	searchText: string;
}

/** The searchable plain text of both bodies (the generated search columns are built from it). */
export function searchTextOf(body: string, bodyEn: string): string {
	return [htmlToText(body), htmlToText(bodyEn)].filter(Boolean).join('\n\n');
}

/** Sanitises both bodies: nothing staff types can run script in a visitor's browser. */
export function cleanContent(content: ArticleContent): ArticleContent {
	return { ...content, body: sanitizeRichText(content.body), bodyEn: sanitizeRichText(content.bodyEn) };
}

/** Cleaned content whose library images are made responsive and document links completed. */
export async function completeContent(
	db: Database,
	officeId: string,
	content: ArticleContent
): Promise<ArticleContent> {
	const complete = async (html: string) =>
		withResponsiveImages(db, officeId, await withDocumentLinks(db, officeId, html));
	const clean = cleanContent(content);
	return { ...clean, body: await complete(clean.body), bodyEn: await complete(clean.bodyEn) };
}

/**
 * Turns the validated form into the values to store, or throws `invalid` with the fields to fix.
 * `existing` is the article being edited (null for a new one).
 */
export async function prepareArticle(
	tx: Database,
	officeId: string,
	input: ArticleInput,
	existing: { id: string; slug: string; status: NewsStatus; publishAt: Date | null } | null
): Promise<ArticleValues> {
	const content = await completeContent(tx, officeId, input);
	const errors: FieldErrors = {};
	if (content.categoryId) {
		const [category] = await tx
			.select({ id: newsCategories.id })
			.from(newsCategories)
			.where(and(eq(newsCategories.officeId, officeId), eq(newsCategories.id, content.categoryId)));
		if (!category) errors.categoryId = 'validation.invalid';
	}
	if (
		content.coverMediaId &&
		!(await getMediaForDisplay(tx, officeId, [content.coverMediaId])).has(content.coverMediaId)
	)
		errors.coverMediaId = 'news.error.coverMissing';
	if (input.status === 'published' && htmlToText(content.body) === '' && !/<img\s/i.test(content.body))
		errors.body = 'news.error.bodyRequired';

	const isTaken = async (slug: string) => {
		const [other] = await tx
			.select({ id: newsArticles.id })
			.from(newsArticles)
			.where(
				and(
					eq(newsArticles.officeId, officeId),
					eq(newsArticles.slug, slug),
					existing ? ne(newsArticles.id, existing.id) : undefined
				)
			);
		return !!other;
	};
	let slug = input.slug;
	if (slug && slug !== existing?.slug && (await isTaken(slug))) errors.slug = 'news.error.slugTaken';
	if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
	if (!slug) slug = await uniqueSlug(slugify(content.title, 'vest'), isTaken);

	// Publishing without a time means now; an article published earlier keeps its date.
	const publishAt =
		input.status === 'published'
			? (input.publishAt ?? (existing?.status === 'published' ? existing.publishAt : null) ?? new Date())
			: input.publishAt;
	return {
		...content,
		slug,
		status: input.status,
		publishAt,
		searchText: searchTextOf(content.body, content.bodyEn)
	};
}

/** Stores the article's state after a save as a new revision, naming who saved it. */
export async function recordRevision(
	tx: Database,
	options: { articleId: string; officeId: string; actor: Actor; values: ArticleValues; restoredFrom?: string }
): Promise<string> {
	const { values } = options;
	const snapshot: Record<string, unknown> = {
		title: values.title,
		titleEn: values.titleEn,
		slug: values.slug,
		summary: values.summary,
		summaryEn: values.summaryEn,
		body: values.body,
		bodyEn: values.bodyEn,
		categoryId: values.categoryId,
		coverMediaId: values.coverMediaId,
		tags: values.tags,
		status: values.status,
		publishAt: values.publishAt?.toISOString() ?? null
	};
	if (options.restoredFrom) snapshot.restoredFrom = options.restoredFrom;
	const [revision] = await tx
		.insert(newsRevisions)
		.values({
			articleId: options.articleId,
			officeId: options.officeId,
			snapshot,
			editedBy: options.actor.userId,
			editedByLabel: options.actor.name
		})
		.returning({ id: newsRevisions.id });
	return revision.id;
}

/** The content kept in a revision snapshot (fields missing from old snapshots become empty). */
export function contentOfSnapshot(snapshot: Record<string, unknown>): ArticleContent {
	const text = (key: string) => (typeof snapshot[key] === 'string' ? (snapshot[key] as string) : '');
	const id = (key: string) => (typeof snapshot[key] === 'string' && snapshot[key] ? (snapshot[key] as string) : null);
	return {
		title: text('title'),
		titleEn: text('titleEn'),
		summary: text('summary'),
		summaryEn: text('summaryEn'),
		body: text('body'),
		bodyEn: text('bodyEn'),
		categoryId: id('categoryId'),
		coverMediaId: id('coverMediaId'),
		tags: Array.isArray(snapshot.tags) ? snapshot.tags.filter((tag): tag is string => typeof tag === 'string') : []
	};
}

/** Names of the fields whose values differ (for the audit record; never the texts themselves). */
export function changedFields(before: object, after: object): string[] {
	const normalise = (value: unknown) => (value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null));
	const old = before as Record<string, unknown>;
	const now = after as Record<string, unknown>;
	return Object.keys(now).filter((key) => key !== 'searchText' && normalise(old[key]) !== normalise(now[key]));
}
