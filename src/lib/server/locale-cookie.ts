export const LOCALE_COOKIE = 'kzm_locale';
/** A year: the choice of language is remembered across visits. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 3600;
