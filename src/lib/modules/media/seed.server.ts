import { and, eq, inArray } from 'drizzle-orm';
import { mediaItems } from './schema.ts';
import type { Database } from '../../server/db/client.ts';
import { deleteFiles } from '../../server/files.ts';

/**
 * Deletes the office's demo images and their files. The demo images themselves are made by the
 * modules whose demo content shows them (news), through importImage.
 */
export async function removeDemoMedia(db: Database, officeId: string): Promise<void> {
	const demo = await db
		.select({ id: mediaItems.id, originalFileId: mediaItems.originalFileId, variants: mediaItems.variants })
		.from(mediaItems)
		.where(and(eq(mediaItems.officeId, officeId), eq(mediaItems.isDemo, true)));
	if (demo.length === 0) return;
	await db.delete(mediaItems).where(
		inArray(
			mediaItems.id,
			demo.map((item) => item.id)
		)
	);
	await deleteFiles(
		db,
		officeId,
		demo.flatMap((item) => [item.originalFileId, ...item.variants.map((variant) => variant.fileId)])
	);
}
