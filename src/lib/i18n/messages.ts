// Messages of the platform shell, shared by every module. Keys are prefixed by area.
import { defineMessages } from './define.ts';

export const coreMessages = defineMessages({
	'common.save': ['Сачувај', 'Save'],
	'common.cancel': ['Откажи', 'Cancel'],
	'common.delete': ['Обриши', 'Delete'],
	'common.edit': ['Измени', 'Edit'],
	'common.back': ['Назад', 'Back'],
	'common.yes': ['Да', 'Yes'],
	'common.no': ['Не', 'No'],
	'common.saved': ['Промене су сачуване.', 'Your changes have been saved.'],
	'common.optional': ['(није обавезно)', '(optional)'],
	'common.required': ['обавезно', 'required'],
	'common.formHasErrors': [
		'Образац није сачуван. Исправите означена поља и пошаљите поново.',
		'The form was not saved. Please correct the marked fields and send it again.'
	],
	'common.noResults': ['Нема ничега за приказ.', 'Nothing to show yet.'],
	'common.previous': ['Претходна', 'Previous'],
	'common.next': ['Следећа', 'Next'],
	'common.pageOf': ['Страна {page} од {pages}', 'Page {page} of {pages}'],
	'common.demoBadge': ['Демо', 'Demo'],
	'common.sortedAscending': [', поређано растуће', ', sorted ascending'],
	'common.sortedDescending': [', поређано опадајуће', ', sorted descending'],

	'shell.skipToContent': ['Пређи на садржај', 'Skip to content'],
	'shell.mainNavigation': ['Главна навигација', 'Main navigation'],
	'shell.languageSwitcher': ['Језик и писмо', 'Language and script'],
	'shell.home': ['Почетна', 'Home'],
	'shell.news': ['Вести', 'News'],
	'shell.opportunities': ['Прилике', 'Opportunities'],
	'shell.documents': ['Документи', 'Documents'],
	'shell.search': ['Претрага', 'Search'],
	'shell.signIn': ['Пријава', 'Sign in'],
	'shell.signUp': ['Направи налог', 'Create account'],
	'shell.signOut': ['Одјава', 'Sign out'],
	'shell.myAccount': ['Мој налог', 'My account'],
	'shell.admin': ['Управљање', 'Administration'],
	'shell.backToSite': ['Назад на портал', 'Back to the portal'],
	'shell.contact': ['Контакт', 'Contact'],
	'shell.address': ['Адреса', 'Address'],
	'shell.phone': ['Телефон', 'Phone'],
	'shell.email': ['Е-пошта', 'E-mail'],
	'shell.workingHours': ['Радно време', 'Working hours'],
	'shell.inSerbian': ['(на српском)', '(in Serbian)'],
	'shell.takePart': ['Учествуј', 'Take part'],
	'shell.research': ['Истраживања', 'Research'],
	'shell.archive': ['Архива', 'Archive'],
	'shell.closedOpportunities': ['Прилике којима је прошао рок', 'Opportunities past their deadline'],
	'shell.followUs': ['Пратите нас', 'Follow us'],
	'shell.dataProtection': ['Заштита података', 'Data protection'],
	'shell.dpoContact': ['Лице за заштиту података о личности: {name}', 'Data protection officer: {name}'],
	'shell.demoNotice': [
		'Ово је демо канцеларија са измишљеним садржајем, направљена за испробавање платформе.',
		'This is a demo office with invented content, made for trying out the platform.'
	],
	'shell.demoNoticeShort': ['Демо канцеларија, измишљен садржај', 'Demo office, invented content'],
	'shell.logoAlt': ['Лого: {name}', 'Logo: {name}'],
	'shell.menu': ['Мени', 'Menu'],
	'shell.adminNavigation': ['Навигација управљања', 'Administration navigation'],
	'shell.signedInAs': ['Пријављени сте као {name}', 'Signed in as {name}'],
	'shell.breadcrumbs': ['Где се налазите', 'You are here'],
	'shell.navGroup.content': ['Садржај', 'Content'],
	'shell.navGroup.events': ['Догађаји и пријаве', 'Events and registrations'],
	'shell.navGroup.plan': ['План и истраживања', 'Plan and research'],
	'shell.navGroup.directory': ['Именик и партнери', 'Directory and partners'],
	'shell.navGroup.participation': ['Учешће, савет и волонтирање', 'Participation, council and volunteering'],
	'shell.navGroup.reports': ['Извештаји', 'Reports'],
	'shell.navGroup.administration': ['Администрација', 'Administration'],

	'ui.stat.up': ['Више него у {period} ({previous})', 'More than in {period} ({previous})'],
	'ui.stat.down': ['Мање него у {period} ({previous})', 'Less than in {period} ({previous})'],
	'ui.stat.same': ['Исто као у {period} ({previous})', 'The same as in {period} ({previous})'],
	// Names a filter form after its one choice, so the form and the field it holds are not two things of one name.
	'ui.filter.of': ['Филтер: {label}', 'Filter: {label}'],
	'ui.form.contents': ['Делови обрасца', 'Parts of this form'],
	'ui.form.unsaved': ['Имате несачуване измене.', 'You have unsaved changes.'],
	'ui.form.leaveUnsaved': [
		'Имате несачуване измене. Да ли желите да напустите страницу без чувања?',
		'You have unsaved changes. Leave this page without saving them?'
	],
	'ui.decision.approve': ['Одобри', 'Approve'],
	'ui.decision.decline': ['Одбиј', 'Decline'],
	'ui.decision.reason': ['Разлог одбијања (шаље се подносиоцу)', 'Reason for declining (sent to the person)'],
	'ui.filter.apply': ['Примени', 'Apply'],
	'ui.filter.clear': ['Поништи филтере', 'Clear filters'],
	'ui.language.sr': ['српски', 'Serbian'],
	'ui.language.en': ['енглески', 'English'],
	'ui.rows.new': ['{label}: нови унос', '{label}: new entry'],
	'ui.rows.remove': ['Уклони овај унос', 'Remove this entry'],
	'ui.page.title': ['Изглед и компоненте', 'Design system'],
	'ui.page.intro': [
		'Сви заједнички делови управљања на једном месту, у свим стањима, на језику ове странице.',
		'Every shared part of the back-office in one place, in all its states, in this page’s language.'
	],
	'ui.page.headers': ['Заглавље странице и дугмад', 'Page header and buttons'],
	'ui.page.badges': ['Ознаке', 'Badges'],
	'ui.page.tiles': ['Плочице са бројевима', 'Statistics tiles'],
	'ui.page.fields': ['Поља обрасца', 'Form fields'],
	'ui.page.longForm': ['Дуг образац са деловима', 'Long form in sections'],
	'ui.page.rows': ['Понављајући уноси', 'Repeatable rows'],
	'ui.page.tabs': ['Картице', 'Tabs'],
	'ui.page.table': ['Табела са филтерима', 'Table with filters'],
	'ui.page.empty': ['Празно стање', 'Empty state'],
	'ui.page.confirm': ['Потврда корака', 'Confirm step'],
	'ui.page.decision': ['Одобравање и одбијање', 'Approve and decline'],
	'ui.page.charts': ['Графикони', 'Charts'],
	'ui.page.pagination': ['Странице', 'Pagination'],
	'ui.page.frame': ['Оквир широке табеле', 'Frame for a wide table'],
	'ui.page.frameText': [
		'Табела шира од екрана телефона помера се у свом оквиру, до ког се стиже и тастатуром.',
		'A table wider than a phone screen scrolls inside its own frame, which the keyboard can reach too.'
	],
	'ui.page.fieldList': ['Низ поља из описа', 'A run of fields from a description'],
	'ui.page.sortable': ['Листа која се ређа по колонама', 'A list sorted from its headings'],
	'ui.page.sortableText': [
		'Наслов колоне је веза која ређа листу; на телефону сваки ред постаје картица, а везе остају изнад картица.',
		'A column heading is a link that sorts the list; on a phone each row becomes a card and the links stay above the cards.'
	],
	'ui.page.dateTime': ['Датум и време као једна група', 'Date and time as one group'],
	'ui.page.downloads': ['Датотеке за преузимање', 'Files to download'],
	'ui.page.inlineAction': ['Једно дугме уз ставку', 'One button beside an item'],
	'ui.page.shellLines': ['Обавештење о демо канцеларији и сведена линија', 'Demo notice and the slim line'],
	'ui.page.shellLinesText': [
		'Горе: обавештење изнад сваке странице демо канцеларије. Доле: једина линија изнад посла на екранима за рад на лицу места.',
		'Above: the notice over every page of the demo office. Below: the only line above the work on on-the-spot screens.'
	],
	'ui.page.sessionBar': ['Трака екрана за рад на лицу места', 'Bar of an on-the-spot screen'],
	'ui.page.sessionBarText': [
		'На пријави на вратима или седници трака остаје на врху док се листа помера. Испод: најмање стање.',
		'At check-in at the door or a session the bar stays on top while the list scrolls. Below: the least it shows.'
	],
	'ui.sample.sessionTitle': ['Радионица писања пројеката', 'Project writing workshop'],
	'ui.sample.sessionSubtitle': ['Субота у 18.00, Дом омладине', 'Saturday at 18:00, Youth centre'],
	'ui.sample.sessionCounts': ['Присутни: дванаест од двадесет', 'Present: twelve of twenty'],
	'ui.sample.sessionJumps': ['Делови екрана', 'Parts of this screen'],
	'ui.sample.sessionPeople': ['Пријављени', 'Registered'],
	'ui.sample.sessionWalkIn': ['Без пријаве', 'Walk-ins'],
	'ui.sample.primary': ['Нови догађај', 'New event'],
	'ui.sample.secondary': ['Извези', 'Export'],
	'ui.sample.danger': ['Обриши', 'Delete'],
	'ui.sample.disabled': ['Није доступно', 'Not available'],
	'ui.sample.draft': ['Нацрт', 'Draft'],
	'ui.sample.published': ['Објављено', 'Published'],
	'ui.sample.closing': ['Рок истиче', 'Closing soon'],
	'ui.sample.cancelled': ['Отказано', 'Cancelled'],
	'ui.sample.waitlist': ['Листа чекања', 'Waiting list'],
	'ui.sample.participants': ['Учесници на догађајима', 'Participants at events'],
	'ui.sample.volunteerHours': ['Волонтерски сати у локалној заједници', 'Volunteer hours in the community'],
	'ui.sample.newOrganisations': ['Нова удружења', 'New organisations'],
	'ui.sample.title': ['Наслов', 'Title'],
	'ui.sample.titleHint': ['Кратко и јасно, до 120 знакова.', 'Short and clear, up to 120 characters.'],
	'ui.sample.email': ['Е-пошта', 'E-mail'],
	'ui.sample.date': ['Датум', 'Date'],
	'ui.sample.time': ['Време', 'Time'],
	'ui.sample.office': ['Канцеларија за младе Ивањица', 'Ivanjica Youth Office'],
	'ui.sample.timeHint': [
		'По београдском времену. Без датума догађај нема рок.',
		'Belgrade time. Without a date the event has no deadline.'
	],
	'ui.sample.deadline': ['Рок за пријаву', 'Registration deadline'],
	'ui.sample.downloads': ['Преузми списак организација', 'Download the list of organisations'],
	'ui.sample.startsAt': ['Почетак', 'Starts at'],
	'ui.sample.place': ['Место', 'Place'],
	'ui.sample.count': ['Број места', 'Places'],
	'ui.sample.kind': ['Врста', 'Kind'],
	'ui.sample.kindWorkshop': ['Радионица', 'Workshop'],
	'ui.sample.kindTraining': ['Обука', 'Training'],
	'ui.sample.kindConcert': ['Концерт', 'Concert'],
	'ui.sample.audience': ['Коме је намењено', 'Who it is for'],
	'ui.sample.description': ['Опис', 'Description'],
	'ui.sample.session': ['Термин', 'Session'],
	'ui.sample.basics': ['Основно', 'The basics'],
	'ui.sample.basicsText': ['Шта се дешава и коме је намењено.', 'What happens and who it is for.'],
	'ui.sample.when': ['Када и где', 'When and where'],
	'ui.sample.status': ['Стање', 'Status'],
	'ui.sample.event': ['Догађај', 'Event'],
	'ui.sample.eventCount': [
		{ one: '{count} догађај', few: '{count} догађаја', other: '{count} догађаја' },
		{ one: '{count} event', other: '{count} events' }
	],
	'ui.sample.emptyTitle': ['Још нема догађаја', 'No events yet'],
	'ui.sample.emptyText': [
		'Догађаји које направите појавиће се овде и на порталу чим их објавите.',
		'Events you create appear here, and on the portal once you publish them.'
	],
	'ui.sample.deleteQuestion': [
		'Догађај ће бити трајно обрисан, заједно са пријавама. Ово се не може опозвати.',
		'The event will be deleted for good, with its registrations. This cannot be undone.'
	],
	'ui.sample.claimTitle': ['Захтев за преузимање профила', 'Request to take over a profile'],
	'ui.sample.claimText': [
		'Марија Петровић тражи да уређује профил удружења „Млади за Ужице“.',
		'Marija Petrović asks to edit the profile of the association “Youth for Užice”.'
	],
	'ui.sample.chartBars': ['Одговори по узрасту', 'Answers by age'],
	'ui.sample.chartColumns': ['Циљ и остварење по годинама', 'Target and actual per year'],
	'ui.sample.target': ['Циљ', 'Target'],
	'ui.sample.actual': ['Остварено', 'Actual'],
	'ui.sample.baseline': ['Почетна вредност', 'Baseline'],
	'ui.sample.tabAll': ['Све', 'All'],
	'ui.sample.tabOpen': ['Отворене', 'Open'],
	'ui.sample.tabClosed': ['Затворене', 'Closed'],
	'ui.sample.filter': ['Филтери листе', 'List filters'],
	'ui.sample.search': ['Претрага', 'Search'],

	'home.takePart': ['Укључи се', 'Take part'],
	'home.takePartText': [
		'Направи налог, прати вести и прилике и јави нам се са идејом. Канцеларија је место које млади сами обликују.',
		'Create an account, follow news and opportunities, and bring us your idea. The office is a place young people shape themselves.'
	],
	'home.latestNews': ['Најновије вести', 'Latest news'],
	'home.allNews': ['Све вести', 'All news'],
	'home.closingSoon': ['Прилике којима рок истиче', 'Opportunities closing soon'],
	'home.allOpportunities': ['Све прилике', 'All opportunities'],
	'home.deadline': ['Рок: {date}', 'Deadline: {date}'],
	'home.about': ['О канцеларији', 'About the office'],
	'home.contactUs': ['Пишите нам', 'Write to us'],
	'home.search': ['Претражи портал', 'Search the portal'],
	'home.feed.news': ['Вести', 'News'],
	'home.feed.opportunities': ['Прилике за младе', 'Opportunities for young people'],
	'home.feed.events': ['Календар догађаја', 'Calendar of events'],
	'locale.sr-Cyrl': ['Ћирилица', 'Ћирилица'],
	'locale.sr-Latn': ['Latinica', 'Latinica'],
	'locale.en': ['English', 'English'],
	'locale.sr-Cyrl.long': ['Српски (ћирилица)', 'Serbian (Cyrillic)'],

	'error.title': ['Грешка', 'Error'],
	'error.404.title': ['Страница није пронађена', 'Page not found'],
	'error.404.text': [
		'Ова страница не постоји или је премештена. Проверите адресу или почните са почетне стране.',
		'This page does not exist or has moved. Check the address or start from the home page.'
	],
	'error.400.title': ['Захтев није исправан', 'The request is not valid'],
	'error.400.text': [
		'Адреса или послати подаци садрже нешто што платформа не прихвата. Проверите адресу или поново попуните образац.',
		'The address or the data sent contain something the platform does not accept. Check the address or fill in the form again.'
	],
	'error.403.title': ['Немате приступ', 'Access denied'],
	'error.403.text': [
		'Ваш налог нема дозволу за овај део платформе. Ако мислите да је то грешка, обратите се канцеларији.',
		'Your account does not have permission for this part of the platform. If you think this is a mistake, contact the office.'
	],
	'error.429.title': ['Превише покушаја', 'Too many attempts'],
	'error.429.text': ['Сачекајте неколико минута па покушајте поново.', 'Wait a few minutes and try again.'],
	'error.500.title': ['Нешто није у реду', 'Something went wrong'],
	'error.500.text': [
		'Дошло је до грешке на нашој страни. Покушајте поново за неколико тренутака.',
		'Something failed on our side. Please try again in a moment.'
	],
	'error.goHome': ['Иди на почетну страну', 'Go to the home page'],

	'validation.required': ['Ово поље је обавезно.', 'This field is required.'],
	'validation.email': [
		'Унесите исправну адресу е-поште, нпр. ime@primer.rs.',
		'Enter a valid e-mail address, e.g. name@example.com.'
	],
	'validation.url': [
		'Унесите пуну адресу која почиње са http:// или https://.',
		'Enter a full address starting with http:// or https://.'
	],
	'validation.tooLong': [
		{
			by: 'max',
			one: 'Текст је предугачак (највише {max} знак).',
			few: 'Текст је предугачак (највише {max} знака).',
			other: 'Текст је предугачак (највише {max} знакова).'
		},
		{
			by: 'max',
			one: 'The text is too long (at most {max} character).',
			other: 'The text is too long (at most {max} characters).'
		}
	],
	'validation.passwordTooShort': [
		{
			by: 'min',
			one: 'Лозинка мора имати најмање {min} знак.',
			few: 'Лозинка мора имати најмање {min} знака.',
			other: 'Лозинка мора имати најмање {min} знакова.'
		},
		{
			by: 'min',
			one: 'The password must have at least {min} character.',
			other: 'The password must have at least {min} characters.'
		}
	],
	'validation.passwordsDiffer': ['Лозинке се не поклапају.', 'The passwords do not match.'],
	'validation.integer': ['Унесите цео број.', 'Enter a whole number.'],
	'validation.ageRange': [
		'Најмања старост мора бити мања од највеће.',
		'The minimum age must be lower than the maximum age.'
	],
	'validation.ageBounds': [
		{
			by: 'max',
			one: 'Унесите старост између {min} и {max} године.',
			few: 'Унесите старост између {min} и {max} године.',
			other: 'Унесите старост између {min} и {max} година.'
		},
		{ by: 'max', one: 'Enter an age between {min} and {max}.', other: 'Enter an age between {min} and {max}.' }
	],
	'validation.invalid': ['Вредност није исправна.', 'The value is not valid.']
});
