import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { authorize, STAFF_ROLES, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { memberships, users } from '../../../server/db/core-schema.ts';
import { verifyPassword } from '../../../server/auth/password.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import type { DataSubject, ModuleManifest } from '../../../server/manifest.ts';
import { exportPersonalData, resolveDataSubject } from '../queries.server.ts';
import type { DataSubjectInput } from '../inputs.ts';
import { canHandleDataRequests } from '../permissions.server.ts';

/**
 * Fields of exported records that identify the person themselves (gathered so free text can be cleaned
 * too); a guardian's or a child's name is someone else's and is not gathered.
 */
const IDENTIFYING_FIELDS = new Set(['name', 'email', 'phone']);

/**
 * Erases a person in every module, in one transaction: first gathers what they are known as,
 * then runs the modules' erase hooks in reverse registry order, so that modules pointing at others'
 * records (attendance → registrations → accounts) run before the records they point at change.
 * Returns the rows changed per module.
 */
export async function erasePersonalData(
	tx: Database,
	subject: DataSubject,
	modules: readonly ModuleManifest[],
	now: Date
): Promise<Record<string, number>> {
	const found = await exportPersonalData(tx, subject, modules, now);
	const knownAs = new Set(subject.knownAs ?? []);
	for (const section of found.sections) {
		for (const record of section.records) {
			for (const [field, value] of Object.entries(record)) {
				if (IDENTIFYING_FIELDS.has(field) && typeof value === 'string' && value.trim()) knownAs.add(value.trim());
			}
		}
	}
	const withNames: DataSubject = { ...subject, knownAs: [...knownAs] };
	const changed: Record<string, number> = {};
	for (const manifest of [...modules].reverse()) {
		if (!manifest.personalData) continue;
		changed[manifest.name] = await manifest.personalData.erase(tx, withNames, now);
	}
	return changed;
}

/**
 * Staff erase a person who asked for it (with or without an account), found by e-mail or phone. The
 * audit entry records that an erasure happened and how many rows each module changed: nothing that
 * would say who it was.
 */
export async function eraseDataSubject(
	ctx: Context,
	input: DataSubjectInput,
	modules: readonly ModuleManifest[],
	now: Date = new Date()
): Promise<Record<string, number>> {
	authorize(ctx.actor, canHandleDataRequests(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const subject = await resolveDataSubject(tx, ctx.officeId, input);
		if (subject.userId === actor.userId) throw new AppError('invalid', 'privacy.erase.notYourself');
		// Staff accounts are not erased from here: their roles are taken away in the users screen first,
		// so a coordinator can never erase an administrator.
		if (subject.userId) {
			const staffRoles = await tx
				.select({ role: memberships.role })
				.from(memberships)
				.where(and(eq(memberships.userId, subject.userId), inArray(memberships.role, [...STAFF_ROLES])));
			if (staffRoles.length > 0) throw new AppError('invalid', 'privacy.erase.staffAccount');
		}
		const changed = await erasePersonalData(tx, subject, modules, now);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'privacy.subject_erased',
			entityType: 'data_subject',
			details: { changed, hadAccount: subject.userId !== null }
		});
		return changed;
	});
}

/**
 * A signed-in person erases their own account and data, confirming with their password. Staff
 * accounts are refused: an administrator removes them, so an office is never left without one.
 */
export async function eraseMyData(
	ctx: Context,
	options: { password: string },
	modules: readonly ModuleManifest[],
	now: Date = new Date()
): Promise<Record<string, number>> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	if (actor.roles.some((role) => STAFF_ROLES.includes(role)))
		throw new AppError('invalid', 'privacy.mine.staffRefused');
	await consumeRateLimit(ctx.db, `erase-my-data:${actor.userId}`, { limit: 8, windowSeconds: 15 * 60 });
	const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
	if (!user || !(await verifyPassword(options.password, user.passwordHash))) {
		throw new AppError('invalid', 'privacy.mine.wrongPassword', { password: 'privacy.mine.wrongPassword' });
	}
	return ctx.db.transaction(async (tx) => {
		const subject: DataSubject = { officeId: ctx.officeId, userId: user.id, email: user.email, phone: null };
		const changed = await erasePersonalData(tx, subject, modules, now);
		// No actor: the entry must not name the person it is about.
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: null,
			action: 'privacy.own_data_erased',
			entityType: 'data_subject',
			details: { changed }
		});
		return changed;
	});
}
