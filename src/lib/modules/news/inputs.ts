import * as v from 'valibot';
import { checkbox, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { slugify } from '../../i18n/slug.ts';
import { parseBelgradeDateTime } from '../../i18n/office-time.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An optional record id from a select or radio group; empty means none. */
const optionalId = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || UUID.test(value), encodeMessage('validation.invalid')),
		v.transform((value) => (value === '' ? null : value))
	);

export const MAX_TAGS = 12;

/** Splits comma-separated tags, trimmed, without repeats (ignoring case), each at most 40 characters. */
export function parseTags(text: string): string[] {
	const seen = new Set<string>();
	const tags: string[] = [];
	for (const raw of text.split(/[,\n]/)) {
		const tag = raw.trim().replace(/\s+/g, ' ').replace(/^#/, '').slice(0, 40);
		if (!tag || seen.has(tag.toLowerCase())) continue;
		seen.add(tag.toLowerCase());
		tags.push(tag);
	}
	return tags.slice(0, MAX_TAGS);
}

export const articleInput = v.object({
	title: requiredText(200),
	titleEn: optionalText(200),
	/** Typed or left empty; either way made into a clean address part, or generated from the title. */
	slug: v.pipe(
		optionalText(120),
		v.transform((value) => slugify(value))
	),
	summary: optionalText(600),
	summaryEn: optionalText(600),
	body: optionalText(200_000),
	bodyEn: optionalText(200_000),
	categoryId: optionalId(),
	coverMediaId: optionalId(),
	tags: v.pipe(optionalText(600), v.transform(parseTags)),
	status: v.optional(v.picklist(['draft', 'published'], encodeMessage('validation.invalid')), 'draft'),
	/** Belgrade time from a datetime-local field; empty means "now" when publishing. */
	publishAt: v.pipe(
		optionalText(40),
		v.check((value) => value === '' || parseBelgradeDateTime(value) !== null, encodeMessage('news.error.publishAt')),
		v.transform((value) => (value === '' ? null : parseBelgradeDateTime(value)))
	)
});
export type ArticleInput = v.InferOutput<typeof articleInput>;

export const categoryInput = v.object({
	name: requiredText(120),
	nameEn: optionalText(120),
	sortOrder: v.pipe(
		v.optional(v.string(), '0'),
		v.trim(),
		v.transform((value) => (value === '' ? '0' : value)),
		v.regex(/^\d{1,3}$/, encodeMessage('validation.integer')),
		v.transform(Number)
	)
});
export type CategoryInput = v.InferOutput<typeof categoryInput>;

/** The cover image uploaded together with an article (optional; alt text required when a file is sent). */
export const coverUploadInput = v.object({
	coverAlt: optionalText(300),
	coverAltEn: optionalText(300)
});

/** Deleting an article is for good, so the form asks for a ticked confirmation. */
export const deleteArticleInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('news.admin.deleteConfirmRequired'))
	)
});
