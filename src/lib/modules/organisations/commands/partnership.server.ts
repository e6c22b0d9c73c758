// What the office does together with a partner: agreements, contacts, joint events and plan
// activities. Each exported function is one use-case with its own transaction and audit record;
// agreements and joint work also go to the organisation's history, the staff's contacts log does not.
import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import type { Database } from '../../../server/db/client.ts';
import { listDocumentsForPicker } from '../../documents/queries.server.ts';
import { listEventChoices } from '../../events/queries.server.ts';
import { listActivityChoices } from '../../action-plan/queries.server.ts';
import {
	organisationContactLog,
	organisationEvents,
	organisationPlanActivities,
	organisations,
	partnershipAgreements
} from '../schema.ts';
import type { AgreementInput, ContactLogInput } from '../inputs.ts';
import type { ActivityRole } from '../labels.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { lockOrganisation, recordOrganisationChange } from './shared.server.ts';

const unknownChoice = (field: string) =>
	new AppError('invalid', 'common.formHasErrors', { [field]: 'organisations.partnership.unknownChoice' });

/** An agreement makes the organisation a partner; the history shows when that happened. */
async function markPartner(
	tx: Database,
	ctx: Context & { actor: NonNullable<Context['actor']> },
	organisation: { id: string; isPartner: boolean }
) {
	if (organisation.isPartner) return;
	await tx.update(organisations).set({ isPartner: true }).where(eq(organisations.id, organisation.id));
	await recordOrganisationChange(tx, {
		officeId: ctx.officeId,
		organisationId: organisation.id,
		actor: ctx.actor,
		action: 'organisations.partner.marked',
		changes: [{ field: 'isPartner', before: false, after: true }]
	});
}

/** Records a partnership agreement; the document, if any, must be in the office's library. */
export async function addAgreement(
	ctx: Context,
	options: AgreementInput & { organisationId: string }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const { organisationId, ...input } = options;
	return ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, organisationId);
		if (input.documentId) {
			const library = await listDocumentsForPicker(tx, ctx.officeId);
			if (!library.some((document) => document.id === input.documentId)) throw unknownChoice('documentId');
		}
		const [created] = await tx
			.insert(partnershipAgreements)
			.values({ ...input, officeId: ctx.officeId, organisationId: organisation.id })
			.returning({ id: partnershipAgreements.id });
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.agreement.added',
			changes: [{ field: 'agreement', before: null, after: { title: input.title, kind: input.kind } }],
			details: { agreementId: created.id }
		});
		await markPartner(tx, { ...ctx, actor }, organisation);
		return created;
	});
}

/** Removes an agreement recorded by mistake; the organisation stays a partner until staff say otherwise. */
export async function removeAgreement(ctx: Context, options: { organisationId: string; agreementId: string }) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.agreementId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		const [removed] = await tx
			.delete(partnershipAgreements)
			.where(
				and(
					eq(partnershipAgreements.id, options.agreementId),
					eq(partnershipAgreements.organisationId, organisation.id)
				)
			)
			.returning({
				id: partnershipAgreements.id,
				title: partnershipAgreements.title,
				kind: partnershipAgreements.kind
			});
		if (!removed) throw new AppError('not_found', 'error.404.text');
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.agreement.removed',
			changes: [{ field: 'agreement', before: { title: removed.title, kind: removed.kind }, after: null }],
			details: { agreementId: removed.id }
		});
	});
}

/** Adds a contact to the history of contacts, with the staff member who recorded it. */
export async function logContact(
	ctx: Context,
	options: ContactLogInput & { organisationId: string }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const { organisationId, ...input } = options;
	return ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, organisationId);
		const [created] = await tx
			.insert(organisationContactLog)
			.values({ ...input, officeId: ctx.officeId, organisationId: organisation.id, staffUserId: actor.userId })
			.returning({ id: organisationContactLog.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.contactLog.added',
			entityType: 'organisation',
			entityId: organisation.id,
			details: { entryId: created.id, channel: input.channel, happenedOn: input.happenedOn }
		});
		return created;
	});
}

/** Links one of the office's events as done together with the organisation. */
export async function linkEvent(ctx: Context, options: { organisationId: string; eventId: string }): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		const [event] = await listEventChoices(tx, ctx.officeId, { ids: [options.eventId] });
		if (!event) throw unknownChoice('eventId');
		await tx
			.insert(organisationEvents)
			.values({ organisationId: organisation.id, eventId: event.id, officeId: ctx.officeId })
			.onConflictDoNothing();
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.event.linked',
			changes: [{ field: 'event', before: null, after: event.title }],
			details: { eventId: event.id }
		});
	});
}

/** Removes an event's link with the organisation. */
export async function unlinkEvent(ctx: Context, options: { organisationId: string; eventId: string }): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.eventId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		await tx
			.delete(organisationEvents)
			.where(
				and(eq(organisationEvents.organisationId, organisation.id), eq(organisationEvents.eventId, options.eventId))
			);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'organisations.event.unlinked',
			entityType: 'organisation',
			entityId: organisation.id,
			details: { eventId: options.eventId }
		});
	});
}

/** Links an action-plan activity the organisation is responsible for or co-implements. */
export async function linkActivity(
	ctx: Context,
	options: { organisationId: string; activityId: string; role: ActivityRole }
): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		const [activity] = await listActivityChoices(tx, ctx.officeId, { ids: [options.activityId] });
		if (!activity) throw unknownChoice('activityId');
		await tx
			.insert(organisationPlanActivities)
			.values({ organisationId: organisation.id, activityId: activity.id, officeId: ctx.officeId, role: options.role })
			.onConflictDoUpdate({
				target: [organisationPlanActivities.organisationId, organisationPlanActivities.activityId],
				set: { role: options.role }
			});
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.activity.linked',
			changes: [{ field: 'activity', before: null, after: { title: activity.title, role: options.role } }],
			details: { activityId: activity.id }
		});
	});
}

/** Removes an activity's link with the organisation. */
export async function unlinkActivity(ctx: Context, options: { organisationId: string; activityId: string }) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.activityId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		const [activity] = await listActivityChoices(tx, ctx.officeId, { ids: [options.activityId] });
		const removed = await tx
			.delete(organisationPlanActivities)
			.where(
				and(
					eq(organisationPlanActivities.organisationId, organisation.id),
					eq(organisationPlanActivities.activityId, options.activityId)
				)
			)
			.returning({ activityId: organisationPlanActivities.activityId });
		if (removed.length === 0) throw new AppError('not_found', 'error.404.text');
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.activity.unlinked',
			changes: [{ field: 'activity', before: activity?.title ?? options.activityId, after: null }],
			details: { activityId: options.activityId }
		});
	});
}
