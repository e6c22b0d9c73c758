// Staff keep the categories of initiatives: by default the action plan's areas (through the manifest
// hook `topicAreas`, never the plan's tables), then added to, renamed or retired.
import { and, eq, max, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { isUuid } from '../../../server/ids.ts';
import type { Database } from '../../../server/db/client.ts';
import type { TopicArea } from '../../../server/manifest.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { searchKey } from '../../../i18n/script.ts';
import { participationCategories } from '../schema.ts';
import type { CategoryInput } from '../inputs.ts';
import { canManageParticipation } from '../permissions.server.ts';

/** The areas other modules offer as categories (the action plan's), through their manifests. */
export async function listTopicAreas(db: Database, officeId: string): Promise<TopicArea[]> {
	// Imported when needed: the registry imports this module's manifest.
	const { manifests } = await import('../../registry.server.ts');
	const lists = await Promise.all(manifests.map((manifest) => manifest.topicAreas?.(db, officeId) ?? []));
	return lists.flat();
}

async function existingKeys(db: Database, officeId: string, exceptId?: string): Promise<Set<string>> {
	const rows = await db
		.select({ id: participationCategories.id, name: participationCategories.name })
		.from(participationCategories)
		.where(eq(participationCategories.officeId, officeId));
	return new Set(rows.filter((row) => row.id !== exceptId).map((row) => searchKey(row.name)));
}

const duplicate = () =>
	new AppError('conflict', 'participation.error.categoryExists', {
		name: encodeMessage('participation.error.categoryExists')
	});

/** Adds a category at the end of the list. A name already used (in either script) is refused. */
export async function addCategory(ctx: Context, options: { input: CategoryInput }): Promise<{ id: string }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	return ctx.db.transaction(async (tx) => {
		if ((await existingKeys(tx, ctx.officeId)).has(searchKey(options.input.name))) throw duplicate();
		const [{ last }] = await tx
			.select({ last: max(participationCategories.sortOrder) })
			.from(participationCategories)
			.where(eq(participationCategories.officeId, ctx.officeId));
		const [created] = await tx
			.insert(participationCategories)
			.values({ officeId: ctx.officeId, ...options.input, sortOrder: (last ?? -1) + 1 })
			.returning({ id: participationCategories.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.category.created',
			entityType: 'participation_category',
			entityId: created.id,
			details: { name: options.input.name }
		});
		return created;
	});
}

/** Renames a category (initiatives filed under it follow). */
export async function renameCategory(ctx: Context, options: { id: string; input: CategoryInput }): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		if ((await existingKeys(tx, ctx.officeId, options.id)).has(searchKey(options.input.name))) throw duplicate();
		const changed = await tx
			.update(participationCategories)
			.set(options.input)
			.where(and(eq(participationCategories.officeId, ctx.officeId), eq(participationCategories.id, options.id)))
			.returning({ id: participationCategories.id });
		if (changed.length === 0) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.category.updated',
			entityType: 'participation_category',
			entityId: options.id,
			details: { name: options.input.name }
		});
	});
}

/** Retires a category (no longer offered; initiatives keep it) or brings it back. */
export async function setCategoryRetired(ctx: Context, options: { id: string; retired: boolean }): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const changed = await tx
			.update(participationCategories)
			.set({ retiredAt: options.retired ? sql`coalesce(${participationCategories.retiredAt}, now())` : null })
			.where(and(eq(participationCategories.officeId, ctx.officeId), eq(participationCategories.id, options.id)))
			.returning({ id: participationCategories.id, name: participationCategories.name });
		if (changed.length === 0) throw new AppError('not_found', 'error.404.text');
		const entry = {
			officeId: ctx.officeId,
			actor: ctx.actor,
			entityType: 'participation_category',
			entityId: options.id,
			details: { name: changed[0].name }
		};
		if (options.retired) await recordAudit(tx, { ...entry, action: 'participation.category.retired' });
		else await recordAudit(tx, { ...entry, action: 'participation.category.restored' });
	});
}

/**
 * Adds the action plan's areas that are not categories yet (by name, in either script), in the plan's
 * order: the default list of a new office, and a way to follow a revised plan. Returns how many were added.
 */
export async function addCategoriesFromPlanAreas(ctx: Context): Promise<{ added: number }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const areas = await listTopicAreas(ctx.db, ctx.officeId);
	return ctx.db.transaction(async (tx) => {
		const taken = await existingKeys(tx, ctx.officeId);
		const fresh = areas.filter((area) => {
			const key = searchKey(area.name);
			if (!key || taken.has(key)) return false;
			taken.add(key);
			return true;
		});
		if (fresh.length === 0) return { added: 0 };
		const [{ last }] = await tx
			.select({ last: max(participationCategories.sortOrder) })
			.from(participationCategories)
			.where(eq(participationCategories.officeId, ctx.officeId));
		const start = (last ?? -1) + 1;
		await tx.insert(participationCategories).values(
			fresh.map((area, index) => ({
				officeId: ctx.officeId,
				name: area.name,
				nameEn: area.nameEn,
				sortOrder: start + index
			}))
		);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.category.created',
			entityType: 'participation_category',
			entityId: null,
			details: { fromPlanAreas: fresh.length }
		});
		return { added: fresh.length };
	});
}
