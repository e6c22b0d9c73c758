import * as v from 'valibot';
import { checkbox, email, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { ORGANISATION_TYPES, WORK_AREAS } from './schema.ts';

/** The trap field of the public "ask to be listed" form: only programs fill it in. */
export const LISTING_HONEYPOT_FIELD = 'homepage';

/** What a visitor sends to ask for a new organisation to be listed. */
export const listingRequestInput = v.object({
	name: requiredText(200),
	type: v.picklist(ORGANISATION_TYPES, encodeMessage('organisations.listing.form.typeRequired')),
	areas: v.pipe(
		v.optional(v.array(v.string()), []),
		v.transform((given) => WORK_AREAS.filter((area) => given.includes(area)))
	),
	description: requiredText(3000),
	email: email(),
	consent: v.pipe(
		checkbox(),
		v.check((given) => given, encodeMessage('organisations.listing.form.consentRequired'))
	),
	[LISTING_HONEYPOT_FIELD]: v.optional(v.string(), '')
});
export type ListingRequestInput = v.InferOutput<typeof listingRequestInput>;

/** True when the trap field of a submitted form has a value. */
export function isListingHoneypotHit(values: Record<string, string | string[]>): boolean {
	const trap = values[LISTING_HONEYPOT_FIELD];
	return typeof trap === 'string' && trap.trim() !== '';
}
