import { defineMessages } from '../../i18n/define.ts';

export const searchMessages = defineMessages({
	'search.kind': ['Претрага', 'Search'],
	'search.title': ['Претрага', 'Search'],
	'search.label': ['Шта тражите?', 'What are you looking for?'],
	'search.hint': [
		'Можете писати ћирилицом или латиницом, са или без квачица.',
		'You can type in Cyrillic or Latin, with or without diacritics.'
	],
	'search.submit': ['Тражи', 'Search'],
	'search.resultCount': [
		{
			one: 'Пронађен је {count} резултат за „{query}”.',
			few: 'Пронађена су {count} резултата за „{query}”.',
			other: 'Пронађено је {count} резултата за „{query}”.'
		},
		{ one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' }
	],
	'search.noResults': [
		'Ништа није пронађено за „{query}”. Покушајте краћу или другачију реч.',
		'Nothing was found for “{query}”. Try a shorter or different word.'
	],
	'search.tooShort': ['Упишите бар две слова.', 'Type at least two letters.'],
	'search.headerLink': ['Претрага', 'Search']
});
