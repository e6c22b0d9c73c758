import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { hashToken } from '../../server/auth/tokens.ts';
import { recordAudit } from '../../server/audit.ts';
import { canManageOrganisations } from './permissions.server.ts';
import { organisationConfirmations, organisations } from './schema.ts';
import { needsFollowUp, receivesYearlyConfirmation } from './confirmations.server.ts';

export type ConfirmationLinkState = 'open' | 'answered' | 'expired' | 'unknown';

/** What the page behind a confirmation link shows: the organisation's name and whether the link still works. */
export async function getConfirmationByToken(
	db: Database,
	officeId: string,
	token: string,
	now: Date = new Date()
): Promise<{ state: ConfirmationLinkState; organisationName: string; answer: string | null }> {
	if (!/^[\w-]{20,100}$/.test(token)) return { state: 'unknown', organisationName: '', answer: null };
	const [row] = await db
		.select({
			name: organisations.name,
			answeredAt: organisationConfirmations.answeredAt,
			answer: organisationConfirmations.answer,
			expiresAt: organisationConfirmations.expiresAt
		})
		.from(organisationConfirmations)
		.innerJoin(organisations, eq(organisations.id, organisationConfirmations.organisationId))
		.where(
			and(eq(organisationConfirmations.officeId, officeId), eq(organisationConfirmations.tokenHash, hashToken(token)))
		);
	if (!row) return { state: 'unknown', organisationName: '', answer: null };
	const state: ConfirmationLinkState = row.answeredAt ? 'answered' : row.expiresAt <= now ? 'expired' : 'open';
	return { state, organisationName: row.name, answer: row.answer };
}

/** Organisations staff should call: the confirmation link expired unanswered, or they said details need changes. */
export async function listConfirmationFollowUps(ctx: Context, now: Date = new Date()) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	return ctx.db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			email: organisations.email,
			confirmedAt: organisations.confirmedAt
		})
		.from(organisations)
		.where(and(eq(organisations.officeId, ctx.officeId), needsFollowUp(now)))
		.orderBy(asc(organisations.searchKey));
}

/** Organisations staff may send the "still active?" e-mail to now, with the date of the last one sent. */
export async function listConfirmationTargets(ctx: Context) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	return ctx.db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.officeId, ctx.officeId), receivesYearlyConfirmation()))
		.orderBy(asc(organisations.searchKey));
}

/** The confirmations of one organisation, newest first (for its staff page). */
export async function listConfirmationsOf(ctx: Context, organisationId: string) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const rows = await ctx.db
		.select({
			year: organisationConfirmations.year,
			sentTo: organisationConfirmations.sentTo,
			sentAt: organisationConfirmations.sentAt,
			expiresAt: organisationConfirmations.expiresAt,
			answeredAt: organisationConfirmations.answeredAt,
			answer: organisationConfirmations.answer
		})
		.from(organisationConfirmations)
		.where(
			and(
				eq(organisationConfirmations.officeId, ctx.officeId),
				eq(organisationConfirmations.organisationId, organisationId)
			)
		)
		.orderBy(desc(organisationConfirmations.sentAt));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'organisations.confirmations.viewed',
		entityType: 'organisation',
		entityId: organisationId
	});
	return rows;
}
