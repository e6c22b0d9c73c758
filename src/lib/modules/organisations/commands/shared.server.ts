// What the directory's back-office commands share: finding and locking a record of this office,
// writing the change history next to the audit record, and the rule that an informal group keeps an
// adult contact person.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { recordAudit } from '../../../server/audit.ts';
import type { Actor } from '../../../server/actor.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { RESERVED_ORGANISATION_SLUGS } from '../directory.server.ts';
import { organisationChanges, organisationContacts, organisations, type FieldChange } from '../schema.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

/** The organisation's row, locked for the rest of the transaction; merged records count as missing. */
export async function lockOrganisation(tx: Database, officeId: string, id: string): Promise<OrganisationRow> {
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [row] = await tx
		.select()
		.from(organisations)
		.where(and(eq(organisations.officeId, officeId), eq(organisations.id, id), isNull(organisations.mergedIntoId)))
		.for('update');
	if (!row) throw new AppError('not_found', 'error.404.text');
	return row;
}

/** A free address for an organisation's name in this office. */
export function freeOrganisationSlug(db: Database, officeId: string, name: string): Promise<string> {
	return freeSlugIn(db, organisations, officeId, name, 'organizacija', RESERVED_ORGANISATION_SLUGS);
}

/** The fields of `after` that differ from `before`, as history entries. */
export function diffFields<T extends Record<string, unknown>>(before: Partial<T> | null, after: T): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of Object.keys(after)) {
		const old = before ? (before[field] ?? null) : null;
		const now = after[field] ?? null;
		if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ field, before: old, after: now });
	}
	return changes;
}

/**
 * Writes what changed in both places the office looks: the organisation's history (applied at once,
 * staff made it) and the audit log. Does nothing when nothing changed.
 */
export async function recordOrganisationChange(
	tx: Database,
	entry: {
		officeId: string;
		organisationId: string;
		actor: Actor;
		action: string;
		changes: FieldChange[];
		details?: Record<string, unknown>;
		now?: Date;
	}
): Promise<void> {
	if (entry.changes.length === 0) return;
	const now = entry.now ?? new Date();
	await tx.insert(organisationChanges).values({
		officeId: entry.officeId,
		organisationId: entry.organisationId,
		changedBy: entry.actor.userId,
		status: 'applied',
		changes: entry.changes,
		createdAt: now,
		decidedAt: now,
		decidedBy: entry.actor.userId
	});
	await recordAudit(tx, {
		officeId: entry.officeId,
		actor: entry.actor,
		action: entry.action,
		entityType: 'organisation',
		entityId: entry.organisationId,
		// Field names only: values may be personal data and stay in the organisation's own history.
		details: { fields: [...new Set(entry.changes.map((change) => change.field))], ...entry.details }
	});
}

/** Refuses a state where an informal group has no adult contact person (the rule of local calls). */
export async function assertAdultContact(tx: Database, organisation: { id: string; type: string }): Promise<void> {
	if (organisation.type !== 'informal_group') return;
	const [adult] = await tx
		.select({ id: organisationContacts.id })
		.from(organisationContacts)
		.where(and(eq(organisationContacts.organisationId, organisation.id), eq(organisationContacts.isAdult, true)))
		.limit(1);
	if (!adult) throw new AppError('invalid', 'organisations.group.needsAdultContact');
}

/** A contact person as the history shows them (who, how to reach, public or not). */
export function contactSnapshot(contact: {
	name: string;
	role: string;
	email: string;
	phone: string;
	isAdult: boolean;
	isPublic: boolean;
}) {
	const { name, role, email, phone, isAdult, isPublic } = contact;
	return { name, role, email, phone, isAdult, isPublic };
}
