import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { getOrganisationsByIds } from '../../organisations/queries.server.ts';
import { getEventById } from '../../events/queries.server.ts';
import { listMyOrganisations } from '../../organisations/self-service-queries.server.ts';
import { parseShiftRows, type OpportunityInput } from '../inputs.ts';
import { canManageVolunteering, canOrganise } from '../permissions.server.ts';
import { volunteerOpportunities, volunteerShifts, type VolunteerOpportunityStatus } from '../schema.ts';

/** The organiser's name as stored: the office (empty) or the organisation the actor may act for. */
async function organiserFor(ctx: Context, organisationId: string | null): Promise<{ id: string | null; name: string }> {
	const actor = ctx.actor!;
	if (canManageVolunteering(actor)) {
		if (!organisationId) return { id: null, name: '' };
		const [organisation] = await getOrganisationsByIds(ctx, [organisationId]);
		if (!organisation) throw new AppError('invalid', 'common.formHasErrors', { organisationId: 'validation.invalid' });
		return { id: organisation.id, name: organisation.name };
	}
	const mine = (await listMyOrganisations(ctx)).filter((row) => row.claim === 'approved');
	const chosen = organisationId ? mine.find((row) => row.id === organisationId) : mine.length === 1 ? mine[0] : null;
	if (!chosen) throw new AppError('forbidden', 'volunteering.refused.notYourOrganisation');
	return { id: chosen.id, name: chosen.name };
}

/** A linked event must be a volunteer action of the office (the events module's public query). */
async function checkLinkedEvent(ctx: Context, eventId: string | null): Promise<void> {
	if (!eventId) return;
	const event = await getEventById(ctx.db, ctx.officeId, eventId);
	if (!event || event.type !== 'volunteer_action')
		throw new AppError('invalid', 'common.formHasErrors', { eventId: 'volunteering.form.eventInvalid' });
}

/**
 * The status a save leads to: staff publish directly; a representative's "publish" waits for
 * staff review (as the directory's public changes do).
 */
function statusAfterSave(ctx: Context, publish: boolean): VolunteerOpportunityStatus {
	if (!publish) return 'draft';
	return canManageVolunteering(ctx.actor) ? 'published' : 'pending_review';
}

function storedFields(input: OpportunityInput) {
	const { shiftRows: _rows, organisationId: _organisation, ...fields } = input;
	void _rows;
	void _organisation;
	return {
		...fields,
		hoursPerWeek: fields.isOpenEnded ? fields.hoursPerWeek : null,
		rolePlaces: fields.isOpenEnded ? fields.rolePlaces : null
	};
}

/** Saves a new opportunity with its shifts, as a draft or for publication (or review). */
export async function createVolunteerOpportunity(
	ctx: Context,
	options: { input: OpportunityInput; publish: boolean; now?: Date; isDemo?: boolean }
): Promise<{ id: string; slug: string; status: VolunteerOpportunityStatus }> {
	authorize(ctx.actor, !!ctx.actor);
	const { input, now = new Date() } = options;
	const organiser = await organiserFor(ctx, input.organisationId);
	await checkLinkedEvent(ctx, input.eventId);
	const { shifts, errors } = parseShiftRows(input.shiftRows);
	if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
	if (!input.isOpenEnded && shifts.length === 0 && options.publish)
		throw new AppError('invalid', 'common.formHasErrors', { 'shiftDate.0': 'volunteering.form.shiftNeeded' });
	const status = statusAfterSave(ctx, options.publish);
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				const slug = await freeSlugIn(tx, volunteerOpportunities, ctx.officeId, input.title, 'volontiranje');
				const [created] = await tx
					.insert(volunteerOpportunities)
					.values({
						...storedFields(input),
						officeId: ctx.officeId,
						slug,
						organisationId: organiser.id,
						organiserName: organiser.name,
						status,
						publishedAt: status === 'published' ? now : null,
						createdBy: ctx.actor!.userId,
						isDemo: options.isDemo ?? false,
						createdAt: now,
						updatedAt: now
					})
					.returning({ id: volunteerOpportunities.id, slug: volunteerOpportunities.slug });
				if (shifts.length > 0)
					await tx
						.insert(volunteerShifts)
						.values(shifts.map((shift) => ({ ...shift, officeId: ctx.officeId, opportunityId: created.id })));
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor: ctx.actor,
					action: 'volunteering.opportunity.created',
					entityType: 'volunteer_opportunity',
					entityId: created.id,
					details: { title: input.title, status, organisationId: organiser.id, shifts: shifts.length }
				});
				return { ...created, status };
			});
		} catch (caught) {
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}

/**
 * Saves changes to an opportunity and adds the new shift rows (existing shifts keep their
 * applications). A representative's change to a published opportunity goes back to review.
 */
export async function updateVolunteerOpportunity(
	ctx: Context,
	options: { id: string; input: OpportunityInput; publish: boolean; now?: Date }
): Promise<{ status: VolunteerOpportunityStatus }> {
	authorize(ctx.actor, !!ctx.actor);
	const { input, now = new Date() } = options;
	await checkLinkedEvent(ctx, input.eventId);
	const { shifts, errors } = parseShiftRows(input.shiftRows);
	if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
	return ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(volunteerOpportunities)
			.where(and(eq(volunteerOpportunities.officeId, ctx.officeId), eq(volunteerOpportunities.id, options.id)))
			.for('update');
		if (!current) throw new AppError('not_found', 'error.404.text');
		authorize(ctx.actor, await canOrganise(tx, ctx.officeId, ctx.actor, current));
		// Representatives cannot move an opportunity to another organisation.
		const organiser = canManageVolunteering(ctx.actor)
			? await organiserFor({ ...ctx, db: tx }, input.organisationId)
			: { id: current.organisationId, name: current.organiserName };
		const status = statusAfterSave(ctx, options.publish);
		await tx
			.update(volunteerOpportunities)
			.set({
				...storedFields(input),
				organisationId: organiser.id,
				organiserName: organiser.name,
				status,
				publishedAt: status === 'published' ? (current.publishedAt ?? now) : current.publishedAt,
				updatedAt: now
			})
			.where(eq(volunteerOpportunities.id, current.id));
		if (shifts.length > 0)
			await tx
				.insert(volunteerShifts)
				.values(shifts.map((shift) => ({ ...shift, officeId: ctx.officeId, opportunityId: current.id })));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.opportunity.updated',
			entityType: 'volunteer_opportunity',
			entityId: current.id,
			details: { status, before: current.status, newShifts: shifts.length }
		});
		return { status };
	});
}

/** Staff publish or reject an opportunity an organisation sent for review. */
export async function reviewVolunteerOpportunity(
	ctx: Context,
	options: { id: string; decision: 'publish' | 'reject'; note: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageVolunteering(ctx.actor));
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(volunteerOpportunities)
			.where(and(eq(volunteerOpportunities.officeId, ctx.officeId), eq(volunteerOpportunities.id, options.id)))
			.for('update');
		if (!current) throw new AppError('not_found', 'error.404.text');
		const status = options.decision === 'publish' ? 'published' : 'rejected';
		await tx
			.update(volunteerOpportunities)
			.set({
				status,
				reviewNote: options.note,
				publishedAt: status === 'published' ? (current.publishedAt ?? now) : current.publishedAt,
				updatedAt: now
			})
			.where(eq(volunteerOpportunities.id, current.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: `volunteering.opportunity.${status}`,
			entityType: 'volunteer_opportunity',
			entityId: current.id,
			details: { note: options.note, before: current.status }
		});
	});
}
