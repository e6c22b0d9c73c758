import type { ModuleManifest } from '../../server/manifest.ts';

/** Open data and the public API read the other modules' `openData` hooks; this module holds no data. */
export const openDataManifest: ModuleManifest = {
	name: 'open-data',
	sitemap: async () => [{ path: '/open-data', updatedAt: null }]
};
