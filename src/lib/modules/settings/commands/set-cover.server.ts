import { and, eq } from 'drizzle-orm';
import { offices } from '../../../server/db/core-schema.ts';
import type { Database } from '../../../server/db/client.ts';
import type { MediaUse } from '../../../server/manifest.ts';
import { recordAudit } from '../../../server/audit.ts';
import { invalidateOfficeCache } from '../../../server/office.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { getMediaForDisplay } from '../../media/queries.server.ts';
import { canEditSettings } from '../permissions.server.ts';

/**
 * Sets the home page's cover to one of the office's library images (or removes it with null). An id of another
 * office's image, or of one not yet ready to show, is refused next to the field.
 */
export async function setCover(ctx: Context, options: { mediaId: string | null }): Promise<void> {
	authorize(ctx.actor, canEditSettings(ctx.actor));
	const actor = ctx.actor;
	const mediaId = options.mediaId || null;
	if (mediaId && !(await getMediaForDisplay(ctx.db, ctx.officeId, [mediaId])).has(mediaId))
		throw new AppError('invalid', 'settings.cover.unknown', { coverMediaId: 'settings.cover.unknown' });
	await ctx.db.transaction(async (tx) => {
		await tx.update(offices).set({ coverMediaId: mediaId, updatedAt: new Date() }).where(eq(offices.id, ctx.officeId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: mediaId ? 'settings.cover_set' : 'settings.cover_removed',
			entityType: 'office',
			entityId: ctx.officeId,
			details: mediaId ? { mediaId } : {}
		});
	});
	invalidateOfficeCache();
}

/** The office's settings, when the image is the home page's cover (the `mediaUsage` hook). */
export async function listSettingsUsingMedia(db: Database, officeId: string, mediaId: string): Promise<MediaUse[]> {
	const rows = await db
		.select({ name: offices.name })
		.from(offices)
		.where(and(eq(offices.id, officeId), eq(offices.coverMediaId, mediaId)));
	return rows.map((row) => ({ kindKey: 'settings.cover.kind', title: row.name, path: '/admin/settings' }));
}
