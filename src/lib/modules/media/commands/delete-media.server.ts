import { and, eq } from 'drizzle-orm';
import { mediaItems } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { deleteFiles } from '../../../server/files.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageMedia } from '../permissions.server.ts';
import { isMediaUsedInNews } from '../../news/queries.server.ts';

/**
 * Deletes an image and all its files. An image still shown by an article (as its cover or inside
 * its text) is refused, so no published page is left with a broken picture.
 */
export async function deleteMedia(ctx: Context, options: { mediaId: string }): Promise<void> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.mediaId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [item] = await tx
			.select()
			.from(mediaItems)
			.where(and(eq(mediaItems.officeId, ctx.officeId), eq(mediaItems.id, options.mediaId)));
		if (!item) throw new AppError('not_found', 'error.404.text');
		if (await isMediaUsedInNews(tx, ctx.officeId, item.id)) throw new AppError('conflict', 'media.error.inUse');
		await tx.delete(mediaItems).where(eq(mediaItems.id, item.id));
		await deleteFiles(tx, ctx.officeId, [item.originalFileId, ...item.variants.map((variant) => variant.fileId)]);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'media.deleted',
			entityType: 'media',
			entityId: item.id,
			details: { alt: item.alt }
		});
	});
}
