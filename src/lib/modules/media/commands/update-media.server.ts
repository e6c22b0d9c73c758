import { and, eq } from 'drizzle-orm';
import { mediaItems } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageMedia } from '../permissions.server.ts';
import type { MediaDescriptionInput } from '../inputs.ts';

/** Changes an image's alt texts (the files stay as they are, so their cached copies stay valid). */
export async function updateMedia(ctx: Context, options: { mediaId: string } & MediaDescriptionInput): Promise<void> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.mediaId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [before] = await tx
			.select({ alt: mediaItems.alt, altEn: mediaItems.altEn })
			.from(mediaItems)
			.where(and(eq(mediaItems.officeId, ctx.officeId), eq(mediaItems.id, options.mediaId)));
		if (!before) throw new AppError('not_found', 'error.404.text');
		await tx
			.update(mediaItems)
			.set({ alt: options.alt, altEn: options.altEn })
			.where(and(eq(mediaItems.officeId, ctx.officeId), eq(mediaItems.id, options.mediaId)));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'media.updated',
			entityType: 'media',
			entityId: options.mediaId,
			details: { changed: (['alt', 'altEn'] as const).filter((field) => before[field] !== options[field]) }
		});
	});
}
