import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { processImage, type ProcessedImage } from '../images.server.ts';
import { saveImage } from '../store.server.ts';

export interface ContributedImageFile {
	bytes: Uint8Array;
	fileName: string;
}

/** Uploads a person may make in a day, so a visitor account cannot fill the office's storage. */
const DAILY_CONTRIBUTED_IMAGES = 30;

/**
 * Adds images a signed-in person sends with their own contribution (an initiative, a budget project):
 * the same checks as staff uploads (real type from the bytes, size, pixels) and the same variants
 * without metadata. All or none: one bad file refuses the lot, on the `file` field. Rate-limited per account.
 */
export async function uploadContributedImages(
	ctx: Context,
	options: { files: readonly ContributedImageFile[]; alt: string }
): Promise<string[]> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	if (options.files.length === 0) return [];
	const alt = options.alt.trim().slice(0, 300);
	if (!alt) throw new AppError('invalid', 'common.formHasErrors', { alt: encodeMessage('validation.required') });
	await consumeRateLimit(ctx.db, `media.contributed:${actor.userId}`, {
		limit: DAILY_CONTRIBUTED_IMAGES,
		windowSeconds: 24 * 3600
	});
	// Decoding and encoding run before the transaction, so no lock waits on them.
	const processed: ProcessedImage[] = [];
	for (const file of options.files) processed.push(await processImage(file.bytes));
	return ctx.db.transaction(async (tx) => {
		const ids: string[] = [];
		for (const [index, file] of options.files.entries()) {
			const mediaId = await saveImage(tx, {
				officeId: ctx.officeId,
				fileName: file.fileName,
				original: file.bytes,
				processed: processed[index],
				alt,
				altEn: '',
				createdBy: actor.userId
			});
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'media.uploaded',
				entityType: 'media',
				entityId: mediaId,
				details: { mime: processed[index].mime, bytes: file.bytes.length, contributed: true }
			});
			ids.push(mediaId);
		}
		return ids;
	});
}
