import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { instantToBelgrade } from '../../../i18n/office-time.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilAgendaItems, councilDecisions, councilInvitations, councilMembers } from '../schema.ts';
import { loadSession } from '../access.server.ts';
import { decisionNumber, votesFitAttendance } from '../rules.ts';
import type { AgendaOutcomeInput } from '../inputs.ts';

/**
 * Records what was said on an agenda item and its vote; a decision title makes (or updates) the item's
 * decision, numbered per body and year. Vote totals cannot exceed the members present.
 */
export async function recordAgendaOutcome(
	ctx: Context,
	input: AgendaOutcomeInput
): Promise<{ decisionId: string | null; decisionNumber: string | null }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(input.itemId)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [item] = await tx.select().from(councilAgendaItems).where(eq(councilAgendaItems.id, input.itemId));
		if (!item) throw new AppError('not_found', 'error.404.text');
		const session = await loadSession(tx, ctx.officeId, item.sessionId);
		if (session.status !== 'held') throw new AppError('conflict', 'council.error.recordBeforeAttendance');
		const votes = { for: input.votesFor ?? 0, against: input.votesAgainst ?? 0, abstained: input.votesAbstained ?? 0 };
		const [{ present }] = await tx
			.select({ present: sql<number>`count(*)::int` })
			.from(councilInvitations)
			.where(and(eq(councilInvitations.sessionId, session.id), eq(councilInvitations.attended, true)));
		if (!votesFitAttendance(votes, present)) {
			const message = encodeMessage('council.error.votesExceedAttendance', { present });
			throw new AppError('invalid', message, { votesFor: message });
		}
		if (input.responsibleMemberId) {
			const [member] = await tx
				.select({ id: councilMembers.id })
				.from(councilMembers)
				.where(and(eq(councilMembers.id, input.responsibleMemberId), eq(councilMembers.bodyId, session.bodyId)));
			if (!member) throw new AppError('invalid', 'validation.invalid', { responsibleMemberId: 'validation.invalid' });
		}
		await tx
			.update(councilAgendaItems)
			.set({
				discussion: input.discussion,
				votesFor: input.votesFor,
				votesAgainst: input.votesAgainst,
				votesAbstained: input.votesAbstained
			})
			.where(eq(councilAgendaItems.id, item.id));
		let decision: { id: string; year: number; sequence: number } | null = null;
		if (input.decisionTitle) {
			const fields = {
				title: input.decisionTitle,
				text: input.decisionText,
				responsible: input.responsible,
				responsibleMemberId: input.responsibleMemberId,
				deadline: input.deadline,
				updatedAt: new Date()
			};
			const [existing] = await tx
				.select({ id: councilDecisions.id, year: councilDecisions.year, sequence: councilDecisions.sequence })
				.from(councilDecisions)
				.where(eq(councilDecisions.agendaItemId, item.id));
			if (existing) {
				await tx.update(councilDecisions).set(fields).where(eq(councilDecisions.id, existing.id));
				decision = existing;
			} else {
				const adoptedOn = instantToBelgrade(session.startsAt).date;
				const year = Number(adoptedOn.slice(0, 4));
				// The body's row lock serialises numbering, so two clerks never take the same number.
				await tx.execute(sql`select 1 from council_bodies where id = ${session.bodyId} for update`);
				const [{ last }] = await tx
					.select({ last: sql<number>`coalesce(max(${councilDecisions.sequence}), 0)::int` })
					.from(councilDecisions)
					.where(and(eq(councilDecisions.bodyId, session.bodyId), eq(councilDecisions.year, year)));
				[decision] = await tx
					.insert(councilDecisions)
					.values({
						...fields,
						officeId: ctx.officeId,
						bodyId: session.bodyId,
						sessionId: session.id,
						agendaItemId: item.id,
						year,
						sequence: last + 1,
						adoptedOn
					})
					.returning({ id: councilDecisions.id, year: councilDecisions.year, sequence: councilDecisions.sequence });
			}
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.agenda_outcome_recorded',
			entityType: 'council_session',
			entityId: session.id,
			details: { itemId: item.id, votes, decisionId: decision?.id ?? null }
		});
		return { decisionId: decision?.id ?? null, decisionNumber: decision ? decisionNumber(decision) : null };
	});
}
