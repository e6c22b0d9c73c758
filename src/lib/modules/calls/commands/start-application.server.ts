import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { listMyOrganisations } from '../../organisations/self-service-queries.server.ts';
import { representationStatus } from '../../organisations/self-service.server.ts';
import { callApplications, fundingCalls, type ApplicantType } from '../schema.ts';
import { callState } from '../rules.ts';

/**
 * Starts (or reopens) the signed-in person's draft for a call: as an informal group, or for an association of a
 * type the call accepts that they represent in the directory, or have asked to represent or to list there (the
 * draft then waits: submitting is refused until staff approve). One draft per applicant and call.
 */
export async function startApplication(
	ctx: Context,
	options: { callSlug: string; applicantType: ApplicantType; organisationId?: string; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const [call] = await ctx.db
		.select()
		.from(fundingCalls)
		.where(
			and(
				eq(fundingCalls.officeId, ctx.officeId),
				eq(fundingCalls.slug, options.callSlug),
				eq(fundingCalls.status, 'published')
			)
		);
	if (!call) throw new AppError('not_found', 'error.404.text');
	if (callState(call, now) !== 'open') throw new AppError('invalid', 'calls.apply.notOpen');
	if (!call.applicantTypes.includes(options.applicantType)) {
		throw new AppError('invalid', 'calls.apply.typeNotAccepted', { applicantType: 'calls.apply.typeNotAccepted' });
	}
	let organisationId: string | null = null;
	let applicantName = '';
	let isAwaitingApproval = false;
	if (options.applicantType !== 'informal_group') {
		const mine = await listMyOrganisations(ctx);
		const chosen = mine.find(
			(organisation) =>
				organisation.id === options.organisationId &&
				representationStatus(organisation) !== 'refused' &&
				organisation.type === options.applicantType
		);
		if (!options.organisationId || !isUuid(options.organisationId) || !chosen) {
			throw new AppError('invalid', 'calls.apply.notRepresentative', {
				organisationId: 'calls.apply.notRepresentative'
			});
		}
		organisationId = chosen.id;
		applicantName = chosen.name;
		isAwaitingApproval = representationStatus(chosen) === 'pending';
	}
	return ctx.db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: callApplications.id, createdBy: callApplications.createdBy })
			.from(callApplications)
			.where(
				and(
					eq(callApplications.callId, call.id),
					organisationId
						? eq(callApplications.organisationId, organisationId)
						: and(isNull(callApplications.organisationId), eq(callApplications.createdBy, actor.userId))
				)
			);
		if (existing) {
			// Another representative already started the association's draft: it opens to this person once approved.
			if (isAwaitingApproval && existing.createdBy !== actor.userId)
				throw new AppError('conflict', 'calls.apply.draftWaitsForApproval');
			return { id: existing.id };
		}
		const [created] = await tx
			.insert(callApplications)
			.values({
				officeId: ctx.officeId,
				callId: call.id,
				applicantType: options.applicantType,
				organisationId,
				createdBy: actor.userId,
				lastSavedBy: actor.userId,
				applicantName,
				contactEmail: actor.email,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: callApplications.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.application.started',
			entityType: 'call_application',
			entityId: created.id,
			details: { callId: call.id, applicantType: options.applicantType, organisationId }
		});
		return created;
	});
}
