// Reads of the media library. Other modules get images only through getMediaForDisplay and the
// variant URLs it returns; they never read media_items themselves.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { mediaItems, type MediaVariant } from './schema.ts';
import type { Database } from '../../server/db/client.ts';
import { readFile, type FileWithBytes } from '../../server/files.ts';
import { isUuid } from '../../server/ids.ts';
import { AppError } from '../../server/errors.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { canManageMedia } from './permissions.server.ts';
import type { VariantFormat } from './images.server.ts';

/** One file of a responsive image set. */
export interface ImageSource {
	width: number;
	height: number;
	url: string;
}

/** Everything a page needs to show an image: alt texts, intrinsic size and the variant URLs by format. */
export interface MediaForDisplay {
	id: string;
	/** Serbian alt text as typed (show it with i18n.text); altEn may be empty. */
	alt: string;
	altEn: string;
	width: number;
	height: number;
	/** Variants of each format, narrowest first. */
	sources: Record<VariantFormat, ImageSource[]>;
	/** The JPEG fallback for <img src>: the widest up to 1024 px. */
	fallback: ImageSource;
	/** The JPEG for link previews (OpenGraph, feeds): the widest available, at most 1600 px. */
	share: ImageSource;
	/** A small WebP for lists and pickers. */
	thumbnail: ImageSource;
}

/** The public address of one variant (not locale-prefixed: images are the same in every locale). */
export function mediaVariantUrl(mediaId: string, width: number, format: VariantFormat): string {
	return `/media/${mediaId}/${width}.${format}`;
}

function toDisplay(row: {
	id: string;
	alt: string;
	altEn: string;
	width: number;
	height: number;
	variants: MediaVariant[];
}): MediaForDisplay {
	const byFormat = (format: VariantFormat) =>
		row.variants
			.filter((variant) => variant.format === format)
			.sort((a, b) => a.width - b.width)
			.map((variant) => ({
				width: variant.width,
				height: variant.height,
				url: mediaVariantUrl(row.id, variant.width, format)
			}));
	const sources = { avif: byFormat('avif'), webp: byFormat('webp'), jpeg: byFormat('jpeg') };
	const widestUpTo = (list: ImageSource[], max: number) =>
		list.filter((source) => source.width <= max).at(-1) ?? list[0];
	return {
		id: row.id,
		alt: row.alt,
		altEn: row.altEn,
		width: row.width,
		height: row.height,
		sources,
		fallback: widestUpTo(sources.jpeg, 1024),
		share: widestUpTo(sources.jpeg, 1600),
		thumbnail: widestUpTo(sources.webp, 640) ?? widestUpTo(sources.jpeg, 640)
	};
}

const displayColumns = {
	id: mediaItems.id,
	alt: mediaItems.alt,
	altEn: mediaItems.altEn,
	width: mediaItems.width,
	height: mediaItems.height,
	variants: mediaItems.variants
};

/**
 * Images of an office by id, ready to show (for covers, lists, feeds). Unknown ids, ids of other
 * offices and deleted images are simply missing from the map.
 */
export async function getMediaForDisplay(
	db: Database,
	officeId: string,
	ids: readonly (string | null | undefined)[]
): Promise<Map<string, MediaForDisplay>> {
	const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
	if (wanted.length === 0) return new Map();
	const rows = await db
		.select(displayColumns)
		.from(mediaItems)
		.where(and(eq(mediaItems.officeId, officeId), inArray(mediaItems.id, wanted)));
	return new Map(rows.filter((row) => row.variants.length > 0).map((row) => [row.id, toDisplay(row)]));
}

/**
 * Of these ids, the office's images that `userId` uploaded, in the order given: what a person may attach
 * to their own contribution (an id from someone else's form, or the staff library, is dropped).
 */
export async function listOwnMediaIds(
	db: Database,
	officeId: string,
	userId: string,
	ids: readonly string[]
): Promise<string[]> {
	const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
	if (wanted.length === 0) return [];
	const rows = await db
		.select({ id: mediaItems.id })
		.from(mediaItems)
		.where(and(eq(mediaItems.officeId, officeId), eq(mediaItems.createdBy, userId), inArray(mediaItems.id, wanted)));
	const own = new Set(rows.map((row) => row.id));
	return wanted.filter((id) => own.has(id));
}

