import * as v from 'valibot';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageMedia } from '../permissions.server.ts';
import { mediaDescriptionInput } from '../inputs.ts';
import { processImage } from '../images.server.ts';
import { saveImage } from '../store.server.ts';

export interface UploadMediaOptions {
	bytes: Uint8Array;
	fileName: string;
	alt: string;
	altEn?: string;
}

/**
 * Adds an uploaded image to the library: checks its real type and size, makes the responsive
 * variants (without metadata) and stores everything in one transaction.
 */
export async function uploadMedia(ctx: Context, options: UploadMediaOptions): Promise<{ mediaId: string }> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	const actor = ctx.actor;
	const described = v.safeParse(mediaDescriptionInput, { alt: options.alt, altEn: options.altEn ?? '' });
	if (!described.success) {
		const errors = Object.fromEntries(described.issues.map((issue) => [String(issue.path?.[0]?.key), issue.message]));
		throw new AppError('invalid', 'common.formHasErrors', errors);
	}
	// The slow part (decoding and encoding) runs before the transaction, so no lock waits on it.
	const processed = await processImage(options.bytes);
	return ctx.db.transaction(async (tx) => {
		const mediaId = await saveImage(tx, {
			officeId: ctx.officeId,
			fileName: options.fileName,
			original: options.bytes,
			processed,
			alt: described.output.alt,
			altEn: described.output.altEn,
			createdBy: actor.userId
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'media.uploaded',
			entityType: 'media',
			entityId: mediaId,
			details: {
				mime: processed.mime,
				bytes: options.bytes.length,
				width: processed.width,
				height: processed.height,
				variants: processed.variants.length
			}
		});
		return { mediaId };
	});
}
