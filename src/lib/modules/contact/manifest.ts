import type { ModuleManifest } from '../../server/manifest.ts';

export const contactManifest: ModuleManifest = {
	name: 'contact'
};
