// Images inside rich text are stored ready to show: when a text is saved, every image of the media
// library becomes a <picture> with the AVIF, WebP and JPEG widths the library made, and its size,
// so pages need no work per request and do not jump while images load.
import type { Database } from '../../server/db/client.ts';
import { getMediaForDisplay, type ImageSource } from './queries.server.ts';

/** How wide an image inside an article is shown: the text column, or the whole phone screen. */
export const INLINE_IMAGE_SIZES = '(min-width: 52rem) 48rem, 100vw';

const IMAGE_TAG = /<img\b[^>]*>/gi;
const LIBRARY_SRC = /\ssrc="\/media\/([0-9a-f-]{36})\/\d+\.(?:avif|webp|jpeg)"/i;

function attribute(tag: string, name: string): string | null {
	return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? null;
}

const srcset = (sources: ImageSource[]) => sources.map((source) => `${source.url} ${source.width}w`).join(', ');

/**
 * Turns each library image of sanitised HTML into a responsive <picture>. The alt text is the one
 * typed in the editor (already escaped by the sanitiser); images not (or no longer) in the library
 * stay as they are. Run after sanitizeRichText: the sanitiser drops <picture> and <source>, so an
 * edited text is rebuilt from its plain images each time.
 */
export async function withResponsiveImages(db: Database, officeId: string, html: string): Promise<string> {
	const ids = [...html.matchAll(IMAGE_TAG)].map((found) => LIBRARY_SRC.exec(found[0])?.[1]).filter(Boolean);
	if (ids.length === 0) return html;
	const images = await getMediaForDisplay(db, officeId, ids);
	return html.replace(IMAGE_TAG, (tag) => {
		const image = images.get(LIBRARY_SRC.exec(tag)?.[1] ?? '');
		if (!image) return tag;
		const alt = attribute(tag, 'alt') ?? '';
		const sources = (['avif', 'webp'] as const)
			.filter((format) => image.sources[format].length > 0)
			.map(
				(format) =>
					`<source type="image/${format}" srcset="${srcset(image.sources[format])}" sizes="${INLINE_IMAGE_SIZES}" />`
			)
			.join('');
		return (
			`<picture>${sources}<img src="${image.fallback.url}" srcset="${srcset(image.sources.jpeg)}" ` +
			`sizes="${INLINE_IMAGE_SIZES}" width="${image.fallback.width}" height="${image.fallback.height}" ` +
			`alt="${alt}" loading="lazy" decoding="async" /></picture>`
		);
	});
}
