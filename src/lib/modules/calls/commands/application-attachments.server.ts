// Files attached to an application (the call names the kinds it wants). The type is read from the bytes, whatever
// the name says; a PDF is stored without active content. Only the authors, staff and the call's committee open
// them, and every staff or committee read is audited.
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { deleteFiles, readFile, storeFile, type FileWithBytes } from '../../../server/files.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { ATTACHMENT_FORMATS_TEXT, ATTACHMENT_MAX_MB } from '../format.ts';
import { detectDocumentFormat } from '../../../server/file-type.ts';
import { safeDocumentBytes, storedFileName } from '../../documents/upload.server.ts';
import { callApplicationAttachments, callApplications, fundingCalls } from '../schema.ts';
import { canManageCalls } from '../permissions.server.ts';
import { isApplicationAuthor, isEditableAt, loadOwnApplication, openSections } from './applications-shared.server.ts';
import { loadApplicationForMember, statementOf } from './committee.server.ts';

const ATTACHMENT_MAX_BYTES = ATTACHMENT_MAX_MB * 1024 * 1024;

const IMAGE_TYPES = {
	jpg: { mime: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
	png: { mime: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }
} as const;

/** The attachment's format from its bytes: PDF, an office document, JPEG or PNG; null for anything else. */
export function attachmentTypeOf(bytes: Uint8Array): { extension: string; mime: string } | null {
	for (const [extension, { mime, signature }] of Object.entries(IMAGE_TYPES))
		if (bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte))
			return { extension, mime };
	const detected = detectDocumentFormat(bytes);
	return detected.ok ? { extension: detected.format, mime: detected.mime } : null;
}

/** The attachments of an application, without their bytes, oldest first. */
export async function listAttachmentsOf(db: Database, applicationId: string) {
	return db
		.select({
			id: callApplicationAttachments.id,
			kind: callApplicationAttachments.kind,
			name: callApplicationAttachments.name,
			mime: callApplicationAttachments.mime,
			size: callApplicationAttachments.size,
			uploadedAt: callApplicationAttachments.uploadedAt
		})
		.from(callApplicationAttachments)
		.where(eq(callApplicationAttachments.applicationId, applicationId))
		.orderBy(asc(callApplicationAttachments.uploadedAt));
}

function fileError(message: string): AppError {
	return new AppError('invalid', 'common.formHasErrors', { file: message });
}

/**
 * The authors attach a file of one of the call's kinds to their draft; a new file of the same kind replaces the
 * old one. Refused after the deadline, outside the parts a completion opened, or for a wrong type or size.
 */
