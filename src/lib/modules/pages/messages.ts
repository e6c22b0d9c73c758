import { defineMessages } from '../../i18n/define.ts';

export const pagesMessages = defineMessages({
	'pages.noEnglish': [
		'Ова страница још нема текст на енглеском.',
		'This page has no English text yet, so it is shown in Serbian.'
	],
	'pages.kind': ['Страница', 'Page'],
	'pages.home.mission': ['Наша мисија', 'Our mission'],
	'pages.home.about': ['О канцеларији', 'About the office'],
	'pages.home.emptyTitle': ['Портал је спреман', 'The portal is ready'],
	'pages.home.emptyText': [
		'Канцеларија још није објавила садржај. Свратите ускоро.',
		'The office has not published any content yet. Come back soon.'
	]
});
