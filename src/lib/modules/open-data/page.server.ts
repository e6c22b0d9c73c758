// What the /open-data page shows: each dataset described in the reader's locale, the licence, the catalogue.
import type { Database } from '../../server/db/client.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import type { Office } from '../../server/office.ts';
import { createI18n, type Locale } from '../../i18n/index.ts';
import { describeDataset, summariseDatasets } from './catalogue.server.ts';
import { dcatCatalogueFor, licenceOf } from './api.server.ts';

/** Every dataset with its words, row count and last update; the licence; the DCAT-AP catalogue for JSON-LD. */
export async function listOpenDatasets(
	db: Database,
	office: Office,
	modules: readonly ModuleManifest[],
	locale: Locale,
	now: Date = new Date()
) {
	const i18n = createI18n(locale, office.keepLatin);
	const [summaries, catalogue] = await Promise.all([
		summariseDatasets(db, office.id, modules, now),
		dcatCatalogueFor(db, office, modules, now)
	]);
	return {
		licence: licenceOf(office, locale),
		catalogue,
		datasets: summaries.map(({ dataset, count, updatedAt }) => ({
			...describeDataset(dataset, i18n),
			count,
			updatedAt
		}))
	};
}
