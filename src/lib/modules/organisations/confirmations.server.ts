// The yearly "still active, details correct?" e-mail: issuing a one-time link and the rule for
// which organisations need a follow-up call.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { recordAudit } from '../../server/audit.ts';
import type { Actor } from '../../server/actor.ts';
import { createToken, hashToken } from '../../server/auth/tokens.ts';
import { queueMail } from '../../server/mail/outbox.ts';
import { createI18n } from '../../i18n/index.ts';
import { DEFAULT_LOCALE } from '../../i18n/locale.ts';
import { offices } from '../../server/db/core-schema.ts';
import { organisationConfirmations, organisations } from './schema.ts';
import { portalBaseUrl } from './directory.server.ts';
import { outer } from '../../server/db/outer.ts';

/** How long a confirmation link works. */
export const CONFIRMATION_VALID_DAYS = 60;

/** The month (1–12, Belgrade time) the yearly e-mails go out: ORGANISATION_CONFIRMATION_MONTH, January by default. */
export function confirmationMonth(env: Record<string, string | undefined> = process.env): number {
	const month = Number(env.ORGANISATION_CONFIRMATION_MONTH);
	return Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1;
}

export interface ConfirmationTarget {
	id: string;
	officeId: string;
	name: string;
	email: string;
}

/**
 * Records this year's confirmation for an organisation and queues the e-mail with its link. With
 * `replace` (staff sending it again) an earlier link of the year stops working; without it, an
 * organisation that already has this year's confirmation is skipped, so two runs never send twice.
 */
export async function issueConfirmation(
	tx: Database,
	target: ConfirmationTarget,
	options: { year: number; now: Date; replace: boolean; actor: Actor | null }
): Promise<boolean> {
	const token = createToken();
	const values = {
		officeId: target.officeId,
		organisationId: target.id,
		year: options.year,
		tokenHash: hashToken(token),
		sentTo: target.email,
		sentAt: options.now,
		expiresAt: new Date(options.now.getTime() + CONFIRMATION_VALID_DAYS * 86_400_000),
		answeredAt: null,
		answer: null
	};
	const insert = tx.insert(organisationConfirmations).values(values);
	const stored = await (
		options.replace
			? insert.onConflictDoUpdate({
					target: [organisationConfirmations.organisationId, organisationConfirmations.year],
					set: values
				})
			: insert.onConflictDoNothing()
	).returning({ id: organisationConfirmations.id });
	if (stored.length === 0) return false;
	const [office] = await tx
		.select({ name: offices.name, publicUrl: offices.publicUrl, keepLatin: offices.keepLatin })
		.from(offices)
		.where(eq(offices.id, target.officeId));
	const i18n = createI18n(DEFAULT_LOCALE, office?.keepLatin ?? []);
	await queueMail(tx, {
		officeId: target.officeId,
		to: target.email,
		subject: i18n.t('organisations.confirm.mailSubject', { office: i18n.text(office?.name ?? '') }),
		text: i18n.t('organisations.confirm.mailBody', {
			organisation: i18n.text(target.name),
			office: i18n.text(office?.name ?? ''),
			link: `${portalBaseUrl(office?.publicUrl)}/organisations/confirm/${token}`,
			days: CONFIRMATION_VALID_DAYS
		}),
		// The link is a key to the answer: once delivered, nobody needs to read it from the outbox.
		sensitive: true
	});
	await recordAudit(tx, {
		officeId: target.officeId,
		actor: options.actor,
		action: 'organisations.confirmation_sent',
		entityType: 'organisation',
		entityId: target.id,
		details: { year: options.year }
	});
	return true;
}

/**
 * Organisations whose latest confirmation link expired unanswered (and nobody confirmed them since),
 * or who answered that their details need changes and have not been updated since: staff follow up.
 */
export function needsFollowUp(now: Date): SQL {
	return sql`exists (
		select 1 from ${organisationConfirmations} c
		where c.organisation_id = ${outer(organisations.id)}
		and (
			(c.answered_at is null and c.expires_at < ${now.toISOString()}::timestamptz
				and (${outer(organisations.confirmedAt)} is null or ${outer(organisations.confirmedAt)} < c.sent_at))
			or (c.answer = 'changes' and ${outer(organisations.updatedAt)} <= c.answered_at)
		)
	)`;
}

/** Organisations the yearly e-mail goes to: active, not merged, with an e-mail, listed or kept by staff. */
export function receivesYearlyConfirmation(): SQL {
	return and(
		eq(organisations.status, 'active'),
		sql`${organisations.mergedIntoId} is null`,
		sql`${organisations.email} <> ''`,
		sql`${organisations.listing} in ('listed', 'hidden')`
	)!;
}
