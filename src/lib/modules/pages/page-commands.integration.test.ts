import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog, type Role } from '../../server/db/core-schema.ts';
import { searchKey } from '../../i18n/script.ts';
import type { Actor, Context } from '../../server/actor.ts';
import { pages } from './schema.ts';
import { pageInput, type PageInput } from './inputs.ts';
import { createPage } from './commands/create-page.server.ts';
import { updatePage } from './commands/update-page.server.ts';
import { deletePage } from './commands/delete-page.server.ts';
import { movePage } from './commands/move-page.server.ts';
import {
	getPageForAdmin,
	getPublishedPage,
	listMenu,
	listPageSitemap,
	listPagesForAdmin,
	listParentChoices,
	searchPages
} from './queries.server.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.close());

/** A page as the form would submit it: parsed by the same schema the route uses. */
function pageForm(values: Record<string, string>): PageInput {
	return v.parse(pageInput, { showInMenu: 'yes', isPublished: 'yes', ...values });
}

async function officeWith(role: Role = 'coordinator'): Promise<{ officeId: string; actor: Actor; ctx: Context }> {
	const officeId = (await createOffice(test.db)).id;
	const actor = await createPerson(test.db, { officeId, roles: [role] });
	return { officeId, actor, ctx: contextOf(test.db, officeId, actor) };
}

async function lastAudit(officeId: string, action: string) {
	const [entry] = await test.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.officeId, officeId), eq(auditLog.action, action)))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(1);
	return entry ?? null;
}

async function storedPage(id: string) {
	const [page] = await test.db.select().from(pages).where(eq(pages.id, id));
	return page;
}

/** The menu as its visible names, children in brackets: "A[a1,a2]", "B". */
async function menuShape(officeId: string): Promise<string[]> {
	return (await listMenu(test.db, officeId)).map((item) =>
		item.children.length > 0 ? `${item.title}[${item.children.map((child) => child.title).join(',')}]` : item.title
	);
}

