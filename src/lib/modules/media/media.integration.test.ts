import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, files } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { readFile, storeFile } from '../../server/files.ts';
import { mediaItems } from './schema.ts';
import { newsArticles } from '../news/schema.ts';
import { uploadMedia } from './commands/upload-media.server.ts';
import { updateMedia } from './commands/update-media.server.ts';
import { deleteMedia, isMediaInUseError } from './commands/delete-media.server.ts';
import { manifests } from '../registry.server.ts';
import { pages } from '../pages/schema.ts';
import { opportunities } from '../opportunities/schema.ts';
import { importImage } from './commands/import-image.server.ts';
import {
	getMediaForAdmin,
	getMediaForDisplay,
	getMediaVariantFile,
	listMediaForAdmin,
	listRecentMedia,
	toPickerImage
} from './queries.server.ts';
import { detectImageType, MEDIA_MAX_BYTES, variantWidths } from './images.server.ts';
import { removeDemoMedia } from './seed.server.ts';
import { uploadImageFromForm } from './upload-from-form.server.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

/** The parts of a refusal a person would notice: the kind, the message and which fields are marked. */
async function refusalOf(promise: Promise<unknown>) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(caught, 'expected the command to be refused').toBeTruthy();
	const { code, messageKey, fieldErrors } = caught as { code: string; messageKey: string; fieldErrors: object };
	return { code, messageKey, fieldErrors };
}

/** A photo-like JPEG with camera metadata, including where it was taken. */
async function cameraJpeg(width: number, height: number): Promise<Uint8Array> {
	const buffer = await sharp({
		create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } }
	})
		.composite([
			{
				input: Buffer.from(
					`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f59e0b"/></svg>`
				)
			}
		])
		.jpeg()
		.withExif({
			IFD0: { Artist: 'Tajni Fotograf', Make: 'KameraX' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 34/1 52/1', GPSLongitudeRef: 'E', GPSLongitude: '20/1 13/1 46/1' }
		})
		.toBuffer();
	return new Uint8Array(buffer);
}

async function transparentPng(width: number, height: number): Promise<Uint8Array> {
	return new Uint8Array(
		await sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
			.png()
			.toBuffer()
	);
}

async function latestAudit(officeId: string, action: string) {
	const [entry] = await test.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
		.orderBy(desc(auditLog.id))
		.limit(1);
	return entry;
}

describe('files', () => {
	it('stores bytes for one office and reads them back only there', async () => {
		const office = await createOffice(test.db);
		const other = await createOffice(test.db);
		const bytes = new TextEncoder().encode('%PDF-1.7 план');
		const stored = await storeFile(test.db, { officeId: office.id, name: 'plan.pdf', mime: 'application/pdf', bytes });
		expect(stored).toMatchObject({
			officeId: office.id,
			name: 'plan.pdf',
			mime: 'application/pdf',
			size: bytes.length
		});
		expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
		const read = await readFile(test.db, office.id, stored.id);
		expect(read?.bytes).toBeInstanceOf(Uint8Array);
		expect(new TextDecoder().decode(read!.bytes)).toBe('%PDF-1.7 план');
		expect(await readFile(test.db, other.id, stored.id)).toBeNull();
		expect(await readFile(test.db, office.id, 'not-an-id')).toBeNull();
	});
});

