import { defineMessages } from '../../../i18n/define.ts';

/** The public directory, self-service by representatives, claims, reviews and yearly confirmation. */
export const organisationDirectoryMessages = defineMessages({
	'organisations.requests.nav': ['Захтеви организација', 'Organisation requests']
});
