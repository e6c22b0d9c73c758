import { randomInt } from 'node:crypto';
import { surveyInvitationCodes } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageSurveys } from '../permissions.server.ts';
import type { CodesInput } from '../inputs.ts';
import { surveyOfOffice } from './shared.server.ts';

/** Letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A random one-time code, e.g. "K7QX3M". */
export function newInvitationCode(): string {
	let code = '';
	for (let index = 0; index < CODE_LENGTH; index++) code += ALPHABET[randomInt(ALPHABET.length)];
	return code;
}

/** Codes as typed by a person: upper case, without spaces or dashes. */
export function normaliseCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]+/g, '');
}

/** Generates a sheet of one-time codes for a batch (e.g. a school class). */
export async function generateInvitationCodes(
	ctx: Context,
	options: { surveyId: string; input: CodesInput }
): Promise<{ codes: string[] }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const codes = new Set<string>();
		while (codes.size < options.input.count) codes.add(newInvitationCode());
		// 31^6 ≈ 887 million: a clash with an earlier sheet is rare, and simply skipped.
		const rows = await tx
			.insert(surveyInvitationCodes)
			.values(
				[...codes].map((code) => ({ officeId: ctx.officeId, surveyId: survey.id, code, batch: options.input.batch }))
			)
			.onConflictDoNothing()
			.returning({ code: surveyInvitationCodes.code });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.codes_generated',
			entityType: 'survey',
			entityId: survey.id,
			details: { batch: options.input.batch, count: rows.length }
		});
		return { codes: rows.map((row) => row.code) };
	});
}