export async function addApplicationAttachment(
	ctx: Context,
	options: { applicationId: string; kind: string; file: { name: string; bytes: Uint8Array } | null; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const { file } = options;
	return ctx.db.transaction(async (tx) => {
		const { application, call } = await loadOwnApplication(tx, ctx.officeId, actor, options.applicationId, {
			lock: true
		});
		if (application.status !== 'draft') throw new AppError('conflict', 'calls.apply.alreadySubmitted');
		if (!isEditableAt(application, call, now)) throw new AppError('invalid', 'calls.apply.deadlinePassed');
		if (!openSections(application).includes('attachments'))
			throw new AppError('invalid', 'calls.apply.completionLockedForm', { file: 'calls.apply.completionLocked' });
		if (!call.attachmentKinds.some((kind) => kind.key === options.kind))
			throw new AppError('invalid', 'common.formHasErrors', { kind: 'validation.required' });
		if (!file || file.bytes.length === 0) throw fileError('calls.attachment.missing');
		if (file.bytes.length > ATTACHMENT_MAX_BYTES)
			throw fileError(encodeMessage('calls.attachment.tooLarge', { max: ATTACHMENT_MAX_MB }));
		const type = attachmentTypeOf(file.bytes);
		if (!type) throw fileError(encodeMessage('calls.attachment.wrongType', { formats: ATTACHMENT_FORMATS_TEXT }));
		const bytes = type.extension === 'pdf' ? await safeDocumentBytes(file, 'pdf') : file.bytes;
		const name = storedFileName(file.name, type.extension as Parameters<typeof storedFileName>[1]);
		const stored = await storeFile(tx, { officeId: ctx.officeId, name, mime: type.mime, bytes });
		const replaced = await tx
			.delete(callApplicationAttachments)
			.where(
				and(
					eq(callApplicationAttachments.applicationId, application.id),
					eq(callApplicationAttachments.kind, options.kind)
				)
			)
			.returning({ fileId: callApplicationAttachments.fileId });
		await deleteFiles(
			tx,
			ctx.officeId,
			replaced.map((row) => row.fileId)
		);
		const [created] = await tx
			.insert(callApplicationAttachments)
			.values({
				officeId: ctx.officeId,
				applicationId: application.id,
				kind: options.kind,
				fileId: stored.id,
				name,
				mime: type.mime,
				size: bytes.length,
				uploadedBy: actor.userId,
				uploadedAt: now
			})
			.returning({ id: callApplicationAttachments.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.attachmentAdded',
			entityType: 'call_application',
			entityId: application.id,
			details: { kind: options.kind, type: type.extension, size: bytes.length, replaced: replaced.length > 0 }
		});
		return created;
	});
}

/** The authors remove an attachment from their draft (under the same rules as adding one). */
export async function removeApplicationAttachment(
	ctx: Context,
	options: { applicationId: string; attachmentId: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	if (!isUuid(options.attachmentId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const { application, call } = await loadOwnApplication(tx, ctx.officeId, actor, options.applicationId, {
			lock: true
		});
		if (application.status !== 'draft') throw new AppError('conflict', 'calls.apply.alreadySubmitted');
		if (!isEditableAt(application, call, now)) throw new AppError('invalid', 'calls.apply.deadlinePassed');
		if (!openSections(application).includes('attachments'))
			throw new AppError('invalid', 'calls.apply.completionLockedForm');
		const [removed] = await tx
			.delete(callApplicationAttachments)
			.where(
				and(
					eq(callApplicationAttachments.applicationId, application.id),
					eq(callApplicationAttachments.id, options.attachmentId)
				)
			)
			.returning({ fileId: callApplicationAttachments.fileId, kind: callApplicationAttachments.kind });
		if (!removed) throw new AppError('not_found', 'error.404.text');
		await deleteFiles(tx, ctx.officeId, [removed.fileId]);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.attachmentRemoved',
			entityType: 'call_application',
			entityId: application.id,
			details: { kind: removed.kind }
		});
	});
}

/**
 * Who may open an application's files (attachments, report photos and receipts): its authors, the office's staff, or
 * a member of the call's committee who declared no conflict (once the application reached them). Anyone else gets
 * "not found".
 */
export async function applicationReaderOf(
	ctx: Context,
	application: typeof callApplications.$inferSelect
): Promise<'author' | 'staff' | 'committee'> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const userId = actor.userId;
	if (await isApplicationAuthor(ctx.db, ctx.officeId, actor, application)) return 'author';
	if (canManageCalls(actor)) return 'staff';
	// Throws not_found unless the application reached this member's committee; a declared conflict keeps them out.
	await loadApplicationForMember(ctx.db, ctx.officeId, actor, application.id);
	const statement = await statementOf(ctx.db, application.id, userId);
	if (statement?.hasConflict) throw new AppError('not_found', 'error.404.text');
	return 'committee';
}

/**
 * One attachment with its bytes, for the application's authors, the office's staff, or a member of the call's
 * committee who declared no conflict (once the application reached them). Anyone else gets "not found". Staff and
 * committee reads are audited.
 */
export async function readApplicationAttachment(
	ctx: Context,
	options: { applicationId: string; attachmentId: string }
): Promise<FileWithBytes> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	if (!isUuid(options.applicationId) || !isUuid(options.attachmentId))
		throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select({ attachment: callApplicationAttachments, application: callApplications })
		.from(callApplicationAttachments)
		.innerJoin(callApplications, eq(callApplications.id, callApplicationAttachments.applicationId))
		.innerJoin(fundingCalls, eq(fundingCalls.id, callApplications.callId))
		.where(
			and(
				eq(callApplicationAttachments.officeId, ctx.officeId),
				eq(callApplicationAttachments.id, options.attachmentId),
				eq(callApplicationAttachments.applicationId, options.applicationId)
			)
		);
	if (!row) throw new AppError('not_found', 'error.404.text');
	const reader = await applicationReaderOf(ctx, row.application);
	const file = await readFile(ctx.db, ctx.officeId, row.attachment.fileId);
	if (!file) throw new AppError('not_found', 'error.404.text');
	if (reader !== 'author')
		await recordAudit(ctx.db, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.attachmentRead',
			entityType: 'call_application',
			entityId: options.applicationId,
			details: { kind: row.attachment.kind, reader }
		});
	return file;
}
