import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { getMediaForDisplay } from '../../media/queries.server.ts';
import type { OrganisationInput } from '../inputs.ts';

/** The stored columns for a typed organisation; the logo must be an image of this office's library. */
export async function organisationFields(db: Database, officeId: string, input: OrganisationInput) {
	const {
		confirmDuplicate: _confirmDuplicate,
		contactName: _contactName,
		contactRole: _contactRole,
		contactEmail: _contactEmail,
		contactPhone: _contactPhone,
		...fields
	} = input;
	if (fields.logoMediaId && !(await getMediaForDisplay(db, officeId, [fields.logoMediaId])).has(fields.logoMediaId)) {
		throw new AppError('invalid', 'common.formHasErrors', { logoMediaId: 'organisations.form.invalidLogo' });
	}
	return fields;
}

export type OrganisationFields = Awaited<ReturnType<typeof organisationFields>>;
