import { defineMessages } from '../../i18n/define.ts';

export const attendanceMessages = defineMessages({
	'attendance.evidence.inclusiveEvent': [
		'Догађај са младима из осетљивих група',
		'Event with young people from vulnerable groups'
	],
	'attendance.invalidChoice': ['Изаберите једну од понуђених могућности.', 'Choose one of the options given.'],
	'attendance.backToEvent': ['Назад на догађај', 'Back to the event'],

	'attendance.gender.female': ['Женски', 'Female'],
	'attendance.gender.male': ['Мушки', 'Male'],
	'attendance.gender.other': ['Друго', 'Other'],
	'attendance.gender.unspecified': ['Није наведено', 'Not stated'],

	'attendance.status.pending_guardian': ['Чека сагласност родитеља', 'Awaiting guardian consent'],
	'attendance.status.pending_approval': ['Чека одобрење', 'Awaiting approval'],
	'attendance.status.confirmed': ['Потврђено', 'Confirmed'],
	'attendance.status.waitlisted': ['Листа чекања', 'Waitlist'],
	'attendance.status.declined': ['Одбијено', 'Declined'],
	'attendance.status.cancelled': ['Отказано', 'Cancelled'],

	'attendance.source.online': ['Пријава преко портала', 'Online sign-up'],
	'attendance.source.staff': ['Уписало особље', 'Added by staff'],
	'attendance.source.walk_in': ['Дошли без пријаве', 'Walk-in'],

	// The office's statistics (manifest `statistics`)
	'attendance.periodStatistics.events': ['Догађаји', 'Events'],
	'attendance.periodStatistics.eventsHeld': ['Одржани догађаји', 'Events held'],
	'attendance.periodStatistics.sessions': ['Термини', 'Sessions'],
	'attendance.periodStatistics.byType': ['Догађаји по врсти', 'Events by type'],
	'attendance.periodStatistics.people': ['Млади обухваћени активностима', 'Young people reached'],
	'attendance.periodStatistics.reached': ['Обухваћено младих (свака особа једном)', 'Young people reached (each once)'],
	'attendance.periodStatistics.registeredPeople': ['Од тога пријављених особа', 'Of whom registered people'],
	'attendance.periodStatistics.headcount': ['Од тога пребројано анонимно', 'Of whom counted anonymously'],
	'attendance.periodStatistics.attendances': ['Укупно долазака', 'Attendances in all'],
	'attendance.periodStatistics.byGender': ['Млади по полу', 'Young people by gender'],
	'attendance.periodStatistics.byBand': ['Млади по узрасту', 'Young people by age'],
	'attendance.periodStatistics.bySettlement': ['Млади по месту становања', 'Young people by settlement'],
	'attendance.periodStatistics.byArea': ['Град и село', 'Urban and rural'],
	'attendance.periodStatistics.urban': ['Градско насеље', 'Urban'],
	'attendance.periodStatistics.rural': ['Сеоско насеље', 'Rural'],
	'attendance.periodStatistics.placeUnknown': ['Место није наведено', 'Place not given'],
	'attendance.periodStatistics.vulnerable': [
		'Осетљиве групе (из анонимног пребројавања)',
		'Vulnerable groups (from anonymous counts)'
	],

	'attendance.band.unknown': ['Године непознате', 'Age unknown'],
	'attendance.band.under': ['до {max}', 'up to {max}'],
	'attendance.band.over': ['{min} и више', '{min} and over'],
	'attendance.band.range': ['{min}–{max}', '{min}–{max}'],

	// Check-in
	'attendance.checkIn.title': ['Евиденција присуства', 'Check-in'],
	'attendance.checkIn.session': ['Термин', 'Session'],
	'attendance.checkIn.showSession': ['Прикажи термин', 'Show session'],
	'attendance.checkIn.noSessions': ['Догађај нема ниједан термин.', 'The event has no sessions.'],
	'attendance.checkIn.counts': ['Бројке за овај термин', 'Counts for this session'],
	'attendance.checkIn.present': ['Присутно', 'Present'],
	'attendance.checkIn.walkIns': ['Без пријаве', 'Walk-ins'],
	'attendance.checkIn.headcount': ['Пребројано анонимно', 'Counted anonymously'],
	'attendance.checkIn.headcountShort': ['Пребројано', 'Counted'],
	'attendance.checkIn.more': ['Остало на вратима', 'More at the door'],
	'attendance.checkIn.jumpScan': ['Скенирај код', 'Scan a code'],
	'attendance.checkIn.jumpWalkIn': ['Без пријаве', 'Walk-in'],
	'attendance.checkIn.jumpHeadcount': ['Бројање', 'Headcount'],
	'attendance.checkIn.of': ['од', 'of'],
	'attendance.checkIn.search': ['Потражите име', 'Search a name'],
	'attendance.checkIn.searchSubmit': ['Тражи', 'Search'],
	'attendance.checkIn.people': ['Пријављени', 'Registered people'],
	'attendance.checkIn.empty': ['Још нико није пријављен.', 'Nobody has registered yet.'],
	'attendance.checkIn.noMatch': ['Нико са тим именом.', 'Nobody by that name.'],
	'attendance.checkIn.isPresent': ['Ту је', 'Present'],
	'attendance.checkIn.walkInBadge': ['без пријаве', 'walk-in'],
	'attendance.checkIn.born': ['годиште {year}', 'born {year}'],
	'attendance.checkIn.marked': ['{name} је ту.', '{name} is checked in.'],
	'attendance.checkIn.unmarked': ['Присуство поништено: {name}.', 'Check-in undone: {name}.'],
	'attendance.checkIn.notConfirmed': [
		'Ова пријава није потврђена (листа чекања, одобрење или отказана).',
		'This registration is not confirmed (waitlist, approval or cancelled).'
	],
	'attendance.checkIn.results': ['Резултати догађаја', 'Event results'],

	'attendance.scan.title': ['Скенирај код са пријаве', 'Scan the code from a registration'],
	'attendance.scan.start': ['Укључи камеру', 'Start the camera'],
	'attendance.scan.stop': ['Искључи камеру', 'Stop the camera'],
	'attendance.scan.video': ['Слика са камере', 'Camera view'],
	'attendance.scan.unavailable': [
		'Камера није доступна на овом уређају. Упишите код руком.',
		'The camera is not available on this device. Type the code instead.'
	],
	'attendance.scan.code': ['Код са пријаве', 'Code from the registration'],
	'attendance.scan.submit': ['Евидентирај', 'Check in'],
	'attendance.scan.unknown': [
		'Нема пријаве са тим кодом за овај догађај.',
		'No registration with that code for this event.'
	],
	'attendance.scan.done': ['Скенирано: {name} је ту.', 'Scanned: {name} is checked in.'],
	'attendance.scan.again': [
		'{name} је већ евидентиран/а за овај термин.',
		'{name} was already checked in for this session.'
	],

	'attendance.walkIn.title': ['Дошли без пријаве', 'Walk-in'],
	'attendance.walkIn.intro': [
		'Упишите особу која је дошла без пријаве: одмах је пријављена и евидентирана, и кад су места попуњена.',
		'Add someone who came without signing up: they are registered and checked in at once, even when the event is full.'
	],
	'attendance.walkIn.name': ['Име и презиме', 'Full name'],
	'attendance.walkIn.birthYear': ['Година рођења', 'Year of birth'],
	'attendance.walkIn.gender': ['Пол', 'Gender'],
	'attendance.walkIn.genderNone': ['Не желим да наведем', 'I prefer not to say'],
	'attendance.walkIn.email': ['Е-пошта', 'E-mail'],
	'attendance.walkIn.phone': ['Телефон', 'Phone'],
	'attendance.walkIn.submit': ['Упиши и евидентирај', 'Add and check in'],
	'attendance.walkIn.added': ['{name} је уписан/а и евидентиран/а.', '{name} is added and checked in.'],
	'attendance.walkIn.existing': [
		'{name} је већ пријављен/а: евидентирано је присуство на постојећој пријави.',
		'{name} was already registered: their registration is checked in.'
	],
	'attendance.walkIn.birthYearInvalid': [
		'Упишите годину рођења са четири цифре.',
		'Enter the year of birth in four digits.'
	],
	'attendance.walkIn.phoneInvalid': [
		'Упишите број телефона, нпр. 064 123 4567.',
		'Enter a phone number, e.g. 064 123 4567.'
	],
	'attendance.walkIn.alreadyRegistered': [
		'Ова особа је већ пријављена, али пријава још није потврђена. Потврдите је у списку пријава.',
		'This person is already registered, but the registration is not confirmed yet. Confirm it in the registrations list.'
	],

	'attendance.headcount.title': ['Анонимно пребројавање', 'Anonymous headcount'],
	'attendance.headcount.intro': [
		'Бројите оне који нису пријављени, по годинама и полу. Ови бројеви се ни са ким не повезују.',
		'Count people who did not register, by age and gender. These numbers are never linked to anyone.'
	],
	'attendance.headcount.band': ['Узраст', 'Age'],
	'attendance.headcount.vulnerable': [
		'Од тога, из осетљивих група (није обавезно)',
		'Of these, from vulnerable groups (optional)'
	],
	'attendance.headcount.cell': ['{band}, {gender}', '{band}, {gender}'],
	'attendance.headcount.submit': ['Сачувај пребројавање', 'Save headcount'],
	'attendance.headcount.saved': [
		{
			by: 'total',
			one: 'Пребројавање је сачувано: {total} особа.',
			few: 'Пребројавање је сачувано: {total} особе.',
			other: 'Пребројавање је сачувано: {total} особа.'
		},
		{ by: 'total', one: 'Headcount saved: {total} person.', other: 'Headcount saved: {total} people.' }
	],
	'attendance.headcount.invalid': ['Упишите цео број, од 0 до 9999.', 'Enter a whole number from 0 to 9999.'],

	// Results
	'attendance.results.title': ['Резултати: {event}', 'Results: {event}'],
	'attendance.results.summary': ['Укратко', 'Summary'],
	'attendance.results.registered': ['Потврђених пријава', 'Confirmed registrations'],
	'attendance.results.attended': ['Дошло од потврђених', 'Confirmed who came'],
	'attendance.results.rate': ['Одзив потврђених', 'Attendance rate of the confirmed'],
	'attendance.results.rateValue': ['{rate}%', '{rate}%'],
	'attendance.results.noRate': ['—', '—'],
	'attendance.results.walkIns': ['Дошло без пријаве', 'Walk-ins'],
	'attendance.results.headcount': ['Пребројано анонимно', 'Counted anonymously'],
	'attendance.results.figuresNote': [
		'Потврђене пријаве и одзив не укључују оне који су дошли без пријаве; они су у броју учесника, заједно са анонимно пребројанима. Анонимно пребројани за догађај су највећи број са једног термина, јер исти људи могу доћи на више термина.',
		'Confirmed registrations and the attendance rate do not include walk-ins; participants include them, together with the people counted anonymously. The anonymous count of an event is the largest count of one session, because the same people may come to several sessions.'
	],
	'attendance.results.sessions': ['Присуство по терминима', 'Attendance per session'],
	'attendance.results.sessionWhen': ['Термин', 'Session'],
	'attendance.results.breakdown': ['По узрасту и полу', 'By age and gender'],
	'attendance.results.breakdownNote': [
		'Групе мање од пет особа приказане су као „<5”, да се нико не би могао препознати.',
		'Groups of fewer than five people are shown as “<5” so nobody can be recognised.'
	],
	'attendance.results.total': ['Укупно', 'Total'],
	'attendance.results.feedback': ['Утисци учесника', 'Participants’ feedback'],
	'attendance.results.feedbackCount': [
		{ one: '{count} одговор', few: '{count} одговора', other: '{count} одговора' },
		{ one: '{count} response', other: '{count} responses' }
	],
	'attendance.results.feedbackAverage': ['Просечна оцена: {average} од 5', 'Average rating: {average} out of 5'],
	'attendance.results.feedbackNone': ['Још нема утисака.', 'No feedback yet.'],
	'attendance.results.rating': ['Оцена', 'Rating'],
	'attendance.results.ratingCount': ['Број одговора', 'Responses'],
	'attendance.results.comments': ['Коментари', 'Comments'],
	'attendance.results.commentRating': ['Оцена {rating}', 'Rated {rating}'],
	'attendance.results.downloads': ['Преузимања', 'Downloads'],
	'attendance.results.csv': ['Списак учесника (ЦСВ табела)', 'Participant list (CSV)'],
	'attendance.results.xlsx': ['Списак учесника (Ексел)', 'Participant list (Excel)'],
	'attendance.results.resultsCsv': ['Ови резултати (ЦСВ табела)', 'These results (CSV)'],
	'attendance.results.resultsXlsx': ['Ови резултати (Ексел)', 'These results (Excel)'],
	'attendance.results.certificates': [
		{
			one: 'Потврде о учешћу (ПДФ, {count} страна)',
			few: 'Потврде о учешћу (ПДФ, {count} стране)',
			other: 'Потврде о учешћу (ПДФ, {count} страна)'
		},
		{ one: 'Certificates of attendance (PDF, {count} page)', other: 'Certificates of attendance (PDF, {count} pages)' }
	],
	'attendance.results.noCertificates': [
		'Потврде ће бити доступне кад неко буде евидентиран.',
		'Certificates become available once someone is checked in.'
	],
	'attendance.results.auditNote': [
		'Свако преузимање списка бележи се у дневнику.',
		'Every download of the list is recorded in the audit log.'
	],
	'attendance.results.checkIn': ['Евиденција присуства', 'Check-in'],

	// Statistics
	'attendance.statistics.title': ['Статистика учешћа', 'Participation statistics'],
	'attendance.statistics.intro': [
		'Колико је младих дошло на догађаје, по периоду, програму и догађају. Потврђене пријаве и одзив не укључују оне који су дошли без пријаве; укупан број учесника их укључује, као и анонимно пребројане (највећи број са једног термина сваког догађаја).',
		'How many young people came to events, by period, programme and event. Confirmed registrations and the attendance rate do not include walk-ins; participants in all include them and the people counted anonymously (the largest count of one session of each event).'
	],
	'attendance.statistics.filter': ['Избор', 'Filter'],
	'attendance.statistics.from': ['Од датума', 'From'],
	'attendance.statistics.to': ['До датума', 'To'],
	'attendance.statistics.programme': ['Програм', 'Programme'],
	'attendance.statistics.anyProgramme': ['Сви програми', 'All programmes'],
	'attendance.statistics.event': ['Догађај', 'Event'],
	'attendance.statistics.anyEvent': ['Сви догађаји', 'All events'],
	'attendance.statistics.show': ['Прикажи', 'Show'],
	'attendance.statistics.overall': ['Укупно за избор', 'Totals for this choice'],
	'attendance.statistics.unique': [
		'Различитих младих (пријављени и без пријаве)',
		'Different young people (registered and walk-ins)'
	],
	'attendance.statistics.participants': [
		'Укупно учесника (са анонимним бројањем)',
		'Participants in all (with anonymous counts)'
	],
	'attendance.statistics.vulnerable': [
		'Осетљиве групе (из анонимног бројања)',
		'Vulnerable groups (from anonymous counts)'
	],
	'attendance.statistics.byEvent': ['По догађајима', 'By event'],
	'attendance.statistics.byProgramme': ['По програмима', 'By programme'],
	'attendance.statistics.noEvents': ['Нема догађаја у овом периоду.', 'No events in this period.'],
	'attendance.statistics.eventColumn': ['Догађај', 'Event'],
	'attendance.statistics.programmeColumn': ['Програм', 'Programme'],
	'attendance.statistics.date': ['Датум', 'Date'],
	'attendance.statistics.csv': ['Преузми ову статистику (ЦСВ табела)', 'Download these statistics (CSV)'],
	'attendance.statistics.xlsx': ['Преузми ову статистику (Ексел)', 'Download these statistics (Excel)'],

	'attendance.settings.title': ['Узрасне и осетљиве групе', 'Age bands and vulnerable groups'],
	'attendance.settings.intro': [
		'Ове групе се користе за анонимно пребројавање на вратима и за статистику.',
		'These groups are used for the anonymous headcount at the door and for statistics.'
	],
	'attendance.settings.ageBands': ['Узрасне групе', 'Age bands'],
	'attendance.settings.ageBandsHint': [
		'Једна група у реду, нпр. 15-19. Група без доње границе: -14, без горње: 31-.',
		'One band per line, e.g. 15-19. A band with no lower end: -14; with no upper end: 31-.'
	],
	'attendance.settings.vulnerableGroups': ['Осетљиве групе', 'Vulnerable groups'],
	'attendance.settings.vulnerableGroupsHint': [
		'Једна група у реду. Ако желите и назив на енглеском, упишите га после усправне црте (|).',
		'One group per line. To add an English name, write it after a bar (|).'
	],
	'attendance.settings.submit': ['Сачувај', 'Save'],
	'attendance.settings.saved': ['Групе су сачуване.', 'The groups are saved.'],
	'attendance.settings.bandsInvalid': [
		'Ред {line} није исправна група или се преклапа са другом (пример: 15-19).',
		'Line {line} is not a valid band or overlaps another (example: 15-19).'
	],
	'attendance.settings.back': ['Назад на статистику', 'Back to statistics'],

	// Feedback (public)
	'attendance.feedback.title': ['Како вам је било?', 'How was it?'],
	'attendance.feedback.intro': [
		'Ваш утисак о догађају „{event}” помаже нам да следећи буде бољи. Треба вам минут.',
		'Your impression of “{event}” helps us make the next one better. It takes a minute.'
	],
	'attendance.feedback.rating': ['Ваша оцена', 'Your rating'],
	'attendance.feedback.rating1': ['1 – лоше', '1 – poor'],
	'attendance.feedback.rating2': ['2 – слабо', '2 – weak'],
	'attendance.feedback.rating3': ['3 – у реду', '3 – all right'],
	'attendance.feedback.rating4': ['4 – добро', '4 – good'],
	'attendance.feedback.rating5': ['5 – одлично', '5 – excellent'],
	'attendance.feedback.comment': ['Коментар', 'Comment'],
	'attendance.feedback.commentHint': [
		'Шта је било добро, а шта бисте променили?',
		'What was good, and what would you change?'
	],
	'attendance.feedback.submit': ['Пошаљи утисак', 'Send feedback'],
	'attendance.feedback.ratingRequired': ['Изаберите оцену од 1 до 5.', 'Choose a rating from 1 to 5.'],
	'attendance.feedback.thanks': ['Хвала! Ваш утисак је забележен.', 'Thank you! Your feedback is recorded.'],
	'attendance.feedback.alreadyGiven': [
		'Утисак за ову пријаву је већ послат. Хвала!',
		'Feedback for this registration has already been sent. Thank you!'
	],
	'attendance.feedback.yourRating': ['Ваша оцена: {rating} од 5', 'Your rating: {rating} out of 5'],
	'attendance.feedback.notYet': [
		'Утисак можете оставити кад догађај почне.',
		'You can leave feedback once the event has started.'
	],
	'attendance.feedback.notOpen': [
		'За ову пријаву утисак није могућ (пријава није потврђена или је догађај отказан).',
		'Feedback is not possible for this registration (it is not confirmed or the event was cancelled).'
	],
	'attendance.feedback.certificate': [
		'Преузмите потврду о учешћу (ПДФ)',
		'Download your certificate of attendance (PDF)'
	],
	'attendance.feedback.mailSubject': ['Како вам је било на догађају „{event}”?', 'How was “{event}”?'],
	'attendance.feedback.mailBody': [
		'Здраво, {name}!\n\nХвала што сте били на догађају „{event}”. Реците нам у једном минуту како вам је било:\n{link}\n\nАко сте били евидентирани на догађају, овде можете преузети потврду о учешћу:\n{certificate}\n\nОве везе су ваш нови лични линк за ову пријаву; претходни више не важи.\n\n{office}',
		'Hello {name},\n\nThank you for coming to “{event}”. Tell us in a minute how it was:\n{link}\n\nIf you were checked in at the event, you can download your certificate of attendance here:\n{certificate}\n\nThese links are your new private link for this registration; the previous one no longer works.\n\n{office}'
	],
	'attendance.feedback.mailBodyWithoutCertificate': [
		'Здраво, {name}!\n\nХвала што сте се пријавили за догађај „{event}”. Реците нам у једном минуту како вам је било:\n{link}\n\nОва веза је ваш нови лични линк за ову пријаву; претходни више не важи.\n\n{office}',
		'Hello {name},\n\nThank you for signing up for “{event}”. Tell us in a minute how it was:\n{link}\n\nThis link is your new private link for this registration; the previous one no longer works.\n\n{office}'
	],

	// Certificates
	'attendance.certificate.title': ['ПОТВРДА О УЧЕШЋУ', 'CERTIFICATE OF ATTENDANCE'],
	'attendance.certificate.certifies': ['Овим потврђујемо да је', 'This is to certify that'],
	'attendance.certificate.attendedFemale': ['учествовала на догађају', 'took part in'],
	'attendance.certificate.attendedMale': ['учествовао на догађају', 'took part in'],
	'attendance.certificate.attendedOther': ['учествовао/ла на догађају', 'took part in'],
	'attendance.certificate.sessions': ['Присуство: {count} од {total} сусрета', 'Attended {count} of {total} sessions'],
	'attendance.certificate.issued': ['{place}, {date}', '{place}, {date}'],
	'attendance.certificate.signature': ['Потпис и печат', 'Signature and stamp'],

	'attendance.export.name': ['Име и презиме', 'Name'],
	'attendance.export.email': ['Е-пошта', 'E-mail'],
	'attendance.export.phone': ['Телефон', 'Phone'],
	'attendance.export.birthYear': ['Година рођења', 'Year of birth'],
	'attendance.export.gender': ['Пол', 'Gender'],
	'attendance.export.place': ['Место', 'Place'],
	'attendance.export.status': ['Статус', 'Status'],
	'attendance.export.source': ['Начин пријаве', 'How registered'],
	'attendance.export.registeredAt': ['Пријављен/а', 'Registered at'],
	'attendance.export.sessionsAttended': ['Број присустава', 'Sessions attended'],
	'attendance.export.sheet': ['Учесници', 'Participants'],

	// Data-rights export (manifest hook personalData).
	'attendance.personalData.attendance': ['Присуство на догађајима', 'Attendance at events'],
	'attendance.personalData.feedback': ['Повратне информације', 'Feedback']
});
