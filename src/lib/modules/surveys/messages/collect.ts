import { defineMessages } from '../../../i18n/define.ts';

/** Building surveys and collecting answers. */
export const surveyCollectMessages = defineMessages({
	'surveys.kind': ['Анкета', 'Survey'],
	'surveys.admin.nav': ['Анкете', 'Surveys']
});
