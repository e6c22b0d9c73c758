import type { Context } from '../../server/actor.ts';
import { listDocumentsForPicker } from '../documents/queries.server.ts';
import { listMeasureChoices } from './queries.server.ts';
import { APPLICANT_TYPES, TIE_RULES } from './schema.ts';

/** Fields of the call form that may repeat (checkbox groups). */
export const CALL_FORM_ARRAYS = ['attachments', 'measures', 'applicantTypes'] as const;

/** What the call form offers to choose from: applicant types, tie rules, library documents, plan measures. */
export async function callFormChoices(ctx: Context) {
	return {
		applicantTypes: APPLICANT_TYPES,
		tieRules: TIE_RULES,
		documents: await listDocumentsForPicker(ctx.db, ctx.officeId),
		measures: await listMeasureChoices(ctx.db, ctx.officeId)
	};
}
