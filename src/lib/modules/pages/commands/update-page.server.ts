import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { canEditPages } from '../permissions.server.ts';
import { pages } from '../schema.ts';
import type { PageInput } from '../inputs.ts';
import { checkParent, completeBody, nextSortOrder, resolveSlug, searchTextOf } from '../page-rules.server.ts';

/** Saves a page; moved under another parent it goes to the end of that level. The audit lists changed fields. */
export async function updatePage(ctx: Context, options: { id: string; input: PageInput }): Promise<{ slug: string }> {
	authorize(ctx.actor, canEditPages(ctx.actor));
	const actor = ctx.actor;
	const { id, input } = options;
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	const body = await completeBody(ctx.db, ctx.officeId, input.body);
	const bodyEn = await completeBody(ctx.db, ctx.officeId, input.bodyEn);
	const parentId = input.parentId || null;
	return ctx.db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(pages)
			.where(and(eq(pages.officeId, ctx.officeId), eq(pages.id, id)))
			.for('update');
		if (!before) throw new AppError('not_found', 'error.404.text');
		await checkParent(tx, ctx.officeId, { pageId: id, parentId });
		const slug =
			input.slug && input.slug === before.slug
				? before.slug
				: await resolveSlug(tx, ctx.officeId, { typed: input.slug, title: input.title, exceptId: id });
		const values = {
			slug,
			title: input.title,
			titleEn: input.titleEn,
			body,
			bodyEn,
			parentId,
			showInMenu: input.showInMenu,
			isPublished: input.isPublished
		};
		const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => values[key] !== before[key]);
		await tx
			.update(pages)
			.set({
				...values,
				searchText: searchTextOf(body, bodyEn),
				...(parentId !== before.parentId ? { sortOrder: await nextSortOrder(tx, ctx.officeId, parentId) } : {}),
				updatedAt: new Date()
			})
			.where(eq(pages.id, id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'pages.updated',
			entityType: 'page',
			entityId: id,
			details: { changed }
		});
		return { slug };
	});
}
