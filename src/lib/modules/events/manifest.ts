import type { ModuleManifest } from '../../server/manifest.ts';

export const eventsManifest: ModuleManifest = {
	name: 'events'
};
