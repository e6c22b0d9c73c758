import type { ModuleManifest } from '../../server/manifest.ts';
import { documentsDataset } from './open-data.server.ts';
import { canEditDocuments } from './permissions.server.ts';
import { listDocumentSitemap, documentsSearchStatement } from './queries.server.ts';
import { removeDemoDocuments, seedDemoDocuments } from './seed.server.ts';

export const documentsManifest: ModuleManifest = {
	name: 'documents',
	adminNav: [
		{ group: 'content', href: '/admin/documents', labelKey: 'documents.nav', isVisibleTo: canEditDocuments, order: 40 }
	],
	seedDemo: seedDemoDocuments,
	removeDemo: (db, officeId) => removeDemoDocuments(db, officeId),
	searchStatement: documentsSearchStatement,
	sitemap: listDocumentSitemap,
	openData: [documentsDataset]
};
