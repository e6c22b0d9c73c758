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

const id = () => v.pipe(v.string(encodeMessage('validation.invalid')), v.uuid(encodeMessage('validation.invalid')));

/** Staff decide a claim: whose, on which organisation, and what. */
export const decideClaimInput = v.object({
	organisationId: id(),
	userId: id(),
	decision: v.picklist(['approve', 'reject', 'revoke'] as const, encodeMessage('validation.invalid'))
});

/** Staff decide a listing request. */
export const decideListingInput = v.object({
	organisationId: id(),
	decision: v.picklist(['approve', 'reject'] as const, encodeMessage('validation.invalid'))
});

/** Staff approve or reject a representative's pending set of changes. */
export const reviewChangeInput = v.object({
	changeId: id(),
	decision: v.picklist(['approve', 'reject'] as const, encodeMessage('validation.invalid'))
});

/** The office's review setting. */
export const reviewSettingInput = v.object({ review: checkbox() });

/** Sending the yearly confirmation to one organisation now. */
export const sendConfirmationInput = v.object({ organisationId: id() });
