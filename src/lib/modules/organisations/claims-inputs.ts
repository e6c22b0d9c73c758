import * as v from 'valibot';
import { checkbox, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';

/** What a person sends to claim an organisation: their role in it, a note for staff, and consent. */
export const claimInput = v.object({
	role: requiredText(120),
	message: optionalText(2000),
	consent: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('organisations.claim.consentRequired'))
	)
});
export type ClaimInput = v.InferOutput<typeof claimInput>;
