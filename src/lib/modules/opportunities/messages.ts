import { defineMessages } from '../../i18n/define.ts';

export const opportunitiesMessages = defineMessages({
	'opportunities.kind': ['Прилика', 'Opportunity'],
	'opportunities.nav': ['Прилике', 'Opportunities'],

	'opportunities.type.call': ['Конкурс', 'Call'],
	'opportunities.type.scholarship': ['Стипендија', 'Scholarship'],
	'opportunities.type.job': ['Посао', 'Job'],
	'opportunities.type.internship': ['Пракса', 'Internship'],
	'opportunities.type.training': ['Обука', 'Training'],
	'opportunities.type.exchange': ['Размена младих', 'Youth exchange'],
	'opportunities.type.volunteering_abroad': ['Волонтирање у иностранству', 'Volunteering abroad'],
	'opportunities.type.other': ['Остало', 'Other'],

	'opportunities.state.open': ['Отворено', 'Open'],
	'opportunities.state.closingSoon': ['Ускоро истиче', 'Closing soon'],
	'opportunities.state.closed': ['Затворено', 'Closed'],

	'opportunities.filter.legend': ['Избор прилика', 'Choose opportunities'],
	'opportunities.filter.type': ['Врста', 'Type'],
	'opportunities.filter.anyType': ['Све врсте', 'All types'],
	'opportunities.filter.deadline': ['Рок за пријаву', 'Deadline'],
	'opportunities.filter.anyDeadline': ['Сви рокови', 'Any deadline'],
	'opportunities.filter.open': ['Још примају пријаве', 'Still open for applications'],
	'opportunities.filter.closingSoon': ['Истичу у наредних 7 дана', 'Closing within 7 days'],
	'opportunities.filter.closed': ['Затворене (архива)', 'Closed (archive)'],
	'opportunities.filter.submit': ['Прикажи', 'Show'],

	'opportunities.public.title': ['Прилике за младе', 'Opportunities for young people'],
	'opportunities.public.intro': [
		'Конкурси, стипендије, послови и праксе, обуке, размене и волонтирање у земљи и иностранству. Отворене прилике су на врху, а оне којима је рок прошао остају у архиви.',
		'Calls, scholarships, jobs and internships, trainings, exchanges and volunteering at home and abroad. Open opportunities come first; those whose deadline has passed stay in the archive.'
	],
	'opportunities.public.count': [
		{
			one: 'Пронађена је {count} прилика.',
			few: 'Пронађене су {count} прилике.',
			other: 'Пронађено је {count} прилика.'
		},
		{ one: '{count} opportunity found.', other: '{count} opportunities found.' }
	],
	'opportunities.public.empty': ['Нема прилика за овај избор.', 'No opportunities match this choice.'],
	'opportunities.public.openHeading': ['Отворене прилике', 'Open opportunities'],
	'opportunities.public.closedHeading': ['Архива: рок је прошао', 'Archive: the deadline has passed'],
	'opportunities.public.deadline': ['Рок за пријаву', 'Apply by'],
	'opportunities.public.noDeadline': ['Без утврђеног рока', 'No fixed deadline'],
	'opportunities.public.organiser': ['Организатор', 'Organiser'],
	'opportunities.public.eligibility': ['Ко може да се пријави', 'Who can apply'],
	'opportunities.public.age': ['Узраст', 'Age'],
	'opportunities.public.ageRange': [
		{ by: 'max', one: 'од {min} до {max} године', few: 'од {min} до {max} године', other: 'од {min} до {max} година' },
		{ by: 'max', one: 'aged {min} to {max}', other: 'aged {min} to {max}' }
	],
	'opportunities.public.ageFrom': [
		{ by: 'min', one: 'од {min} године', few: 'од {min} године', other: 'од {min} година' },
		{ by: 'min', one: 'aged {min} and over', other: 'aged {min} and over' }
	],
	'opportunities.public.ageTo': [
		{ by: 'max', one: 'до {max} године', few: 'до {max} године', other: 'до {max} година' },
		{ by: 'max', one: 'aged up to {max}', other: 'aged up to {max}' }
	],
	'opportunities.public.place': ['Место', 'Place'],
	'opportunities.public.conditions': ['Услови', 'Conditions'],
	'opportunities.public.link': ['Више информација и пријава', 'More information and how to apply'],
	'opportunities.public.externalLink': ['(отвара спољну страницу)', '(opens an external site)'],
	'opportunities.public.attachments': ['Прилози', 'Attachments'],
	'opportunities.public.backToList': ['Све прилике', 'All opportunities'],
	'opportunities.public.published': ['Објављено', 'Published'],
	'opportunities.public.closedNotice': [
		'Рок за пријаву је прошао. Прилику чувамо у архиви ради увида.',
		'The deadline has passed. We keep this opportunity in the archive for reference.'
	],
	'opportunities.public.closingSoonNotice': [
		'Рок истиче за мање од седам дана: не чекајте последњи дан.',
		'The deadline is less than seven days away: do not wait for the last day.'
	],
	'opportunities.public.noEnglish': [
		'Ова прилика још нема текст на енглеском, па је приказана на српском.',
		'This opportunity has no English text yet, so it is shown in Serbian.'
	],
	'opportunities.public.inSerbian': ['на српском', 'in Serbian'],
	'opportunities.public.feeds': ['Пратите нове прилике у читачу вести:', 'Follow new opportunities in a feed reader:'],
	'opportunities.feed.title': ['{office}: прилике за младе', '{office}: opportunities for young people'],
	'opportunities.feed.description': [
		'Конкурси, стипендије, послови, праксе, обуке, размене и волонтирање које објављује канцеларија за младе.',
		'Calls, scholarships, jobs, internships, trainings, exchanges and volunteering published by the youth office.'
	],
	'opportunities.feed.deadline': ['Рок за пријаву: {date}', 'Apply by: {date}'],

	'opportunities.admin.title': ['Прилике', 'Opportunities'],
	'opportunities.admin.intro': [
		'Конкурси, стипендије, послови, обуке и размене за младе. Стање „ускоро истиче” и „затворено” рачуна се само из рока.',
		'Calls, scholarships, jobs, trainings and exchanges for young people. “Closing soon” and “closed” follow from the deadline by themselves.'
	],
	'opportunities.admin.new': ['Нова прилика', 'New opportunity'],
	'opportunities.admin.edit': ['Измена прилике', 'Edit opportunity'],
	'opportunities.admin.columnTitle': ['Наслов', 'Title'],
	'opportunities.admin.columnType': ['Врста', 'Type'],
	'opportunities.admin.columnDeadline': ['Рок', 'Deadline'],
	'opportunities.admin.columnStatus': ['Објављивање', 'Publication'],
	'opportunities.admin.draft': ['Нацрт', 'Draft'],
	'opportunities.admin.scheduled': ['Заказано за {date}', 'Scheduled for {date}'],
	'opportunities.admin.published': ['Објављено', 'Published'],
	'opportunities.admin.view': ['Погледај на порталу', 'View on the portal'],
	'opportunities.admin.created': ['Прилика је сачувана.', 'The opportunity has been saved.'],
	'opportunities.admin.deleted': ['Прилика је обрисана.', 'The opportunity has been deleted.'],
	'opportunities.admin.count': [
		{ one: '{count} прилика', few: '{count} прилике', other: '{count} прилика' },
		{ one: '{count} opportunity', other: '{count} opportunities' }
	],
	'opportunities.admin.deleteTitle': ['Брисање прилике', 'Delete the opportunity'],
	'opportunities.admin.deleteText': [
		'Прилика ће бити трајно уклоњена са портала и из фидова. Документи из библиотеке остају.',
		'The opportunity will be removed from the portal and the feeds for good. Library documents stay.'
	],
	'opportunities.admin.deleteConfirm': ['Да, обриши ову прилику', 'Yes, delete this opportunity'],
	'opportunities.admin.deleteConfirmRequired': [
		'Потврдите брисање означавањем поља.',
		'Confirm the deletion by ticking the box.'
	],
	'opportunities.admin.deleteSubmit': ['Обриши прилику', 'Delete the opportunity'],

	'opportunities.field.type': ['Врста прилике', 'Type of opportunity'],
	'opportunities.field.title': ['Наслов', 'Title'],
	'opportunities.field.titleEn': ['Наслов на енглеском', 'Title in English'],
	'opportunities.field.organiser': ['Организатор', 'Organiser'],
	'opportunities.field.organiserHint': [
		'Ко нуди прилику: установа, удружење, фирма или програм.',
		'Who offers it: an institution, association, company or programme.'
	],
	'opportunities.field.summary': ['Кратак опис', 'Summary'],
	'opportunities.field.summaryHint': [
		'Једна или две реченице за списак прилика, фидове и друштвене мреже.',
		'One or two sentences for the list, the feeds and social media.'
	],
	'opportunities.field.summaryEn': ['Кратак опис на енглеском', 'Summary in English'],
	'opportunities.field.body': ['Опширније', 'Full description'],
	'opportunities.field.bodyEn': ['Опширније на енглеском', 'Full description in English'],
	'opportunities.field.eligibility': ['Ко може да се пријави', 'Who can apply'],
	'opportunities.field.minAge': ['Најмање година', 'Minimum age'],
	'opportunities.field.maxAge': ['Највише година', 'Maximum age'],
	'opportunities.field.place': ['Место', 'Place'],
	'opportunities.field.placeHint': [
		'На пример: Ивањица, Моравички округ, цела Србија или земља у иностранству.',
		'For example: Ivanjica, the Moravica district, all of Serbia or a country abroad.'
	],
	'opportunities.field.conditions': ['Остали услови', 'Other conditions'],
	'opportunities.field.deadline': ['Рок за пријаву', 'Application deadline'],
	'opportunities.field.deadlineDate': ['Датум', 'Date'],
	'opportunities.field.deadlineTime': ['Време', 'Time'],
	'opportunities.field.deadlineHint': [
		'По београдском времену. Без унетог времена рок истиче у 23:59. Оставите празно ако рока нема.',
		'Belgrade time. Without a time the deadline ends at 23:59. Leave empty if there is no deadline.'
	],
	'opportunities.field.link': ['Веза за пријаву или више информација', 'Link to apply or learn more'],
	'opportunities.field.attachments': ['Прилози из библиотеке докумената', 'Attachments from the document library'],
	'opportunities.field.attachmentsHint': [
		'Необјављени документи не виде се на порталу док их не објавите.',
		'Unpublished documents are not shown on the portal until you publish them.'
	],
	'opportunities.field.attachmentsEmpty': [
		'Библиотека докумената је још празна.',
		'The document library is still empty.'
	],
	'opportunities.field.addDocument': ['Додај документ у библиотеку', 'Add a document to the library'],
	'opportunities.field.unpublishedDocument': ['необјављен', 'unpublished'],
	'opportunities.field.publication': ['Објављивање', 'Publication'],
	'opportunities.field.statusDraft': ['Нацрт: види се само у управљању', 'Draft: seen in the back-office only'],
	'opportunities.field.statusPublished': ['Објави на порталу', 'Publish on the portal'],
	'opportunities.field.publishAt': ['Заказано објављивање', 'Scheduled publication'],
	'opportunities.field.publishAtDate': ['Датум објављивања', 'Publication date'],
	'opportunities.field.publishAtTime': ['Време објављивања', 'Publication time'],
	'opportunities.field.publishAtHint': [
		'Оставите празно да се прилика објави одмах. Датум у будућности заказује објављивање.',
		'Leave empty to publish at once. A date in the future schedules publication.'
	],

	'opportunities.type.invalid': ['Изаберите врсту прилике.', 'Choose the type of opportunity.'],
	'opportunities.date.invalid': ['Унесите исправан датум.', 'Enter a valid date.'],
	'opportunities.time.invalid': ['Унесите време, на пример 14:30.', 'Enter a time, for example 14:30.'],
	'opportunities.time.needsDate': ['Уз време унесите и датум.', 'Enter the date as well as the time.'],
	'opportunities.dashboard.closing': [
		{
			one: '{count} прилици рок истиче ове недеље',
			few: '{count} прилике имају рок ове недеље',
			other: '{count} прилика има рок ове недеље'
		},
		{ one: '{count} opportunity closes this week', other: '{count} opportunities close this week' }
	],

	'opportunities.opendata.title': ['Прилике за младе', 'Opportunities for young people'],
	'opportunities.opendata.description': [
		'Конкурси, стипендије, послови, праксе и друге прилике које је канцеларија објавила, и оне чији је рок прошао. Нацрти нису укључени.',
		'Calls, scholarships, jobs, internships and other opportunities the office has published, past deadlines included. Drafts are left out.'
	],
	'opportunities.opendata.keyword': ['прилике', 'opportunities'],
	'opportunities.opendata.column.id': ['Трајни идентификатор прилике', 'The opportunity’s permanent identifier'],
	'opportunities.opendata.column.type': ['Врста прилике', 'Kind of opportunity'],
	'opportunities.opendata.column.title': ['Назив', 'Title'],
	'opportunities.opendata.column.title_en': ['Назив на енглеском, ако постоји', 'The title in English, if given'],
	'opportunities.opendata.column.organiser': ['Ко нуди прилику', 'Who offers the opportunity'],
	'opportunities.opendata.column.summary': ['Кратак опис', 'A short description'],
	'opportunities.opendata.column.summary_en': [
		'Кратак опис на енглеском, ако постоји',
		'The short description in English, if given'
	],
	'opportunities.opendata.column.min_age': ['Најмањи узраст', 'Youngest age'],
	'opportunities.opendata.column.max_age': ['Највећи узраст', 'Oldest age'],
	'opportunities.opendata.column.place': ['Место', 'Place'],
	'opportunities.opendata.column.deadline': ['Рок за пријаву (празно: без рока)', 'Deadline to apply (empty: none)'],
	'opportunities.opendata.column.link': [
		'Спољна адреса са више података или пријавом',
		'An outside address with details or the application'
	],
	'opportunities.opendata.column.url': ['Страница прилике на порталу', 'The opportunity’s page on the portal']
});
