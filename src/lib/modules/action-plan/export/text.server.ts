// Shared wording of the exported plan and report: staff-typed text in the reader's script, amounts,
// progress and timing as the public pages show them.
import type { I18n } from '../../../i18n/index.ts';
import type { ActivityRow, PlanRow } from '../queries.server.ts';
import { localized } from '../view.ts';
import { numberFormat } from '../../../i18n/formatters.ts';

/** When an activity runs: "Q1 2025 – Q4 2026", a single year, or nothing. */
export function timingText(
	i18n: I18n,
	activity: Pick<ActivityRow, 'startYear' | 'startQuarter' | 'endYear' | 'endQuarter'>
): string {
	const part = (year: number | null, quarter: number | null) =>
		year === null ? '' : quarter ? i18n.t('plan.timing.quarter', { year: String(year), quarter }) : String(year);
	const start = part(activity.startYear, activity.startQuarter);
	const end = part(activity.endYear, activity.endQuarter);
	return start && end && start !== end ? `${start} – ${end}` : start || end;
}

/** A progress figure as text ("45 %"), or "no data yet". */
export function progressText(i18n: I18n, progress: number | null): string {
	if (progress === null) return i18n.t('plan.progress.none');
	return numberFormat(i18n.locale === 'en' ? 'en-GB' : i18n.locale, {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(progress / 100);
}

/** The plan's title in the reader's language and script. */
export function planTitle(i18n: I18n, plan: Pick<PlanRow, 'title' | 'titleEn'>): string {
	return localized(i18n, plan.title, plan.titleEn);
}

/** The facts every export starts with: period, stage and the assembly's decision. */
export function planFacts(
	i18n: I18n,
	plan: Pick<PlanRow, 'firstYear' | 'lastYear' | 'status' | 'decisionNumber' | 'decisionDate'>,
	options: { withStatus: boolean } = { withStatus: true }
): { label: string; value: string }[] {
	const facts = [{ label: i18n.t('plan.field.period'), value: `${plan.firstYear}–${plan.lastYear}` }];
	if (options.withStatus)
		facts.push({ label: i18n.t('plan.field.planStatus'), value: i18n.t(`plan.status.${plan.status}`) });
	if (plan.decisionNumber)
		facts.push({
			label: i18n.t('plan.field.decision'),
			value: i18n.t('plan.public.decision', {
				number: plan.decisionNumber,
				date: plan.decisionDate ? i18n.formatDate(plan.decisionDate, { dateStyle: 'long' }) : '—'
			})
		});
	return facts;
}
