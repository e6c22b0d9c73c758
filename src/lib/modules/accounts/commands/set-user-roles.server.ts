import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { memberships, users, type Role } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageAccount, canManageUsers } from '../permissions.server.ts';

/** Replaces a person's roles in the current office; the last administrator cannot be removed. */
export async function setUserRoles(ctx: Context, options: { userId: string; roles: Role[] }): Promise<void> {
	authorize(ctx.actor, canManageUsers(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.userId)) throw new AppError('not_found', 'error.404.text');
	const roles = [...new Set(options.roles)];
	await ctx.db.transaction(async (tx) => {
		const before = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.officeId, ctx.officeId), eq(memberships.userId, options.userId)));
		if (before.length === 0) throw new AppError('not_found', 'error.404.text');
		authorize(
			actor,
			canManageAccount(
				actor,
				before.map((row) => row.role),
				roles
			)
		);
		if (before.some((row) => row.role === 'administrator') && !roles.includes('administrator')) {
			// One demotion per office at a time past this point, so two administrators demoting each other
			// at once cannot both count the other as the one who remains.
			await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${'office-administrators:' + ctx.officeId}))`);
			// Only administrators who can still sign in count.
			const others = await tx
				.select({ count: sql<number>`count(*)::int` })
				.from(memberships)
				.innerJoin(users, eq(users.id, memberships.userId))
				.where(
					and(
						eq(memberships.officeId, ctx.officeId),
						eq(memberships.role, 'administrator'),
						ne(memberships.userId, options.userId),
						isNull(users.disabledAt)
					)
				);
			if ((others[0]?.count ?? 0) === 0)
				throw new AppError('invalid', 'accounts.admin.lastAdministrator', {
					roles: 'accounts.admin.lastAdministrator'
				});
		}
		await tx
			.delete(memberships)
			.where(and(eq(memberships.officeId, ctx.officeId), eq(memberships.userId, options.userId)));
		// A person with no role keeps a plain account in this office, so they remain listed.
		const kept: Role[] = roles.length > 0 ? roles : ['young_person'];
		await tx.insert(memberships).values(kept.map((role) => ({ officeId: ctx.officeId, userId: options.userId, role })));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'accounts.roles_changed',
			entityType: 'user',
			entityId: options.userId,
			details: { before: before.map((row) => row.role), after: kept }
		});
	});
}
