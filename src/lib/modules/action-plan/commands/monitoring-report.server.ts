// The yearly monitoring report: started from the plan as it stands, filled in during the year's
// review, and frozen when submitted, so later edits to the plan never change what was reported.
import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { sanitizeRichText } from '../../../server/html.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { getEventById } from '../../events/queries.server.ts';
import {
	actionPlans,
	planActivities,
	planActivityBudgets,
	planMonitoringReports,
	type MonitoringEntry
} from '../schema.ts';
import type { MonitoringEntryInput } from '../inputs.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { getPlanTree, type PlanTree } from '../queries.server.ts';
import { englishTitleOf, lockPlan, recordPlanChange, type PlanChange } from './shared.server.ts';

/** What a submitted report keeps: the plan as it was, the year's entries, indicators and evidence. */
export interface MonitoringSnapshot {
	year: number;
	tree: PlanTree;
	entries: Record<string, MonitoringEntry>;
	events: { id: string; title: string; titleEn: string; slug: string; startsAt: string }[];
}

/** Starts the report for a year, each activity prefilled with its current status, progress and spending. */
export async function startMonitoringReport(
	ctx: Context,
	options: { planId: string; year: number }
): Promise<{ id: string }> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	return ctx.db.transaction(async (tx) => {
		const plan = await lockPlan(tx, ctx.officeId, options.planId);
		if (options.year < plan.firstYear || options.year > plan.lastYear)
			throw new AppError('invalid', 'plan.error.yearOutside', {
				year: encodeMessage('plan.error.yearOutside', { first: String(plan.firstYear), last: String(plan.lastYear) })
			});
		const [existing] = await tx
			.select({ id: planMonitoringReports.id })
			.from(planMonitoringReports)
			.where(and(eq(planMonitoringReports.planId, plan.id), eq(planMonitoringReports.year, options.year)));
		if (existing)
			throw new AppError('conflict', 'plan.error.reportExists', {
				year: encodeMessage('plan.error.reportExists')
			});
		const tree = (await getPlanTree(tx, ctx.officeId, plan.id))!;
		const entries: Record<string, MonitoringEntry> = {};
		for (const activity of activitiesOf(tree)) {
			const spent = activity.budgets
				.filter((row) => row.year === options.year && row.spent !== null)
				.reduce((sum, row) => sum + (row.spent ?? 0), 0);
			entries[activity.id] = {
				status: activity.status,
				progress: activity.progress,
				spent: activity.budgets.some((row) => row.year === options.year && row.spent !== null) ? spent : null,
				comment: '',
				documentIds: []
			};
		}
		const [report] = await tx
			.insert(planMonitoringReports)
			.values({ officeId: ctx.officeId, planId: plan.id, year: options.year, entries })
			.returning({ id: planMonitoringReports.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'actionPlan.monitoring.started',
			entityType: 'plan_monitoring_report',
			entityId: report.id,
			details: { planId: plan.id, year: options.year }
		});
		return report;
	});
}

/** Every activity of the tree, in order. */
export function activitiesOf(tree: PlanTree) {
	return tree.areas.flatMap((area) =>
		area.goals.flatMap((goal) => goal.measures.flatMap((measure) => measure.activities))
	);
}

async function lockDraftReport(tx: Database, officeId: string, reportId: string) {
	const [report] = await tx
		.select()
		.from(planMonitoringReports)
		.where(and(eq(planMonitoringReports.officeId, officeId), eq(planMonitoringReports.id, reportId)))
		.for('update');
	if (!report) throw new AppError('not_found', 'plan.error.notFound');
	if (report.status === 'submitted') throw new AppError('conflict', 'plan.error.reportSubmitted');
	return report;
}

/** Saves the summary and any activities' entries of a draft report. */
export async function saveMonitoringReport(
	ctx: Context,
	options: {
		reportId: string;
		summary?: { summary: string; summaryEn: string };
		entries?: Record<string, MonitoringEntryInput>;
	}
): Promise<void> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const report = await lockDraftReport(tx, ctx.officeId, options.reportId);
		const entries = { ...report.entries };
		for (const [activityId, entry] of Object.entries(options.entries ?? {})) {
			// Only activities the report already covers; anything else in the form is ignored.
			if (!(activityId in entries)) continue;
			entries[activityId] = { ...entry, documentIds: [...new Set(entry.documentIds)] };
		}
		await tx
			.update(planMonitoringReports)
			.set({
				entries,
				...(options.summary
					? {
							summary: options.summary.summary ? sanitizeRichText(options.summary.summary) : '',
							summaryEn: options.summary.summaryEn ? sanitizeRichText(options.summary.summaryEn) : ''
						}
					: {}),
				updatedAt: new Date()
			})
			.where(eq(planMonitoringReports.id, report.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'actionPlan.monitoring.saved',
			entityType: 'plan_monitoring_report',
			entityId: report.id,
			details: { activities: Object.keys(options.entries ?? {}).length, summary: !!options.summary }
		});
	});
}

