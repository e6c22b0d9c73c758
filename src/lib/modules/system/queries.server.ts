import { and, desc, eq, ilike, sql } from 'drizzle-orm';
import { auditLog, outboxMessages, users } from '../../server/db/core-schema.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { canReadAuditLog, canReadOutbox } from './permissions.server.ts';

const PAGE_SIZE = 50;

/** The office's audit log, newest first. */
export async function listAuditEntries(ctx: Context, filters: { action?: string; page?: number }) {
	authorize(ctx.actor, canReadAuditLog(ctx.actor));
	const page = Math.max(1, filters.page ?? 1);
	const where = and(
		eq(auditLog.officeId, ctx.officeId),
		filters.action ? ilike(auditLog.action, `%${filters.action}%`) : undefined
	);
	const [{ total }] = await ctx.db
		.select({ total: sql<number>`count(*)::int` })
		.from(auditLog)
		.where(where);
	// An account's name, when the record is an account: the sentence names the person (13.7).
	const rows = await ctx.db
		.select({
			id: auditLog.id,
			officeId: auditLog.officeId,
			actorUserId: auditLog.actorUserId,
			at: auditLog.at,
			action: auditLog.action,
			actorLabel: auditLog.actorLabel,
			entityType: auditLog.entityType,
			entityId: auditLog.entityId,
			details: auditLog.details,
			subjectName: users.name
		})
		.from(auditLog)
		.leftJoin(users, and(eq(auditLog.entityType, 'user'), sql`${users.id}::text = ${auditLog.entityId}`))
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE);
	return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The office's outgoing e-mail, newest first; reading it is audited since it holds addresses. */
export async function listOutbox(ctx: Context, filters: { page?: number }) {
	authorize(ctx.actor, canReadOutbox(ctx.actor));
	const page = Math.max(1, filters.page ?? 1);
	const where = eq(outboxMessages.officeId, ctx.officeId);
	const [{ total }] = await ctx.db
		.select({ total: sql<number>`count(*)::int` })
		.from(outboxMessages)
		.where(where);
	const rows = await ctx.db
		.select()
		.from(outboxMessages)
		.where(where)
		.orderBy(desc(outboxMessages.createdAt))
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'outbox.viewed',
		entityType: 'outbox',
		details: { page }
	});
	return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
