// Keeping the office's work standards: starting from the default set, adding a standard or an
// indicator, rewording one (a new version, so past years keep theirs) and retiring one.
import { and, desc, eq, isNull, max, or } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageWorkStandards } from '../permissions.server.ts';
import { workStandardItems, workStandardVersions } from '../schema.ts';
import { DEFAULT_WORK_STANDARDS, WORK_STANDARD_AREAS, type StandardText, type WorkStandardArea } from '../standards.ts';

async function insertItem(
	tx: Database,
	officeId: string,
	item: StandardText & { area: WorkStandardArea; parentId: string | null; position: number }
): Promise<string> {
	const [row] = await tx
		.insert(workStandardItems)
		.values({ officeId, area: item.area, parentId: item.parentId, position: item.position })
		.returning({ id: workStandardItems.id });
	await tx.insert(workStandardVersions).values({ itemId: row.id, text: item.text, textEn: item.textEn });
	return row.id;
}

/** Starts the office's standards from the default set; refused when the office already has some. */
export async function adoptDefaultWorkStandards(ctx: Context): Promise<void> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: workStandardItems.id })
			.from(workStandardItems)
			.where(eq(workStandardItems.officeId, ctx.officeId))
			.limit(1);
		if (existing) throw new AppError('conflict', 'reports.standards.alreadyStarted');
		let count = 0;
		for (const area of WORK_STANDARD_AREAS) {
			for (const [index, standard] of DEFAULT_WORK_STANDARDS[area].entries()) {
				const standardId = await insertItem(tx, ctx.officeId, { ...standard, area, parentId: null, position: index });
				for (const [position, indicator] of standard.indicators.entries()) {
					await insertItem(tx, ctx.officeId, { ...indicator, area, parentId: standardId, position });
					count += 1;
				}
			}
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.standards_started',
			entityType: 'work_standard',
			entityId: null,
			details: { indicators: count }
		});
	});
}

async function findItem(tx: Database, officeId: string, id: string) {
	const [item] = await tx
		.select()
		.from(workStandardItems)
		.where(and(eq(workStandardItems.officeId, officeId), eq(workStandardItems.id, id)));
	if (!item) throw new AppError('not_found', 'error.404.text');
	return item;
}

/** Adds a standard to an area, or an indicator to a standard (`parentId`), at the end. Returns its id. */
export async function addWorkStandardItem(
	ctx: Context,
	options: StandardText & { area: WorkStandardArea; parentId: string | null }
): Promise<string> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	return ctx.db.transaction(async (tx) => {
		let area = options.area;
		if (options.parentId) {
			const parent = await findItem(tx, ctx.officeId, options.parentId);
			// Indicators belong to standards only, and never to a retired one.
			if (parent.parentId !== null || parent.retiredAt) throw new AppError('not_found', 'error.404.text');
			area = parent.area as WorkStandardArea;
		}
		const [last] = await tx
			.select({ position: max(workStandardItems.position) })
			.from(workStandardItems)
			.where(
				and(
					eq(workStandardItems.officeId, ctx.officeId),
					eq(workStandardItems.area, area),
					options.parentId ? eq(workStandardItems.parentId, options.parentId) : isNull(workStandardItems.parentId)
				)
			);
		const id = await insertItem(tx, ctx.officeId, {
			text: options.text,
			textEn: options.textEn,
			area,
			parentId: options.parentId,
			position: (last?.position ?? -1) + 1
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.standard_added',
			entityType: 'work_standard',
			entityId: id,
			details: { area, indicator: options.parentId !== null, text: options.text }
		});
		return id;
	});
}

/** Rewords a standard or an indicator: a new version; years rated in the old wording keep it. */
export async function rewordWorkStandardItem(ctx: Context, options: StandardText & { id: string }): Promise<void> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const item = await findItem(tx, ctx.officeId, options.id);
		if (item.retiredAt) throw new AppError('conflict', 'reports.standards.retiredNoEdit');
		const [current] = await tx
			.select()
			.from(workStandardVersions)
			.where(eq(workStandardVersions.itemId, item.id))
			.orderBy(desc(workStandardVersions.createdAt), desc(workStandardVersions.id))
			.limit(1);
		if (current && current.text === options.text && current.textEn === options.textEn) return;
		await tx.insert(workStandardVersions).values({ itemId: item.id, text: options.text, textEn: options.textEn });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.standard_updated',
			entityType: 'work_standard',
			entityId: item.id,
			details: { before: current?.text ?? '', after: options.text }
		});
	});
}

/** Retires a standard (with its indicators) or an indicator: no longer offered, still read in past years. */
export async function retireWorkStandardItem(ctx: Context, options: { id: string; now?: Date }): Promise<void> {
	authorize(ctx.actor, canManageWorkStandards(ctx.actor));
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const item = await findItem(tx, ctx.officeId, options.id);
		if (item.retiredAt) return;
		await tx
			.update(workStandardItems)
			.set({ retiredAt: now })
			.where(
				and(
					eq(workStandardItems.officeId, ctx.officeId),
					isNull(workStandardItems.retiredAt),
					item.parentId === null
						? // A standard takes its indicators with it.
							orSelfOrChild(item.id)
						: eq(workStandardItems.id, item.id)
				)
			);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'reports.standard_retired',
			entityType: 'work_standard',
			entityId: item.id,
			details: { area: item.area, indicator: item.parentId !== null }
		});
	});
}

function orSelfOrChild(id: string) {
	return or(eq(workStandardItems.id, id), eq(workStandardItems.parentId, id));
}
