import { and, eq } from 'drizzle-orm';
import { documents } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { deleteFiles } from '../../../server/files.ts';
import { canEditDocuments } from '../permissions.server.ts';

/** Removes a document and its file. Content that attached it simply stops listing it. */
export async function deleteDocument(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canEditDocuments(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [removed] = await tx
			.delete(documents)
			.where(and(eq(documents.officeId, ctx.officeId), eq(documents.id, options.id)))
			.returning({ title: documents.title, fileId: documents.fileId });
		if (!removed) throw new AppError('not_found', 'error.404.text');
		await deleteFiles(tx, ctx.officeId, [removed.fileId]);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'documents.deleted',
			entityType: 'document',
			entityId: options.id,
			details: { title: removed.title }
		});
	});
}
