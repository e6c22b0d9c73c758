// Labels of the records one module offers another for links (the manifests' `linkTargets`, decision 0037).
import type { Locale } from '../i18n/index.ts';
import type { LinkTarget } from './manifest.ts';

/** A picker's text for a target: where it sits, then its title, in English for English readers when given. */
export function linkTargetLabel(target: Pick<LinkTarget, 'title' | 'titleEn' | 'trail'>, locale: Locale): string {
	const named = (item: { title: string; titleEn: string }) =>
		locale === 'en' && item.titleEn ? item.titleEn : item.title;
	return [...target.trail, target].map(named).filter(Boolean).join(' › ');
}
