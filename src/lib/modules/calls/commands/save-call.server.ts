import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { htmlToText, paragraphsToHtml, sanitizeRichText } from '../../../server/html.ts';
import { listDocumentsForPicker } from '../../documents/queries.server.ts';
import { withDocumentLinks } from '../../documents/rich-text.server.ts';
import { withResponsiveImages } from '../../media/rich-text.server.ts';
import { fundingCalls } from '../schema.ts';
import type { CallInput } from '../inputs.ts';
import { canManageCalls } from '../permissions.server.ts';
import { listMeasureChoices } from '../queries.server.ts';

/** A short stable key for a new row (criteria, categories and questions are referred to by key once applied to). */
const newKey = () => randomUUID().slice(0, 8);

/** Editor HTML is cleaned against the allow-list; plain text typed without the editor becomes paragraphs. */
function cleanBody(body: string): string {
	if (!body.trim()) return '';
	return /<\/?[a-z][^>]*>/i.test(body) ? sanitizeRichText(body) : paragraphsToHtml(body);
}

async function completeBody(db: Database, officeId: string, body: string): Promise<string> {
	return withResponsiveImages(db, officeId, await withDocumentLinks(db, officeId, cleanBody(body)));
}

/** The stored columns for what was typed: clean HTML, checked attachments and measures, keys for new rows. */
async function storedFields(db: Database, officeId: string, input: CallInput, now: Date) {
	const { attachments, measureIds, ...fields } = input;
	const body = await completeBody(db, officeId, fields.body);
	const bodyEn = await completeBody(db, officeId, fields.bodyEn);
	// Only this office's library documents and plan measures may be linked, whatever the form sent.
	const library = new Set((await listDocumentsForPicker(db, officeId)).map((document) => document.id));
	const measures = new Set((await listMeasureChoices(db, officeId)).map((measure) => measure.id));
	const used = new Set<string>();
	const keyed = <T extends { key: string }>(rows: T[]): T[] =>
		rows.map((row) => {
			const key = row.key && /^[a-z0-9-]{1,40}$/.test(row.key) && !used.has(row.key) ? row.key : newKey();
			used.add(key);
			return { ...row, key };
		});
	return {
		...fields,
		body,
		bodyEn,
		criteria: keyed(fields.criteria),
		costCategories: keyed(fields.costCategories),
		questions: keyed(fields.questions),
		attachmentKinds: keyed(fields.attachmentKinds),
		searchText: [htmlToText(body), htmlToText(bodyEn)].filter(Boolean).join('\n\n'),
		attachmentDocumentIds: attachments.filter((id) => library.has(id)),
		measureIds: measureIds.filter((id) => measures.has(id)),
		publishedAt: fields.status === 'published' ? now : null
	};
}

/** Saves a new funding call (a draft or published) under an address made from its title. */
export async function createCall(
	ctx: Context,
	options: CallInput & { now?: Date; isDemo?: boolean }
): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const { now = new Date(), isDemo = false, ...input } = options;
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				const fields = await storedFields(tx, ctx.officeId, input, now);
				const slug = await freeSlugIn(tx, fundingCalls, ctx.officeId, input.title, 'konkurs');
				const [created] = await tx
					.insert(fundingCalls)
					.values({ ...fields, officeId: ctx.officeId, slug, isDemo, createdAt: now, updatedAt: now })
					.returning({ id: fundingCalls.id, slug: fundingCalls.slug });
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor,
					action: 'calls.created',
					entityType: 'funding_call',
					entityId: created.id,
					details: { title: input.title, status: input.status, totalBudget: input.totalBudget }
				});
				return created;
			});
		} catch (caught) {
			// Someone saved the same title at the same moment: take the next number.
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}

/** Saves changes to a call; its address stays, and a published call keeps its first publication time. */
export async function updateCall(
	ctx: Context,
	options: CallInput & { id: string; now?: Date }
): Promise<{ slug: string }> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	const { id, now = new Date(), ...input } = options;
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(fundingCalls)
			.where(and(eq(fundingCalls.officeId, ctx.officeId), eq(fundingCalls.id, id)))
			.for('update');
		if (!current) throw new AppError('not_found', 'error.404.text');
		const fields = await storedFields(tx, ctx.officeId, input, now);
		if (input.status === 'published' && current.publishedAt) fields.publishedAt = current.publishedAt;
		await tx
			.update(fundingCalls)
			.set({ ...fields, updatedAt: now })
			.where(eq(fundingCalls.id, id));
		const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
			(key) => JSON.stringify(fields[key]) !== JSON.stringify(current[key])
		);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.updated',
			entityType: 'funding_call',
			entityId: id,
			details: { changed, status: input.status }
		});
		return { slug: current.slug };
	});
}
