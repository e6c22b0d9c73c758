import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { instantToBelgrade } from '../../../i18n/office-time.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilAgendaItems, councilDecisions, councilInvitations, councilMembers, councilVotes } from '../schema.ts';
import { loadBody, loadSession } from '../access.server.ts';
import { decisionNumber, namedVoteTotals, votesFitAttendance } from '../rules.ts';
import type { AgendaOutcomeInput } from '../inputs.ts';

/**
 * Records what was said on an agenda item and its vote; a decision title makes (or updates) the item's
 * decision, numbered per body and year. Vote totals cannot exceed the members present.
 */
export async function recordAgendaOutcome(
	ctx: Context,
	input: Omit<AgendaOutcomeInput, 'namedVote'> & { namedVote?: AgendaOutcomeInput['namedVote'] }
): Promise<{ decisionId: string | null; decisionNumber: string | null }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(input.itemId)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [item] = await tx.select().from(councilAgendaItems).where(eq(councilAgendaItems.id, input.itemId));
		if (!item) throw new AppError('not_found', 'error.404.text');
		const session = await loadSession(tx, ctx.officeId, item.sessionId);
		if (session.status !== 'held') throw new AppError('conflict', 'council.error.recordBeforeAttendance');
		const body = await loadBody(tx, ctx.officeId, session.bodyId);
		const presentIds = new Set(
			(
				await tx
					.select({ memberId: councilInvitations.memberId })
					.from(councilInvitations)
					.where(and(eq(councilInvitations.sessionId, session.id), eq(councilInvitations.attended, true)))
			).map((row) => row.memberId)
		);
		const present = presentIds.size;
		// A body that votes by name counts its totals from the members' votes, so the two never disagree.
		const named = body.namedVotes
			? [...new Map((input.namedVote ?? []).map((vote) => [vote.memberId, vote])).values()]
			: [];
		if (named.some((vote) => !presentIds.has(vote.memberId)))
			throw new AppError('invalid', 'council.error.voterNotPresent', { votesFor: 'council.error.voterNotPresent' });
		const totals = body.namedVotes
			? namedVoteTotals(named)
			: { votesFor: input.votesFor, votesAgainst: input.votesAgainst, votesAbstained: input.votesAbstained };
		const votes = {
			for: totals.votesFor ?? 0,
			against: totals.votesAgainst ?? 0,
			abstained: totals.votesAbstained ?? 0
		};
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
			.set({ discussion: input.discussion, ...totals })
			.where(eq(councilAgendaItems.id, item.id));
		if (body.namedVotes) {
			await tx.delete(councilVotes).where(eq(councilVotes.agendaItemId, item.id));
			if (named.length > 0)
				await tx.insert(councilVotes).values(named.map((vote) => ({ agendaItemId: item.id, ...vote })));
		}
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
			details: { itemId: item.id, votes, namedVotes: named.length, decisionId: decision?.id ?? null }
		});
		return { decisionId: decision?.id ?? null, decisionNumber: decision ? decisionNumber(decision) : null };
	});
}
