import { defineMessages } from '../../../i18n/define.ts';

/** Analysis of answers, qualitative research and needs summaries. */
export const surveyAnalysisMessages = defineMessages({
	'surveys.research.nav': ['Истраживање потреба', 'Needs research']
});
