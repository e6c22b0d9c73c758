// Free addresses (slugs) for records of an office: the text in Latin, numbered when taken.
import { and, eq, like, or } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db/client.ts';
import { slugify, uniqueSlug } from '../i18n/slug.ts';

/** A table whose rows have an office and an address unique within it. */
export type SluggedTable = PgTable & { slug: PgColumn; officeId: PgColumn };

/** A free address for `text` among the office's rows of `table`, avoiding `reserved` ones too. */
export async function freeSlugIn(
	db: Database,
	table: SluggedTable,
	officeId: string,
	text: string,
	fallback: string,
	reserved: ReadonlySet<string> = new Set()
): Promise<string> {
	const base = slugify(text, fallback);
	const rows = await db
		.select({ slug: table.slug })
		.from(table)
		.where(
			and(eq(table.officeId, officeId), or(eq(table.slug, base), like(table.slug, `${base.replace(/[%_\\]/g, '')}-%`)))
		);
	const taken = new Set(rows.map((row) => String(row.slug)));
	return uniqueSlug(base, (slug) => taken.has(slug) || reserved.has(slug));
}
