// Labels of questions, options and demographic groups in the reader's language and script.
import type { I18n, MessageKey } from '../../../i18n/index.ts';
import type { SurveyOption } from '../schema.ts';
import type { AnalysisQuestion } from './queries.server.ts';
import type { CrossDemographic } from './crosstab-options.ts';

/** Staff-written Serbian text in the reader's script, or the English text for English readers. */
export function localizedText(i18n: Pick<I18n, 'locale' | 'text'>, serbian: string, english?: string | null): string {
	return i18n.locale === 'en' && english ? english : i18n.text(serbian);
}

/** The question's prompt as the reader reads it. */
export function promptOf(
	i18n: Pick<I18n, 'locale' | 'text'>,
	question: Pick<AnalysisQuestion, 'prompt' | 'promptEn'>
): string {
	return localizedText(i18n, question.prompt, question.promptEn);
}

/** The label of an answer code: the option's, "other", or the code itself for values no longer offered. */
export function optionLabel(
	i18n: Pick<I18n, 'locale' | 'text' | 't'>,
	question: Pick<AnalysisQuestion, 'options' | 'statements' | 'scale'>,
	code: string
): string {
	const option: SurveyOption | undefined =
		question.options.find((entry) => entry.value === code) ?? question.statements.find((entry) => entry.value === code);
	if (option) return localizedText(i18n, option.label, option.labelEn);
	if (code === 'other') return i18n.t('surveys.results.other');
	return code;
}

/** The label of a demographic group value; null is "not stated". */
export function groupLabel(
	i18n: Pick<I18n, 'locale' | 'text' | 't'>,
	demographic: CrossDemographic,
	value: string | null,
	settlementOptions: SurveyOption[]
): string {
	if (value === null) return i18n.t('surveys.results.notStated');
	if (demographic === 'settlement') {
		const option = settlementOptions.find((entry) => entry.value === value);
		return option ? localizedText(i18n, option.label, option.labelEn) : value;
	}
	return i18n.t(`surveys.results.${demographic}.${value}` as MessageKey);
}

/** The label of a demographic itself (age band, gender…). */
export function demographicLabel(i18n: Pick<I18n, 't'>, demographic: CrossDemographic): string {
	return i18n.t(`surveys.results.demographic.${demographic}` as MessageKey);
}
