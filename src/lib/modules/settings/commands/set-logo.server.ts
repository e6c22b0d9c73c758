import { eq } from 'drizzle-orm';
import { offices } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { invalidateOfficeCache } from '../../../server/office.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canEditSettings } from '../permissions.server.ts';

export const LOGO_MAX_BYTES = 512 * 1024;

/** Recognises PNG, JPEG and WebP by their first bytes, whatever the browser claimed. SVG is refused: it can carry script. */
export function detectImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | null {
	if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
		return 'image/png';
	if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (
		bytes.length > 12 &&
		String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' &&
		String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP'
	)
		return 'image/webp';
	return null;
}

/** Replaces the office logo with an uploaded image (or removes it when `bytes` is null). */
export async function setLogo(ctx: Context, options: { bytes: Uint8Array | null }): Promise<void> {
	authorize(ctx.actor, canEditSettings(ctx.actor));
	const actor = ctx.actor;
	let mime: string | null = null;
	if (options.bytes) {
		if (options.bytes.length === 0)
			throw new AppError('invalid', 'settings.logo.missing', { logo: 'settings.logo.missing' });
		if (options.bytes.length > LOGO_MAX_BYTES)
			throw new AppError('invalid', 'settings.logo.tooLarge', { logo: 'settings.logo.tooLarge' });
		mime = detectImageType(options.bytes);
		if (!mime) throw new AppError('invalid', 'settings.logo.wrongType', { logo: 'settings.logo.wrongType' });
	}
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(offices)
			.set({
				logo: options.bytes,
				logoMime: mime,
				logoUpdatedAt: options.bytes ? new Date() : null,
				updatedAt: new Date()
			})
			.where(eq(offices.id, ctx.officeId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: options.bytes ? 'settings.logo_set' : 'settings.logo_removed',
			entityType: 'office',
			entityId: ctx.officeId,
			details: options.bytes ? { mime, bytes: options.bytes.length } : {}
		});
	});
	invalidateOfficeCache();
}
