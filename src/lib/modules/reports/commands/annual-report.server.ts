// Writing the annual report: saving the text, submitting (freezing a copy), publishing on the portal.
import { eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageAnnualReport } from '../permissions.server.ts';
import { annualReports } from '../schema.ts';
import { findAnnualReport, reportBlocks, reportPlan } from '../annual.server.ts';
import { ANNUAL_SECTIONS, type AnnualReportSnapshot } from '../annual.ts';
import { standardsSummaryOfYear } from '../standards.server.ts';
import { freezeReport, setReportPublished } from '../report-kernel.server.ts';

function checkYear(year: number, now: Date) {
	if (!Number.isInteger(year) || year < 2000 || year > now.getUTCFullYear() + 1)
		throw new AppError('not_found', 'error.404.text');
}

/** Saves the text of every section (creating the year's report the first time); refused once submitted. */
export async function saveAnnualReport(
	ctx: Context,
	options: { year: number; narratives: Record<string, string>; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageAnnualReport(ctx.actor));
	const now = options.now ?? new Date();
	checkYear(options.year, now);
	const narratives = Object.fromEntries(
		ANNUAL_SECTIONS.map((section) => [
			section.key,
			(options.narratives[section.key] ?? '').replace(/\r\n/g, '\n').trim()
		])
	);
	await ctx.db.transaction(async (tx) => {
		const existing = await findAnnualReport(tx, ctx.officeId, options.year);
		if (existing?.status === 'submitted') throw new AppError('conflict', 'reports.annual.alreadySubmitted');
		if (existing) {
			await tx.update(annualReports).set({ narratives, updatedAt: now }).where(eq(annualReports.id, existing.id));
		} else {
			await tx.insert(annualReports).values({ officeId: ctx.officeId, year: options.year, narratives });
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.annual_saved',
			entityType: 'annual_report',
			entityId: existing?.id ?? null,
			details: { year: options.year, sections: Object.keys(narratives).filter((key) => narratives[key] !== '') }
		});
	});
}

/** Submits the year's report: freezes today's numbers and the saved text. Refused when already submitted. */
export async function submitAnnualReport(ctx: Context, options: { year: number; now?: Date }): Promise<void> {
	authorize(ctx.actor, canManageAnnualReport(ctx.actor));
	const now = options.now ?? new Date();
	checkYear(options.year, now);
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const existing = await findAnnualReport(tx, ctx.officeId, options.year);
		if (!existing) throw new AppError('invalid', 'reports.annual.saveFirst');
		if (existing.status === 'submitted') throw new AppError('conflict', 'reports.annual.alreadySubmitted');
		const snapshot: AnnualReportSnapshot = {
			year: options.year,
			blocks: await reportBlocks(tx, ctx.officeId, options.year),
			narratives: existing.narratives,
			submittedAt: now.toISOString(),
			standards: await standardsSummaryOfYear(tx, ctx.officeId, options.year),
			plan: await reportPlan(tx, ctx.officeId, options.year)
		};
		await freezeReport(tx, {
			table: annualReports,
			id: existing.id,
			snapshot,
			now,
			audit: {
				officeId: ctx.officeId,
				actor,
				action: 'reports.annual_submitted',
				entityType: 'annual_report',
				details: { year: options.year }
			}
		});
	});
}

/** Publishes a submitted report on the portal, or takes it down. */
export async function setAnnualReportPublished(
	ctx: Context,
	options: { year: number; published: boolean; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageAnnualReport(ctx.actor));
	const now = options.now ?? new Date();
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const existing = await findAnnualReport(tx, ctx.officeId, options.year);
		if (!existing) throw new AppError('not_found', 'error.404.text');
		await setReportPublished(tx, {
			table: annualReports,
			report: existing,
			published: options.published,
			now,
			audit: {
				officeId: ctx.officeId,
				actor,
				action: options.published ? 'reports.annual_published' : 'reports.annual_unpublished',
				entityType: 'annual_report',
				details: { year: options.year }
			}
		});
	});
}
