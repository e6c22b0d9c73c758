import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageMedia } from './permissions.server.ts';
import { removeDemoMedia } from './seed.server.ts';

export const mediaManifest: ModuleManifest = {
	name: 'media',
	adminNav: [{ group: 'content', href: '/admin/media', labelKey: 'media.nav', isVisibleTo: canManageMedia, order: 40 }],
	removeDemo: removeDemoMedia
};
