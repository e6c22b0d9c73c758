import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import type { Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { actionPlans, planRevisions } from '../schema.ts';
import type { PlanRow } from '../queries.server.ts';
import { freeSlugIn } from '../../../server/slugs.ts';

export interface PlanChange {
	entity: string;
	title: string;
	/** The record's English title, when it has one: the English history names it so (13.8). */
	titleEn?: string;
	field: string;
	before: unknown;
	after: unknown;
}

/** The plan, locked until the transaction ends so two edits of one plan apply one after the other. */
export async function lockPlan(tx: Database, officeId: string, planId: string): Promise<PlanRow> {
	const [plan] = await tx
		.select()
		.from(actionPlans)
		.where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.id, planId)))
		.for('update');
	if (!plan) throw new AppError('not_found', 'plan.error.notFound');
	return plan;
}

/** The fields whose values differ, as revision entries. */
export function changedFields<T extends Record<string, unknown>>(
	entity: string,
	title: string,
	before: T | null,
	after: T,
	fields: readonly (keyof T & string)[]
): PlanChange[] {
	return fields
		.filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null))
		.map((field) => ({
			entity,
			title,
			...englishTitleOf(after, before),
			field,
			before: before?.[field] ?? null,
			after: after[field] ?? null
		}));
}

/** `{ titleEn }` from a plan record's English title or name, when it has one. */
export function englishTitleOf(...records: (object | null | undefined)[]): { titleEn?: string } {
	for (const record of records as ({ titleEn?: unknown; nameEn?: unknown } | null | undefined)[]) {
		const english = record?.titleEn ?? record?.nameEn;
		if (typeof english === 'string' && english.trim()) return { titleEn: english };
	}
	return {};
}

/**
 * Records a change to a plan: in the audit log always, and, once the plan is adopted, in the public
 * history of changes with its reason (which is then required).
 */
export async function recordPlanChange(
	tx: Database,
	ctx: Context,
	plan: PlanRow,
	change: { action: string; entityType: string; entityId: string; reason: string; changes: PlanChange[] }
): Promise<void> {
	if (change.changes.length === 0) return;
	const wasAdopted = plan.adoptedAt !== null;
	if (wasAdopted) {
		if (!change.reason.trim())
			throw new AppError('invalid', 'plan.error.reasonRequired', {
				reason: encodeMessage('plan.error.reasonRequired')
			});
		await tx.insert(planRevisions).values({
			officeId: ctx.officeId,
			planId: plan.id,
			reason: change.reason.trim(),
			changes: change.changes,
			changedBy: ctx.actor?.userId ?? null
		});
	}
	await recordAudit(tx, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: change.action,
		entityType: change.entityType,
		entityId: change.entityId,
		details: { planId: plan.id, fields: change.changes.map((entry) => entry.field), reason: change.reason || undefined }
	});
}

/** A free address for a plan title in this office. */
export function freePlanSlug(db: Database, officeId: string, title: string): Promise<string> {
	return freeSlugIn(db, actionPlans, officeId, title, 'plan');
}
