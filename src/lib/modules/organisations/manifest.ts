import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageOrganisations } from './permissions.server.ts';
import { removeDemoOrganisations, seedDemoOrganisations } from './seed.server.ts';
import { seedDemoPartnerships } from './seed-partnerships.server.ts';

export const organisationsManifest: ModuleManifest = {
	name: 'organisations',
	adminNav: [
		{
			href: '/admin/organisations',
			labelKey: 'organisations.admin.nav',
			isVisibleTo: canManageOrganisations,
			order: 50
		},
		{
			href: '/admin/organisations/requests',
			labelKey: 'organisations.requests.nav',
			isVisibleTo: canManageOrganisations,
			order: 51
		}
	],
	seedDemo: async (db, officeId) => {
		await seedDemoOrganisations(db, officeId);
		await seedDemoPartnerships(db, officeId);
	},
	removeDemo: (db, officeId) => removeDemoOrganisations(db, officeId)
};
