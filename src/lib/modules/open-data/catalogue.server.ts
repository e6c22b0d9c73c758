// The office's open datasets, gathered from every module's `openData` hook (decision 0025).
import type { Database } from '../../server/db/client.ts';
import type { ModuleManifest, OpenDataRow, OpenDataset } from '../../server/manifest.ts';
import { createI18n, type I18n, type Locale, type MessageKey } from '../../i18n/index.ts';
import { pickColumns } from './serialise.ts';

/** Every dataset the modules declare, in the modules' order. */
export function listDatasets(modules: readonly ModuleManifest[]): OpenDataset[] {
	return modules.flatMap((module) => module.openData ?? []);
}

/** The dataset with this id, or null (ids are checked against the declarations, never used as paths). */
export function findDataset(modules: readonly ModuleManifest[], id: string): OpenDataset | null {
	return listDatasets(modules).find((dataset) => dataset.id === id) ?? null;
}

/** A dataset's words in one locale: title, description, keywords and what each column means. */
export interface DescribedDataset {
	id: string;
	title: string;
	description: string;
	keywords: string[];
	columns: {
		name: string;
		type: string;
		description: string;
		nullable: boolean;
		/** A code column's values with what each means. */
		values?: { code: string; label: string }[];
	}[];
}

/** Describes a dataset in the translator's locale. */
export function describeDataset(dataset: OpenDataset, i18n: I18n): DescribedDataset {
	const t = (key: string) => i18n.t(key as MessageKey);
	return {
		id: dataset.id,
		title: t(dataset.titleKey),
		description: t(dataset.descriptionKey),
		keywords: (dataset.keywordKeys ?? []).map(t),
		columns: dataset.columns.map((column) => ({
			name: column.name,
			type: column.type,
			description: t(column.descriptionKey),
			nullable: column.nullable ?? false,
			...(column.values
				? {
						values: column.values.codes.map((code) => ({
							code,
							label: t(column.values!.labelKey(code))
						}))
					}
				: {})
		}))
	};
}

/** Describes a dataset in the given locale (a translator made for the purpose). */
export function describeDatasetIn(dataset: OpenDataset, locale: Locale): DescribedDataset {
	return describeDataset(dataset, createI18n(locale));
}

/** A dataset's rows, limited to its declared columns, `url` made absolute on `origin`, and when it last changed. */
export async function readDataset(
	db: Database,
	officeId: string,
	dataset: OpenDataset,
	origin: string,
	now: Date = new Date()
): Promise<{ rows: OpenDataRow[]; updatedAt: Date | null }> {
	const { rows, updatedAt } = await dataset.read(db, officeId, now);
	return {
		rows: rows.map((row) => {
			const picked = pickColumns(dataset.columns, row);
			for (const column of dataset.columns) {
				const value = picked[column.name];
				if (/(^|_)url$/.test(column.name) && typeof value === 'string' && value.startsWith('/')) {
					picked[column.name] = origin + value;
				}
			}
			return picked;
		}),
		updatedAt
	};
}

/** Every dataset with its row count and last update, for the /open-data page and the catalogue. */
export async function summariseDatasets(
	db: Database,
	officeId: string,
	modules: readonly ModuleManifest[],
	now: Date = new Date()
): Promise<{ dataset: OpenDataset; count: number; updatedAt: Date | null }[]> {
	return Promise.all(
		listDatasets(modules).map(async (dataset) => {
			const { rows, updatedAt } = await dataset.read(db, officeId, now);
			return { dataset, count: rows.length, updatedAt };
		})
	);
}
