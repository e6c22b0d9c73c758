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
	],

	'pages.admin.nav': ['Странице и мени', 'Pages and menu'],
	'pages.admin.title': ['Странице и мени', 'Pages and menu'],
	'pages.admin.intro': [
		'Овде су све странице портала, поређане онако како стоје у менију. Стрелицама мењате редослед; подстраница се помера међу подстраницама исте странице. Где ће страница стајати у менију бирате када је измените.',
		'Here are all the portal’s pages, in the order they have in the menu. Use the arrows to change the order; a sub-page moves among the sub-pages of the same page. Choose where a page sits in the menu when you edit it.'
	],
	'pages.admin.new': ['Нова страница', 'New page'],
	'pages.admin.edit': ['Измена странице', 'Edit page'],
	'pages.admin.empty': [
		'Још нема ниједне странице. Почните страницом о канцеларији.',
		'There are no pages yet. Start with a page about the office.'
	],
	'pages.admin.columnTitle': ['Наслов', 'Title'],
	'pages.admin.columnAddress': ['Адреса', 'Address'],
	'pages.admin.columnStatus': ['Стање', 'Status'],
	'pages.admin.columnOrder': ['Редослед у менију', 'Order in the menu'],
	'pages.admin.published': ['Објављена', 'Published'],
	'pages.admin.draft': ['Нацрт', 'Draft'],
	'pages.admin.inMenu': ['У менију', 'In the menu'],
	'pages.admin.notInMenu': ['Није у менију', 'Not in the menu'],
	'pages.admin.subPageOf': ['подстраница странице „{title}“', 'sub-page of “{title}”'],
	'pages.admin.moveUp': ['Помери горе', 'Move up'],
	'pages.admin.moveDown': ['Помери доле', 'Move down'],
	'pages.admin.moved': ['Редослед у менију је сачуван.', 'The menu order has been saved.'],
	'pages.admin.created': ['Страница је направљена.', 'The page has been created.'],
	'pages.admin.saved': ['Страница је сачувана.', 'The page has been saved.'],
	'pages.admin.deleted': ['Страница је обрисана.', 'The page has been deleted.'],
	'pages.admin.create': ['Направи страницу', 'Create page'],
	'pages.admin.save': ['Сачувај страницу', 'Save page'],
	'pages.admin.view': ['Погледај на порталу', 'View on the portal'],
	'pages.admin.deleteTitle': ['Брисање странице', 'Delete the page'],
	'pages.admin.deleteHint': [
		'Брисање се не може опозвати. Подстранице ове странице остају и прелазе на крај горњег нивоа менија.',
		'Deleting cannot be undone. The sub-pages of this page stay and move to the end of the top level of the menu.'
	],
	'pages.admin.deleteConfirm': ['Да, трајно обриши ову страницу', 'Yes, delete this page for good'],
	'pages.admin.deleteConfirmRequired': [
		'Означите потврду ако заиста желите да обришете страницу.',
		'Tick the confirmation if you really want to delete the page.'
	],
	'pages.admin.delete': ['Обриши страницу', 'Delete page'],
	'pages.section.serbian': ['Српски', 'Serbian'],
	'pages.section.english': ['Енглески', 'English'],
	'pages.section.englishHint': [
		'Није обавезно. Без енглеског текста посетиоци на енглеском виде српски текст латиницом, уз напомену.',
		'Optional. Without English text, visitors reading in English see the Serbian text in Latin script, with a note.'
	],
	'pages.section.menu': ['Мени и објављивање', 'Menu and publication'],
	'pages.field.title': ['Наслов', 'Title'],
	'pages.field.titleHint': [
		'Ћирилицом или латиницом; посетиоци га читају писмом које су изабрали. Наслов је и назив странице у менију.',
		'In Cyrillic or Latin; visitors read it in the script they chose. The title is also the page’s name in the menu.'
	],
	'pages.field.titleEn': ['Наслов на енглеском', 'Title in English'],
	'pages.field.slug': ['Адреса странице', 'Page address'],
	'pages.field.slugHint': [
		'Крај адресе странице: латинична слова без квачица, бројеви и цртице. Оставите празно и направићемо је од наслова.',
		'The end of the page’s address: Latin letters without accents, digits and hyphens. Leave it empty and we make it from the title.'
	],
	'pages.field.slugInvalid': [
		'Адреса мора имати бар једно слово или број.',
		'The address needs at least one letter or digit.'
	],
	'pages.field.slugTaken': [
		'Друга страница већ има ову адресу. Изаберите другу.',
		'Another page already has this address. Choose a different one.'
	],
	'pages.field.body': ['Текст', 'Text'],
	'pages.field.bodyEn': ['Текст на енглеском', 'Text in English'],
	'pages.field.parentId': ['Место у менију', 'Place in the menu'],
	'pages.field.parentTop': ['Горњи ниво менија', 'Top level of the menu'],
	'pages.field.parentUnder': ['Испод странице „{title}“', 'Under “{title}”'],
	'pages.field.parentHint': [
		'Подстраница се у менију приказује испод изабране странице, и само док је та страница у менију.',
		'A sub-page is shown in the menu under the page chosen, and only while that page is in the menu.'
	],
	'pages.field.parentLocked': [
		'Ова страница има подстранице, па остаје на горњем нивоу менија.',
		'This page has sub-pages, so it stays at the top level of the menu.'
	],
	'pages.field.parentSelf': ['Страница не може бити испод саме себе.', 'A page cannot sit under itself.'],
	'pages.field.parentNested': [
		'Изаберите страницу са горњег нивоа менија: мени има само један ниво подстраница.',
		'Choose a page from the top level of the menu: the menu has only one level of sub-pages.'
	],
	'pages.field.parentHasChildren': [
		'Ова страница има подстранице, па не може бити подстраница. Прво преместите њене подстранице.',
		'This page has sub-pages, so it cannot become a sub-page. Move its sub-pages first.'
	],
	'pages.field.showInMenu': ['Прикажи у менију', 'Show in the menu'],
	'pages.field.isPublished': [
		'Објављена: посетиоци је виде и проналазе претрагом',
		'Published: visitors can see it and find it by search'
	]
});
