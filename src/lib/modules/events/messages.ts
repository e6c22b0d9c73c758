import { defineMessages } from '../../i18n/define.ts';

export const eventsMessages = defineMessages({
	'events.kind': ['Догађај', 'Event'],
	'events.nav': ['Догађаји', 'Events'],
	'events.programmesNav': ['Програми', 'Programmes'],

	'events.type.workshop': ['Радионица', 'Workshop'],
	'events.type.course': ['Курс', 'Course'],
	'events.type.lecture': ['Предавање', 'Lecture'],
	'events.type.training': ['Обука', 'Training'],
	'events.type.camp': ['Камп', 'Camp'],
	'events.type.cultural': ['Културни програм', 'Cultural event'],
	'events.type.sports': ['Спорт', 'Sports'],
	'events.type.volunteer_action': ['Волонтерска акција', 'Volunteer action'],
	'events.type.info_session': ['Инфо-сесија', 'Info session'],
	'events.type.other': ['Остало', 'Other'],

	'events.status.draft': ['Нацрт', 'Draft'],
	'events.status.published': ['Објављено', 'Published'],
	'events.status.cancelled': ['Отказано', 'Cancelled'],
	'events.status.finished': ['Завршено', 'Finished'],
	'events.status.cannotUnpublish': [
		'На догађај су се већ пријавили људи, па не може назад у нацрт. Ако се не одржава, откажите га.',
		'People have already registered, so the event cannot go back to draft. If it will not take place, cancel it.'
	],

	'events.state.none': ['Без пријаве: само дођите', 'No sign-up: just come'],
	'events.state.notYetOpen': ['Пријаве још нису почеле', 'Registration not yet open'],
	'events.state.open': ['Пријаве су отворене', 'Registration open'],
	'events.state.waitlist': ['Попуњено: листа чекања', 'Full: waitlist open'],
	'events.state.closed': ['Пријаве су затворене', 'Registration closed'],
	'events.state.cancelled': ['Отказано', 'Cancelled'],
	'events.state.finished': ['Одржано', 'Took place'],
	'events.state.draft': ['Нацрт', 'Draft'],
	'events.places.left': [
		{ one: 'Још {count} слободно место', few: 'Још {count} слободна места', other: 'Још {count} слободних места' },
		{ one: '{count} place left', other: '{count} places left' }
	],
	'events.places.unlimited': ['Број места није ограничен', 'No limit on places'],
	'events.places.none': ['Нема слободних места', 'No places left'],

	'events.date.invalid': ['Унесите исправан датум.', 'Enter a valid date.'],
	'events.time.invalid': ['Унесите време, на пример 18:00.', 'Enter a time, for example 18:00.'],
	'events.time.needsDate': ['Уз време унесите и датум.', 'Enter the date as well as the time.'],
	'events.type.invalid': ['Изаберите врсту догађаја.', 'Choose the type of event.'],
	'events.capacity.invalid': [
		'Унесите број места од {min} до {max}, или оставите празно ако број није ограничен.',
		'Enter a number of places from {min} to {max}, or leave it empty for no limit.'
	],
	'events.capacity.belowHeld': [
		{
			by: 'held',
			one: 'Већ {held} особа има место: број места не може бити мањи од тога.',
			few: 'Већ {held} особе имају место: број места не може бити мањи од тога.',
			other: 'Већ {held} особа има место: број места не може бити мањи од тога.'
		},
		{
			by: 'held',
			one: '{held} person already holds a place: the number of places cannot be lower than that.',
			other: '{held} people already hold a place: the number of places cannot be lower than that.'
		}
	],
	'events.session.dateRequired': ['Унесите датум сусрета.', 'Enter the date of the meeting.'],
	'events.session.fromRequired': ['Унесите време почетка.', 'Enter the start time.'],
	'events.session.endBeforeStart': ['Крај мора бити после почетка.', 'The end must be after the start.'],
	'events.session.atLeastOne': [
		'Унесите бар један термин: датум и време почетка.',
		'Enter at least one meeting: its date and start time.'
	],
	'events.session.tooMany': [
		{ by: 'max', one: 'Највише {max} термин.', few: 'Највише {max} термина.', other: 'Највише {max} термина.' },
		{ by: 'max', one: 'At most {max} meeting.', other: 'At most {max} meetings.' }
	],
	'events.question.kindInvalid': ['Изаберите врсту питања.', 'Choose the kind of question.'],
	'events.question.needsOptions': [
		'Питање са избором треба бар две понуђене опције, свака у свом реду.',
		'A choice question needs at least two options, one per line.'
	],
	'events.question.tooManyOptions': [
		{ by: 'max', one: 'Највише {max} опција.', few: 'Највише {max} опције.', other: 'Највише {max} опција.' },
		{ by: 'max', one: 'At most {max} option.', other: 'At most {max} options.' }
	],
	'events.question.tooMany': [
		{ by: 'max', one: 'Највише {max} питање.', few: 'Највише {max} питања.', other: 'Највише {max} питања.' },
		{ by: 'max', one: 'At most {max} question.', other: 'At most {max} questions.' }
	],
	'events.registration.closesBeforeOpens': [
		'Пријаве морају да се затворе после отварања.',
		'Registration must close after it opens.'
	],
	'events.registration.closesAfterEnd': [
		'Пријаве не могу трајати дуже од самог догађаја.',
		'Registration cannot stay open after the event ends.'
	],
	'events.programme.colorInvalid': [
		'Изаберите боју помоћу поља за избор боје.',
		'Choose a colour with the colour picker.'
	],
	'events.programme.inUse': [
		'Програм има догађаје. Преместите их у други програм, па га онда обришите.',
		'The programme has events. Move them to another programme first, then delete it.'
	],
	'events.publish.notDraft': ['Догађај је већ објављен.', 'The event is already published.'],
	'events.cancel.notPublished': [
		'Отказати се може само објављен догађај који се још није завршио.',
		'Only a published event that has not finished can be cancelled.'
	],
	'events.cancel.reasonRequired': [
		'Напишите зашто се догађај отказује: то ће прочитати пријављени.',
		'Say why the event is cancelled: registered people will read it.'
	],
	'events.cancel.confirmRequired': [
		'Потврдите отказивање означавањем поља.',
		'Confirm the cancellation by ticking the box.'
	],
	'events.delete.hasRegistrations': [
		'На догађај су се пријављивали људи, па се не брише. Откажите га: пријављени ће добити обавештење.',
		'People have registered for this event, so it cannot be deleted. Cancel it instead: they will be told.'
	],

	// The portal
	'events.public.title': ['Догађаји', 'Events'],
	'events.public.intro': [
		'Радионице, курсеви, трибине, акције и дружења канцеларије за младе. Пријавите се на време: места су често ограничена.',
		'Workshops, courses, talks, actions and get-togethers of the youth office. Sign up in time: places are often limited.'
	],
	'events.public.upcoming': ['Предстојећи догађаји', 'Upcoming events'],
	'events.public.count': [
		{
			one: 'Пронађен је {count} догађај.',
			few: 'Пронађена су {count} догађаја.',
			other: 'Пронађено је {count} догађаја.'
		},
		{ one: '{count} event found.', other: '{count} events found.' }
	],
	'events.public.empty': ['Нема догађаја за овај избор.', 'No events match this choice.'],
	'events.public.views': ['Приказ', 'View'],
	'events.public.listView': ['Списак', 'List'],
	'events.public.calendarView': ['Календар по месецима', 'Monthly calendar'],
	'events.public.archiveView': ['Архива одржаних', 'Archive of past events'],
	'events.public.sessions': [
		{ one: '{count} термин', few: '{count} термина', other: '{count} термина' },
		{ one: '{count} meeting', other: '{count} meetings' }
	],
	'events.public.nextSession': ['Следећи сусрет', 'Next meeting'],
	'events.public.firstSession': ['Почиње', 'Starts'],
	'events.public.online': ['Онлајн', 'Online'],
	'events.public.programme': ['Програм', 'Programme'],
	'events.public.backToList': ['Сви догађаји', 'All events'],
	'events.public.inSerbian': ['на српском', 'in Serbian'],
	'events.public.noEnglish': [
		'Овај догађај још нема текст на енглеском, па је приказан на српском.',
		'This event has no English text yet, so it is shown in Serbian.'
	],

	'events.filter.legend': ['Избор догађаја', 'Choose events'],
	'events.filter.programme': ['Програм', 'Programme'],
	'events.filter.anyProgramme': ['Сви програми', 'All programmes'],
	'events.filter.type': ['Врста', 'Type'],
	'events.filter.anyType': ['Све врсте', 'All types'],
	'events.filter.from': ['Од датума', 'From'],
	'events.filter.to': ['До датума', 'To'],
	'events.filter.submit': ['Прикажи', 'Show'],
	'events.filter.showAll': ['Прикажи све', 'Show all'],

	'events.calendar.title': ['Календар догађаја', 'Events calendar'],
	'events.calendar.month': ['{month}', '{month}'],
	'events.calendar.previous': ['Претходни месец', 'Previous month'],
	'events.calendar.next': ['Следећи месец', 'Next month'],
	'events.calendar.empty': ['Овог месеца нема догађаја.', 'No events this month.'],
	'events.calendar.sessionOf': ['{number}. од {count} сусрета', 'meeting {number} of {count}'],
	'events.calendar.monthPicker': ['Месец', 'Month'],

	'events.archive.title': ['Одржани догађаји', 'Past events'],
	'events.archive.intro': [
		'Шта смо радили до сада: радионице, курсеви и акције који су за нама.',
		'What we have done so far: workshops, courses and actions behind us.'
	],

	'events.feeds.title': ['Календар у вашем телефону', 'The calendar on your phone'],
	'events.feeds.text': [
		'Претплатите се на календар и нови догађаји ће се сами појавити у календару вашег телефона или рачунара.',
		'Subscribe and new events appear in your phone’s or computer’s calendar by themselves (Google, Apple, Outlook).'
	],
	'events.feeds.all': ['Календар свих догађаја', 'Calendar of all events (iCal)'],
	'events.feeds.subscribe': ['Претплати се у апликацији за календар', 'Subscribe in your calendar app'],
	'events.feeds.programme': ['Календар програма „{name}”', 'Calendar of “{name}” (iCal)'],
	'events.feeds.hint': [
		'Ако претплата не ради на клик, копирајте адресу везе и додајте је у календар као „календар са интернета”.',
		'If subscribing does not work on a click, copy the link address and add it in your calendar as a calendar “from the internet”.'
	],
	'events.feeds.calendarName': ['{office}: догађаји', '{office}: events'],
	'events.feeds.programmeCalendarName': ['{office}: {programme}', '{office}: {programme}'],
	'events.feeds.cancelledPrefix': ['ОТКАЗАНО: {title}', 'CANCELLED: {title}'],

	'events.page.when': ['Када', 'When'],
	'events.page.sessionsHeading': ['Термини', 'Meetings'],
	'events.page.where': ['Где', 'Where'],
	'events.page.room': ['Просторија: {room}', 'Room: {room}'],
	'events.page.map': ['Погледај на мапи', 'Show on a map'],
	'events.page.onlineLink': ['Веза за онлајн учешће', 'Link to join online'],
	'events.page.externalLink': ['(отвара спољну страницу)', '(opens an external site)'],
	'events.page.audience': ['За кога', 'Who it is for'],
	'events.page.ageRange': [
		{
			by: 'max',
			one: 'млади од {min} до {max} године',
			few: 'млади од {min} до {max} године',
			other: 'млади од {min} до {max} година'
		},
		{ by: 'max', one: 'young people aged {min} to {max}', other: 'young people aged {min} to {max}' }
	],
	'events.page.ageFrom': [
		{ by: 'min', one: 'од {min} године', few: 'од {min} године', other: 'од {min} година' },
		{ by: 'min', one: 'aged {min} and over', other: 'aged {min} and over' }
	],
	'events.page.ageTo': [
		{ by: 'max', one: 'до {max} године', few: 'до {max} године', other: 'до {max} година' },
		{ by: 'max', one: 'aged up to {max}', other: 'aged up to {max}' }
	],
	'events.page.everyone': ['сви заинтересовани', 'everyone interested'],
	'events.page.accessibility': ['Приступачност', 'Accessibility'],
	'events.page.partners': ['Партнери', 'Partners'],
	'events.page.related': ['Уз овај догађај', 'With this event'],
	'events.page.registration': ['Пријава', 'Registration'],
	'events.page.register': ['Пријави се', 'Sign up'],
	'events.page.joinWaitlist': ['Упиши се на листу чекања', 'Join the waitlist'],
	'events.page.approvalNote': [
		'Пријаве прегледамо и потврђујемо: јавићемо вам се е-поштом.',
		'We review each sign-up and confirm it by e-mail.'
	],
	'events.page.waitlistNote': [
		'Сва места су попуњена. Ако се неко одјави, прво место добија први са листе чекања и о томе стиже порука.',
		'All places are taken. If someone cancels, the first on the waitlist gets the place and a message.'
	],
	'events.page.opensAt': ['Пријаве почињу {date}.', 'Registration opens on {date}.'],
	'events.page.closesAt': ['Пријаве трају до {date}.', 'Registration is open until {date}.'],
	'events.page.cancelledNotice': ['Догађај је отказан.', 'This event has been cancelled.'],
	'events.page.cancelledReason': ['Разлог: {reason}', 'Reason: {reason}'],
	'events.page.finishedNotice': [
		'Догађај је одржан. Погледајте предстојеће догађаје.',
		'This event has taken place. Have a look at the upcoming ones.'
	],
	'events.page.addToCalendar': ['Додај у свој календар', 'Add to your calendar (.ics)'],
	'events.page.past': ['одржан', 'past'],

	'events.programmePage.events': ['Предстојећи догађаји програма', 'Upcoming events of the programme'],
	'events.programmePage.past': ['Одржано у овом програму', 'Past events of this programme'],
	'events.programmePage.none': ['Програм тренутно нема заказаних догађаја.', 'The programme has no events scheduled.'],
	'events.programmePage.all': ['Сви програми', 'All programmes'],

	'events.home.upcoming': ['Предстојећи догађаји', 'Upcoming events'],
	'events.home.all': ['Сви догађаји и календар', 'All events and the calendar'],

	// The back-office
	'events.admin.title': ['Догађаји', 'Events'],
	'events.admin.intro': [
		'Радионице, курсеви, трибине и акције. Нацрт се не види на порталу док га не објавите.',
		'Workshops, courses, talks and actions. A draft is not shown on the portal until you publish it.'
	],
	'events.admin.new': ['Нови догађај', 'New event'],
	'events.admin.edit': ['Измена догађаја', 'Edit event'],
	'events.admin.count': [
		{ one: '{count} догађај', few: '{count} догађаја', other: '{count} догађаја' },
		{ one: '{count} event', other: '{count} events' }
	],
	'events.admin.columnTitle': ['Назив', 'Title'],
	'events.admin.columnWhen': ['Када', 'When'],
	'events.admin.columnProgramme': ['Програм', 'Programme'],
	'events.admin.columnStatus': ['Стање', 'Status'],
	'events.admin.columnPlaces': ['Пријављени', 'Registered'],
	'events.admin.placesTaken': ['{held} од {capacity}', '{held} of {capacity}'],
	'events.admin.waitlisted': ['+{count} на листи чекања', '+{count} waitlisted'],
	'events.admin.pending': ['{count} чека одобрење', '{count} awaiting approval'],
	'events.admin.filterStatus': ['Стање', 'Status'],
	'events.admin.anyStatus': ['Сва стања', 'Any status'],
	'events.admin.statusUpcoming': ['Предстојећи', 'Upcoming'],
	'events.admin.statusPast': ['Прошли', 'Past'],
	'events.admin.search': ['Претрага по називу', 'Search by title'],
	'events.admin.created': ['Догађај је сачуван.', 'The event has been saved.'],
	'events.admin.rescheduled': [
		'Промене су сачуване. Термини су померени, па пријављени добијају обавештење.',
		'Saved. The meetings moved, so the registered people are being told.'
	],
	'events.admin.published': ['Догађај је објављен на порталу.', 'The event is now on the portal.'],
	'events.admin.cancelled': [
		'Догађај је отказан, а пријављени добијају обавештење.',
		'The event has been cancelled and the registered people are being told.'
	],
	'events.admin.copied': [
		'Направљена је копија као нацрт. Проверите датуме термина и објавите је.',
		'A copy has been made as a draft. Check the meeting dates, then publish it.'
	],
	'events.admin.deleted': ['Догађај је обрисан.', 'The event has been deleted.'],
	'events.admin.view': ['Погледај на порталу', 'View on the portal'],
	'events.admin.tabs': ['Делови догађаја', 'Event sections'],
	'events.admin.tabDetails': ['Подаци', 'Details'],
	'events.admin.tabRegistrations': ['Пријаве', 'Registrations'],
	'events.admin.tabCheckIn': ['Евиденција доласка', 'Check-in'],
	'events.admin.tabResults': ['Резултати', 'Results'],
	'events.admin.actions': ['Радње', 'Actions'],
	'events.admin.publishTitle': ['Објављивање', 'Publishing'],
	'events.admin.publishText': [
		'Догађај је нацрт. Објављен се појављује на порталу, у календару и фидовима, а пријаве се отварају како сте подесили.',
		'The event is a draft. Once published it appears on the portal, the calendar and the feeds, and registration opens as set.'
	],
	'events.admin.publishSubmit': ['Објави догађај', 'Publish the event'],
	'events.admin.copyTitle': ['Копија', 'Copy'],
	'events.admin.copyText': [
		'Нови нацрт са истим подацима, питањима и распоредом термина, померен у наредне недеље. Датуме проверите пре објављивања.',
		'A new draft with the same details, questions and pattern of meetings, moved to the coming weeks. Check the dates before publishing.'
	],
	'events.admin.copySubmit': ['Направи копију', 'Make a copy'],
	'events.admin.cancelTitle': ['Отказивање', 'Cancel the event'],
	'events.admin.cancelText': [
		'Догађај остаје на порталу означен као отказан, а сви пријављени и они на листи чекања добијају поруку са разлогом.',
		'The event stays on the portal marked as cancelled, and everyone registered or waitlisted gets a message with the reason.'
	],
	'events.admin.cancelReason': ['Разлог отказивања', 'Reason for cancelling'],
	'events.admin.cancelConfirm': [
		'Да, откажи догађај и обавести пријављене',
		'Yes, cancel and tell the registered people'
	],
	'events.admin.cancelSubmit': ['Откажи догађај', 'Cancel the event'],
	'events.admin.cancelledInfo': [
		'Догађај је отказан {date}. Разлог: {reason}',
		'Cancelled on {date}. Reason: {reason}'
	],
	'events.admin.deleteTitle': ['Брисање', 'Delete'],
	'events.admin.deleteText': [
		'Брише се само догађај на који се нико није пријавио. Иначе га откажите.',
		'Only an event nobody registered for can be deleted. Otherwise cancel it.'
	],
	'events.admin.deleteConfirm': ['Да, трајно обриши овај догађај', 'Yes, delete this event for good'],
	'events.admin.deleteConfirmRequired': [
		'Потврдите брисање означавањем поља.',
		'Confirm the deletion by ticking the box.'
	],
	'events.admin.deleteSubmit': ['Обриши догађај', 'Delete the event'],
	'events.admin.placesSummary': [
		'Места: {held} заузето, {waitlisted} на листи чекања, {pending} чека одобрење.',
		'Places: {held} taken, {waitlisted} waitlisted, {pending} awaiting approval.'
	],

	'events.form.basics': ['Основно', 'Basics'],
	'events.form.type': ['Врста догађаја', 'Type of event'],
	'events.form.programme': ['Програм', 'Programme'],
	'events.form.noProgramme': ['Без програма', 'No programme'],
	'events.form.title': ['Назив', 'Title'],
	'events.form.titleEn': ['Назив на енглеском', 'Title in English'],
	'events.form.summary': ['Кратак опис', 'Summary'],
	'events.form.summaryHint': [
		'Једна или две реченице за списак догађаја, календар и друштвене мреже.',
		'One or two sentences for the list, the calendar and social media.'
	],
	'events.form.summaryEn': ['Кратак опис на енглеском', 'Summary in English'],
	'events.form.body': ['Опширније', 'Full description'],
	'events.form.bodyEn': ['Опширније на енглеском', 'Full description in English'],
	'events.form.place': ['Место одржавања', 'Place'],
	'events.form.placeName': ['Назив места', 'Name of the place'],
	'events.form.placeNameHint': [
		'На пример: Канцеларија за младе, Дом културе.',
		'For example: the youth office, the culture centre.'
	],
	'events.form.address': ['Адреса', 'Address'],
	'events.form.room': ['Просторија', 'Room'],
	'events.form.onlineUrl': ['Веза за онлајн учешће', 'Online link'],
	'events.form.onlineUrlHint': [
		'Ако се догађај одржава и онлајн, преко видео-позива. Празно ако није.',
		'If the event is also held online, by video call. Empty if not.'
	],
	'events.form.sessions': ['Термини', 'Meetings'],
	'events.form.sessionsHint': [
		'Један ред за сваки сусрет: датум, почетак и крај (по београдском времену). Курс од осам сусрета има осам редова. Празни редови се не чувају.',
		'One row per meeting: date, start and end (Belgrade time). A course of eight meetings has eight rows. Empty rows are not saved.'
	],
	'events.form.rescheduleWarning': [
		'Догађај је објављен: ако промените датум или време неког термина, сви пријављени добијају обавештење е-поштом.',
		'The event is published: if you change the date or time of a meeting, everyone registered is told by e-mail.'
	],
	'events.form.sessionRow': ['Термин {number}', 'Meeting {number}'],
	'events.form.sessionDate': ['Датум', 'Date'],
	'events.form.sessionFrom': ['Од', 'From'],
	'events.form.sessionTo': ['До', 'To'],
	'events.form.sessionTitle': ['Тема', 'Topic'],
	'events.form.addSession': ['Додај још један термин', 'Add another meeting'],
	'events.form.repeatCount': ['Колико пута још', 'How many more times'],
	'events.form.repeatWeekly': ['Понови последњи термин сваке недеље', 'Repeat the last meeting weekly'],
	'events.form.repeatHint': [
		'За курс: унесите први сусрет, упишите колико још сусрета следи и кликните дугме. Редови се додају недељу по недељу, па их само проверите.',
		'For a course: enter the first meeting, say how many more follow and press the button. Rows are added week by week; just check them.'
	],
	'events.form.audience': ['Публика и места', 'Audience and places'],
	'events.form.minAge': ['Најмање година', 'Minimum age'],
	'events.form.maxAge': ['Највише година', 'Maximum age'],
	'events.form.ageHint': [
		'Унапред је попуњен узраст младих из подешавања канцеларије.',
		'Prefilled with the office’s youth age range.'
	],
	'events.form.capacity': ['Број места', 'Places'],
	'events.form.capacityHint': [
		'Празно ако број није ограничен. Када се места попуне, нове пријаве иду на листу чекања.',
		'Empty for no limit. When places are taken, new sign-ups go on a waitlist.'
	],
	'events.form.registration': ['Пријаве', 'Registration'],
	'events.form.modeNone': ['Без пријаве: ко жели, само дође', 'No sign-up: anyone may just come'],
	'events.form.modeOpen': ['Пријава на сајту, одмах потврђена', 'Sign-up on the site, confirmed at once'],
	'events.form.modeApproval': ['Пријава на сајту, коју потврђујемо ми', 'Sign-up on the site, which we confirm'],
	'events.form.opens': ['Пријаве почињу', 'Registration opens'],
	'events.form.closes': ['Пријаве се завршавају', 'Registration closes'],
	'events.form.windowDate': ['Датум', 'Date'],
	'events.form.windowTime': ['Време', 'Time'],
	'events.form.opensHint': ['Празно: одмах по објављивању.', 'Empty: as soon as it is published.'],
	'events.form.closesHint': ['Празно: када почне први термин.', 'Empty: when the first meeting starts.'],
	'events.form.questions': ['Додатна питања у пријави', 'Extra questions on the sign-up form'],
	'events.form.questionsHint': [
		'Име, контакт и годиште питамо увек. Овде додајте само оно што вам треба за овај догађај. Ред без питања се не чува.',
		'Name, contact and year of birth are always asked. Add here only what you need for this event. A row without a question is not saved.'
	],
	'events.form.questionRow': ['Питање {number}', 'Question {number}'],
	'events.form.questionLabel': ['Питање', 'Question'],
	'events.form.questionLabelEn': ['Питање на енглеском', 'Question in English'],
	'events.form.questionKind': ['Врста одговора', 'Kind of answer'],
	'events.form.kindText': ['Кратак текст', 'Short text'],
	'events.form.kindChoice': ['Избор једне од понуђених опција', 'One of the given options'],
	'events.form.kindYesNo': ['Да или не', 'Yes or no'],
	'events.form.questionRequired': ['Одговор је обавезан', 'An answer is required'],
	'events.form.questionOptions': ['Понуђене опције, свака у свом реду', 'Options, one per line'],
	'events.form.questionOptionsHint': ['Само за избор једне од опција.', 'Only for a choice of options.'],
	'events.form.questionOptionsEn': ['Опције на енглеском, истим редом', 'Options in English, same order'],
	'events.form.addQuestion': ['Додај још једно питање', 'Add another question'],
	'events.form.more': ['Приступачност и партнери', 'Accessibility and partners'],
	'events.form.accessibility': ['Приступачност', 'Accessibility'],
	'events.form.accessibilityHint': [
		'Да ли има степеница, лифт, тоалет прилагођен колицима, превод на знаковни језик…',
		'Stairs, a lift, a wheelchair-accessible toilet, sign language…'
	],
	'events.form.accessibilityEn': ['Приступачност на енглеском', 'Accessibility in English'],
	'events.form.partners': ['Партнери', 'Partners'],
	'events.form.partnersHint': [
		'Удружења, школе и установе које учествују.',
		'Associations, schools and institutions taking part.'
	],
	'events.form.cover': ['Насловна слика', 'Cover image'],
	'events.form.publication': ['Објављивање', 'Publication'],
	'events.form.statusDraft': ['Нацрт: види се само у управљању', 'Draft: seen in the back-office only'],
	'events.form.statusPublished': ['Објави на порталу', 'Publish on the portal'],
	'events.form.statusKept': ['Стање догађаја: {status}', 'Event status: {status}'],

	'events.programmes.title': ['Програми', 'Programmes'],
	'events.programmes.intro': [
		'Програми окупљају догађаје (образовање, каријерно вођење, креативно изражавање…). Боја програма се види на порталу и у календару.',
		'Programmes group events (education, career guidance, creative expression…). The programme’s colour is shown on the portal and in the calendar.'
	],
	'events.programmes.new': ['Нови програм', 'New programme'],
	'events.programmes.edit': ['Измена програма', 'Edit programme'],
	'events.programmes.columnName': ['Назив', 'Name'],
	'events.programmes.columnEvents': ['Догађаја', 'Events'],
	'events.programmes.columnColor': ['Боја', 'Colour'],
	'events.programmes.name': ['Назив', 'Name'],
	'events.programmes.nameEn': ['Назив на енглеском', 'Name in English'],
	'events.programmes.description': ['Опис', 'Description'],
	'events.programmes.descriptionEn': ['Опис на енглеском', 'Description in English'],
	'events.programmes.color': ['Боја', 'Colour'],
	'events.programmes.colorHint': [
		'Изаберите тамнију боју: на њој стоји бели текст.',
		'Choose a darker colour: white text sits on it.'
	],
	'events.programmes.created': ['Програм је сачуван.', 'The programme has been saved.'],
	'events.programmes.deleted': ['Програм је обрисан.', 'The programme has been deleted.'],
	'events.programmes.deleteTitle': ['Брисање програма', 'Delete the programme'],
	'events.programmes.deleteText': [
		'Брише се само програм без догађаја.',
		'Only a programme without events can be deleted.'
	],
	'events.programmes.deleteInUse': [
		{
			one: 'Програм има {count} догађај, па се не може обрисати.',
			few: 'Програм има {count} догађаја, па се не може обрисати.',
			other: 'Програм има {count} догађаја, па се не може обрисати.'
		},
		{
			one: 'The programme has {count} event, so it cannot be deleted.',
			other: 'The programme has {count} events, so it cannot be deleted.'
		}
	],
	'events.programmes.deleteConfirm': ['Да, обриши овај програм', 'Yes, delete this programme'],
	'events.programmes.deleteSubmit': ['Обриши програм', 'Delete the programme'],
	'events.programmes.view': ['Страница програма на порталу', 'The programme’s page on the portal'],
	'events.dashboard.sessionsHeld': ['Одржани термини догађаја', 'Event sessions held'],

	'events.opendata.title': ['Догађаји', 'Events'],
	'events.opendata.description': [
		'Сви догађаји објављени на порталу (и отказани и завршени), са временом, местом, узрастом и начином пријаве. Нацрти и подаци о пријављенима нису укључени.',
		'Every event published on the portal (cancelled and finished ones too), with time, place, age and how to register. Drafts and anything about registrants are left out.'
	],
	'events.opendata.keyword': ['догађаји', 'events'],
	'events.opendata.column.id': ['Трајни идентификатор догађаја', 'The event’s permanent identifier'],
	'events.opendata.column.title': ['Назив догађаја, како је унет', 'The event’s title, as typed'],
	'events.opendata.column.title_en': ['Назив на енглеском, ако постоји', 'The title in English, if given'],
	'events.opendata.column.summary': ['Кратак опис', 'A short description'],
	'events.opendata.column.summary_en': [
		'Кратак опис на енглеском, ако постоји',
		'The short description in English, if given'
	],
	'events.opendata.column.type': ['Врста догађаја', 'Kind of event'],
	'events.opendata.column.status': ['Стање догађаја', 'State of the event'],
	'events.opendata.column.programme': [
		'Програм канцеларије коме догађај припада',
		'The office’s programme the event belongs to'
	],
	'events.opendata.column.programme_en': ['Назив програма на енглеском', 'The programme’s name in English'],
	'events.opendata.column.starts_at': ['Почетак првог термина', 'Start of the first session'],
	'events.opendata.column.ends_at': ['Крај последњег термина', 'End of the last session'],
	'events.opendata.column.sessions': ['Број термина (сусрета) догађаја', 'Number of sessions (meetings) of the event'],
	'events.opendata.column.place': ['Назив места одржавања', 'Name of the venue'],
	'events.opendata.column.address': ['Адреса места одржавања', 'Address of the venue'],
	'events.opendata.column.online': ['Да ли се догађај (и) одржава на мрежи', 'Whether the event is (also) held online'],
	'events.opendata.column.min_age': ['Најмањи узраст учесника', 'Youngest age of participants'],
	'events.opendata.column.max_age': ['Највећи узраст учесника', 'Oldest age of participants'],
	'events.opendata.column.capacity': ['Број места (празно: без ограничења)', 'Number of places (empty: no limit)'],
	'events.opendata.column.registration': ['Како се учесници пријављују', 'How participants sign up'],
	'events.opendata.registration.none': ['без пријаве', 'no sign-up'],
	'events.opendata.registration.open': ['слободна пријава', 'open sign-up'],
	'events.opendata.registration.approval': ['пријава уз одобрење канцеларије', 'sign-up approved by the office'],
	'events.opendata.column.url': ['Страница догађаја на порталу', 'The event’s page on the portal']
});
