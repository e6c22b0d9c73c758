import { surveyCollectMessages } from './messages/collect.ts';
import { surveyAnalysisMessages } from './messages/analysis.ts';

export const surveysMessages = { ...surveyCollectMessages, ...surveyAnalysisMessages };
