import { participationStandardsEvidence } from './standards-evidence.server.ts';
import type { ModuleManifest } from '../../server/manifest.ts';
import { canManageParticipation } from './permissions.server.ts';
import {
	countAttention,
	listInitiativesSitemap,
	listParticipationUsingMedia,
	initiativesSearchStatement
} from './queries.server.ts';
import { participationIndicatorSources, participationStatistics } from './indicators.server.ts';
import { participationPersonalData } from './personal-data.server.ts';
import { removeDemoParticipation, seedDemoParticipation } from './seed.server.ts';
import { earliestAhead, earliestOf } from '../../server/page-cache.ts';
import { participationBudgetRounds, participationPolls } from './schema.ts';
import { budgetResultsDataset, initiativesDataset, pollResultsDataset } from './open-data.server.ts';
import { listInitiativeLinkTargets } from './link-targets.server.ts';

export const participationManifest: ModuleManifest = {
	name: 'participation',
	adminNav: [
		{
			group: 'participation',
			href: '/admin/participation',
			labelKey: 'participation.admin.nav',
			isVisibleTo: canManageParticipation,
			order: 55
		}
	],
	seedDemo: seedDemoParticipation,
	removeDemo: removeDemoParticipation,
	searchStatement: initiativesSearchStatement,
	sitemap: listInitiativesSitemap,
	mediaUsage: listParticipationUsingMedia,
	indicatorSources: participationIndicatorSources,
	statistics: participationStatistics,
	statisticsShape: [
		{
			key: 'participation',
			titleKey: 'participation.statistics.title',
			order: 60,
			figures: [
				{ key: 'participation.people', labelKey: 'participation.statistics.people' },
				{ key: 'participation.submitted', labelKey: 'participation.statistics.submitted' },
				{ key: 'participation.answered', labelKey: 'participation.statistics.answered' },
				{ key: 'participation.pollVotes', labelKey: 'participation.statistics.pollVotes' },
				{ key: 'participation.budgetProjectsDone', labelKey: 'participation.statistics.budgetProjectsDone' }
			],
			tables: []
		}
	],
	standardsEvidence: participationStandardsEvidence,
	openData: [initiativesDataset, pollResultsDataset, budgetResultsDataset],
	linkTargets: { kinds: ['participation.initiative'], list: listInitiativeLinkTargets },
	dashboard: async (db, officeId, actor, now) => {
		if (!canManageParticipation(actor)) return [];
		const counts = await countAttention(db, officeId, now);
		return [
			{
				labelKey: 'participation.dashboard.moderation',
				count: counts.moderation,
				href: '/admin/participation?queue=moderation',
				tone: 'info' as const
			},
			{
				labelKey: 'participation.dashboard.overdue',
				count: counts.overdue,
				href: '/admin/participation?queue=overdue',
				tone: 'warning' as const
			},
			{
				labelKey: 'participation.dashboard.reports',
				count: counts.reports,
				href: '/admin/participation/reports',
				tone: 'info' as const
			}
		].filter((item) => item.count > 0);
	},
	personalData: participationPersonalData,
	nextPublicChange: async (db, officeId, now) => {
		const rounds = participationBudgetRounds;
		const moments = await Promise.all([
			earliestAhead(
				db,
				participationPolls,
				participationPolls.officeId,
				officeId,
				[participationPolls.opensAt, participationPolls.closesAt],
				now
			),
			earliestAhead(
				db,
				rounds,
				rounds.officeId,
				officeId,
				[rounds.proposalsFrom, rounds.reviewFrom, rounds.votingFrom, rounds.resultsFrom, rounds.implementationFrom],
				now
			)
		]);
		return earliestOf(moments);
	}
};
