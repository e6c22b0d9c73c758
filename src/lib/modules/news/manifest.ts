import type { ModuleManifest } from '../../server/manifest.ts';

export const newsManifest: ModuleManifest = {
	name: 'news'
};
