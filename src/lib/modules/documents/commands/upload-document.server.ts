import { documents } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { storeFile } from '../../../server/files.ts';
import type { DocumentInput } from '../inputs.ts';
import { canEditDocuments } from '../permissions.server.ts';
import { requireDocumentFile, safeDocumentBytes, storedFileName, type UploadedFile } from '../upload.server.ts';

export interface UploadDocumentOptions extends DocumentInput {
	file: UploadedFile | null;
	isDemo?: boolean;
}

/** Adds a document to the library: checks the file by its bytes, stores it and the document in one transaction. */
export async function uploadDocument(ctx: Context, options: UploadDocumentOptions): Promise<{ id: string }> {
	authorize(ctx.actor, canEditDocuments(ctx.actor));
	const actor = ctx.actor;
	const { format, mime } = requireDocumentFile(options.file);
	const { file, isDemo = false, ...fields } = options;
	const bytes = await safeDocumentBytes(file!, format);
	return ctx.db.transaction(async (tx) => {
		const stored = await storeFile(tx, {
			officeId: ctx.officeId,
			name: storedFileName(file!.name, format),
			mime,
			bytes
		});
		const [document] = await tx
			.insert(documents)
			.values({ ...fields, officeId: ctx.officeId, fileId: stored.id, isDemo })
			.returning({ id: documents.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'documents.uploaded',
			entityType: 'document',
			entityId: document.id,
			details: { title: fields.title, type: fields.type, year: fields.year, format, size: stored.size }
		});
		return { id: document.id };
	});
}
