import { getContext, setContext } from 'svelte';
import type { I18n } from './index.ts';

const KEY = Symbol('kzm-i18n');

/**
 * Makes the translator available to every component below. Each call goes through `get`, which
 * reads the layout's reactive data, so switching language updates everything already on screen.
 */
export function setI18n(get: () => I18n): I18n {
	const i18n: I18n = {
		get locale() {
			return get().locale;
		},
		t: (key, params) => get().t(key, params),
		tEncoded: (encoded) => get().tEncoded(encoded),
		href: (path) => get().href(path),
		text: (content) => get().text(content),
		textIn: (content, language) => get().textIn(content, language),
		html: (content) => get().html(content),
		formatDate: (date, options) => get().formatDate(date, options),
		formatNumber: (value) => get().formatNumber(value),
		formatYear: (value) => get().formatYear(value)
	};
	setContext(KEY, i18n);
	return i18n;
}

/** The translator of the page being rendered. */
export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() called outside the root layout');
	return i18n;
}