describe('who may edit pages', () => {
	for (const role of ['administrator', 'coordinator', 'staff'] as const) {
		it(`lets a person with the ${role} role create, edit, move and delete a page`, async () => {
			const { officeId, ctx } = await officeWith(role);
			const { id } = await createPage(ctx, pageForm({ title: `Страница ${role}` }));
			await updatePage(ctx, { id, input: pageForm({ title: 'Нови наслов' }) });
			await movePage(ctx, { id, direction: 'up' });
			expect((await listPagesForAdmin(ctx)).map((page) => page.title)).toEqual(['Нови наслов']);
			await deletePage(ctx, { id });
			expect(await listPagesForAdmin(ctx)).toEqual([]);
			expect(await lastAudit(officeId, 'pages.deleted')).toMatchObject({ entityId: id });
		});
	}

	it('refuses a young person and a visitor who is not signed in, and changes nothing', async () => {
		const { officeId, ctx } = await officeWith();
		const { id } = await createPage(ctx, pageForm({ title: 'О нама' }));
		const youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
		for (const actor of [youngPerson, null]) {
			const other = contextOf(test.db, officeId, actor);
			const code = actor ? 'forbidden' : 'unauthenticated';
			await expect(createPage(other, pageForm({ title: 'Туђа' }))).rejects.toMatchObject({ code });
			await expect(updatePage(other, { id, input: pageForm({ title: 'Туђа' }) })).rejects.toMatchObject({ code });
			await expect(movePage(other, { id, direction: 'down' })).rejects.toMatchObject({ code });
			await expect(deletePage(other, { id })).rejects.toMatchObject({ code });
			await expect(listPagesForAdmin(other)).rejects.toMatchObject({ code });
			await expect(getPageForAdmin(other, id)).rejects.toMatchObject({ code });
		}
		expect((await listPagesForAdmin(ctx)).map((page) => page.title)).toEqual(['О нама']);
	});

	it('does not let staff of another office reach this office’s pages', async () => {
		const { ctx } = await officeWith();
		const { id } = await createPage(ctx, pageForm({ title: 'Наша' }));
		const elsewhere = await officeWith('administrator');
		await expect(getPageForAdmin(elsewhere.ctx, id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(updatePage(elsewhere.ctx, { id, input: pageForm({ title: 'Туђа' }) })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(deletePage(elsewhere.ctx, { id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(movePage(elsewhere.ctx, { id, direction: 'up' })).rejects.toMatchObject({ code: 'not_found' });
		expect((await storedPage(id)).title).toBe('Наша');
	});
});

describe('creating and editing a page', () => {
	it('makes the address from a title typed in Latin or Cyrillic, numbered when taken', async () => {
		const { ctx } = await officeWith();
		const latin = await createPage(ctx, pageForm({ title: 'Lokalni omladinski parlament' }));
		const cyrillic = await createPage(ctx, pageForm({ title: 'Локални омладински парламент' }));
		const third = await createPage(ctx, pageForm({ title: 'Lokalni omladinski parlament!' }));
		expect([latin.slug, cyrillic.slug, third.slug]).toEqual([
			'lokalni-omladinski-parlament',
			'lokalni-omladinski-parlament-2',
			'lokalni-omladinski-parlament-3'
		]);
		const nothingLeft = await createPage(ctx, pageForm({ title: '…' }));
		expect(nothingLeft.slug).toBe('stranica');
	});

	it('takes a typed address, normalised, and refuses one another page has', async () => {
		const { ctx } = await officeWith();
		const typed = await createPage(ctx, pageForm({ title: 'О нама', slug: 'Ko Smo Mi' }));
		expect(typed.slug).toBe('ko-smo-mi');
		await expect(createPage(ctx, pageForm({ title: 'Друга', slug: 'ko-smo-mi' }))).rejects.toMatchObject({
			code: 'invalid',
			fieldErrors: { slug: 'pages.field.slugTaken' }
		});
		await expect(createPage(ctx, pageForm({ title: 'Друга', slug: '!!!' }))).rejects.toMatchObject({
			fieldErrors: { slug: 'pages.field.slugInvalid' }
		});
		// The same address in another office is free.
		const other = await officeWith();
		expect((await createPage(other.ctx, pageForm({ title: 'Друга', slug: 'ko-smo-mi' }))).slug).toBe('ko-smo-mi');
	});

	it('keeps the address on save unless it is changed; an emptied address is made again from the title', async () => {
		const { ctx } = await officeWith();
		const { id } = await createPage(ctx, pageForm({ title: 'Програми' }));
		await updatePage(ctx, { id, input: pageForm({ title: 'Шта радимо', slug: 'programi' }) });
		expect((await storedPage(id)).slug).toBe('programi');
		await updatePage(ctx, { id, input: pageForm({ title: 'Шта радимо', slug: '' }) });
		expect((await storedPage(id)).slug).toBe('sta-radimo');
	});

	it('sanitises both bodies, keeps their text for search and writes the audit record', async () => {
		const { officeId, ctx } = await officeWith();
		const { id } = await createPage(
			ctx,
			pageForm({
				title: 'Волонтирање',
				titleEn: 'Volunteering',
				body: '<h2>Како</h2><p onclick="steal()">Јави се <a href="javascript:alert(1)">овде</a>.</p><script>alert(1)</script>',
				bodyEn: '<p>Sign up <img src="x" onerror="alert(1)" alt="">today.</p>'
			})
		);
		const page = await storedPage(id);
		expect(page.body).toBe('<h2>Како</h2><p>Јави се <a>овде</a>.</p>');
		expect(page.bodyEn).not.toMatch(/onerror|alert/);
		expect(page.searchText).toContain('Јави се овде.');
		expect(page.searchText).toContain('Sign up');
		expect(await lastAudit(officeId, 'pages.created')).toMatchObject({
			entityId: id,
			actorUserId: ctx.actor!.userId
		});
	});

	it('turns text typed without the editor into paragraphs', async () => {
		const { ctx } = await officeWith();
		const { id } = await createPage(ctx, pageForm({ title: 'Текст', body: 'Први пасус.\n\nДруги <пасус>.' }));
		expect((await storedPage(id)).body).toBe('<p>Први пасус.</p><p>Други &lt;пасус&gt;.</p>');
	});

	it('lists the fields that changed in the audit record', async () => {
		const { officeId, ctx } = await officeWith();
		const { id } = await createPage(ctx, pageForm({ title: 'О нама' }));
		await updatePage(ctx, { id, input: pageForm({ title: 'О нама', titleEn: 'About us', slug: 'o-nama' }) });
		expect((await lastAudit(officeId, 'pages.updated'))?.details).toEqual({ changed: ['titleEn'] });
	});
});

describe('the menu', () => {
	it('nests a page one level under a top-level page and lists it under its parent, in order', async () => {
		const { officeId, ctx } = await officeWith();
		const about = await createPage(ctx, pageForm({ title: 'О нама' }));
		const programmes = await createPage(ctx, pageForm({ title: 'Програми' }));
		await createPage(ctx, pageForm({ title: 'Парламент', parentId: programmes.id }));
		await createPage(ctx, pageForm({ title: 'Волонтери', parentId: programmes.id }));
		expect(await menuShape(officeId)).toEqual(['О нама', 'Програми[Парламент,Волонтери]']);
		expect((await listMenu(test.db, officeId))[1].children[0]).toEqual({
			slug: 'parlament',
			title: 'Парламент',
			titleEn: ''
		});
		// Only top-level pages other than itself can be chosen as a parent.
		expect((await listParentChoices(ctx, about.id)).map((choice) => choice.title)).toEqual(['Програми']);
	});

	it('refuses a second level, a page under itself, a parent from another office, and a parent page as a child', async () => {
		const { ctx } = await officeWith();
		const top = await createPage(ctx, pageForm({ title: 'Горе' }));
		const child = await createPage(ctx, pageForm({ title: 'Доле', parentId: top.id }));
		const other = await createPage(ctx, pageForm({ title: 'Друга' }));
		await expect(createPage(ctx, pageForm({ title: 'Још ниже', parentId: child.id }))).rejects.toMatchObject({
			code: 'invalid',
			fieldErrors: { parentId: 'pages.field.parentNested' }
		});
		await expect(
			updatePage(ctx, { id: other.id, input: pageForm({ title: 'Друга', parentId: other.id }) })
		).rejects.toMatchObject({
			fieldErrors: { parentId: 'pages.field.parentSelf' }
		});
		await expect(
			updatePage(ctx, { id: top.id, input: pageForm({ title: 'Горе', parentId: other.id }) })
		).rejects.toMatchObject({
			fieldErrors: { parentId: 'pages.field.parentHasChildren' }
		});
		const elsewhere = await officeWith();
		const foreign = await createPage(elsewhere.ctx, pageForm({ title: 'Туђа' }));
		await expect(createPage(ctx, pageForm({ title: 'Нова', parentId: foreign.id }))).rejects.toMatchObject({
			fieldErrors: { parentId: 'validation.invalid' }
		});
		expect((await storedPage(top.id)).parentId).toBeNull();
		expect((await getPageForAdmin(ctx, top.id)).hasChildren).toBe(true);
		expect((await getPageForAdmin(ctx, other.id)).hasChildren).toBe(false);
	});

	it('moves an entry up and down among its own level only; at either end it stays put', async () => {
		const { officeId, ctx } = await officeWith();
		const a = await createPage(ctx, pageForm({ title: 'А' }));
		const b = await createPage(ctx, pageForm({ title: 'Б' }));
		const c = await createPage(ctx, pageForm({ title: 'В' }));
		const b1 = await createPage(ctx, pageForm({ title: 'б1', parentId: b.id }));
		await createPage(ctx, pageForm({ title: 'б2', parentId: b.id }));

		await movePage(ctx, { id: c.id, direction: 'up' });
		expect(await menuShape(officeId)).toEqual(['А', 'В', 'Б[б1,б2]']);
		await movePage(ctx, { id: c.id, direction: 'up' });
		expect(await menuShape(officeId)).toEqual(['В', 'А', 'Б[б1,б2]']);
		await movePage(ctx, { id: c.id, direction: 'up' });
		expect(await menuShape(officeId)).toEqual(['В', 'А', 'Б[б1,б2]']);
		await movePage(ctx, { id: b1.id, direction: 'down' });
		expect(await menuShape(officeId)).toEqual(['В', 'А', 'Б[б2,б1]']);
		await movePage(ctx, { id: b1.id, direction: 'down' });
		expect(await menuShape(officeId)).toEqual(['В', 'А', 'Б[б2,б1]']);
		await movePage(ctx, { id: a.id, direction: 'down' });
		expect(await menuShape(officeId)).toEqual(['В', 'Б[б2,б1]', 'А']);
		expect(await lastAudit(officeId, 'pages.moved')).toMatchObject({
			entityId: a.id,
			details: { direction: 'down', position: 3 }
		});
	});

	it('moves entries that share a position (older data) one step each time', async () => {
		const { officeId, ctx } = await officeWith();
		await test.db.insert(pages).values([
			{ officeId, slug: 'a', title: 'Архива', sortOrder: 0 },
			{ officeId, slug: 'b', title: 'Вести', sortOrder: 0 },
			{ officeId, slug: 'c', title: 'Галерија', sortOrder: 0 }
		]);
		const [, , gallery] = await listPagesForAdmin(ctx);
		await movePage(ctx, { id: gallery.id, direction: 'up' });
		expect(await menuShape(officeId)).toEqual(['Архива', 'Галерија', 'Вести']);
	});

	it('puts a page moved under another parent at the end of that level', async () => {
		const { officeId, ctx } = await officeWith();
		const parent = await createPage(ctx, pageForm({ title: 'Родитељ' }));
		await createPage(ctx, pageForm({ title: 'Прва', parentId: parent.id }));
		const loose = await createPage(ctx, pageForm({ title: 'Слободна' }));
		await updatePage(ctx, { id: loose.id, input: pageForm({ title: 'Слободна', parentId: parent.id }) });
		expect(await menuShape(officeId)).toEqual(['Родитељ[Прва,Слободна]']);
		await updatePage(ctx, { id: loose.id, input: pageForm({ title: 'Слободна', parentId: '' }) });
		expect(await menuShape(officeId)).toEqual(['Родитељ[Прва]', 'Слободна']);
	});

	it('lifts the sub-pages of a deleted page to the end of the top level, in their order', async () => {
		const { officeId, ctx } = await officeWith();
		const parent = await createPage(ctx, pageForm({ title: 'Родитељ' }));
		await createPage(ctx, pageForm({ title: 'Крај' }));
		await createPage(ctx, pageForm({ title: 'Прва', parentId: parent.id }));
		await createPage(ctx, pageForm({ title: 'Друга', parentId: parent.id }));
		await deletePage(ctx, { id: parent.id });
		expect(await menuShape(officeId)).toEqual(['Крај', 'Прва', 'Друга']);
		expect(await lastAudit(officeId, 'pages.deleted')).toMatchObject({ details: { subPagesLifted: 2 } });
	});

	it('leaves out hidden pages, drafts, and the sub-pages of a hidden or draft parent', async () => {
		const { officeId, ctx } = await officeWith();
		const shown = await createPage(ctx, pageForm({ title: 'Видљива' }));
		await createPage(ctx, pageForm({ title: 'Нацрт', isPublished: '' }));
		await createPage(ctx, pageForm({ title: 'Ван менија', showInMenu: '' }));
		await createPage(ctx, pageForm({ title: 'Скривена подстраница', parentId: shown.id, showInMenu: '' }));
		await createPage(ctx, pageForm({ title: 'Подстраница у нацрту', parentId: shown.id, isPublished: '' }));
		const hiddenParent = await createPage(ctx, pageForm({ title: 'Скривени родитељ', showInMenu: '' }));
		await createPage(ctx, pageForm({ title: 'Дете скривеног', parentId: hiddenParent.id }));
		const draftParent = await createPage(ctx, pageForm({ title: 'Родитељ у нацрту', isPublished: '' }));
		await createPage(ctx, pageForm({ title: 'Дете нацрта', parentId: draftParent.id }));
		expect(await menuShape(officeId)).toEqual(['Видљива']);
		// The back-office still lists all of them.
		expect((await listPagesForAdmin(ctx)).flatMap((page) => [page, ...page.children])).toHaveLength(9);
	});
});

describe('unpublished pages', () => {
	it('are never in the menu, search or sitemap, whether created as drafts or unpublished later', async () => {
		const { officeId, ctx } = await officeWith();
		const draft = await createPage(
			ctx,
			pageForm({ title: 'Тајни план', body: '<p>Шумадија и омладински савет</p>', isPublished: '' })
		);
		const published = await createPage(
			ctx,
			pageForm({ title: 'Јавни план', body: '<p>Шумадија и омладински парламент</p>' })
		);
		const query = searchKey('sumadija');
		expect((await searchPages(test.db, officeId, query, 10)).map((hit) => hit.path)).toEqual([
			`/pages/${published.slug}`
		]);
		expect((await listPageSitemap(test.db, officeId)).map((entry) => entry.path)).toEqual([`/pages/${published.slug}`]);
		expect(await menuShape(officeId)).toEqual(['Јавни план']);

		await updatePage(ctx, {
			id: published.id,
			input: pageForm({ title: 'Јавни план', body: '<p>Шумадија</p>', slug: published.slug, isPublished: '' })
		});
		expect(await searchPages(test.db, officeId, query, 10)).toEqual([]);
		expect(await listPageSitemap(test.db, officeId)).toEqual([]);
		expect(await listMenu(test.db, officeId)).toEqual([]);
		expect(await getPublishedPage(test.db, officeId, draft.slug)).toBeNull();
		expect(await getPublishedPage(test.db, officeId, published.slug)).toBeNull();
	});

	it('finds a published page by its body in either script and gives its summary in both languages', async () => {
		const { officeId, ctx } = await officeWith();
		await createPage(
			ctx,
			pageForm({
				title: 'Savet za mlade',
				titleEn: 'Youth council',
				body: '<p>Savet za mlade okuplja predstavnike škola i udruženja iz Šumadije.</p>',
				bodyEn: '<p>The youth council brings together schools and associations.</p>'
			})
		);
		const [hit] = await searchPages(test.db, officeId, searchKey('удружења'), 10);
		expect(hit).toMatchObject({
			kindKey: 'pages.kind',
			path: '/pages/savet-za-mlade',
			summary: 'Savet za mlade okuplja predstavnike škola i udruženja iz Šumadije.',
			summaryEn: 'The youth council brings together schools and associations.'
		});
	});
});
