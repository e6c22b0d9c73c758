import { and, asc, eq } from 'drizzle-orm';
import { pages } from './schema.ts';
import type { Database } from '../../server/db/client.ts';

export interface PublicPageSummary {
	slug: string;
	title: string;
	titleEn: string;
}

/** Published pages of an office for the navigation, in menu order. */
export async function listPublishedPages(db: Database, officeId: string): Promise<PublicPageSummary[]> {
	return db
		.select({ slug: pages.slug, title: pages.title, titleEn: pages.titleEn })
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.isPublished, true)))
		.orderBy(asc(pages.sortOrder), asc(pages.title));
}

/** One published page by its address, or null. */
export async function getPublishedPage(db: Database, officeId: string, slug: string) {
	const [page] = await db
		.select()
		.from(pages)
		.where(and(eq(pages.officeId, officeId), eq(pages.slug, slug), eq(pages.isPublished, true)));
	return page ?? null;
}
