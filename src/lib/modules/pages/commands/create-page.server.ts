import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canEditPages } from '../permissions.server.ts';
import { pages } from '../schema.ts';
import type { PageInput } from '../inputs.ts';
import { checkParent, completeBody, nextSortOrder, resolveSlug, searchTextOf } from '../page-rules.server.ts';

/** Writes a new page; it goes to the end of its menu level. */
export async function createPage(ctx: Context, input: PageInput): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canEditPages(ctx.actor));
	const actor = ctx.actor;
	const body = await completeBody(ctx.db, ctx.officeId, input.body);
	const bodyEn = await completeBody(ctx.db, ctx.officeId, input.bodyEn);
	const parentId = input.parentId || null;
	return ctx.db.transaction(async (tx) => {
		await checkParent(tx, ctx.officeId, { pageId: null, parentId });
		const slug = await resolveSlug(tx, ctx.officeId, { typed: input.slug, title: input.title, exceptId: null });
		const [page] = await tx
			.insert(pages)
			.values({
				officeId: ctx.officeId,
				slug,
				title: input.title,
				titleEn: input.titleEn,
				body,
				bodyEn,
				searchText: searchTextOf(body, bodyEn),
				parentId,
				showInMenu: input.showInMenu,
				isPublished: input.isPublished,
				sortOrder: await nextSortOrder(tx, ctx.officeId, parentId)
			})
			.returning({ id: pages.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'pages.created',
			entityType: 'page',
			entityId: page.id,
			details: { slug, isPublished: input.isPublished }
		});
		return { id: page.id, slug };
	});
}
