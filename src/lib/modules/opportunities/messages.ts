import { defineMessages } from '../../i18n/define.ts';

export const opportunitiesMessages = defineMessages({
	'opportunities.kind': ['Прилика', 'Opportunity']
});