describe('image checks', () => {
	it('recognises images by their bytes, not their names', async () => {
		expect(detectImageType(await cameraJpeg(10, 10))).toBe('image/jpeg');
		expect(detectImageType(await transparentPng(10, 10))).toBe('image/png');
		expect(
			detectImageType(
				new Uint8Array(
					await sharp(await transparentPng(10, 10))
						.webp()
						.toBuffer()
				)
			)
		).toBe('image/webp');
		expect(detectImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
		expect(detectImageType(new TextEncoder().encode('GIF89a…'))).toBeNull();
	});

	it('never enlarges: small images get their own width as the largest size', () => {
		expect(variantWidths(4000)).toEqual([320, 640, 1024, 1600]);
		expect(variantWidths(1600)).toEqual([320, 640, 1024, 1600]);
		expect(variantWidths(1200)).toEqual([320, 640, 1024, 1200]);
		expect(variantWidths(500)).toEqual([320, 500]);
		expect(variantWidths(200)).toEqual([200]);
	});
});

describe('uploading images', () => {
	let officeId: string;
	let otherOfficeId: string;
	let staff: Actor;
	let youngPerson: Actor;
	let otherStaff: Actor;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		otherOfficeId = (await createOffice(test.db)).id;
		staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
	});

	it('resizes a photo into every width and format, without its camera metadata', async () => {
		const original = await cameraJpeg(2000, 1000);
		expect((await sharp(original).metadata()).exif).toBeDefined();
		const { mediaId } = await uploadMedia(contextOf(test.db, officeId, staff), {
			bytes: original,
			fileName: 'radionica.jpg',
			alt: 'Млади на радионици',
			altEn: 'Young people at a workshop'
		});

		const image = (await getMediaForDisplay(test.db, officeId, [mediaId])).get(mediaId)!;
		expect(image).toMatchObject({
			alt: 'Млади на радионици',
			altEn: 'Young people at a workshop',
			width: 2000,
			height: 1000
		});
		for (const format of ['avif', 'webp', 'jpeg'] as const) {
			expect(image.sources[format].map((source) => [source.width, source.height])).toEqual([
				[320, 160],
				[640, 320],
				[1024, 512],
				[1600, 800]
			]);
		}
		expect(image.fallback.url).toBe(`/media/${mediaId}/1024.jpeg`);
		expect(image.share.url).toBe(`/media/${mediaId}/1600.jpeg`);

		for (const [format, mime, sharpFormat] of [
			['avif', 'image/avif', 'heif'],
			['webp', 'image/webp', 'webp'],
			['jpeg', 'image/jpeg', 'jpeg']
		] as const) {
			const file = await getMediaVariantFile(test.db, officeId, mediaId, 640, format);
			expect(file?.mime).toBe(mime);
			const metadata = await sharp(file!.bytes).metadata();
			expect(metadata.format).toBe(sharpFormat);
			expect(metadata.width).toBe(640);
			expect(metadata.exif).toBeUndefined();
			expect(Buffer.from(file!.bytes).includes('Tajni Fotograf')).toBe(false);
		}
		// No size that was not made, and nothing for another office.
		expect(await getMediaVariantFile(test.db, officeId, mediaId, 2000, 'jpeg')).toBeNull();
		expect(await getMediaVariantFile(test.db, otherOfficeId, mediaId, 640, 'jpeg')).toBeNull();

		expect(await latestAudit(officeId, 'media.uploaded')).toMatchObject({
			actorUserId: staff.userId,
			entityId: mediaId,
			details: { mime: 'image/jpeg', width: 2000, height: 1000, variants: 12 }
		});
	});

	it('keeps a transparent PNG transparent in WebP and white in JPEG, and does not enlarge it', async () => {
		const { mediaId } = await uploadMedia(contextOf(test.db, officeId, staff), {
			bytes: await transparentPng(500, 300),
			fileName: 'logo.png',
			alt: 'Знак клуба'
		});
		const image = (await getMediaForDisplay(test.db, officeId, [mediaId])).get(mediaId)!;
		expect(image.sources.jpeg.map((source) => source.width)).toEqual([320, 500]);
		const webp = await getMediaVariantFile(test.db, officeId, mediaId, 500, 'webp');
		expect((await sharp(webp!.bytes).metadata()).hasAlpha).toBe(true);
		const jpeg = await getMediaVariantFile(test.db, officeId, mediaId, 500, 'jpeg');
		const { data } = await sharp(jpeg!.bytes).raw().toBuffer({ resolveWithObject: true });
		expect([data[0], data[1], data[2]]).toEqual([255, 255, 255]);
	});

	it('refuses a text file, even one named like an image', async () => {
		expect(
			await refusalOf(
				uploadMedia(contextOf(test.db, officeId, staff), {
					bytes: new TextEncoder().encode('Ово није слика, ово је текст.'),
					fileName: 'slika.jpg',
					alt: 'Слика'
				})
			)
		).toEqual({ code: 'invalid', messageKey: 'media.error.wrongType', fieldErrors: { file: 'media.error.wrongType' } });
	});

	it('refuses a file larger than 8 MB before reading it', async () => {
		const huge = new Uint8Array(MEDIA_MAX_BYTES + 1);
		huge.set([0xff, 0xd8, 0xff, 0xe0]);
		expect(
			await refusalOf(
				uploadMedia(contextOf(test.db, officeId, staff), { bytes: huge, fileName: 'velika.jpg', alt: 'Слика' })
			)
		).toEqual({ code: 'invalid', messageKey: 'media.error.tooLarge', fieldErrors: { file: 'media.error.tooLarge' } });
	});

	it('refuses a broken image and an empty upload with a reason', async () => {
		const broken = (await cameraJpeg(100, 100)).slice(0, 200);
		expect(
			(
				await refusalOf(
					uploadMedia(contextOf(test.db, officeId, staff), { bytes: broken, fileName: 'a.jpg', alt: 'А' })
				)
			).fieldErrors
		).toEqual({ file: 'media.error.unreadable' });
		expect(
			(
				await refusalOf(
					uploadMedia(contextOf(test.db, officeId, staff), { bytes: new Uint8Array(), fileName: '', alt: 'А' })
				)
			).fieldErrors
		).toEqual({ file: 'media.error.missing' });
	});

	it('requires a description', async () => {
		expect(
			await refusalOf(
				uploadMedia(contextOf(test.db, officeId, staff), {
					bytes: await cameraJpeg(50, 50),
					fileName: 'a.jpg',
					alt: '   '
				})
			)
		).toEqual({ code: 'invalid', messageKey: 'common.formHasErrors', fieldErrors: { alt: 'validation.required' } });
	});

	it('refuses a young person and nobody, and stores nothing', async () => {
		const before = await test.db
			.select({ id: mediaItems.id })
			.from(mediaItems)
			.where(eq(mediaItems.officeId, officeId));
		const upload = { bytes: await cameraJpeg(50, 50), fileName: 'a.jpg', alt: 'Слика' };
		expect((await refusalOf(uploadMedia(contextOf(test.db, officeId, youngPerson), upload))).code).toBe('forbidden');
		expect((await refusalOf(uploadMedia(contextOf(test.db, officeId, null), upload))).code).toBe('unauthenticated');
		expect(
			await test.db.select({ id: mediaItems.id }).from(mediaItems).where(eq(mediaItems.officeId, officeId))
		).toEqual(before);
	});

	it('lists the library newest first for staff only, each office its own', async () => {
		const list = await listMediaForAdmin(contextOf(test.db, officeId, staff));
		expect(list.total).toBe(2);
		expect(list.rows.map((row) => row.alt)).toEqual(['Знак клуба', 'Млади на радионици']);
		expect((await listMediaForAdmin(contextOf(test.db, otherOfficeId, otherStaff))).total).toBe(0);
		expect((await refusalOf(listMediaForAdmin(contextOf(test.db, officeId, youngPerson)))).code).toBe('forbidden');
		const picker = (await listRecentMedia(contextOf(test.db, officeId, staff), 1)).map(toPickerImage);
		expect(picker).toEqual([
			expect.objectContaining({
				alt: 'Знак клуба',
				src: expect.stringMatching(/\/500\.jpeg$/),
				width: 500,
				height: 300
			})
		]);
	});
});

