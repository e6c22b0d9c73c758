import { and, eq } from 'drizzle-orm';
import { documents } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { deleteFiles, storeFile } from '../../../server/files.ts';
import type { DocumentInput } from '../inputs.ts';
import { canEditDocuments } from '../permissions.server.ts';
import { requireDocumentFile, safeDocumentBytes, storedFileName, type UploadedFile } from '../upload.server.ts';

export interface UpdateDocumentOptions extends DocumentInput {
	id: string;
	/** A new file replaces the old one; null keeps it. */
	file: UploadedFile | null;
}

/** Changes a document's texts, type, year or publication, and replaces its file when a new one is given. */
export async function updateDocument(ctx: Context, options: UpdateDocumentOptions): Promise<void> {
	authorize(ctx.actor, canEditDocuments(ctx.actor));
	const actor = ctx.actor;
	const { id, file, ...fields } = options;
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const checked = file && file.bytes.length > 0 ? { file, ...requireDocumentFile(file) } : null;
	const replacement = checked && { ...checked, bytes: await safeDocumentBytes(checked.file, checked.format) };
	await ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(documents)
			.where(and(eq(documents.officeId, ctx.officeId), eq(documents.id, id)))
			.for('update');
		if (!current) throw new AppError('not_found', 'error.404.text');
		let fileId = current.fileId;
		if (replacement) {
			const stored = await storeFile(tx, {
				officeId: ctx.officeId,
				name: storedFileName(replacement.file.name, replacement.format),
				mime: replacement.mime,
				bytes: replacement.bytes
			});
			fileId = stored.id;
		}
		await tx
			.update(documents)
			.set({ ...fields, fileId, updatedAt: new Date() })
			.where(eq(documents.id, id));
		if (replacement) await deleteFiles(tx, ctx.officeId, [current.fileId]);
		const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== current[key]);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'documents.updated',
			entityType: 'document',
			entityId: id,
			details: { changed, fileReplaced: !!replacement, ...(replacement ? { format: replacement.format } : {}) }
		});
	});
}
