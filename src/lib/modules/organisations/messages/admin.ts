import { defineMessages } from '../../../i18n/define.ts';

/** The office's side of the directory: records, partnerships, import and export, duplicates. */
export const organisationAdminMessages = defineMessages({
	'organisations.kind': ['Организација', 'Organisation'],
	'organisations.admin.nav': ['Удружења и партнери', 'Associations and partners']
});
