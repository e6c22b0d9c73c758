import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageUsers } from './permissions.server.ts';
import { removeDemoAccounts, seedDemoAccounts } from './seed.server.ts';
import { accountsPersonalData } from './personal-data.server.ts';

export const accountsManifest: ModuleManifest = {
	name: 'accounts',
	adminNav: [
		{
			group: 'administration',
			href: '/admin/users',
			labelKey: 'accounts.admin.nav',
			isVisibleTo: canManageUsers,
			order: 90
		}
	],
	seedDemo: seedDemoAccounts,
	removeDemo: removeDemoAccounts,
	personalData: accountsPersonalData
};
