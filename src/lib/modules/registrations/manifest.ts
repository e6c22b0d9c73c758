import type { ModuleManifest } from '../../server/manifest.ts';

export const registrationsManifest: ModuleManifest = {
	name: 'registrations'
};
