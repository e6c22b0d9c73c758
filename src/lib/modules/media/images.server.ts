// Turning an uploaded image into what the portal serves: its real type from the bytes, and resized
// copies in modern formats with a JPEG fallback. Nothing here touches the database.
import sharp, { type SharpOptions } from 'sharp';
import { AppError } from '../../server/errors.ts';
import type { MediaVariant } from './schema.ts';

/** Largest upload accepted (the server's request limit is a little higher, so this message is the one people see). */
export const MEDIA_MAX_BYTES = 8 * 1024 * 1024;
/** Widths made for responsive images; an image is never enlarged, so small ones get fewer. */
export const MEDIA_WIDTHS = [320, 640, 1024, 1600] as const;
/** Decompression bombs stop here: 40 megapixels is more than any phone camera. */
const MAX_PIXELS = 40_000_000;

export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp';
export type VariantFormat = MediaVariant['format'];
export const VARIANT_FORMATS: readonly VariantFormat[] = ['avif', 'webp', 'jpeg'];
export const VARIANT_MIME: Record<VariantFormat, string> = {
	avif: 'image/avif',
	webp: 'image/webp',
	jpeg: 'image/jpeg'
};

/** Recognises JPEG, PNG and WebP by their first bytes, whatever the browser or the file name claimed. */
export function detectImageType(bytes: Uint8Array): ImageMime | null {
	if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (
		bytes.length > 8 &&
		bytes[0] === 0x89 &&
		bytes[1] === 0x50 &&
		bytes[2] === 0x4e &&
		bytes[3] === 0x47 &&
		bytes[4] === 0x0d &&
		bytes[5] === 0x0a &&
		bytes[6] === 0x1a &&
		bytes[7] === 0x0a
	)
		return 'image/png';
	const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
	return null;
}

/** The widths to make for an image this wide: the standard ones below it, plus its own width when it is not wider than the largest. */
export function variantWidths(originalWidth: number): number[] {
	const widths: number[] = MEDIA_WIDTHS.filter((width) => width < originalWidth);
	if (originalWidth <= MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1]) widths.push(originalWidth);
	return widths;
}

export interface EncodedVariant {
	width: number;
	height: number;
	format: VariantFormat;
	mime: string;
	bytes: Uint8Array;
}

export interface ProcessedImage {
	mime: ImageMime;
	/** Size after applying the camera's orientation, as people see the picture. */
	width: number;
	height: number;
	variants: EncodedVariant[];
}

/**
 * Checks an upload and makes its variants. Every variant is re-encoded by sharp, which writes no
 * metadata unless asked: EXIF, GPS position and camera details never reach visitors.
 * Throws `invalid` AppErrors on the `file` field for anything a person can fix.
 */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
	if (bytes.length === 0) throw fileError('media.error.missing');
	if (bytes.length > MEDIA_MAX_BYTES) throw fileError('media.error.tooLarge');
	const mime = detectImageType(bytes);
	if (!mime) throw fileError('media.error.wrongType');
	const options = { limitInputPixels: MAX_PIXELS, failOn: 'error' as const };
	let width: number;
	let height: number;
	try {
		const metadata = await sharp(bytes, options).metadata();
		({ width, height } = metadata.autoOrient ?? metadata);
	} catch (caught) {
		throw fileError(/pixel limit/i.test(String(caught)) ? 'media.error.tooManyPixels' : 'media.error.unreadable');
	}
	if (!width || !height) throw fileError('media.error.unreadable');
	try {
		const variants: EncodedVariant[] = [];
		// One width at a time, three formats in parallel: bounded memory on a small server.
		for (const targetWidth of variantWidths(width)) {
			const encoded = await Promise.all(VARIANT_FORMATS.map((format) => encode(bytes, options, targetWidth, format)));
			variants.push(...encoded);
		}
		return { mime, width, height, variants };
	} catch {
		throw fileError('media.error.unreadable');
	}
}

async function encode(
	bytes: Uint8Array,
	options: SharpOptions,
	width: number,
	format: VariantFormat
): Promise<EncodedVariant> {
	let pipeline = sharp(bytes, options).autoOrient().resize({ width, withoutEnlargement: true });
	if (format === 'avif') pipeline = pipeline.avif({ quality: 55, effort: 2 });
	else if (format === 'webp') pipeline = pipeline.webp({ quality: 78, effort: 4 });
	// JPEG has no transparency: transparent parts of a PNG become white rather than black.
	else pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true, progressive: true });
	const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
	return {
		width: info.width,
		height: info.height,
		format,
		mime: VARIANT_MIME[format],
		bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
	};
}

function fileError(key: string): AppError {
	return new AppError('invalid', key, { file: key });
}
