import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { organisationConfirmations, organisations } from '../schema.ts';

export const CONFIRMATION_ANSWERS = ['confirmed', 'changes', 'inactive'] as const;
export type ConfirmationAnswer = (typeof CONFIRMATION_ANSWERS)[number];

/**
 * Answers a yearly confirmation through its e-mailed link: the link works once and only until it
 * expires. The organisation's confirmation date is set; "no longer active" makes it inactive.
 */
export async function answerConfirmation(
	db: Database,
	options: { token: string; answer: ConfirmationAnswer; now?: Date }
): Promise<{ organisationId: string }> {
	const now = options.now ?? new Date();
	return db.transaction(async (tx) => {
		const [answered] = await tx
			.update(organisationConfirmations)
			.set({ answeredAt: now, answer: options.answer })
			.where(
				and(
					eq(organisationConfirmations.tokenHash, hashToken(options.token)),
					isNull(organisationConfirmations.answeredAt),
					gt(organisationConfirmations.expiresAt, now)
				)
			)
			.returning({
				officeId: organisationConfirmations.officeId,
				organisationId: organisationConfirmations.organisationId
			});
		if (!answered) throw new AppError('invalid', 'organisations.confirm.linkInvalid');
		await tx
			.update(organisations)
			.set({
				confirmedAt: now,
				...(options.answer === 'inactive' ? { status: 'inactive' as const, updatedAt: now } : {})
			})
			.where(eq(organisations.id, answered.organisationId));
		await recordAudit(tx, {
			officeId: answered.officeId,
			actor: null,
			action: 'organisations.confirmation_answered',
			entityType: 'organisation',
			entityId: answered.organisationId,
			details: { answer: options.answer }
		});
		return { organisationId: answered.organisationId };
	});
}
