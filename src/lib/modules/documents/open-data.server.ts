// The documents dataset of the open data (decision 0025): metadata of the public library's documents.
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataset } from '../../server/manifest.ts';
import { latestOf } from '../../server/open-data.ts';
import { listPublicDocuments } from './queries.server.ts';
import { DOCUMENT_TYPES } from './schema.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `documents.opendata.column.${name}` });

export const documentsDataset: OpenDataset = {
	id: 'documents',
	titleKey: 'documents.opendata.title',
	descriptionKey: 'documents.opendata.description',
	keywordKeys: ['documents.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('title', 'string'),
		column('title_en', 'string', true),
		column('type', 'string', false, { codes: DOCUMENT_TYPES, labelKey: (code) => `documents.type.${code}` }),
		column('year', 'integer'),
		column('description', 'string'),
		column('description_en', 'string', true),
		column('format', 'string'),
		column('size_bytes', 'integer'),
		column('url', 'string'),
		column('file_url', 'string')
	],
	// The same query as the public library, so a hidden document can never appear here.
	async read(db: Database, officeId: string) {
		const documents = await listPublicDocuments(db, officeId);
		return {
			updatedAt: latestOf(documents.map((document) => document.updatedAt)),
			rows: documents.map((document) => ({
				id: document.id,
				title: document.title,
				title_en: document.titleEn || null,
				type: document.type,
				year: document.year,
				description: document.description,
				description_en: document.descriptionEn || null,
				format: document.format,
				size_bytes: document.size,
				url: document.path,
				file_url: document.downloadPath
			}))
		};
	}
};
