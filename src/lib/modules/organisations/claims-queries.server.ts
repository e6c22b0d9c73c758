// What the staff's requests screen shows: claims, listing requests and representatives' pending changes.
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../server/db/core-schema.ts';
import { recordAudit } from '../../server/audit.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { canManageOrganisations } from './permissions.server.ts';
import { organisationChanges, organisationRepresentatives, organisationSettings, organisations } from './schema.ts';

/** Every open request of the office, oldest first, the approved representatives and the review setting. Reading it is audited (it lists people). */
export async function listOrganisationRequests(ctx: Context) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const claims = await ctx.db
		.select({
			organisationId: organisations.id,
			organisationName: organisations.name,
			organisationSlug: organisations.slug,
			userId: users.id,
			personName: users.name,
			personEmail: users.email,
			message: organisationRepresentatives.message,
			requestedAt: organisationRepresentatives.requestedAt
		})
		.from(organisationRepresentatives)
		.innerJoin(organisations, eq(organisations.id, organisationRepresentatives.organisationId))
		.innerJoin(users, eq(users.id, organisationRepresentatives.userId))
		.where(
			and(eq(organisationRepresentatives.officeId, ctx.officeId), eq(organisationRepresentatives.status, 'pending'))
		)
		.orderBy(asc(organisationRepresentatives.requestedAt));
	const representatives = await ctx.db
		.select({
			organisationId: organisations.id,
			organisationName: organisations.name,
			userId: users.id,
			personName: users.name,
			personEmail: users.email,
			decidedAt: organisationRepresentatives.decidedAt
		})
		.from(organisationRepresentatives)
		.innerJoin(organisations, eq(organisations.id, organisationRepresentatives.organisationId))
		.innerJoin(users, eq(users.id, organisationRepresentatives.userId))
		.where(
			and(eq(organisationRepresentatives.officeId, ctx.officeId), eq(organisationRepresentatives.status, 'approved'))
		)
		.orderBy(asc(organisations.searchKey), asc(users.name));
	const listings = await ctx.db
		.select({
			id: organisations.id,
			name: organisations.name,
			type: organisations.type,
			areas: organisations.areas,
			description: organisations.description,
			email: organisations.requestedByEmail,
			createdAt: organisations.createdAt
		})
		.from(organisations)
		.where(and(eq(organisations.officeId, ctx.officeId), eq(organisations.listing, 'pending')))
		.orderBy(asc(organisations.createdAt));
	const changes = await ctx.db
		.select({
			id: organisationChanges.id,
			organisationName: organisations.name,
			organisationSlug: organisations.slug,
			personName: users.name,
			changes: organisationChanges.changes,
			createdAt: organisationChanges.createdAt
		})
		.from(organisationChanges)
		.innerJoin(organisations, eq(organisations.id, organisationChanges.organisationId))
		.leftJoin(users, eq(users.id, organisationChanges.changedBy))
		.where(and(eq(organisationChanges.officeId, ctx.officeId), eq(organisationChanges.status, 'pending')))
		.orderBy(asc(organisationChanges.createdAt));
	const [settings] = await ctx.db
		.select({ review: organisationSettings.reviewPublicChanges })
		.from(organisationSettings)
		.where(eq(organisationSettings.officeId, ctx.officeId));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'organisations.requests.viewed',
		entityType: 'organisation'
	});
	return { claims, representatives, listings, changes, reviewPublicChanges: settings?.review ?? true };
}
