import { defineMessages } from '../../i18n/define.ts';

export const settingsMessages = defineMessages({
	'settings.nav': ['Подешавања канцеларије', 'Office settings'],
	'settings.title': ['Подешавања канцеларије', 'Office settings'],
	'settings.section.identity': ['Канцеларија', 'The office'],
	'settings.section.look': ['Изглед портала', 'The portal’s look'],
	'settings.section.openData': ['Отворени подаци', 'Open data'],
	'settings.field.openDataLicence': ['Лиценца отворених података', 'Licence of the open data'],
	'settings.field.openDataLicenceHint': [
		'Под којим условима други смеју да преузимају и поново користе јавне податке канцеларије са странице „Отворени подаци” и из API-ја.',
		'The terms on which others may download and reuse the office’s public data from the “Open data” page and the API.'
	],
	'settings.openDataLicence.invalid': ['Изаберите једну од понуђених лиценци.', 'Choose one of the licences offered.'],
	'settings.licence.CC-BY-4.0': [
		'Creative Commons Ауторство 4.0 (CC BY 4.0): слободна употреба уз навођење извора',
		'Creative Commons Attribution 4.0 (CC BY 4.0): free use, crediting the source'
	],
	'settings.licence.CC-BY-SA-4.0': [
		'Creative Commons Ауторство–Делити под истим условима 4.0 (CC BY-SA 4.0)',
		'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)'
	],
	'settings.licence.CC0-1.0': [
		'Creative Commons CC0 1.0: без задржаних права (јавно добро)',
		'Creative Commons CC0 1.0: no rights reserved (public domain)'
	],
	'settings.field.accentColor': ['Боја канцеларије', 'The office’s colour'],
	'settings.field.accentColorHint': [
		'Шестоцифрени запис боје, на пример #663399. На њој стоји бели текст (заглавље, дугмад), па мора бити довољно тамна. Оставите празно за подразумевану плаву.',
		'A six-digit colour code, for example #663399. White text sits on it (header, buttons), so it must be dark enough. Leave empty for the default blue.'
	],
	'settings.accent.invalid': [
		'Упишите боју као знак # и шест знакова, на пример #663399.',
		'Enter the colour as # and six characters 0–9 and a–f, for example #663399.'
	],
	'settings.accent.lowContrast': [
		'Ова боја је сувише светла: бели текст на њој се не би лако читао (потребан је контраст бар 4,5 према 1). Изаберите тамнију нијансу.',
		'This colour is too light: white text on it would be hard to read (a contrast of at least 4.5 to 1 is needed). Choose a darker shade.'
	],
	'settings.section.contact': ['Контакт и радно време', 'Contact and working hours'],
	'settings.section.social': ['Друштвене мреже', 'Social networks'],
	'settings.section.youth': ['Млади', 'Young people'],
	'settings.section.privacy': ['Заштита података о личности', 'Personal data protection'],
	'settings.section.script': ['Писмо', 'Script'],
	'settings.section.logo': ['Лого', 'Logo'],
	'settings.section.demo': ['Демо садржај', 'Demo content'],
	'settings.field.name': ['Назив канцеларије', 'Office name'],
	'settings.field.nameHint': [
		'Упишите га ћирилицом или латиницом; посетиоци га виде на свом писму.',
		'Type it in Cyrillic or Latin; visitors see it in their own script.'
	],
	'settings.field.municipality': ['Општина или град', 'Municipality or city'],
	'settings.field.publicUrl': ['Јавна адреса портала', 'Public address of the portal'],
	'settings.field.publicUrlHint': [
		'Нпр. https://mladi.ivanjica.rs — користи се у везама које шаљемо е-поштом.',
		'E.g. https://mladi.ivanjica.rs — used in links we send by e-mail.'
	],
	'settings.field.mission': ['Мисија у једној или две реченице', 'Mission in a sentence or two'],
	'settings.field.missionEn': ['Мисија на енглеском', 'Mission in English'],
	'settings.field.address': ['Адреса', 'Address'],
	'settings.field.phone': ['Телефон', 'Phone'],
	'settings.field.email': ['Е-пошта канцеларије', 'Office e-mail'],
	'settings.field.workingHours': ['Радно време', 'Working hours'],
	'settings.field.workingHoursEn': ['Радно време на енглеском', 'Working hours in English'],
	'settings.field.nameEn': ['Назив на енглеском', 'Name in English'],
	'settings.field.dpoNameEn': ['Лице за заштиту података, на енглеском', 'Data protection officer, in English'],
	'settings.field.englishHint': [
		'Приказује се на енглеском сајту. Ако је празно, тамо се приказује српски текст латиницом, уз напомену.',
		'Shown on the English site. When empty, the Serbian text is shown there in Latin, with a note saying so.'
	],
	'settings.field.workingHoursHint': ['Нпр. радним данима од 8 до 16 часова', 'E.g. weekdays 8:00–16:00'],
	'settings.field.facebook': ['Facebook', 'Facebook'],
	'settings.field.instagram': ['Instagram', 'Instagram'],
	'settings.field.tiktok': ['TikTok', 'TikTok'],
	'settings.field.youtube': ['YouTube', 'YouTube'],
	'settings.field.x': ['X (Twitter)', 'X (Twitter)'],
	'settings.field.youthMinAge': ['Најмања старост младих', 'Youngest age counted as young'],
	'settings.field.youthMaxAge': ['Највећа старост младих', 'Oldest age counted as young'],
	'settings.field.youthAgeHint': [
		'Закон о младима данас каже од 15 до 30 година; горња граница није јасно одређена и закон се мења, зато је овде можете подесити.',
		'The Law on Youth says 15 to 30 today; the upper bound is worded ambiguously and the law is changing, so you can set it here.'
	],
	'settings.field.dpoName': ['Лице за заштиту података', 'Data protection officer'],
	'settings.field.dpoEmail': ['Е-пошта лица за заштиту података', 'Data protection officer’s e-mail'],
	'settings.field.dpoPhone': ['Телефон лица за заштиту података', 'Data protection officer’s phone'],
	'settings.field.keepLatin': ['Речи које увек остају латиницом', 'Words that always stay in Latin'],
	'settings.field.keepLatinHint': [
		'Одвојите зарезом, нпр. Erasmus+, Instagram, Facebook. Кад неко чита ћирилицом, ове речи се не пресловљавају.',
		'Separate with commas, e.g. Erasmus+, Instagram, Facebook. When someone reads in Cyrillic, these words are not transliterated.'
	],
	'settings.logo.current': ['Тренутни лого', 'Current logo'],
	'settings.section.cover': ['Насловна слика', 'Cover image'],
	'settings.cover.intro': [
		'Слика из медијатеке коју почетна страница портала приказује уз назив канцеларије. Најбоље изгледа широка фотографија младих у вашем граду.',
		'An image from the media library that the portal’s home page shows with the office’s name. A wide photograph of young people in your town works best.'
	],
	'settings.cover.choose': ['Насловна слика почетне странице', 'The home page’s cover image'],
	'settings.cover.save': ['Сачувај насловну слику', 'Save the cover image'],
	'settings.cover.saved': ['Насловна слика је сачувана.', 'The cover image has been saved.'],
	'settings.cover.unknown': [
		'Те слике нема у медијатеци канцеларије. Изаберите другу.',
		'That image is not in the office’s media library. Choose another.'
	],
	'settings.cover.kind': ['Насловна слика портала', 'The portal’s cover image'],
	'settings.logo.none': ['Лого још није постављен.', 'No logo has been uploaded yet.'],
	'settings.logo.file': [
		'Нова слика (PNG, JPEG или WebP, највише 512 KB)',
		'New image (PNG, JPEG or WebP, at most 512 KB)'
	],
	'settings.logo.upload': ['Постави лого', 'Upload logo'],
	'settings.logo.remove': ['Уклони лого', 'Remove logo'],
	'settings.logo.uploaded': ['Лого је постављен.', 'The logo has been uploaded.'],
	'settings.logo.removed': ['Лого је уклоњен.', 'The logo has been removed.'],
	'settings.logo.missing': ['Изаберите слику.', 'Choose an image.'],
	'settings.logo.tooLarge': [
		'Слика је већа од 512 KB. Смањите је и покушајте поново.',
		'The image is larger than 512 KB. Make it smaller and try again.'
	],
	'settings.logo.wrongType': [
		'Прихватамо само PNG, JPEG и WebP слике.',
		'Only PNG, JPEG and WebP images are accepted.'
	],
	'settings.demo.intro': [
		'Канцеларија још садржи демо податке: измишљене странице и налоге. Када почнете прави рад, уклоните их једним кликом. Подешавања која сте унели остају.',
		'The office still holds demo data: invented pages and accounts. When you start real work, remove them in one step. The settings you entered stay.'
	],
	'settings.demo.newAdminIntro': [
		'Пријављени сте демо налогом, који ће бити обрисан. Упишите податке свог правог администраторског налога.',
		'You are signed in with a demo account, which will be deleted. Enter the details of your real administrator account.'
	],
	'settings.demo.confirm': [
		'Разумем да се демо садржај брише трајно.',
		'I understand the demo content is deleted for good.'
	],
	'settings.demo.confirmRequired': [
		'Потврдите да желите да обришете демо садржај.',
		'Confirm that you want to delete the demo content.'
	],
	'settings.demo.remove': ['Уклони демо садржај', 'Remove demo content'],
	'settings.demo.removed': [
		'Демо садржај је уклоњен. Канцеларија је спремна за прави рад.',
		'The demo content has been removed. The office is ready for real work.'
	],

	'setup.title': ['Прво покретање', 'First-run setup'],
	'setup.intro': [
		'Добро дошли! Пре него што почнете, упишите основне податке о канцеларији и направите први администраторски налог. Све остало можете подесити касније.',
		'Welcome! Before you start, enter the basic details of the office and create the first administrator account. Everything else can be set later.'
	],
	'setup.officeSection': ['Канцеларија', 'The office'],
	'setup.codeSection': ['Код за подешавање', 'Setup code'],
	'setup.field.code': ['Код за подешавање', 'Setup code'],
	'setup.field.codeHint': [
		'Сервер је исписао код у својој конзоли (дневнику) при покретању, у облику три групе од по четири знака, раздвојене цртицом. Тако платформу може подесити само онај ко ју је инсталирао.',
		'The server printed the code in its console (log) when it started, in the form ABCD-EFGH-JKMN. This way only the person who installed the platform can set it up.'
	],
	'setup.codeWrong': [
		'Код није исправан. Препишите га из конзоле сервера; после поновног покретања важи нови код.',
		'The code is not correct. Copy it from the server’s console; after a restart a new code applies.'
	],
	'setup.adminSection': ['Први администратор', 'The first administrator'],
	'setup.submit': ['Заврши подешавање', 'Finish setup'],
	'setup.alreadyDone': ['Платформа је већ подешена.', 'The platform has already been set up.'],
	'setup.done': [
		'Подешавање је завршено. Добро дошли у управљање канцеларијом.',
		'Setup is complete. Welcome to the office back-office.'
	]
});
