import { defineMessages } from '../../i18n/define.ts';

export const privacyMessages = defineMessages({
	// The account page: the person's own rights.
	'privacy.mine.title': ['Моји подаци', 'My data'],
	'privacy.mine.intro': [
		'Можете да видите и преузмете све податке које канцеларија чува о вама, или да тражите да буду обрисани.',
		'You can see and download all the data the office keeps about you, or ask for it to be erased.'
	],
	'privacy.mine.view': ['Погледај моје податке', 'View my data'],
	'privacy.mine.downloadPdf': ['Преузми као ПДФ документ', 'Download as a PDF document'],
	'privacy.mine.downloadJson': ['Преузми као датотеку (ЈСОН)', 'Download as JSON'],
	'privacy.mine.pageTitle': ['Подаци које канцеларија чува о вама', 'The data the office keeps about you'],
	'privacy.mine.generatedAt': ['Стање на дан {date}.', 'As of {date}.'],
	'privacy.mine.print': [
		'Ову страницу можете да одштампате или сачувате као ПДФ из прегледача.',
		'You can print this page or save it as a PDF from your browser.'
	],
	'privacy.mine.nothing': [
		'Канцеларија о вама не чува ништа осим налога.',
		'The office keeps nothing about you but your account.'
	],
	'privacy.mine.eraseTitle': ['Брисање налога и података', 'Erase my account and data'],
	'privacy.mine.eraseIntro': [
		'Налог ће бити обрисан, а ваше пријаве, повратне информације и поруке обрисане или анонимизоване. Пријаве за догађаје који тек предстоје биће отказане. Бројеви присутних у статистици остају, без вашег имена. Ово се не може опозвати.',
		'Your account will be deleted and your registrations, feedback and messages deleted or anonymised. Registrations for events still to come will be cancelled. Attendance figures in the statistics stay, without your name. This cannot be undone.'
	],
	'privacy.mine.password': ['Лозинка, за потврду', 'Your password, to confirm'],
	'privacy.mine.eraseSubmit': ['Трајно обриши мој налог и податке', 'Erase my account and data for good'],
	'privacy.mine.wrongPassword': ['Лозинка није тачна.', 'The password is not correct.'],
	'privacy.mine.staffRefused': [
		'Налоге запослених брише администратор канцеларије. Обратите му се.',
		'Staff accounts are removed by the office’s administrator. Please ask them.'
	],
	'privacy.mine.erased': [
		'Ваш налог и подаци су обрисани. Хвала што сте били с нама.',
		'Your account and data have been erased. Thank you for having been with us.'
	],
	// Export rendering.
	'privacy.export.section': ['{title} ({module})', '{title} ({module})'],
	'privacy.export.recordCount': [
		{ one: '{count} запис', few: '{count} записа', other: '{count} записа' },
		{ one: '{count} record', other: '{count} records' }
	],

	// Field names in exported records.
	'privacy.field.id': ['Ознака', 'Identifier'],
	'privacy.field.name': ['Име и презиме', 'Name'],
	'privacy.field.email': ['Е-пошта', 'E-mail'],
	'privacy.field.phone': ['Телефон', 'Phone'],
	'privacy.field.locale': ['Језик', 'Language'],
	'privacy.field.createdAt': ['Направљено', 'Created'],
	'privacy.field.disabledAt': ['Онемогућен', 'Disabled'],
	'privacy.field.role': ['Улога', 'Role'],
	'privacy.field.since': ['Од', 'Since'],
	'privacy.field.event': ['Догађај', 'Event'],
	'privacy.field.eventStartsAt': ['Почетак догађаја', 'Event starts'],
	'privacy.field.status': ['Стање', 'Status'],
	'privacy.field.birthYear': ['Година рођења', 'Year of birth'],
	'privacy.field.gender': ['Пол', 'Gender'],
	'privacy.field.place': ['Место', 'Place'],
	'privacy.field.answers': ['Одговори', 'Answers'],
	'privacy.field.guardianName': ['Родитељ или старатељ', 'Parent or guardian'],
	'privacy.field.guardianEmail': ['Е-пошта родитеља или старатеља', 'Parent’s or guardian’s e-mail'],
	'privacy.field.guardianConfirmedAt': ['Сагласност родитеља дата', 'Parent’s consent given'],
	'privacy.field.consentText': ['Текст сагласности', 'Consent text'],
	'privacy.field.consentAt': ['Сагласност дата', 'Consent given'],
	'privacy.field.source': ['Начин пријаве', 'How registered'],
	'privacy.field.participant': ['Учесник', 'Participant'],
	'privacy.field.sessionStartsAt': ['Термин', 'Session'],
	'privacy.field.checkedInAt': ['Евидентиран долазак', 'Checked in'],
	'privacy.field.rating': ['Оцена', 'Rating'],
	'privacy.field.comment': ['Коментар', 'Comment'],
	'privacy.field.subject': ['Тема', 'Subject'],
	'privacy.field.message': ['Порука', 'Message'],
	'privacy.field.handledAt': ['Одговорено', 'Handled'],
	'privacy.field.survey': ['Упитник', 'Survey'],
	'privacy.field.parentEmail': ['Е-пошта родитеља', 'Parent’s e-mail'],
	'privacy.field.parentalConsentConfirmed': ['Сагласност родитеља потврђена', 'Parent’s consent confirmed'],
	'privacy.field.startedAt': ['Започето', 'Started'],
	'privacy.field.organisation': ['Организација', 'Organisation'],
	'privacy.field.requestedAt': ['Затражено', 'Requested'],
	'privacy.field.decidedAt': ['Одлучено', 'Decided'],
	'privacy.field.isPublic': ['Јавно', 'Public'],
	'privacy.field.requestedByEmail': ['Упис затражен са адресе', 'Listing requested from'],
	'privacy.field.to': ['Прималац', 'To'],
	'privacy.field.sentAt': ['Послато', 'Sent'],
	'privacy.field.action': ['Радња', 'Action'],
	'privacy.field.entityType': ['Врста записа', 'Kind of record'],
	'privacy.field.at': ['Време', 'When'],
	'privacy.field.title': ['Назив', 'Title'],
	'privacy.field.groupName': ['Назив групе', 'Group name'],
	'privacy.field.groupMembers': ['Чланови групе', 'Group members'],
	'privacy.field.submittedAt': ['Поднето', 'Submitted'],
	'privacy.field.birthDate': ['Датум рођења', 'Date of birth'],
	'privacy.field.skills': ['Вештине', 'Skills'],
	'privacy.field.interests': ['Интересовања', 'Interests'],
	'privacy.field.availability': ['Време када сте слободни', 'When you are free'],
	'privacy.field.emergencyContact': ['Контакт за хитне случајеве', 'Emergency contact'],
	'privacy.field.cardNumber': ['Број волонтерске картице', 'Volunteer card number'],
	'privacy.field.cardValidUntil': ['Картица важи до', 'Card valid until'],
	'privacy.field.opportunityId': ['Ознака волонтерске понуде', 'Volunteering opportunity identifier'],
	'privacy.field.shiftId': ['Ознака смене', 'Shift identifier'],
	'privacy.field.motivation': ['Мотивација', 'Motivation'],
	'privacy.field.decisionReason': ['Образложење одлуке', 'Reason for the decision'],
	'privacy.field.workedOn': ['Дан рада', 'Day worked'],
	'privacy.field.minutes': ['Минута', 'Minutes'],
	'privacy.field.task': ['Задатак', 'Task'],
	'privacy.field.body': ['Текст', 'Text'],
	'privacy.field.represents': ['Представља', 'Represents'],
	'privacy.field.mandateFrom': ['Мандат од', 'Term from'],
	'privacy.field.mandateTo': ['Мандат до', 'Term until'],
	'privacy.field.chosenHow': ['Како је изабран', 'How chosen'],
	'privacy.field.showName': ['Име се објављује', 'Name shown in public'],
	'privacy.field.sessionId': ['Ознака седнице', 'Session identifier'],
	'privacy.field.answer': ['Одговор', 'Answer'],
	'privacy.field.answeredAt': ['Одговорено', 'Answered'],
	'privacy.field.attended': ['Присуствовао', 'Attended'],
	// Stored codes a person reads in words (the field, then the code); a code without one is shown as it is.
	'privacy.value.status.pending_guardian': ['чека сагласност родитеља', 'awaiting a parent’s consent'],
	'privacy.value.status.pending_approval': ['чека одобрење', 'awaiting approval'],
	'privacy.value.status.pending': ['на чекању', 'pending'],
	'privacy.value.status.confirmed': ['потврђено', 'confirmed'],
	'privacy.value.status.waitlisted': ['на листи чекања', 'on the waiting list'],
	'privacy.value.status.declined': ['одбијено', 'declined'],
	'privacy.value.status.cancelled': ['отказано', 'cancelled'],
	'privacy.value.status.accepted': ['прихваћено', 'accepted'],
	'privacy.value.status.withdrawn': ['повучено', 'withdrawn'],
	'privacy.value.status.claimed': ['пријављено, чека потврду', 'claimed, awaiting approval'],
	'privacy.value.status.approved': ['одобрено', 'approved'],
	'privacy.value.status.rejected': ['одбијено', 'rejected'],
	'privacy.value.status.revoked': ['опозвано', 'revoked'],
	'privacy.value.status.draft': ['нацрт', 'draft'],
	'privacy.value.status.submitted': ['поднето', 'submitted'],
	'privacy.value.status.published': ['објављено', 'published'],
	'privacy.value.status.under_consideration': ['разматра се', 'under consideration'],
	'privacy.value.status.partly_accepted': ['делимично прихваћено', 'partly accepted'],
	'privacy.value.status.not_accepted': ['није прихваћено', 'not accepted'],
	'privacy.value.status.in_progress': ['у току', 'in progress'],
	'privacy.value.status.done': ['спроведено', 'done'],
	'privacy.value.source.online': ['преко сајта', 'online'],
	'privacy.value.source.staff': ['упис у канцеларији', 'entered by the office'],
	'privacy.value.source.walk_in': ['на лицу места', 'on the spot'],
	'privacy.value.source.organiser': ['уписао организатор', 'entered by the organiser'],
	'privacy.value.source.claim': ['пријавили сте', 'claimed by you'],
	'privacy.value.locale.sr-Cyrl': ['српски, ћирилица', 'Serbian, Cyrillic'],
	'privacy.value.locale.sr-Latn': ['српски, латиница', 'Serbian, Latin script'],
	'privacy.value.locale.en': ['енглески', 'English'],
	'privacy.value.answer.pending': ['без одговора', 'no answer yet'],
	'privacy.value.answer.coming': ['долази', 'coming'],
	'privacy.value.answer.not_coming': ['не долази', 'not coming'],
	'privacy.value.yes': ['да', 'yes'],
	'privacy.value.no': ['не', 'no'],

	// Back-office: requests of people without accounts, and retention.
	'privacy.admin.nav': ['Захтеви за податке', 'Data requests'],
	'privacy.admin.title': ['Захтеви у вези са личним подацима', 'Personal data requests'],
	'privacy.admin.intro': [
		'Када неко без налога (на пример, неко ко се пријавио на догађај) тражи увид у своје податке или њихово брисање, пронађите га по адреси е-поште или броју телефона које је оставио. Особе са налогом то могу саме, са странице свог налога.',
		'When someone without an account (for example, someone who registered for an event) asks to see their data or to have it erased, find them by the e-mail address or phone number they gave. People with an account can do this themselves, from their account page.'
	],
	'privacy.lookup.title': ['Пронађи особу', 'Find a person'],
	'privacy.lookup.email': ['Е-пошта', 'E-mail'],
	'privacy.lookup.phone': ['Телефон', 'Phone'],
	'privacy.lookup.submit': ['Прикажи податке', 'Show data'],
	'privacy.lookup.needOne': ['Унесите адресу е-поште или број телефона.', 'Enter an e-mail address or a phone number.'],
	'privacy.lookup.nothing': [
		'Канцеларија не чува ништа о особи са овом адресом или бројем.',
		'The office keeps nothing about a person with this address or number.'
	],
	'privacy.lookup.hasAccount': ['Ова особа има налог.', 'This person has an account.'],
	'privacy.lookup.download': [
		'Преузми податке као датотеку (ЈСОН), за одговор особи',
		'Download the data as JSON (to send to the person)'
	],
	'privacy.erase.title': ['Брисање', 'Erasure'],
	'privacy.erase.intro': [
		'Брисање уклања или анонимизује податке ове особе у свим деловима портала, а налог, ако постоји, брише. Збирни подаци (број присутних, оцене) остају. У дневнику остаје само запис да је брисање урађено, без личних података.',
		'Erasure removes or anonymises this person’s data in every part of the portal and deletes their account, if any. Aggregates (attendance counts, ratings) stay. The audit log keeps only a note that an erasure was made, without personal data.'
	],
	'privacy.erase.confirm': [
		'Потврђујем да је особа тражила брисање и да сам проверио/ла ко је',
		'I confirm the person asked for erasure and I checked who they are'
	],
	'privacy.erase.confirmRequired': ['Потврдите брисање.', 'Confirm the erasure.'],
	'privacy.erase.submit': ['Обриши податке ове особе', 'Erase this person’s data'],
	'privacy.erase.done': ['Подаци су обрисани или анонимизовани.', 'The data has been erased or anonymised.'],
	'privacy.erase.notYourself': [
		'Свој налог не можете обрисати одавде; то ради други администратор.',
		'You cannot erase your own account from here; another administrator does that.'
	],
	'privacy.erase.staffAccount': [
		'Ово је налог запосленог. Прво му у одељку „Корисници“ одузмите улоге, па онда обришите податке.',
		'This is a staff account. First take away its roles under “Users”, then erase the data.'
	],
	'privacy.retention.title': ['Рокови чувања', 'Retention periods'],
	'privacy.retention.intro': [
		'Колико дана канцеларија чува поједине личне податке. Посао у позадини неколико пута дневно брише или анонимизује старије. Нула значи: чува се док се не обрише ручно.',
		'How many days the office keeps each kind of personal data. A background job removes or anonymises older records a few times a day. Zero means: kept until erased by hand.'
	],
	'privacy.retention.registrations': [
		'Пријаве за догађаје, после краја догађаја',
		'Event registrations, after the event ends'
	],
	'privacy.retention.feedback': ['Коментари у повратним информацијама', 'Feedback comments'],
	'privacy.retention.importFiles': ['Увезене табеле организација', 'Imported organisation spreadsheets'],
	'privacy.retention.outboxBodies': ['Текст послатих порука е-поште', 'Text of sent e-mail'],
	'privacy.retention.days': ['дана', 'days'],
	'privacy.retention.bounds': [
		'Унесите цео број дана између 0 и {max}.',
		'Enter a whole number of days between 0 and {max}.'
	],
	'privacy.retention.save': ['Сачувај рокове', 'Save periods'],
	'privacy.retention.saved': ['Рокови чувања су сачувани.', 'The retention periods have been saved.'],
	'privacy.retention.period': [
		{ one: '{count} дан', few: '{count} дана', other: '{count} дана' },
		{ one: '{count} day', other: '{count} days' }
	],
	'privacy.retention.forever': ['док се не обрише ручно', 'until erased by hand'],

	// The public data-protection page.
	'privacy.page.title': ['Заштита података о личности', 'Personal data protection'],
	'privacy.page.intro': [
		'Канцеларија чува само податке који су јој потребни да би вас обавештавала, примала на догађаје и пратила колико младих учествује. Податке не објављујемо и не дајемо другима.',
		'The office keeps only the data it needs to inform you, welcome you at events and follow how many young people take part. We do not publish your data or give it to others.'
	],
	'privacy.page.rightsTitle': ['Ваша права', 'Your rights'],
	'privacy.page.rights': [
		'Према Закону о заштити података о личности имате право на увид у своје податке, њихову исправку, брисање, преносивост и приговор. Ако имате налог, на страници налога можете да преузмете све податке и да их обришете. Ако немате налог, обратите се канцеларији или лицу за заштиту података.',
		'Under the Law on Personal Data Protection you have the right to see your data, and to have it corrected, erased, handed over and to object. If you have an account, you can download all your data and erase it from your account page. If you have no account, contact the office or its data protection officer.'
	],
	'privacy.page.accountLink': ['Мој налог', 'My account'],
	'privacy.page.retentionTitle': ['Колико дуго чувамо податке', 'How long we keep data'],
	'privacy.page.surveys': [
		'Одговори на упитнике су анонимни: не чувамо ни налог ни адресу са које сте одговорили.',
		'Survey answers are anonymous: we keep neither an account nor the address you answered from.'
	],
	'privacy.page.dpoTitle': ['Лице за заштиту података о личности', 'Data protection officer']
});
