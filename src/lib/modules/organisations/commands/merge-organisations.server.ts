import { and, eq, inArray, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import type { Database } from '../../../server/db/client.ts';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
	organisationChanges,
	organisationContactLog,
	organisationContacts,
	organisationEvents,
	organisationMembers,
	organisationPlanActivities,
	organisationRepresentatives,
	organisations,
	partnershipAgreements
} from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { MERGE_FIELDS, type MergeChoice, type MergeField } from '../merge-fields.ts';
import { lockOrganisation, recordOrganisationChange } from './shared.server.ts';

/** Moves rows keyed by (organisation, other id) to the kept record, dropping those it already has. */
async function moveLinks(
	tx: Database,
	table: PgTable,
	organisationColumn: PgColumn,
	otherColumn: PgColumn,
	fromId: string,
	toId: string
): Promise<number> {
	const existing = (await tx.select({ other: otherColumn }).from(table).where(eq(organisationColumn, toId))).map(
		(row) => row.other as string
	);
	if (existing.length > 0) {
		await tx.delete(table).where(and(eq(organisationColumn, fromId), inArray(otherColumn, existing)));
	}
	const moved = await tx
		.update(table)
		.set({ organisationId: toId } as never)
		.where(eq(organisationColumn, fromId))
		.returning({ one: sql`1` });
	return moved.length;
}

/**
 * Merges a duplicate into the record that stays: for each field, the value staff chose; contacts,
 * group members, representatives, agreements, contacts log, joint events and plan activities, and
 * the change history move to the kept record; the duplicate is hidden and points to it.
 */
export async function mergeOrganisations(
	ctx: Context,
	options: { keepId: string; otherId: string; choices: Partial<Record<MergeField, MergeChoice>>; now?: Date }
): Promise<{ keepId: string; moved: Record<string, number> }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	if (options.keepId === options.otherId) throw new AppError('invalid', 'organisations.merge.same');
	return ctx.db.transaction(async (tx) => {
		// Lock in a fixed order so two merges of the same pair cannot deadlock.
		const [first, second] = [options.keepId, options.otherId].sort();
		const locked = new Map(
			await Promise.all(
				[first, second].map(async (id) => [id, await lockOrganisation(tx, ctx.officeId, id).catch(() => null)] as const)
			)
		);
		const kept = locked.get(options.keepId);
		const other = locked.get(options.otherId);
		if (!kept || !other) throw new AppError('invalid', 'organisations.merge.alreadyMerged');

		const update: Record<string, unknown> = {};
		const changes = [];
		for (const field of MERGE_FIELDS) {
			if (options.choices[field] !== 'other') continue;
			const before = kept[field];
			const after = other[field];
			if (JSON.stringify(before) === JSON.stringify(after)) continue;
			update[field] = after;
			changes.push({ field, before, after });
		}
		if (Object.keys(update).length > 0) {
			await tx
				.update(organisations)
				.set({ ...update, updatedAt: now })
				.where(eq(organisations.id, kept.id));
		}

		const moved: Record<string, number> = {};
		const moveAll = async (name: string, table: PgTable, column: PgColumn) => {
			const rows = await tx
				.update(table)
				.set({ organisationId: kept.id } as never)
				.where(eq(column, other.id))
				.returning({ one: sql`1` });
			moved[name] = rows.length;
		};
		await moveAll('contacts', organisationContacts, organisationContacts.organisationId);
		await moveAll('members', organisationMembers, organisationMembers.organisationId);
		await moveAll('agreements', partnershipAgreements, partnershipAgreements.organisationId);
		await moveAll('contactLog', organisationContactLog, organisationContactLog.organisationId);
		await moveAll('changes', organisationChanges, organisationChanges.organisationId);
		moved.representatives = await moveLinks(
			tx,
			organisationRepresentatives,
			organisationRepresentatives.organisationId,
			organisationRepresentatives.userId,
			other.id,
			kept.id
		);
		moved.events = await moveLinks(
			tx,
			organisationEvents,
			organisationEvents.organisationId,
			organisationEvents.eventId,
			other.id,
			kept.id
		);
		moved.activities = await moveLinks(
			tx,
			organisationPlanActivities,
			organisationPlanActivities.organisationId,
			organisationPlanActivities.activityId,
			other.id,
			kept.id
		);
		if (moved.agreements > 0 && !kept.isPartner && update.isPartner === undefined) {
			await tx.update(organisations).set({ isPartner: true }).where(eq(organisations.id, kept.id));
			changes.push({ field: 'isPartner', before: false, after: true });
		}

		await tx
			.update(organisations)
			.set({ mergedIntoId: kept.id, listing: 'hidden', updatedAt: now })
			.where(eq(organisations.id, other.id));
		changes.push({ field: 'mergedFrom', before: null, after: { id: other.id, name: other.name } });
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: kept.id,
			actor,
			action: 'organisations.merged',
			changes,
			details: { mergedId: other.id, moved },
			now
		});
		return { keepId: kept.id, moved };
	});
}
