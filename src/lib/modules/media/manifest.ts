import type { ModuleManifest } from '../../server/manifest.ts';

export const mediaManifest: ModuleManifest = {
	name: 'media'
};
