// The type system carries a text's language (issue 13.6): these lines must not compile, and
// svelte-check (`npm run check`) fails if one of them ever does (an unused @ts-expect-error).
import { describe, expect, it } from 'vitest';
import type { InferSelectModel } from 'drizzle-orm';
import { createI18n } from './index.ts';
import { toCyrillic, toLatin, toScript } from './script.ts';
import type { newsArticles } from '../modules/news/schema.ts';

type Article = InferSelectModel<typeof newsArticles>;

describe('the language of a text is in its type', () => {
	it('keeps English fields away from the script converters', () => {
		const article = { title: 'Млади', titleEn: 'Young people' } as Pick<Article, 'title' | 'titleEn'>;
		const i18n = createI18n('sr-Cyrl');
		// @ts-expect-error English text cannot be put into Cyrillic.
		i18n.text(article.titleEn);
		// @ts-expect-error Nor through the converters themselves.
		toCyrillic(article.titleEn);
		// @ts-expect-error English text cannot be put into Latin either.
		toLatin(article.titleEn);
		// @ts-expect-error Nor into any script.
		toScript(article.titleEn, 'cyrl');
		// Serbian fields and plain strings convert; English is shown as typed through textIn.
		expect(i18n.text(article.title)).toBe('Млади');
		expect(i18n.textIn(article.titleEn, 'en')).toBe('Young people');
	});
});
