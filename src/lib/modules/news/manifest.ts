import type { ModuleManifest } from '../../server/manifest.ts';
import { canEditNews } from './permissions.server.ts';
import { listNewsSitemap, listNewsUsingMedia, newsSearchStatement } from './queries.server.ts';
import { removeDemoNews, seedDemoNews } from './seed.server.ts';
import { newsDataset } from './open-data.server.ts';
import { earliestAhead } from '../../server/page-cache.ts';
import { newsArticles } from './schema.ts';

export const newsManifest: ModuleManifest = {
	name: 'news',
	adminNav: [
		{ group: 'content', href: '/admin/news', labelKey: 'news.admin.nav', isVisibleTo: canEditNews, order: 20 }
	],
	seedDemo: seedDemoNews,
	removeDemo: removeDemoNews,
	searchStatement: newsSearchStatement,
	sitemap: listNewsSitemap,
	mediaUsage: listNewsUsingMedia,
	openData: [newsDataset],
	nextPublicChange: (db, officeId, now) =>
		earliestAhead(db, newsArticles, newsArticles.officeId, officeId, [newsArticles.publishAt], now)
};
