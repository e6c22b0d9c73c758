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
import { rowsByColumn, validateImportRow, type ImportChoice, type ImportRow } from '../spreadsheet.ts';
import { readSpreadsheet } from '../spreadsheet-read.server.ts';
import {
	contactSnapshot,
	diffFields,
	freeOrganisationSlug,
	lockOrganisation,
	recordOrganisationChange
} from './shared.server.ts';

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
		if (twin) {
			row.warnings.push(encodeMessage('organisations.import.warning.duplicateInFile', { row: twin.row }));
			row.duplicateOfRow = twin.row;
		}
		const [existing] = await findDuplicateCandidates(ctx.db, ctx.officeId, probe, { limit: 1 });
		if (existing) {
			row.warnings.push(encodeMessage('organisations.import.warning.duplicateInDatabase', { name: existing.name }));
			row.duplicateOf = { id: existing.id, name: existing.name };
		}
		seen.push({ row: row.row, ...probe });
		// A possible duplicate is not an error: staff choose per row (skip, update the record, create anyway).
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
	options: { id: string; now?: Date; choices?: Record<number, ImportChoice> }
): Promise<{ imported: number; updated: number; skipped: number }> {
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
		let imported = 0;
		let updated = 0;
		for (const row of valid) {
			const { contact, ...values } = row.values!;
			const maybeDuplicate = !!row.duplicateOf || !!row.duplicateOfRow;
			// A possible duplicate is skipped unless staff chose otherwise; "update" needs a record to update.
			const asked = options.choices?.[row.row] ?? 'skip';
			const choice: ImportChoice = !maybeDuplicate ? 'create' : asked === 'update' && !row.duplicateOf ? 'skip' : asked;
			row.choice = choice;
			if (choice === 'skip') continue;
			if (choice === 'update') {
				const current = await lockOrganisation(tx, ctx.officeId, row.duplicateOf!.id);
				// Only what the row says: empty cells never blank the record's fields.
				const filled = Object.fromEntries(
					Object.entries(values).filter(
						([field, value]) =>
							field !== 'name' && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)
					)
				);
				const changes = diffFields<Record<string, unknown>>(current, filled);
				if (changes.length > 0) {
					await tx
						.update(organisations)
						.set({ ...filled, updatedAt: now })
						.where(eq(organisations.id, current.id));
					await recordOrganisationChange(tx, {
						officeId: ctx.officeId,
						organisationId: current.id,
						actor,
						action: 'organisations.updated',
						changes,
						details: { importId: stored.id, row: row.row },
						now
					});
				}
				updated++;
				continue;
			}
			imported++;
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
		// The rows keep what was done with each, for the page that reports the import.
		await tx
			.update(organisationImports)
			.set({ confirmedAt: now, rows: rows as unknown as Record<string, unknown>[] })
			.where(eq(organisationImports.id, stored.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.import.confirmed',
			entityType: 'organisation_import',
			entityId: stored.id,
			details: { imported, updated, skipped: rows.length - imported - updated }
		});
		return { imported, updated, skipped: rows.length - imported - updated };
	});
}
