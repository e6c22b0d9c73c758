import type { ModuleManifest } from '../../server/manifest.ts';
import { removeDemoPages, seedDemoPages } from './seed.server.ts';
import { listPageSitemap, searchPages } from './queries.server.ts';

export const pagesManifest: ModuleManifest = {
	name: 'pages',
	seedDemo: seedDemoPages,
	removeDemo: (db, officeId) => removeDemoPages(db, officeId),
	search: searchPages,
	sitemap: listPageSitemap
};
