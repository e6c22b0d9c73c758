// The language a stored text is written in, carried by its type (issue 13.6). Every `…En` column is
// EnglishText, and the script converters (toCyrillic, toLatin, toScript, i18n.text) accept only
// SerbianText, so passing an English field to them does not compile: "Young people" can never
// become "Јоунг пеопле". Plain strings are accepted by both, so forms and literals need no casts.

declare const LANGUAGE: unique symbol;

/** Text written in English (a `titleEn`, `descriptionEn`… field): shown exactly as typed. */
export type EnglishText = string & { readonly [LANGUAGE]?: 'en' };

/** Text that may be converted between Serbian's two scripts: anything not known to be English. */
export type SerbianText = string & { readonly [LANGUAGE]?: 'sr' };
