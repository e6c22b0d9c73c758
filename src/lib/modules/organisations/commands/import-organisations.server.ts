// Import from a spreadsheet in two steps: the preview stores the file, a background reader parses and
// checks every row and stores the result (nothing of the directory changes); the confirmation saves
// the valid rows, once.
import { and, eq, inArray, lt, or } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError, isAppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { organisationContacts, organisationImports, organisations } from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { findDuplicateCandidates } from '../duplicates.server.ts';
import { duplicateReason } from '../name-matching.ts';
import { MAX_IMPORT_ROWS, rowsByColumn, validateImportRow, type ImportChoice, type ImportRow } from '../spreadsheet.ts';
import { isWithinReadingLimits, readSpreadsheet, spreadsheetFormat } from '../spreadsheet-read.server.ts';
import {
	contactSnapshot,
	diffFields,
	freeOrganisationSlug,
	lockOrganisation,
	recordOrganisationChange
} from './shared.server.ts';

/**
 * Takes an uploaded spreadsheet for reading (issue 14.6): checks only what costs nothing (the format
 * from the first bytes, the size, an XLSX archive's declared sizes, a CSV's line count) and stores the
 * file; the reading itself happens off the request path (readWaitingImports), and the preview page
 * shows its progress. Nothing of the directory changes.
 */
export async function previewImport(
	ctx: Context,
	options: { fileName: string; bytes: Uint8Array }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const format = spreadsheetFormat(options.fileName, options.bytes);
	if (!format) throw new AppError('invalid', 'organisations.import.noFile', { file: 'organisations.import.noFile' });
	if (!isWithinReadingLimits(format, options.bytes)) {
		const message = encodeMessage('organisations.import.tooLarge', { max: MAX_IMPORT_ROWS });
		throw new AppError('invalid', message, { file: message });
	}
	const [created] = await ctx.db
		.insert(organisationImports)
		.values({
			officeId: ctx.officeId,
			fileName: options.fileName.slice(0, 200),
			status: 'waiting',
			upload: Buffer.from(options.bytes).toString('base64'),
			createdBy: actor.userId
		})
		.returning({ id: organisationImports.id });
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor,
		action: 'organisations.import.previewed',
		entityType: 'organisation_import',
		entityId: created.id,
		details: { fileName: options.fileName, bytes: options.bytes.length }
	});
	return { id: created.id };
}

/** A reader that stopped half-way (the process ended) is taken over after this long. */
const STALE_READING_MS = 10 * 60_000;
/** How often the reader records its progress and lets other work run. */
const PROGRESS_EVERY_ROWS = 25;

/**
 * The background reader (a job, and started at once after an upload): takes the waiting imports one
 * by one (claimed with SKIP LOCKED, so two instances never read the same file), parses each with the
 * reading limits, checks every row (required columns, known types and areas in either script, dates,
 * addresses, counts, an adult contact for informal groups), flags duplicates against the directory and
 * within the file, and stores the rows for the preview. Returns how many imports it read.
 */
export async function readWaitingImports(db: Database, now: Date = new Date()): Promise<number> {
	let read = 0;
	for (;;) {
		const next = db
			.select({ id: organisationImports.id })
			.from(organisationImports)
			.where(
				or(
					eq(organisationImports.status, 'waiting'),
					and(
						eq(organisationImports.status, 'reading'),
						lt(organisationImports.claimedAt, new Date(now.getTime() - STALE_READING_MS))
					)
				)
			)
			.orderBy(organisationImports.createdAt)
			.limit(1)
			.for('update', { skipLocked: true });
		const [claimed] = await db
			.update(organisationImports)
			.set({ status: 'reading', claimedAt: now })
			.where(inArray(organisationImports.id, next))
			.returning();
		if (!claimed) return read;
		await readImport(db, claimed);
		read++;
	}
}

async function readImport(db: Database, stored: typeof organisationImports.$inferSelect): Promise<void> {
	const finish = (values: Partial<typeof organisationImports.$inferInsert>) =>
		db
			.update(organisationImports)
			.set({ upload: '', ...values })
			.where(eq(organisationImports.id, stored.id));
	try {
		const sheet = await readSpreadsheet(stored.fileName, Buffer.from(stored.upload, 'base64'));
		const byColumn = rowsByColumn(sheet);
		if (!byColumn) throw new AppError('invalid', 'organisations.import.noName');
		if (byColumn.length === 0) throw new AppError('invalid', 'organisations.import.empty');
		await db
			.update(organisationImports)
			.set({ rowsTotal: byColumn.length })
			.where(eq(organisationImports.id, stored.id));
		const rows: ImportRow[] = [];
		const seen: { row: number; name: string; registrationNumber: string }[] = [];
		for (const { row: number, cells } of byColumn) {
			const row = validateImportRow(number, cells);
			rows.push(row);
			if (row.values) {
				const probe = { name: row.values.name, registrationNumber: row.values.registrationNumber };
				const twin = seen.find((earlier) => duplicateReason(earlier, probe));
				if (twin) {
					row.warnings.push(encodeMessage('organisations.import.warning.duplicateInFile', { row: twin.row }));
					row.duplicateOfRow = twin.row;
				}
				const [existing] = await findDuplicateCandidates(db, stored.officeId, probe, { limit: 1 });
				if (existing) {
					row.warnings.push(encodeMessage('organisations.import.warning.duplicateInDatabase', { name: existing.name }));
					row.duplicateOf = { id: existing.id, name: existing.name };
				}
				seen.push({ row: row.row, ...probe });
				// A possible duplicate is not an error: staff choose per row (skip, update the record, create anyway).
				if (row.errors.length > 0) row.values = null;
			}
			if (rows.length % PROGRESS_EVERY_ROWS === 0) {
				await db
					.update(organisationImports)
					.set({ rowsDone: rows.length })
					.where(eq(organisationImports.id, stored.id));
				await new Promise((resolve) => setImmediate(resolve));
			}
		}
		await finish({ status: 'ready', rows: rows as unknown as Record<string, unknown>[], rowsDone: rows.length });
	} catch (caught) {
		if (!isAppError(caught)) console.error('[organisations import]', caught);
		await finish({
			status: 'failed',
			failure: isAppError(caught) ? caught.messageKey : 'organisations.import.failed'
		});
	}
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
		if (stored.status !== 'ready') throw new AppError('conflict', 'organisations.import.notReady');
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
