import type { ModuleManifest } from '../../server/manifest.ts';
import { removeDemoPages, seedDemoPages } from './seed.server.ts';
import { listPageSitemap, listPagesUsingMedia, pagesSearchStatement } from './queries.server.ts';
import { canEditPages } from './permissions.server.ts';

export const pagesManifest: ModuleManifest = {
	name: 'pages',
	adminNav: [
		{ group: 'content', href: '/admin/pages', labelKey: 'pages.admin.nav', isVisibleTo: canEditPages, order: 20 }
	],
	seedDemo: seedDemoPages,
	removeDemo: (db, officeId) => removeDemoPages(db, officeId),
	searchStatement: pagesSearchStatement,
	sitemap: listPageSitemap,
	mediaUsage: listPagesUsingMedia
};
