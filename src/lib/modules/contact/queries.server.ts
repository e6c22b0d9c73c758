import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { users } from '../../server/db/core-schema.ts';
import { recordAudit } from '../../server/audit.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { canReadContactMessages } from './permissions.server.ts';
import { contactMessages } from './schema.ts';
import type { ContactFilter } from './inputs.ts';

const PAGE_SIZE = 30;

export interface ContactMessageRow {
	id: string;
	name: string;
	email: string;
	subject: string;
	message: string;
	consentText: string;
	createdAt: Date;
	handledAt: Date | null;
	handledByName: string | null;
	answerText: string | null;
	answeredAt: Date | null;
}

/**
 * Messages visitors sent to the office, newest first (open ones by default). They are personal data,
 * so every look at the list is written to the audit log.
 */
export async function listContactMessages(
	ctx: Context,
	filters: { filter?: ContactFilter; page?: number }
): Promise<{ rows: ContactMessageRow[]; total: number; openCount: number; page: number; pages: number }> {
	authorize(ctx.actor, canReadContactMessages(ctx.actor));
	const filter = filters.filter ?? 'open';
	const page = Math.max(1, filters.page ?? 1);
	const ofOffice = eq(contactMessages.officeId, ctx.officeId);
	const where = and(
		ofOffice,
		filter === 'open'
			? isNull(contactMessages.handledAt)
			: filter === 'handled'
				? isNotNull(contactMessages.handledAt)
				: undefined
	);
	const [{ total }] = await ctx.db
		.select({ total: sql<number>`count(*)::int` })
		.from(contactMessages)
		.where(where);
	const [{ openCount }] = await ctx.db
		.select({ openCount: sql<number>`count(*)::int` })
		.from(contactMessages)
		.where(and(ofOffice, isNull(contactMessages.handledAt)));
	const rows = await ctx.db
		.select({
			id: contactMessages.id,
			name: contactMessages.name,
			email: contactMessages.email,
			subject: contactMessages.subject,
			message: contactMessages.message,
			consentText: contactMessages.consentText,
			createdAt: contactMessages.createdAt,
			handledAt: contactMessages.handledAt,
			handledByName: users.name,
			answerText: contactMessages.answerText,
			answeredAt: contactMessages.answeredAt
		})
		.from(contactMessages)
		.leftJoin(users, eq(users.id, contactMessages.handledBy))
		.where(where)
		.orderBy(desc(contactMessages.createdAt), desc(contactMessages.id))
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'contact.list_viewed',
		entityType: 'contact_message',
		details: { filter, page, shown: rows.length }
	});
	return { rows, total, openCount, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
