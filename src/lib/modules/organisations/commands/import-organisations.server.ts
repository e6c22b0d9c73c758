// Import from a spreadsheet in two steps: the preview parses and checks every row and stores the
// result (nothing of the directory changes); the confirmation saves the valid rows, once.
import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { organisationContacts, organisationImports, organisations } from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { findDuplicateCandidates } from '../duplicates.server.ts';
import { duplicateReason } from '../name-matching.ts';
import { rowsByColumn, validateImportRow, type ImportRow } from '../spreadsheet.ts';
import { readSpreadsheet } from '../spreadsheet-read.server.ts';
import { contactSnapshot, diffFields, freeOrganisationSlug, recordOrganisationChange } from './shared.server.ts';

/**
 * Reads an uploaded spreadsheet, checks each row (required columns, known types and areas in either
 * script, dates, addresses, counts, an adult contact for informal groups) and flags duplicates
 * against the directory and within the file. Stores the rows for the preview; saves no organisation.
 */
export async function previewImport(
	ctx: Context,
	options: { fileName: string; bytes: Uint8Array }
): Promise<{ id: string; rows: ImportRow[] }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const sheet = await readSpreadsheet(options.fileName, options.bytes);
	const byColumn = rowsByColumn(sheet);
	if (!byColumn) throw new AppError('invalid', 'organisations.import.noName', { file: 'organisations.import.noName' });
	if (byColumn.length === 0)
		throw new AppError('invalid', 'organisations.import.empty', { file: 'organisations.import.empty' });
	const rows = byColumn.map(({ row, cells }) => validateImportRow(row, cells));
	const seen: { row: number; name: string; registrationNumber: string }[] = [];
	for (const row of rows) {
		if (!row.values) continue;
		const probe = { name: row.values.name, registrationNumber: row.values.registrationNumber };
		const twin = seen.find((earlier) => duplicateReason(earlier, probe));
		if (twin) row.errors.push(encodeMessage('organisations.import.warning.duplicateInFile', { row: twin.row }));
		const [existing] = await findDuplicateCandidates(ctx.db, ctx.officeId, probe, { limit: 1 });
		if (existing)
			row.errors.push(encodeMessage('organisations.import.warning.duplicateInDatabase', { name: existing.name }));
		seen.push({ row: row.row, ...probe });
		// A row with a duplicate is skipped: staff add it by hand after looking, or merge later.
		if (row.errors.length > 0) row.values = null;
	}
	const [created] = await ctx.db
		.insert(organisationImports)
		.values({
			officeId: ctx.officeId,
			fileName: options.fileName.slice(0, 200),
			rows: rows as unknown as Record<string, unknown>[],
			createdBy: actor.userId
		})
		.returning({ id: organisationImports.id });
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor,
		action: 'organisations.import.previewed',
		entityType: 'organisation_import',
		entityId: created.id,
		details: {
			fileName: options.fileName,
			rows: rows.length,
			valid: rows.filter((row) => row.values).length
		}
	});
	return { id: created.id, rows };
}

/** A stored import for its preview page. */
export async function getImport(ctx: Context, id: string) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const [found] = await ctx.db
		.select()
		.from(organisationImports)
		.where(and(eq(organisationImports.officeId, ctx.officeId), eq(organisationImports.id, id)));
	if (!found) throw new AppError('not_found', 'error.404.text');
	return { ...found, rows: found.rows as unknown as ImportRow[] };
}

/**
 * Saves the valid rows of a previewed import as new organisations (hidden from the public directory
 * until staff list them), each with its history, all in one transaction. An import is confirmed once.
 */
export async function confirmImport(
	ctx: Context,
	options: { id: string; now?: Date }
): Promise<{ imported: number; skipped: number }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [stored] = await tx
			.select()
			.from(organisationImports)
			.where(and(eq(organisationImports.officeId, ctx.officeId), eq(organisationImports.id, options.id)))
			.for('update');
		if (!stored) throw new AppError('not_found', 'error.404.text');
		// The row lock makes a second confirmation (a double click, two tabs) wait and then stop here.
		if (stored.confirmedAt) throw new AppError('conflict', 'organisations.import.alreadyConfirmed');
		const rows = stored.rows as unknown as ImportRow[];
		const valid = rows.filter((row) => row.values);
		if (valid.length === 0) throw new AppError('invalid', 'organisations.import.nothingValid');
		const reserved = new Set<string>();
		for (const row of valid) {
			const { contact, ...values } = row.values!;
			const base = await freeOrganisationSlug(tx, ctx.officeId, values.name);
			let slug = base;
			for (let n = 2; reserved.has(slug); n++) slug = `${base}-${n}`;
			reserved.add(slug);
			const fields = { ...values, listing: 'hidden' as const };
			const [created] = await tx
				.insert(organisations)
				.values({ ...fields, officeId: ctx.officeId, slug, createdAt: now, updatedAt: now })
				.returning({ id: organisations.id });
			const changes = diffFields(null, fields);
			if (contact) {
				const person = { ...contact, isAdult: true, isPublic: false };
				await tx.insert(organisationContacts).values({ ...person, officeId: ctx.officeId, organisationId: created.id });
				changes.push({ field: 'contact', before: null, after: contactSnapshot(person) });
			}
			await recordOrganisationChange(tx, {
				officeId: ctx.officeId,
				organisationId: created.id,
				actor,
				action: 'organisations.created',
				changes,
				details: { importId: stored.id, row: row.row },
				now
			});
		}
		await tx.update(organisationImports).set({ confirmedAt: now }).where(eq(organisationImports.id, stored.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.import.confirmed',
			entityType: 'organisation_import',
			entityId: stored.id,
			details: { imported: valid.length, skipped: rows.length - valid.length }
		});
		return { imported: valid.length, skipped: rows.length - valid.length };
	});
}
