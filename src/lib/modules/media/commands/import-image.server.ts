import type { Database } from '../../../server/db/client.ts';
import { processImage } from '../images.server.ts';
import { saveImage } from '../store.server.ts';

export interface ImportImageOptions {
	officeId: string;
	bytes: Uint8Array;
	fileName: string;
	alt: string;
	altEn?: string;
	isDemo?: boolean;
}

/**
 * Adds an image to an office's library without a person acting (demo content, imports). It goes
 * through the same checks and resizing as an upload; call it inside the caller's transaction.
 */
export async function importImage(db: Database, options: ImportImageOptions): Promise<{ mediaId: string }> {
	const processed = await processImage(options.bytes);
	const mediaId = await saveImage(db, {
		officeId: options.officeId,
		fileName: options.fileName,
		original: options.bytes,
		processed,
		alt: options.alt,
		altEn: options.altEn ?? '',
		createdBy: null,
		isDemo: options.isDemo
	});
	return { mediaId };
}