/**
 * Submits the report: the plan tree, entries, indicator values (computed ones as counted at this
 * moment, see computed.ts) and the year's linked events are copied into the report, which no
 * longer changes. The plan's activities take the reported status, progress and the year's spending
 * (so the plan's budget execution shows what was reported); spending that changed is written to the
 * plan's public history of changes.
 */
export async function submitMonitoringReport(ctx: Context, options: { reportId: string }): Promise<void> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const report = await lockDraftReport(tx, ctx.officeId, options.reportId);
		const tree = (await getPlanTree(tx, ctx.officeId, report.planId))!;
		const eventIds = [
			...new Set(
				tree.areas.flatMap((area) => area.goals.flatMap((goal) => goal.measures.flatMap((measure) => measure.eventIds)))
			)
		];
		const events = (await Promise.all(eventIds.map((id) => getEventById(tx, ctx.officeId, id))))
			.filter((event) => event !== null)
			.filter((event) => wallClock(event.startsAt).year === report.year)
			.map((event) => ({
				id: event.id,
				title: event.title,
				titleEn: event.titleEn,
				slug: event.slug,
				startsAt: event.startsAt.toISOString()
			}));
		const snapshot: MonitoringSnapshot = { year: report.year, tree, entries: report.entries, events };
		await tx
			.update(planMonitoringReports)
			.set({
				status: 'submitted',
				snapshot: JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>,
				submittedAt: new Date(),
				submittedBy: actor.userId,
				updatedAt: new Date()
			})
			.where(eq(planMonitoringReports.id, report.id));
		// Status and progress are monitoring, not a change of the plan: no reason or revision is needed.
		for (const [activityId, entry] of Object.entries(report.entries))
			await tx
				.update(planActivities)
				.set({ status: entry.status, progress: entry.progress })
				.where(and(eq(planActivities.planId, report.planId), eq(planActivities.id, activityId)));
		const spendingChanges = await writeBackSpending(tx, ctx.officeId, report.year, tree, report.entries);
		if (spendingChanges.length > 0) {
			const [plan] = await tx.select().from(actionPlans).where(eq(actionPlans.id, report.planId));
			await recordPlanChange(tx, ctx, plan, {
				action: 'actionPlan.monitoring.spending_recorded',
				entityType: 'plan_monitoring_report',
				entityId: report.id,
				reason: `Годишњи извештај о праћењу за ${report.year}. годину`,
				changes: spendingChanges
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'actionPlan.monitoring.submitted',
			entityType: 'plan_monitoring_report',
			entityId: report.id,
			details: { planId: report.planId, year: report.year }
		});
	});
}

/**
 * Puts each activity's reported spending for the year into its budget rows: the year's rows are
 * filled in order up to what each planned, the last takes the rest; an activity with no row for
 * the year gets one. Returns the changes for the plan's history.
 */
async function writeBackSpending(
	tx: Database,
	officeId: string,
	year: number,
	tree: PlanTree,
	entries: Record<string, MonitoringEntry>
): Promise<PlanChange[]> {
	const changes: PlanChange[] = [];
	const activities = tree.areas.flatMap((area) =>
		area.goals.flatMap((goal) => goal.measures.flatMap((measure) => measure.activities))
	);
	for (const activity of activities) {
		const entry = entries[activity.id];
		if (!entry || entry.spent === null) continue;
		const rows = activity.budgets.filter((row) => row.year === year);
		const before = rows.some((row) => row.spent !== null) ? rows.reduce((sum, row) => sum + (row.spent ?? 0), 0) : null;
		if (before === entry.spent) continue;
		if (rows.length === 0) {
			await tx.insert(planActivityBudgets).values({
				officeId,
				activityId: activity.id,
				year,
				source: 'other',
				planned: 0,
				spent: entry.spent
			});
		} else {
			let left = entry.spent;
			for (const [index, row] of rows.entries()) {
				const share = index === rows.length - 1 ? left : Math.min(left, row.planned);
				left -= share;
				await tx.update(planActivityBudgets).set({ spent: share }).where(eq(planActivityBudgets.id, row.id));
			}
		}
		changes.push({
			entity: 'activity',
			title: activity.title,
			...englishTitleOf(activity),
			field: `spent ${year}`,
			before,
			after: entry.spent
		});
	}
	return changes;
}
