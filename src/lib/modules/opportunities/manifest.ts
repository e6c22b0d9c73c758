import type { ModuleManifest } from '../../server/manifest.ts';

export const opportunitiesManifest: ModuleManifest = {
	name: 'opportunities'
};
