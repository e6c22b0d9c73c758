// The opportunities dataset of the open data (decision 0025): what the portal lists, past deadlines too.
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataset } from '../../server/manifest.ts';
import { isoOrNull, latestOf } from '../../server/open-data.ts';
import { isPublicAt } from './queries.server.ts';
import { OPPORTUNITY_TYPES, opportunities } from './schema.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `opportunities.opendata.column.${name}` });

export const opportunitiesDataset: OpenDataset = {
	id: 'opportunities',
	titleKey: 'opportunities.opendata.title',
	descriptionKey: 'opportunities.opendata.description',
	keywordKeys: ['opportunities.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('type', 'string', false, {
			codes: OPPORTUNITY_TYPES,
			labelKey: (code) => `opportunities.type.${code}`
		}),
		column('title', 'string'),
		column('title_en', 'string', true),
		column('organiser', 'string', true),
		column('summary', 'string'),
		column('summary_en', 'string', true),
		column('min_age', 'integer', true),
		column('max_age', 'integer', true),
		column('place', 'string', true),
		column('deadline', 'datetime', true),
		column('link', 'string', true),
		column('url', 'string')
	],
	async read(db: Database, officeId: string, now: Date) {
		const rows = await db
			.select()
			.from(opportunities)
			.where(and(eq(opportunities.officeId, officeId), isPublicAt(now)))
			.orderBy(asc(opportunities.createdAt), asc(opportunities.id));
		return {
			updatedAt: latestOf(rows.map((row) => row.updatedAt)),
			rows: rows.map((row) => ({
				id: row.id,
				type: row.type,
				title: row.title,
				title_en: row.titleEn || null,
				organiser: row.organiser || null,
				summary: row.summary,
				summary_en: row.summaryEn || null,
				min_age: row.minAge,
				max_age: row.maxAge,
				place: row.place || null,
				deadline: isoOrNull(row.deadline),
				link: row.link || null,
				url: `/opportunities/${row.slug}`
			}))
		};
	}
};
