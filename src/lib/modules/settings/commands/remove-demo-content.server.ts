import { eq } from 'drizzle-orm';
import { memberships, offices, users } from '../../../server/db/core-schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { hashPassword } from '../../../server/auth/password.ts';
import { createSession } from '../../../server/auth/sessions.ts';
import { invalidateOfficeCache } from '../../../server/office.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { ModuleManifest } from '../../../server/manifest.ts';
import { PASSWORD_MIN_LENGTH } from '../../../validation.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { canRemoveDemo } from '../permissions.server.ts';

export interface RemoveDemoOptions {
	/** Every module's manifest: each removes its own demo content. */
	modules: readonly ModuleManifest[];
	/** Required when the person removing the demo is signed in with a demo account (which is deleted). */
	newAdministrator?: { name: string; email: string; password: string; passwordConfirm: string };
}

/**
 * Deletes all demo content of the office in one transaction. If the actor is a demo account, a real
 * administrator account is created first and a session for it is returned.
 */
export async function removeDemoContent(
	ctx: Context,
	options: RemoveDemoOptions
): Promise<{ session: { token: string; expiresAt: Date } | null }> {
	authorize(ctx.actor, canRemoveDemo(ctx.actor));
	const actor = ctx.actor;
	let replacementHash: string | null = null;
	if (actor.isDemo) {
		const admin = options.newAdministrator;
		const errors: Record<string, string> = {};
		if (!admin?.name) errors.adminName = 'validation.required';
		if (!admin?.email) errors.adminEmail = 'validation.required';
		if (!admin?.password || admin.password.length < PASSWORD_MIN_LENGTH)
			errors.password = encodeMessage('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
		else if (admin.password !== admin.passwordConfirm) errors.passwordConfirm = 'validation.passwordsDiffer';
		if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
		replacementHash = await hashPassword(admin!.password);
	}
	const result = await ctx.db.transaction(async (tx) => {
		let keepUserId: string | null = actor.isDemo ? null : actor.userId;
		let session: { token: string; expiresAt: Date } | null = null;
		let auditActor = actor;
		if (replacementHash && options.newAdministrator) {
			const admin = options.newAdministrator;
			const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, admin.email));
			if (taken)
				throw new AppError('invalid', 'accounts.signUp.emailTaken', { adminEmail: 'accounts.signUp.emailTaken' });
			const [user] = await tx
				.insert(users)
				.values({ name: admin.name, email: admin.email, passwordHash: replacementHash })
				.returning({ id: users.id });
			await tx.insert(memberships).values({ officeId: ctx.officeId, userId: user.id, role: 'administrator' });
			keepUserId = user.id;
			session = await createSession(tx, user.id);
			auditActor = { userId: user.id, name: admin.name, email: admin.email, roles: ['administrator'], isDemo: false };
		}
		for (const module of options.modules) await module.removeDemo?.(tx, ctx.officeId, keepUserId);
		await tx.update(offices).set({ isDemo: false, updatedAt: new Date() }).where(eq(offices.id, ctx.officeId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: auditActor,
			action: 'settings.demo_removed',
			entityType: 'office',
			entityId: ctx.officeId,
			details: { removedBy: actor.email }
		});
		return { session };
	});
	invalidateOfficeCache();
	return result;
}
