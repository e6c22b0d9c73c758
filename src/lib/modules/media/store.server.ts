// Writing an already processed image into the library: the original, every variant, and the record
// that ties them together. Used by the upload command and by seeds, always inside a transaction.
import { mediaItems, type MediaVariant } from './schema.ts';
import type { Database } from '../../server/db/client.ts';
import { storeFile } from '../../server/files.ts';
import type { ProcessedImage } from './images.server.ts';

export interface SaveImageOptions {
	officeId: string;
	/** The uploaded file name, kept for staff; files are only ever addressed by id. */
	fileName: string;
	original: Uint8Array;
	processed: ProcessedImage;
	alt: string;
	altEn: string;
	createdBy: string | null;
	isDemo?: boolean;
}

const EXTENSIONS = { avif: 'avif', webp: 'webp', jpeg: 'jpg' } as const;

/** Stores the original and its variants as files and creates the media item; returns its id. */
export async function saveImage(tx: Database, options: SaveImageOptions): Promise<string> {
	const stem =
		options.fileName
			.replace(/\.[^.]*$/, '')
			.replace(/[^\p{L}\p{N}_-]+/gu, '-')
			.slice(0, 80) || 'image';
	// The original is kept for staff (and for making other sizes later); it is never served publicly.
	const original = await storeFile(tx, {
		officeId: options.officeId,
		name: options.fileName || stem,
		mime: options.processed.mime,
		bytes: options.original
	});
	const variants: MediaVariant[] = [];
	for (const variant of options.processed.variants) {
		const file = await storeFile(tx, {
			officeId: options.officeId,
			name: `${stem}-${variant.width}.${EXTENSIONS[variant.format]}`,
			mime: variant.mime,
			bytes: variant.bytes
		});
		variants.push({ width: variant.width, height: variant.height, format: variant.format, fileId: file.id });
	}
	const [item] = await tx
		.insert(mediaItems)
		.values({
			officeId: options.officeId,
			alt: options.alt,
			altEn: options.altEn,
			width: options.processed.width,
			height: options.processed.height,
			originalFileId: original.id,
			variants,
			createdBy: options.createdBy,
			isDemo: options.isDemo ?? false
		})
		.returning({ id: mediaItems.id });
	return item.id;
}
