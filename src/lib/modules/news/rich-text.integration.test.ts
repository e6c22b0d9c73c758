import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import sharp from 'sharp';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { articleInput } from './inputs.ts';
import { createArticle } from './commands/create-article.server.ts';
import { updateArticle } from './commands/update-article.server.ts';
import { getArticleForEdit, listNewsForFeed } from './queries.server.ts';
import { buildRssFeed } from './feeds.server.ts';
import { uploadMedia } from '../media/commands/upload-media.server.ts';
import { uploadDocument } from '../documents/commands/upload-document.server.ts';
import { samplePdf } from '../documents/test-fixtures.ts';
import { createPage } from '../pages/commands/create-page.server.ts';
import { getPageForAdmin } from '../pages/queries.server.ts';

let test: TestDatabase;
let officeId: string;
let staff: Actor;
let imageId: string;
let documentId: string;
let foreignDocumentId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	const otherOfficeId = (await createOffice(test.db, { isDefault: false, hosts: ['druga.test'] })).id;
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	const otherStaff = await createPerson(test.db, { officeId: otherOfficeId, roles: ['staff'] });
	const png = new Uint8Array(
		await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a7' } })
			.png()
			.toBuffer()
	);
	({ mediaId: imageId } = await uploadMedia(contextOf(test.db, officeId, staff), {
		bytes: png,
		fileName: 'radionica.png',
		alt: 'Радионица',
		altEn: ''
	}));
	const documentFields = {
		title: 'Правилник о стипендијама',
		titleEn: '',
		type: 'regulation' as const,
		year: 2026,
		description: '',
		descriptionEn: '',
		isPublished: true,
		file: { name: 'pravilnik.pdf', bytes: samplePdf('pravilnik') }
	};
	({ id: documentId } = await uploadDocument(contextOf(test.db, officeId, staff), documentFields));
	({ id: foreignDocumentId } = await uploadDocument(contextOf(test.db, otherOfficeId, otherStaff), documentFields));
});
afterAll(() => test.close());

const editorBody = () =>
	`<p>Погледајте фотографију.</p><img src="/media/${imageId}/1024.jpeg" alt="Млади на радионици" width="1024" height="683">` +
	`<p><a href="/documents/${documentId}" data-document="${documentId}" data-size="1">Правилник</a></p>` +
	`<p><a href="/documents/${foreignDocumentId}" data-document="${foreignDocumentId}">Туђи</a></p>`;

describe('rich text completed on save', () => {
	it('stores library images as <picture> with every format, width and height', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const { articleId: id } = await createArticle(ctx, v.parse(articleInput, { title: 'Слике', body: editorBody() }));
		const { body } = await getArticleForEdit(ctx, id);
		expect(body).toMatch(/<picture><source type="image\/avif" srcset="[^"]*\/media\/[^"]* 320w/);
		expect(body).toContain('<source type="image/webp"');
		expect(body).toMatch(
			/<img src="\/media\/[0-9a-f-]{36}\/1024\.jpeg" srcset="[^"]+" sizes="[^"]+" width="1024" height="683"/
		);
		expect(body).toContain('alt="Млади на радионици"');

		// Saving the stored text again (what the editor or a form without JavaScript sends back) changes nothing.
		await updateArticle(ctx, { articleId: id, ...v.parse(articleInput, { title: 'Слике', body }) });
		expect((await getArticleForEdit(ctx, id)).body).toBe(body);
	});

	it('gives feed readers absolute addresses for every file of a responsive image', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		await createArticle(
			ctx,
			v.parse(articleInput, { title: 'У фиду', body: editorBody(), status: 'published', slug: 'u-fidu' })
		);
		const items = (await listNewsForFeed(test.db, officeId, 10)).filter((item) => item.slug === 'u-fidu');
		const rss = buildRssFeed({
			locale: 'sr-Cyrl',
			origin: 'https://mladi.example.rs',
			title: 'Вести',
			description: '',
			officeName: 'КЗМ',
			keepLatin: [],
			items
		});
		const srcsets = [...rss.matchAll(/srcset=&quot;(.*?)&quot;/g)].map((found) => found[1]);
		expect(srcsets.length).toBeGreaterThanOrEqual(3);
		for (const srcset of srcsets) {
			for (const candidate of srcset.split(', ')) expect(candidate).toMatch(/^https:\/\/mladi\.example\.rs\/media\//);
		}
	});

	it('completes document links from the library and drops marks of documents from elsewhere', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const { articleId: id } = await createArticle(
			ctx,
			v.parse(articleInput, { title: 'Документ', body: editorBody() })
		);
		const { body } = await getArticleForEdit(ctx, id);
		const size = samplePdf('pravilnik').byteLength;
		expect(body).toMatch(
			new RegExp(
				`<a href="/documents/${documentId}/[a-z0-9-]+\\.pdf" data-document="${documentId}" data-format="pdf" data-size="${size}">Правилник</a>`
			)
		);
		expect(body).toContain(`<a href="/documents/${foreignDocumentId}">Туђи</a>`);
	});

	it('does the same for pages', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const { id } = await createPage(ctx, {
			title: 'О нама',
			titleEn: '',
			slug: '',
			body: editorBody(),
			bodyEn: '',
			parentId: '',
			showInMenu: false,
			isPublished: true
		});
		const { body } = await getPageForAdmin(ctx, id);
		expect(body).toContain('<picture>');
		expect(body).toContain(`data-document="${documentId}" data-format="pdf"`);
	});
});
