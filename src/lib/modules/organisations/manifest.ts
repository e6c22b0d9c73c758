import { organisationStandardsEvidence } from './standards-evidence.server.ts';
import { organisationStatistics } from './statistics.server.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageOrganisations } from './permissions.server.ts';
import { removeDemoOrganisations, seedDemoOrganisations } from './seed.server.ts';
import { seedDemoPartnerships } from './seed-partnerships.server.ts';
import { listDirectorySitemap, directorySearchStatement } from './directory-queries.server.ts';
import { sendYearlyConfirmations } from './commands/send-yearly-confirmations.server.ts';
import { readWaitingImports } from './commands/import-organisations.server.ts';
import { organisationsAttention } from './dashboard.server.ts';
import { organisationsPersonalData } from './personal-data.server.ts';
import { organisationsDataset } from './open-data.server.ts';

export const organisationsManifest: ModuleManifest = {
	name: 'organisations',
	adminNav: [
		{
			group: 'directory',
			href: '/admin/organisations',
			labelKey: 'organisations.admin.nav',
			isVisibleTo: canManageOrganisations,
			order: 50
		},
		{
			group: 'directory',
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
	removeDemo: (db, officeId) => removeDemoOrganisations(db, officeId),
	searchStatement: (db, officeId, query, limit) => directorySearchStatement(db, officeId, query, limit),
	sitemap: (db, officeId) => listDirectorySitemap(db, officeId),
	// The yearly "still active?" e-mail goes out during the configured month; checking a few times a
	// day reaches organisations added during the month too.
	jobs: [
		{
			name: 'organisations: read uploaded import files',
			everyMs: 3_000,
			run: (db, now) => readWaitingImports(db, now)
		},
		{
			name: 'organisations: yearly confirmation',
			everyMs: 6 * 3_600_000,
			run: (db, now) => sendYearlyConfirmations(db, now)
		}
	],
	dashboard: (db, officeId, actor) => organisationsAttention(db, officeId, actor),
	personalData: organisationsPersonalData,
	openData: [organisationsDataset],
	statistics: organisationStatistics,
	statisticsShape: [
		{
			key: 'organisations',
			titleKey: 'organisations.statistics.title',
			order: 40,
			figures: [
				{ key: 'organisations.active', labelKey: 'organisations.statistics.active' },
				{ key: 'organisations.agreements', labelKey: 'organisations.statistics.agreements' },
				{ key: 'organisations.jointEvents', labelKey: 'organisations.statistics.jointEvents' },
				{ key: 'organisations.directory', labelKey: 'organisations.statistics.directory' }
			],
			tables: [{ key: 'organisations.activeByType', titleKey: 'organisations.statistics.activeByType' }]
		}
	],
	standardsEvidence: organisationStandardsEvidence
};