describe('uploading an image together with another form', () => {
	it('uploads the picker’s file, and reports its mistakes on the picker’s own fields', async () => {
		const officeId = (await createOffice(test.db)).id;
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		const ctx = contextOf(test.db, officeId, staff);
		const form = (fields: Record<string, string | File>) => {
			const data = new FormData();
			for (const [name, value] of Object.entries(fields)) data.append(name, value);
			return data;
		};
		const jpeg = new File([Buffer.from(await cameraJpeg(400, 300))], 'naslovna.jpg', { type: 'image/jpeg' });

		expect(await uploadImageFromForm(ctx, form({ coverAlt: 'Ништа' }), 'cover')).toBeNull();
		expect(await uploadImageFromForm(ctx, form({ coverFile: new File([], ''), coverAlt: '' }), 'cover')).toBeNull();
		expect(await refusalOf(uploadImageFromForm(ctx, form({ coverFile: jpeg, coverAlt: '' }), 'cover'))).toEqual({
			code: 'invalid',
			messageKey: 'common.formHasErrors',
			fieldErrors: { coverAlt: 'validation.required' }
		});
		const text = new File(['здраво'], 'naslovna.jpg', { type: 'image/jpeg' });
		expect(
			(await refusalOf(uploadImageFromForm(ctx, form({ coverFile: text, coverAlt: 'Опис' }), 'cover'))).fieldErrors
		).toEqual({ coverFile: 'media.error.wrongType' });
		expect(
			(
				await refusalOf(
					uploadImageFromForm(
						contextOf(test.db, officeId, youngPerson),
						form({ coverFile: jpeg, coverAlt: 'Опис' }),
						'cover'
					)
				)
			).code
		).toBe('forbidden');

		const mediaId = await uploadImageFromForm(
			ctx,
			form({ coverFile: jpeg, coverAlt: 'Насловна', coverAltEn: 'Cover' }),
			'cover'
		);
		expect((await getMediaForDisplay(test.db, officeId, [mediaId])).get(mediaId!)).toMatchObject({
			alt: 'Насловна',
			altEn: 'Cover',
			width: 400,
			height: 300
		});
		expect((await refusalOf(listRecentMedia(contextOf(test.db, officeId, youngPerson)))).code).toBe('forbidden');
	});
});

