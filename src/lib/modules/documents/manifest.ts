import type { ModuleManifest } from '../../server/manifest.ts';

export const documentsManifest: ModuleManifest = {
	name: 'documents'
};
