import type { ModuleManifest } from '../../server/manifest.ts';
import { canEditSettings } from './permissions.server.ts';
import { listSettingsUsingMedia } from './commands/set-cover.server.ts';
import { removeDemoCover, seedDemoCover } from './seed.server.ts';

export const settingsManifest: ModuleManifest = {
	name: 'settings',
	adminNav: [
		{
			group: 'administration',
			href: '/admin/settings',
			labelKey: 'settings.nav',
			isVisibleTo: canEditSettings,
			order: 80
		}
	],
	mediaUsage: listSettingsUsingMedia,
	seedDemo: seedDemoCover,
	removeDemo: removeDemoCover
};