describe('describing and deleting images', () => {
	let officeId: string;
	let otherOfficeId: string;
	let coordinator: Actor;
	let youngPerson: Actor;
	let otherCoordinator: Actor;
	let mediaId: string;
	beforeAll(async () => {
		officeId = (await createOffice(test.db)).id;
		otherOfficeId = (await createOffice(test.db)).id;
		coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
		youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		otherCoordinator = await createPerson(test.db, { officeId: otherOfficeId, roles: ['coordinator'] });
		({ mediaId } = await uploadMedia(contextOf(test.db, officeId, coordinator), {
			bytes: await cameraJpeg(800, 600),
			fileName: 'park.jpg',
			alt: 'Park'
		}));
	});

	it('lets staff correct the description, and records which texts changed', async () => {
		await updateMedia(contextOf(test.db, officeId, coordinator), {
			mediaId,
			alt: 'Волонтери саде дрвеће у парку',
			altEn: 'Volunteers planting trees in the park'
		});
		expect(await getMediaForAdmin(contextOf(test.db, officeId, coordinator), mediaId)).toMatchObject({
			alt: 'Волонтери саде дрвеће у парку',
			altEn: 'Volunteers planting trees in the park'
		});
		expect((await latestAudit(officeId, 'media.updated')).details).toEqual({ changed: ['alt', 'altEn'] });
	});

	it('refuses a young person and another office', async () => {
		const change = { mediaId, alt: 'Друго', altEn: '' };
		expect((await refusalOf(updateMedia(contextOf(test.db, officeId, youngPerson), change))).code).toBe('forbidden');
		expect((await refusalOf(updateMedia(contextOf(test.db, otherOfficeId, otherCoordinator), change))).code).toBe(
			'not_found'
		);
		expect(
			(await refusalOf(deleteMedia(contextOf(test.db, officeId, youngPerson), { mediaId, modules: manifests }))).code
		).toBe('forbidden');
		expect(
			(
				await refusalOf(
					deleteMedia(contextOf(test.db, otherOfficeId, otherCoordinator), { mediaId, modules: manifests })
				)
			).code
		).toBe('not_found');
		expect((await refusalOf(getMediaForAdmin(contextOf(test.db, otherOfficeId, otherCoordinator), mediaId))).code).toBe(
			'not_found'
		);
		expect((await getMediaForDisplay(test.db, officeId, [mediaId])).get(mediaId)?.alt).toBe(
			'Волонтери саде дрвеће у парку'
		);
	});

	it('refuses to delete an image an article shows, as cover or in its text', async () => {
		const [article] = await test.db
			.insert(newsArticles)
			.values({ officeId, slug: 'sa-slikom', title: 'Са сликом', coverMediaId: mediaId })
			.returning();
		expect(
			await refusalOf(deleteMedia(contextOf(test.db, officeId, coordinator), { mediaId, modules: manifests }))
		).toMatchObject({
			code: 'conflict',
			messageKey: 'media.error.inUse'
		});
		await test.db
			.update(newsArticles)
			.set({ coverMediaId: null, body: `<p><img src="/media/${mediaId}/640.jpeg" alt="Парк"></p>` })
			.where(eq(newsArticles.id, article.id));
		expect(
			(await refusalOf(deleteMedia(contextOf(test.db, officeId, coordinator), { mediaId, modules: manifests }))).code
		).toBe('conflict');
		await test.db.delete(newsArticles).where(eq(newsArticles.id, article.id));
	});

	it('refuses while a page or an opportunity shows the image, listing every place that does', async () => {
		const image = `<picture><img src="/media/${mediaId}/640.jpeg" alt="Парк" /></picture>`;
		const [page] = await test.db
			.insert(pages)
			.values({ officeId, slug: 'o-parku', title: 'О парку', body: '', bodyEn: image })
			.returning();
		const [opportunity] = await test.db
			.insert(opportunities)
			.values({
				officeId,
				slug: 'uredjenje-parka',
				type: 'volunteering_abroad',
				title: 'Уређење парка',
				body: image,
				deadline: new Date(Date.now() + 86_400_000)
			})
			.returning();
		// Another office's page with the same address in its text is none of this office's business.
		await test.db.insert(pages).values({ officeId: otherOfficeId, slug: 'tudja', title: 'Туђа', body: image });
		const caught = await deleteMedia(contextOf(test.db, officeId, coordinator), { mediaId, modules: manifests }).then(
			() => null,
			(error: unknown) => error
		);
		expect(isMediaInUseError(caught)).toBe(true);
		expect(isMediaInUseError(caught) && caught.uses).toEqual([
			{ kindKey: 'pages.kind', title: 'О парку', path: `/admin/pages/${page.id}` },
			{ kindKey: 'opportunities.kind', title: 'Уређење парка', path: `/admin/opportunities/${opportunity.id}` }
		]);
		await test.db.delete(pages).where(eq(pages.id, page.id));
		await test.db.delete(opportunities).where(eq(opportunities.id, opportunity.id));
	});

	it('deletes an unused image with all its files', async () => {
		const [item] = await test.db.select().from(mediaItems).where(eq(mediaItems.id, mediaId));
		const fileIds = [item.originalFileId, ...item.variants.map((variant) => variant.fileId)];
		await deleteMedia(contextOf(test.db, officeId, coordinator), { mediaId, modules: manifests });
		expect(await getMediaForDisplay(test.db, officeId, [mediaId])).toEqual(new Map());
		for (const fileId of fileIds) expect(await test.db.select().from(files).where(eq(files.id, fileId))).toEqual([]);
		expect(await getMediaVariantFile(test.db, officeId, mediaId, 320, 'webp')).toBeNull();
		expect(await latestAudit(officeId, 'media.deleted')).toMatchObject({
			entityId: mediaId,
			actorUserId: coordinator.userId
		});
		expect(
			(await refusalOf(deleteMedia(contextOf(test.db, officeId, coordinator), { mediaId, modules: manifests }))).code
		).toBe('not_found');
	});
});

