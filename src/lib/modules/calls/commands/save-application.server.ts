import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import type { ApplicationInput } from '../application-inputs.ts';
import { callApplications, type PartnerOrganisation } from '../schema.ts';
import { listDirectory } from '../../organisations/directory-queries.server.ts';
import { budgetTotals } from '../rules.ts';
import { isEditableAt, loadOwnApplication, lockedFields, type ApplicationRow } from './applications-shared.server.ts';

type StoredInput = Omit<ApplicationInput, 'version' | 'sentFields' | 'partnerOrganisationIds'> & {
	partnerOrganisations: PartnerOrganisation[];
};

/** The picked partners as the public directory lists them now; ids not listed there are dropped. */
async function pickedPartners(ctx: Context, ids: readonly string[]): Promise<PartnerOrganisation[]> {
	if (ids.length === 0) return [];
	const { rows } = await listDirectory(ctx.db, ctx.officeId, { pageSize: 1000 });
	return ids.flatMap((id) => {
		const row = rows.find((entry) => entry.id === id);
		return row ? [{ id: row.id, name: row.name }] : [];
	});
}

/** JSON with object keys sorted: jsonb hands objects back with its own key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
			: item
	);
}

/**
 * During a completion limited to some parts, the other parts keep their stored values. A form that sends a locked
 * field with a different value is refused (the page never shows them as fields), naming the field.
 */
function keepLockedFields(application: ApplicationRow, typed: StoredInput, sentFields: readonly string[]): StoredInput {
	const locked = lockedFields(application);
	if (locked.size === 0) return typed;
	const kept: Record<string, unknown> = { ...typed };
	const errors: Record<string, string> = {};
	for (const field of locked) {
		const stored = application[field as keyof ApplicationRow];
		if (sentFields.includes(field) && canonical(kept[field]) !== canonical(stored))
			errors[field] = 'calls.apply.completionLocked';
		kept[field] = stored;
	}
	if (Object.keys(errors).length > 0) throw new AppError('invalid', 'calls.apply.completionLockedForm', errors);
	return kept as unknown as StoredInput;
}

/**
 * Saves a draft as typed (the requested amount recomputed from the budget lines). The last save wins; when
 * someone else saved since this author's form was loaded, the result says so, and the page tells them.
 */
export async function saveApplication(
	ctx: Context,
	options: { id: string; input: ApplicationInput; now?: Date }
): Promise<{ version: number; savedOverSomeoneElse: boolean }> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const { version: seenVersion, sentFields, partnerOrganisationIds, ...rest } = options.input;
	// Read before the transaction: PGlite has one connection, which the transaction holds.
	const partnerOrganisations = await pickedPartners(ctx, partnerOrganisationIds);
	return ctx.db.transaction(async (tx) => {
		const { application, call } = await loadOwnApplication(tx, ctx.officeId, actor, options.id, { lock: true });
		if (application.status !== 'draft') throw new AppError('conflict', 'calls.apply.alreadySubmitted');
		if (!isEditableAt(application, call, now)) throw new AppError('invalid', 'calls.apply.deadlinePassed');
		const typed = { ...rest, partnerOrganisations };
		const input = keepLockedFields(
			application,
			typed,
			sentFields.map((field) => (field === 'partnerOrganisationIds' ? 'partnerOrganisations' : field))
		);
		const savedOverSomeoneElse = seenVersion !== application.version && application.lastSavedBy !== actor.userId;
		// Lines of categories the call does not have are kept as typed; submission refuses them.
		const requested = budgetTotals(input.budget).requested;
		const version = application.version + 1;
		await tx
			.update(callApplications)
			.set({
				...input,
				applicantName: application.organisationId ? application.applicantName : input.applicantName,
				requested,
				version,
				lastSavedBy: actor.userId,
				updatedAt: now
			})
			.where(eq(callApplications.id, application.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.saved',
			entityType: 'call_application',
			entityId: application.id,
			details: { version, requested, savedOverSomeoneElse }
		});
		return { version, savedOverSomeoneElse };
	});
}
