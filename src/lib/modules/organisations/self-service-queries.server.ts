import { and, asc, desc, eq } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { organisationChanges, organisationRepresentatives, organisationSettings, organisations } from './schema.ts';
import { isApprovedRepresentative } from './self-service.server.ts';
import { readProfile } from './self-service-profile.server.ts';

/** The organisations the signed-in person represents or has asked to represent. */
export async function listMyOrganisations(ctx: Context) {
	authorize(ctx.actor, !!ctx.actor);
	return ctx.db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			type: organisations.type,
			listing: organisations.listing,
			claim: organisationRepresentatives.status
		})
		.from(organisationRepresentatives)
		.innerJoin(organisations, eq(organisations.id, organisationRepresentatives.organisationId))
		.where(
			and(
				eq(organisationRepresentatives.officeId, ctx.officeId),
				eq(organisationRepresentatives.userId, ctx.actor.userId)
			)
		)
		.orderBy(asc(organisations.searchKey));
}

/** The claim of the signed-in person on one organisation, if any (for the claim button). */
export async function getMyClaim(ctx: Context, organisationId: string) {
	if (!ctx.actor) return null;
	const [row] = await ctx.db
		.select({ status: organisationRepresentatives.status })
		.from(organisationRepresentatives)
		.where(
			and(
				eq(organisationRepresentatives.organisationId, organisationId),
				eq(organisationRepresentatives.userId, ctx.actor.userId)
			)
		);
	return row?.status ?? null;
}

/** An organisation's editable profile for its approved representative, with its pending changes and history. */
export async function getProfileForRepresentative(ctx: Context, slug: string) {
	authorize(ctx.actor, !!ctx.actor);
	const [organisation] = await ctx.db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, type: organisations.type })
		.from(organisations)
		.where(and(eq(organisations.officeId, ctx.officeId), eq(organisations.slug, slug)));
	if (!organisation) throw new AppError('not_found', 'error.404.text');
	if (!(await isApprovedRepresentative(ctx.db, ctx.officeId, ctx.actor, organisation.id)))
		throw new AppError('forbidden', 'error.403.text');
	const profile = (await readProfile(ctx.db, organisation.id))!;
	const history = await ctx.db
		.select({
			id: organisationChanges.id,
			status: organisationChanges.status,
			changes: organisationChanges.changes,
			createdAt: organisationChanges.createdAt
		})
		.from(organisationChanges)
		.where(eq(organisationChanges.organisationId, organisation.id))
		.orderBy(desc(organisationChanges.createdAt))
		.limit(20);
	const [settings] = await ctx.db
		.select({ review: organisationSettings.reviewPublicChanges })
		.from(organisationSettings)
		.where(eq(organisationSettings.officeId, ctx.officeId));
	return {
		organisation,
		profile,
		history: history.map((row) => ({ ...row, fields: row.changes.map((change) => change.field) })),
		reviewPublicChanges: settings?.review ?? true
	};
}
