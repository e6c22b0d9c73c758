// The organisations dataset of the open data (decision 0025): the public directory's always-public
// fields, and the website when the organisation chose to show it. Never contacts, members, e-mail or phone.
import { asc } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataset } from '../../server/manifest.ts';
import { latestOf } from '../../server/open-data.ts';
import { isPubliclyListed, showsField } from './directory.server.ts';
import { ORGANISATION_STATUSES, ORGANISATION_TYPES, TARGET_GROUPS, WORK_AREAS, organisations } from './schema.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `organisations.opendata.column.${name}` });

export const organisationsDataset: OpenDataset = {
	id: 'organisations',
	titleKey: 'organisations.opendata.title',
	descriptionKey: 'organisations.opendata.description',
	keywordKeys: ['organisations.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('name', 'string'),
		column('short_name', 'string', true),
		column('type', 'string', false, {
			codes: ORGANISATION_TYPES,
			labelKey: (code) => `organisations.type.${code}`
		}),
		column('areas', 'string', false, { codes: WORK_AREAS, labelKey: (code) => `organisations.area.${code}` }),
		column('target_groups', 'string', false, {
			codes: TARGET_GROUPS,
			labelKey: (code) => `organisations.target.${code}`
		}),
		column('description', 'string'),
		column('description_en', 'string', true),
		column('status', 'string', false, {
			codes: ORGANISATION_STATUSES.filter((status) => status !== 'dissolved'),
			labelKey: (code) => `organisations.status.${code}`
		}),
		column('website', 'string', true),
		column('url', 'string')
	],
	// The directory's own rule for which records are public (isPubliclyListed) and which optional fields.
	async read(db: Database, officeId: string) {
		const rows = await db
			.select({
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				shortName: organisations.shortName,
				type: organisations.type,
				areas: organisations.areas,
				targetGroups: organisations.targetGroups,
				description: organisations.description,
				descriptionEn: organisations.descriptionEn,
				status: organisations.status,
				website: organisations.website,
				publicFields: organisations.publicFields,
				updatedAt: organisations.updatedAt
			})
			.from(organisations)
			.where(isPubliclyListed(officeId))
			.orderBy(asc(organisations.name), asc(organisations.id));
		return {
			updatedAt: latestOf(rows.map((row) => row.updatedAt)),
			rows: rows.map((row) => ({
				id: row.id,
				name: row.name,
				short_name: row.shortName || null,
				type: row.type,
				areas: row.areas.join('; '),
				target_groups: row.targetGroups.join('; '),
				description: row.description,
				description_en: row.descriptionEn || null,
				status: row.status,
				website: showsField(row.publicFields, 'website') && row.website ? row.website : null,
				url: `/organisations/${row.slug}`
			}))
		};
	}
};
