// The office's statistics: every module's `statistics` hook for the period and for the same period a
// year earlier, shown with the one small-group rule.
import { authorize, type Context } from '../../server/actor.ts';
import type { Database } from '../../server/db/client.ts';
import type { PlanAreaChoice, PlanAreaScope, StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { listProgrammes } from '../events/queries.server.ts';
import { canViewOfficeStatistics } from './permissions.server.ts';
import { periodBounds, previousYearPeriod, type StatisticsPeriod } from './period.ts';
import { showBlocks, type ShownBlock } from './shown.ts';

export interface OfficeStatisticsFilter {
	period: StatisticsPeriod;
	programmeId: string | null;
	/** An area of the action plan: blocks that can narrow to it do, the others say they count the whole office. */
	planAreaId?: string | null;
}

export interface OfficeStatistics {
	filter: OfficeStatisticsFilter;
	previousPeriod: StatisticsPeriod;
	blocks: ShownBlock[];
	programmeOptions: { id: string; name: string; nameEn: string }[];
	planAreaOptions: PlanAreaChoice[];
}

/** Every module's statistics for one period, unsuppressed (the caller shows them through showBlocks). */
export async function collectStatistics(
	db: Database,
	officeId: string,
	period: StatisticsPeriod,
	programmeId: string | null,
	planArea: PlanAreaScope | null = null
): Promise<StatisticsBlock[]> {
	const [blocks] = await collectStatisticsOfPeriods(db, officeId, [period], programmeId, planArea);
	return blocks;
}

/**
 * Every module's statistics for several periods (the one shown and the year before), one list per period:
 * a module with `statisticsOfPeriods` reads them in one pass, the others once per period.
 */
export async function collectStatisticsOfPeriods(
	db: Database,
	officeId: string,
	periods: readonly StatisticsPeriod[],
	programmeId: string | null,
	planArea: PlanAreaScope | null = null
): Promise<StatisticsBlock[][]> {
	// The registry imports every manifest, this one included: a lazy import keeps the circle open.
	const { manifests } = await import('../registry.server.ts');
	const queries: StatisticsQuery[] = periods.map((period) => ({
		officeId,
		...periodBounds(period),
		programmeId,
		planArea
	}));
	const perModule = await Promise.all(
		manifests.map((manifest) => {
			if (manifest.statisticsOfPeriods) return manifest.statisticsOfPeriods(db, queries);
			const hook = manifest.statistics;
			return Promise.all(queries.map((query) => hook?.(db, query) ?? []));
		})
	);
	return queries.map((_, index) => perModule.flatMap((lists) => lists[index]));
}

/** The office's statistics for a period, with last year's beside them, as staff may see them. */
export async function getOfficeStatistics(ctx: Context, filter: OfficeStatisticsFilter): Promise<OfficeStatistics> {
	authorize(ctx.actor, canViewOfficeStatistics(ctx.actor));
	const previousPeriod = previousYearPeriod(filter.period);
	const programmes = await listProgrammes(ctx.db, ctx.officeId);
	// An unknown programme (an old link, a typed address) means the whole office, never an error.
	const known = programmes.some((programme) => programme.id === filter.programmeId);
	// The same for an area: one the plan does not know counts the whole office.
	const { manifests, withPlanAreaLinks } = await import('../registry.server.ts');
	const areaHooks = manifests.flatMap((manifest) => (manifest.planAreaScope ? [manifest.planAreaScope] : []));
	const planAreaOptions = (await Promise.all(areaHooks.map((hook) => hook.list(ctx.db, ctx.officeId)))).flat();
	let planArea: PlanAreaScope | null = null;
	if (filter.planAreaId)
		for (const hook of areaHooks) planArea ??= await hook.scope(ctx.db, ctx.officeId, filter.planAreaId);
	// What other modules tie to the area (the initiatives its council decisions follow up), for the blocks counting them.
	if (planArea) planArea = await withPlanAreaLinks(ctx.db, ctx.officeId, planArea);
	const usedFilter = {
		...filter,
		programmeId: known ? filter.programmeId : null,
		planAreaId: planArea ? planArea.areaId : null
	};
	const [current, previous] = await collectStatisticsOfPeriods(
		ctx.db,
		ctx.officeId,
		[filter.period, previousPeriod],
		usedFilter.programmeId,
		planArea
	);
	return {
		filter: usedFilter,
		previousPeriod,
		blocks: showBlocks(current, previous),
		programmeOptions: programmes.map((programme) => ({
			id: programme.id,
			name: programme.name,
			nameEn: programme.nameEn
		})),
		planAreaOptions
	};
}