describe('demo images', () => {
	it('removes only the demo images of the office asked, with their files', async () => {
		const officeId = (await createOffice(test.db)).id;
		const otherOfficeId = (await createOffice(test.db)).id;
		const staff = await createPerson(test.db, { officeId, roles: ['staff'] });
		const png = await transparentPng(64, 64);
		const demo = await importImage(test.db, { officeId, bytes: png, fileName: 'demo.png', alt: 'Демо', isDemo: true });
		const otherDemo = await importImage(test.db, {
			officeId: otherOfficeId,
			bytes: png,
			fileName: 'demo.png',
			alt: 'Демо',
			isDemo: true
		});
		const real = await uploadMedia(contextOf(test.db, officeId, staff), {
			bytes: png,
			fileName: 'prava.png',
			alt: 'Права'
		});
		const [demoItem] = await test.db.select().from(mediaItems).where(eq(mediaItems.id, demo.mediaId));

		await removeDemoMedia(test.db, officeId);
		const left = await getMediaForDisplay(test.db, officeId, [demo.mediaId, real.mediaId]);
		expect([...left.keys()]).toEqual([real.mediaId]);
		expect(await test.db.select().from(files).where(eq(files.id, demoItem.originalFileId))).toEqual([]);
		expect((await getMediaForDisplay(test.db, otherOfficeId, [otherDemo.mediaId])).size).toBe(1);
	});
});
