import type { ModuleManifest } from '../../server/manifest.ts';
import { removeDemoPages, seedDemoPages } from './seed.server.ts';

export const pagesManifest: ModuleManifest = {
	name: 'pages',
	seedDemo: seedDemoPages,
	removeDemo: (db, officeId) => removeDemoPages(db, officeId)
};