/** Whether this image is one of the office's demo images (removed with the demo content). */
export async function isDemoMedia(db: Database, officeId: string, mediaId: string): Promise<boolean> {
	if (!isUuid(mediaId)) return false;
	const [row] = await db
		.select({ id: mediaItems.id })
		.from(mediaItems)
		.where(and(eq(mediaItems.officeId, officeId), eq(mediaItems.id, mediaId), eq(mediaItems.isDemo, true)));
	return !!row;
}

/** The file behind a public variant address, or null when the office has no such image or size. */
export async function getMediaVariantFile(
	db: Database,
	officeId: string,
	mediaId: string,
	width: number,
	format: VariantFormat
): Promise<FileWithBytes | null> {
	if (!isUuid(mediaId)) return null;
	const [row] = await db
		.select({ variants: mediaItems.variants })
		.from(mediaItems)
		.where(and(eq(mediaItems.officeId, officeId), eq(mediaItems.id, mediaId)));
	const variant = row?.variants.find((item) => item.width === width && item.format === format);
	return variant ? readFile(db, officeId, variant.fileId) : null;
}

export interface MediaAdminRow extends MediaForDisplay {
	isDemo: boolean;
	createdAt: Date;
}

const ADMIN_PAGE_SIZE = 24;

/** The media library for staff, newest first. */
export async function listMediaForAdmin(
	ctx: Context,
	options: { page?: number } = {}
): Promise<{ rows: MediaAdminRow[]; total: number; page: number; pages: number }> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const [{ total }] = await ctx.db
		.select({ total: sql<number>`count(*)::int` })
		.from(mediaItems)
		.where(eq(mediaItems.officeId, ctx.officeId));
	const rows = await ctx.db
		.select({ ...displayColumns, isDemo: mediaItems.isDemo, createdAt: mediaItems.createdAt })
		.from(mediaItems)
		.where(eq(mediaItems.officeId, ctx.officeId))
		.orderBy(desc(mediaItems.createdAt), desc(mediaItems.id))
		.limit(ADMIN_PAGE_SIZE)
		.offset((page - 1) * ADMIN_PAGE_SIZE);
	return {
		rows: rows.map((row) => ({ ...toDisplay(row), isDemo: row.isDemo, createdAt: row.createdAt })),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE))
	};
}

/** One image of the library for its edit screen. */
export async function getMediaForAdmin(ctx: Context, mediaId: string): Promise<MediaAdminRow> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	if (!isUuid(mediaId)) throw new AppError('not_found', 'error.404.text');
	const [row] = await ctx.db
		.select({ ...displayColumns, isDemo: mediaItems.isDemo, createdAt: mediaItems.createdAt })
		.from(mediaItems)
		.where(and(eq(mediaItems.officeId, ctx.officeId), eq(mediaItems.id, mediaId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	return { ...toDisplay(row), isDemo: row.isDemo, createdAt: row.createdAt };
}

/** An image as the editor's picker offers it: what to show and what to insert. */
export interface PickerImage {
	id: string;
	alt: string;
	altEn: string;
	thumbnailUrl: string;
	/** The JPEG inserted into rich text, with its size so the page does not jump while it loads. */
	src: string;
	width: number;
	height: number;
}

/** The most recent images for pickers (rich text editor, cover choice). */
export async function listRecentMedia(ctx: Context, limit = 24): Promise<MediaForDisplay[]> {
	authorize(ctx.actor, canManageMedia(ctx.actor));
	const rows = await ctx.db
		.select(displayColumns)
		.from(mediaItems)
		.where(eq(mediaItems.officeId, ctx.officeId))
		.orderBy(desc(mediaItems.createdAt), desc(mediaItems.id))
		.limit(Math.min(Math.max(1, limit), 100));
	return rows.filter((row) => row.variants.length > 0).map(toDisplay);
}

/** What the rich text editor's image picker needs for one image. */
export function toPickerImage(image: MediaForDisplay): PickerImage {
	return {
		id: image.id,
		alt: image.alt,
		altEn: image.altEn,
		thumbnailUrl: image.thumbnail.url,
		src: image.fallback.url,
		width: image.fallback.width,
		height: image.fallback.height
	};
}
