import { and, eq } from 'drizzle-orm';
import { mediaItems } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { deleteFiles } from '../../../server/files.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { MediaUse, ModuleManifest } from '../../../server/manifest.ts';
import { canManageMedia } from '../permissions.server.ts';

/** Deleting was refused because these places still show the image. */
export class MediaInUseError extends AppError {
	readonly uses: MediaUse[];

	constructor(uses: MediaUse[]) {
		super('conflict', 'media.error.inUse');
		this.uses = uses;
	}
}

/** Whether an error is the refusal to delete an image still in use (without relying on instanceof across bundles). */
export function isMediaInUseError(error: unknown): error is MediaInUseError {
	return error instanceof AppError && Array.isArray((error as Partial<MediaInUseError>).uses);
}

/**
 * Deletes an image and all its files. Every module that shows images is asked through its manifest
 * (`mediaUsage`); while any place still shows the image the deletion is refused with the list of
 * those places, so no page is left with a broken picture.
 */
export async function deleteMedia(
	ctx: Context,
	options: { mediaId: string; modules: readonly ModuleManifest[] }
): Promise<void> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.mediaId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [item] = await tx
			.select()
			.from(mediaItems)
			.where(and(eq(mediaItems.officeId, ctx.officeId), eq(mediaItems.id, options.mediaId)))
			.for('update');
		if (!item) throw new AppError('not_found', 'error.404.text');
		const uses = (
			await Promise.all(
				options.modules
					.filter((module) => module.mediaUsage)
					.map((module) => module.mediaUsage!(tx, ctx.officeId, item.id))
			)
		).flat();
		if (uses.length > 0) throw new MediaInUseError(uses);
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
