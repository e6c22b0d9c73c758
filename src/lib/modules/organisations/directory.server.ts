// Shared rules of the public directory: which records visitors may see, and which fields of them.
import { and, eq, isNull, ne, type SQL } from 'drizzle-orm';
import { publicBaseUrl } from '../../server/links.ts';
import { organisations, type PublicField } from './schema.ts';

/**
 * The records the public directory shows: listed, not merged into another record and not dissolved.
 * Inactive organisations stay, marked with a badge, so people still find who used to do what.
 */
export function isPubliclyListed(officeId: string): SQL {
	return and(
		eq(organisations.officeId, officeId),
		eq(organisations.listing, 'listed'),
		isNull(organisations.mergedIntoId),
		ne(organisations.status, 'dissolved')
	)!;
}

/** Whether the organisation chose to show an optional field publicly. */
export function showsField(publicFields: readonly string[], field: PublicField): boolean {
	return publicFields.includes(field);
}

/** The base address of an office's portal for links in e-mails. */
export function portalBaseUrl(publicUrl: string | null | undefined): string {
	return publicBaseUrl({ publicUrl });
}

/** Addresses under /organisations taken by pages of the directory itself, never given to an organisation. */
export const RESERVED_ORGANISATION_SLUGS: ReadonlySet<string> = new Set(['ask', 'confirm']);
