import { defineMessages } from '../../i18n/define.ts';

export const registrationsMessages = defineMessages({
	// The sign-up form
	'registrations.form.title': ['Пријава: {event}', 'Sign up: {event}'],
	'registrations.form.intro': [
		'Попуните образац и одмах ћете видети да ли сте добили место. Налог није потребан.',
		'Fill in the form and you will see straight away whether you have a place. No account needed.'
	],
	'registrations.form.signedInAs': [
		'Пријављујете се као {name}. Проверите податке пре слања.',
		'You are signing up as {name}. Check the details before sending.'
	],
	'registrations.form.when': ['Када', 'When'],
	'registrations.form.where': ['Где', 'Where'],
	'registrations.form.placesLeft': [
		{ one: 'Још {count} слободно место', few: 'Још {count} слободна места', other: 'Још {count} слободних места' },
		{ one: '{count} place left', other: '{count} places left' }
	],
	'registrations.form.aboutYou': ['Ваши подаци', 'About you'],
	'registrations.form.name': ['Име и презиме', 'Full name'],
	'registrations.form.email': ['Е-пошта', 'E-mail'],
	'registrations.form.emailHint': [
		'На ову адресу шаљемо потврду и приватни линк за преглед или отказивање пријаве.',
		'We send the confirmation and a private link to view or cancel your registration to this address.'
	],
	'registrations.form.phone': ['Број телефона', 'Phone number'],
	'registrations.form.phoneHint': [
		'Довољна је е-пошта или телефон. Без е-поште сачувајте линк који ћете видети после пријаве.',
		'An e-mail or a phone number is enough. Without an e-mail, keep the link you will see after signing up.'
	],
	'registrations.form.phoneInvalid': [
		'Унесите број телефона са позивним бројем, нпр. 064 123 4567.',
		'Enter a phone number with its area code, e.g. 064 123 4567.'
	],
	'registrations.form.contactRequired': [
		'Унесите адресу е-поште или број телефона, да бисмо могли да вас обавестимо.',
		'Enter an e-mail address or a phone number, so that we can reach you.'
	],
	'registrations.form.birthYear': ['Година рођења', 'Year of birth'],
	'registrations.form.birthYearHint': [
		'Потребна нам је за статистику по узрасту. Ако сте млађи од 15 година, пријаву потврђује родитељ.',
		'We need it for statistics by age. If you are under 15, a parent confirms the sign-up.'
	],
	'registrations.form.birthYearInvalid': [
		'Унесите годину рођења са четири цифре, нпр. 2007.',
		'Enter a four-digit year of birth, e.g. 2007.'
	],
	'registrations.form.gender': ['Пол', 'Gender'],
	'registrations.form.gender.none': ['Не желим да наведем', 'I prefer not to say'],
	'registrations.form.gender.female': ['Женски', 'Female'],
	'registrations.form.gender.male': ['Мушки', 'Male'],
	'registrations.form.gender.other': ['Друго', 'Other'],
	'registrations.form.place': ['Место становања', 'Where you live'],
	'registrations.form.questions': ['Питања организатора', 'Questions from the organisers'],
	'registrations.form.yes': ['Да', 'Yes'],
	'registrations.form.no': ['Не', 'No'],
	'registrations.form.choose': ['Изаберите', 'Choose'],
	'registrations.form.guardian': ['Родитељ или старатељ', 'Parent or guardian'],
	'registrations.form.guardianIntro': [
		{
			by: 'hours',
			one: 'Само за млађе од 15 година: родитељ или старатељ добија е-поруку и потврђује пријаву. Место чувамо {hours} сат.',
			few: 'Само за млађе од 15 година: родитељ или старатељ добија е-поруку и потврђује пријаву. Место чувамо {hours} сата.',
			other:
				'Само за млађе од 15 година: родитељ или старатељ добија е-поруку и потврђује пријаву. Место чувамо {hours} сати.'
		},
		{
			by: 'hours',
			one: 'Only for those under 15: a parent or guardian receives an e-mail and confirms the sign-up. We hold the place for {hours} hour.',
			other:
				'Only for those under 15: a parent or guardian receives an e-mail and confirms the sign-up. We hold the place for {hours} hours.'
		}
	],
	'registrations.form.guardianName': ['Име и презиме родитеља или старатеља', 'Parent’s or guardian’s full name'],
	'registrations.form.guardianEmail': ['Е-пошта родитеља или старатеља', 'Parent’s or guardian’s e-mail'],
	'registrations.form.guardianRequired': [
		'За млађе од 15 година ово поље је обавезно.',
		'This field is required for anyone under 15.'
	],
	'registrations.form.guardianNeeded': [
		'Млађи сте од 15 година: унесите име и е-пошту родитеља или старатеља.',
		'You are under 15: enter the name and e-mail of a parent or guardian.'
	],
	'registrations.form.fromAccount': [
		'Годину рођења ({year}), пол и место узимамо са вашег налога, па их не морате поново уписивати.',
		'Your year of birth ({year}), gender and place come from your account, so you need not type them again.'
	],
	'registrations.form.fromAccountChange': ['Промените их на страници налога', 'Change them on your account page'],
	'registrations.form.saveToAccount': [
		'Сачувај годину рођења, пол и место на мом налогу, да ме следећи пут не питате (пристајем да се ту чувају; могу их обрисати на страници налога)',
		'Save my year of birth, gender and place to my account so I am not asked next time (I agree to keep them there; I can remove them on my account page)'
	],
	'registrations.form.consent': [
		'Пристајем да канцеларија за младе чува моје податке из овог обрасца ради организације догађаја, слања обавештења о њему и анонимне статистике. Подаци се не објављују и не дају другима; пријаву и податке могу да повучем у сваком тренутку.',
		'I agree that the youth office keeps the details in this form to organise the event, to send me notices about it and for anonymous statistics. The data is not published or given to others; I can withdraw my registration and data at any time.'
	],
	'registrations.form.consentRequired': [
		'Без ваше сагласности не можемо да сачувамо пријаву.',
		'Without your consent we cannot keep your registration.'
	],
	'registrations.form.submit': ['Пошаљи пријаву', 'Sign up'],
	'registrations.form.submitWaitlist': ['Упиши ме на листу чекања', 'Put me on the waitlist'],
	'registrations.form.waitlistNotice': [
		'Сва места су попуњена. Пријавом улазите на листу чекања и јављамо вам се чим се место ослободи.',
		'All places are taken. Signing up puts you on the waitlist, and we tell you as soon as a place frees up.'
	],
	'registrations.form.approvalNotice': [
		'Пријаве за овај догађај одобрава канцеларија. Јавићемо вам се када одлучимо.',
		'The office approves sign-ups to this event. We will let you know once we decide.'
	],
	'registrations.form.duplicate': [
		'Већ сте пријављени за овај догађај (са овом е-поштом или телефоном). Пријаву видите преко линка који смо вам послали.',
		'You are already signed up for this event (with this e-mail or phone). Your private link shows your registration.'
	],
	'registrations.form.back': ['Назад на догађај', 'Back to the event'],

	// Why a sign-up was refused
	'registrations.refused.title': ['Пријава није могућа', 'Signing up is not possible'],
	'registrations.refused.notYetOpen': [
		'Пријаве за овај догађај још нису отворене.',
		'Registration for this event has not opened yet.'
	],
	'registrations.refused.closed': ['Пријаве за овај догађај су затворене.', 'Registration for this event has closed.'],
	'registrations.refused.cancelled': ['Овај догађај је отказан.', 'This event has been cancelled.'],
	'registrations.refused.finished': ['Овај догађај је завршен.', 'This event is over.'],
	'registrations.refused.none': [
		'За овај догађај пријава није потребна: само дођите.',
		'No sign-up is needed for this event: just come.'
	],
	'registrations.refused.draft': ['Овај догађај још није објављен.', 'This event has not been published yet.'],

	// Statuses
	'registrations.status.pending_guardian': ['Чека потврду родитеља', 'Waiting for a parent'],
	'registrations.status.pending_approval': ['Чека одобрење', 'Waiting for approval'],
	'registrations.status.confirmed': ['Потврђено', 'Confirmed'],
	'registrations.status.waitlisted': ['На листи чекања', 'On the waitlist'],
	'registrations.status.declined': ['Одбијено', 'Declined'],
	'registrations.status.cancelled': ['Отказано', 'Cancelled'],

	// The result of signing up and the private page
	'registrations.result.confirmed': ['Пријављени сте!', 'You are signed up!'],
	'registrations.result.waitlisted': ['На листи чекања сте', 'You are on the waitlist'],
	'registrations.result.pending_approval': ['Пријава чека одобрење', 'Your sign-up is waiting for approval'],
	'registrations.result.pending_guardian': ['Чекамо потврду родитеља', 'Waiting for your parent to confirm'],
	'registrations.result.keepLink': [
		'Сачувајте ову страницу: њена адреса је ваш приватни линк за преглед и отказивање пријаве.',
		'Keep this page: its address is your private link to view and cancel your registration.'
	],
	'registrations.result.emailed': [
		'Послали смо вам и е-поруку са овим линком.',
		'We have also e-mailed you this link.'
	],
	'registrations.result.openPrivate': ['Мој приватни линк за пријаву', 'My private registration link'],
	'registrations.page.title': ['Моја пријава', 'My registration'],
	'registrations.page.event': ['Догађај', 'Event'],
	'registrations.page.status': ['Статус', 'Status'],
	'registrations.page.name': ['На име', 'Name'],
	'registrations.page.explain.confirmed': [
		'Имате место. Видимо се! Код за улазак покажите на вратима.',
		'You have a place. See you there! Show the entry code at the door.'
	],
	'registrations.page.explain.waitlisted': [
		'Сва места су заузета. Ви сте {position}. на листи чекања: ако се место ослободи, добијате га аутоматски и јављамо вам.',
		'All places are taken. You are number {position} on the waitlist: if a place frees up, it is yours automatically and we let you know.'
	],
	'registrations.page.explain.pending_approval': [
		'Канцеларија прегледа пријаве и јавља вам се када одлучи.',
		'The office reviews sign-ups and lets you know once it decides.'
	],
	'registrations.page.explain.pending_guardian': [
		{
			by: 'hours',
			one: 'Место вам чувамо {hours} сат. Послали смо е-поруку родитељу или старатељу ({guardian}): пријава је потврђена када кликне на линк у њој.',
			few: 'Место вам чувамо {hours} сата. Послали смо е-поруку родитељу или старатељу ({guardian}): пријава је потврђена када кликне на линк у њој.',
			other:
				'Место вам чувамо {hours} сати. Послали смо е-поруку родитељу или старатељу ({guardian}): пријава је потврђена када кликне на линк у њој.'
		},
		{
			by: 'hours',
			one: 'We hold your place for {hours} hour. We e-mailed your parent or guardian ({guardian}): the sign-up is confirmed once they click the link in it.',
			other:
				'We hold your place for {hours} hours. We e-mailed your parent or guardian ({guardian}): the sign-up is confirmed once they click the link in it.'
		}
	],
	'registrations.page.explain.declined': [
		'Нажалост, ваша пријава није прихваћена. Пратите друге догађаје на порталу.',
		'Unfortunately your sign-up was not accepted. Keep an eye on other events on the portal.'
	],
	'registrations.page.explain.cancelled': ['Ова пријава је отказана.', 'This registration has been cancelled.'],
	'registrations.page.eventCancelled': ['Догађај је отказан.', 'The event has been cancelled.'],
	'registrations.page.checkIn': ['Код за улазак', 'Entry code'],
	'registrations.page.qrLabel': ['Слика кода за улазак, за скенирање на вратима: {code}', 'Entry QR code: {code}'],
	'registrations.page.feedback': ['Оцените догађај', 'Rate the event'],
	'registrations.page.certificate': ['Преузмите потврду о учешћу', 'Download your certificate of attendance'],
	'registrations.page.eventLink': ['Страница догађаја', 'Event page'],
	'registrations.cancel.title': ['Откажите пријаву', 'Cancel your registration'],
	'registrations.cancel.intro': [
		'Ако не можете да дођете, откажите: ваше место добија први са листе чекања.',
		'If you cannot come, cancel: your place goes to the first person on the waitlist.'
	],
	'registrations.cancel.confirm': [
		'Разумем да отказивање не може да се поништи',
		'I understand that cancelling cannot be undone'
	],
	'registrations.cancel.confirmRequired': [
		'Означите да разумете да отказивање не може да се поништи.',
		'Tick the box to confirm that cancelling cannot be undone.'
	],
	'registrations.cancel.submit': ['Откажи пријаву', 'Cancel registration'],
	'registrations.cancel.done': [
		'Пријава је отказана. Хвала што сте јавили!',
		'Your registration is cancelled. Thank you for letting us know!'
	],
	'registrations.cancel.notActive': [
		'Ова пријава је већ отказана или није активна.',
		'This registration is already cancelled or no longer active.'
	],
	'registrations.cancel.eventOver': [
		'Догађај је прошао, пријава се више не може отказати.',
		'The event is over; the registration can no longer be cancelled.'
	],

	// The guardian's page
	'registrations.guardian.title': ['Сагласност родитеља или старатеља', 'Parent’s or guardian’s consent'],
	'registrations.guardian.intro': [
		'{name} се пријавио/ла за догађај „{event}”. Пошто је млађи/а од 15 година, потребна је ваша сагласност.',
		'{name} has signed up for “{event}”. As they are under 15, your consent is needed.'
	],
	'registrations.guardian.consent': [
		'Као родитељ или старатељ, сагласан/сагласна сам са овом пријавом и са тим да канцеларија за младе чува податке из ње ради организације догађаја.',
		'As parent or guardian, I agree to this sign-up and to the youth office keeping its details to organise the event.'
	],
	'registrations.guardian.submit': ['Потврђујем пријаву', 'I confirm the sign-up'],
	'registrations.guardian.confirmRequired': [
		'Означите сагласност да бисте потврдили пријаву.',
		'Tick the consent box to confirm the sign-up.'
	],
	'registrations.guardian.confirmed': [
		'Хвала! Пријава је потврђена и место је сигурно.',
		'Thank you! The sign-up is confirmed and the place is secured.'
	],
	'registrations.guardian.recorded': [
		'Хвала! Сагласност је забележена; пријава чека слободно место или одобрење канцеларије.',
		'Thank you! Your consent is recorded; the sign-up is waiting for a free place or the office’s approval.'
	],
	'registrations.guardian.alreadyConfirmed': [
		'Сагласност је већ раније дата. Хвала!',
		'Consent was already given. Thank you!'
	],
	'registrations.guardian.expired': [
		'Рок за потврду је истекао и место је ослобођено. Пријава се може поново послати ако још има места.',
		'The time to confirm has passed and the place was freed. Sign up again if places are still available.'
	],

	// E-mails
	'registrations.mail.greeting': ['Здраво, {name},', 'Hello {name},'],
	'registrations.mail.where': ['Место', 'Place'],
	'registrations.mail.eventPage': ['Више о догађају', 'About the event'],
	'registrations.mail.reason': ['Разлог', 'Reason'],
	'registrations.mail.checkInCode': ['Ваш код за улазак: {code}', 'Your entry code: {code}'],
	'registrations.mail.privateLink': [
		'Ваш приватни линк за преглед и отказивање пријаве (не делите га ни са ким):\n{link}',
		'Your private link to view or cancel the registration (do not share it):\n{link}'
	],
	'registrations.mail.guardianStillNeeded': [
		'Још је потребна потврда родитеља или старатеља, преко линка који смо му/јој послали.',
		'Your parent or guardian still needs to confirm, with the link we sent them.'
	],
	'registrations.mail.signature': ['Поздрав,\n{office}', 'Best wishes,\n{office}'],
	'registrations.mail.confirmed.subject': ['Пријава потврђена: {event}', 'Registration confirmed: {event}'],
	'registrations.mail.confirmed.text': [
		'хвала на пријави! Место на догађају „{event}” је ваше. У прилогу је позивница за ваш календар.',
		'thank you for signing up! Your place at “{event}” is confirmed. The attached invitation adds it to your calendar.'
	],
	'registrations.mail.promoted.subject': ['Добили сте место: {event}', 'You got a place: {event}'],
	'registrations.mail.promoted.text': [
		'добре вести: ослободило се место и сада је ваше. Догађај „{event}” вас чека. У прилогу је позивница за календар.',
		'good news: a place has freed up and it is now yours. “{event}” is waiting for you. The attached invitation adds it to your calendar.'
	],
	'registrations.mail.approved.subject': ['Пријава прихваћена: {event}', 'Sign-up accepted: {event}'],
	'registrations.mail.approved.text': [
		'канцеларија је прихватила вашу пријаву за „{event}”. Место је ваше; у прилогу је позивница за календар.',
		'the office has accepted your sign-up for “{event}”. The place is yours; the attached invitation adds it to your calendar.'
	],
	'registrations.mail.guardianConfirmed.subject': [
		'Родитељ је потврдио пријаву: {event}',
		'Your parent confirmed: {event}'
	],
	'registrations.mail.guardianConfirmed.text': [
		'родитељ или старатељ је потврдио вашу пријаву за „{event}”. Место је ваше; у прилогу је позивница за календар.',
		'your parent or guardian has confirmed your sign-up for “{event}”. The place is yours; the attached invitation adds it to your calendar.'
	],
	'registrations.mail.waitlisted.subject': ['Листа чекања: {event}', 'Waitlist: {event}'],
	'registrations.mail.waitlisted.text': [
		'сва места за „{event}” су попуњена, па сте на листи чекања, као {position}. по реду. Ако се место ослободи, добијате га аутоматски и јављамо вам.',
		'all places for “{event}” are taken, so you are on the waitlist, number {position}. If a place frees up, it is yours automatically and we let you know.'
	],
	'registrations.mail.pendingApproval.subject': ['Примили смо пријаву: {event}', 'Sign-up received: {event}'],
	'registrations.mail.pendingApproval.text': [
		'примили смо вашу пријаву за „{event}”. Пријаве одобравамо појединачно и јавићемо вам се када одлучимо.',
		'we have received your sign-up for “{event}”. We approve sign-ups one by one and will let you know once we decide.'
	],
	'registrations.mail.pendingGuardian.subject': [
		'Чекамо потврду родитеља: {event}',
		'Waiting for your parent: {event}'
	],
	'registrations.mail.pendingGuardian.text': [
		'чувамо вам место за „{event}”. Родитељу или старатељу смо послали е-поруку: када потврди, место је ваше.',
		'we are holding a place for you at “{event}”. We have e-mailed your parent or guardian: once they confirm, the place is yours.'
	],
	'registrations.mail.declined.subject': ['Пријава није прихваћена: {event}', 'Sign-up not accepted: {event}'],
	'registrations.mail.declined.text': [
		'нажалост, овог пута не можемо да прихватимо вашу пријаву за „{event}”. Надамо се да се видимо на неком од следећих догађаја.',
		'unfortunately we cannot accept your sign-up for “{event}” this time. We hope to see you at one of our next events.'
	],
	'registrations.mail.holdExpired.subject': [
		'Место више није резервисано: {event}',
		'Your place is no longer held: {event}'
	],
	'registrations.mail.holdExpired.text': [
		'родитељ или старатељ није потврдио пријаву за „{event}” на време, па је место ослобођено. Можете се пријавити поново ако још има места.',
		'your parent or guardian did not confirm the sign-up for “{event}” in time, so the place was freed. You can sign up again if places are left.'
	],
	'registrations.mail.cancelledByStaff.subject': ['Пријава отказана: {event}', 'Registration cancelled: {event}'],
	'registrations.mail.cancelledByStaff.text': [
		'канцеларија је отказала вашу пријаву за „{event}”. Ако мислите да је у питању грешка, јавите нам се.',
		'the office has cancelled your registration for “{event}”. If you think this is a mistake, please get in touch.'
	],
	'registrations.mail.reminder.subject': ['Подсетник: {event} почиње {when}', 'Reminder: {event} starts {when}'],
	'registrations.mail.reminder.text': [
		'подсећамо вас да „{event}” почиње {when}. Ако ипак не можете да дођете, откажите пријаву да би место добио неко са листе чекања.',
		'this is a reminder that “{event}” starts {when}. If you cannot come after all, please cancel so that someone on the waitlist gets your place.'
	],
	'registrations.mail.reminder.when.today': ['данас у {time}', 'today at {time}'],
	'registrations.mail.reminder.when.tomorrow': ['сутра у {time}', 'tomorrow at {time}'],
	'registrations.mail.reminder.when.later': ['{date} у {time}', 'on {date} at {time}'],
	'registrations.mail.eventCancelled.subject': ['Догађај је отказан: {event}', 'Event cancelled: {event}'],
	'registrations.mail.eventCancelled.text': [
		'нажалост, догађај „{event}” је отказан. Извињавамо се због промене планова.',
		'unfortunately “{event}” has been cancelled. We are sorry for the change of plans.'
	],
	'registrations.mail.eventRescheduled.subject': ['Ново време: {event}', 'New time: {event}'],
	'registrations.mail.eventRescheduled.text': [
		'догађај „{event}” је померен. Ваша пријава важи и даље; ево новог распореда. Ако вам ново време не одговара, откажите пријаву.',
		'“{event}” has been moved. Your registration still stands; here is the new schedule. If the new time does not suit you, please cancel.'
	],
	'registrations.mail.guardianRequest.subject': [
		'Потврдите пријаву: {name} – {event}',
		'Please confirm: {name} – {event}'
	],
	'registrations.mail.guardianRequest.text': [
		'Поштовани/а {guardian},\n\n{name} се пријавио/ла за догађај канцеларије за младе. Пошто је млађи/а од 15 година, потребна је ваша сагласност.',
		'Dear {guardian},\n\n{name} has signed up for an event of the youth office. As they are under 15, your consent is needed.'
	],
	'registrations.mail.guardianRequest.action': [
		{
			by: 'hours',
			one: 'Ако се слажете, потврдите пријаву преко овог линка у року од {hours} сата (дотле место чувамо):\n{link}\n\nАко се не слажете, занемарите ову поруку и место ће бити ослобођено.',
			few: 'Ако се слажете, потврдите пријаву преко овог линка у року од {hours} сата (дотле место чувамо):\n{link}\n\nАко се не слажете, занемарите ову поруку и место ће бити ослобођено.',
			other:
				'Ако се слажете, потврдите пријаву преко овог линка у року од {hours} сати (дотле место чувамо):\n{link}\n\nАко се не слажете, занемарите ову поруку и место ће бити ослобођено.'
		},
		{
			by: 'hours',
			one: 'If you agree, confirm the sign-up with this link within {hours} hour (we hold the place until then):\n{link}\n\nIf you do not agree, ignore this message and the place will be freed.',
			other:
				'If you agree, confirm the sign-up with this link within {hours} hours (we hold the place until then):\n{link}\n\nIf you do not agree, ignore this message and the place will be freed.'
		}
	],

	// The back-office list
	'registrations.admin.title': ['Пријаве: {event}', 'Registrations: {event}'],
	'registrations.admin.link': ['Пријаве', 'Registrations'],
	'registrations.admin.counts': ['Бројеви по статусу', 'Counts by status'],
	'registrations.admin.capacity': ['Места: {held} од {capacity} заузето', 'Places: {held} of {capacity} taken'],
	'registrations.admin.noLimit': ['Места: {held} заузето, без ограничења', 'Places: {held} taken, no limit'],
	'registrations.admin.search': ['Претрага (име, е-пошта, телефон, код)', 'Search (name, e-mail, phone, code)'],
	'registrations.admin.statusFilter': ['Статус', 'Status'],
	'registrations.admin.all': ['Сви', 'All'],
	'registrations.admin.filterSubmit': ['Прикажи', 'Show'],
	'registrations.admin.empty': ['Нема пријава које одговарају.', 'No registrations match.'],
	'registrations.admin.colName': ['Име', 'Name'],
	'registrations.admin.colContact': ['Контакт', 'Contact'],
	'registrations.admin.colBirthYear': ['Година рођења', 'Born'],
	'registrations.admin.colStatus': ['Статус', 'Status'],
	'registrations.admin.colRegistered': ['Пријављен/а', 'Signed up'],
	'registrations.admin.colActions': ['Радње', 'Actions'],
	'registrations.admin.position': ['{position}. на листи', 'number {position} in line'],
	'registrations.admin.guardian': ['Родитељ: {name}', 'Parent: {name}'],
	'registrations.admin.accept': ['Прихвати', 'Accept'],
	'registrations.admin.decline': ['Одбиј', 'Decline'],
	'registrations.admin.cancel': ['Откажи', 'Cancel'],
	'registrations.admin.promote': ['Дај место', 'Give a place'],
	'registrations.admin.accepted': [
		'Пријава је прихваћена и особа је обавештена.',
		'The sign-up was accepted and the person told.'
	],
	'registrations.admin.acceptedToWaitlist': [
		'Пријава је прихваћена, али су сва места заузета: особа је стављена на листу чекања и обавештена.',
		'The sign-up was accepted, but all places are taken: the person was put on the waitlist and told.'
	],
	'registrations.admin.declined': [
		'Пријава је одбијена и особа је обавештена.',
		'The sign-up was declined and the person told.'
	],
	'registrations.admin.cancelled': ['Пријава је отказана.', 'The registration was cancelled.'],
	'registrations.admin.promoted': ['Особа је добила место и обавештена је.', 'The person got a place and was told.'],
	'registrations.admin.notPending': [
		'Ова пријава више не чека одлуку.',
		'This sign-up is no longer waiting for a decision.'
	],
	'registrations.admin.notWaitlisted': [
		'Ова особа више није на листи чекања.',
		'This person is no longer on the waitlist.'
	],
	'registrations.admin.noFreePlace': ['Нема слободног места.', 'There is no free place.'],
	'registrations.admin.add': ['Додај пријаву', 'Add a registration'],
	'registrations.admin.addIntro': [
		'За некога ко се јавио телефоном или дошао у канцеларију. Одобрење није потребно; за млађе од 15 сагласност родитеља узмите на папиру.',
		'For someone who phoned or came to the office. No approval step; for under-15s, take the parent’s consent on paper.'
	],
	'registrations.admin.added': ['Пријава је додата.', 'The registration was added.'],
	'registrations.admin.addedToWaitlist': [
		'Пријава је додата на листу чекања: места су попуњена.',
		'The registration was added to the waitlist: all places are taken.'
	],
	'registrations.admin.consentByStaff': [
		'Сагласност дата усмено, уписао/ла {name}.',
		'Consent given in person, recorded by {name}.'
	],
	'registrations.admin.source.staff': ['уписало особље', 'added by staff'],
	'registrations.admin.source.walk_in': ['дошао/ла без пријаве', 'walk-in'],
	'registrations.admin.backToEvent': ['Назад на догађај', 'Back to the event'],

	// The account page
	'registrations.mine.title': ['Моје пријаве', 'My registrations'],
	'registrations.mine.onEvent': ['Пријављени сте за овај догађај.', 'You are registered for this event.'],
	'registrations.mine.code': ['Шифра за улаз: {code}', 'Entry code: {code}'],
	'registrations.mine.manage': [
		'Моја пријава: код за скенирање, календар, отказивање',
		'My registration: code to scan, calendar, cancelling'
	],
	'registrations.mine.empty': [
		'Још се нисте пријавили ни за један догађај.',
		'You have not signed up for any event yet.'
	],
	'registrations.mine.hint': [
		'Шифру за улаз, календар и отказивање сваке пријаве имате овде; исто отвара и приватни линк из е-поруке.',
		'Each registration’s entry code, calendar and cancelling are right here; the private link in the e-mail opens the same.'
	],
	'registrations.mine.privatePage': ['Страница ове пријаве', 'This registration’s page'],
	'registrations.dashboard.pendingApproval': [
		{
			one: '{count} пријава чека ваше одобрење',
			few: '{count} пријаве чекају ваше одобрење',
			other: '{count} пријава чека ваше одобрење'
		},
		{
			one: '{count} registration is waiting for your approval',
			other: '{count} registrations are waiting for your approval'
		}
	],
	'registrations.dashboard.received': ['Примљене пријаве на догађаје', 'Registrations received'],
	'registrations.message.title': ['Пишите пријављенима', 'Write to registrants'],
	'registrations.message.intro': [
		'Порука иде е-поштом свакој особи из изабране групе која је оставила адресу, једном по адреси. Сачуваћемо је у дневнику измена.',
		'The message goes by e-mail to everyone in the chosen group who left an address, once per address. It is recorded in the audit log.'
	],
	'registrations.message.audience': ['Коме', 'To'],
	'registrations.message.audience.all': ['Свима који су пријављени или чекају', 'Everyone registered or waiting'],
	'registrations.message.audience.confirmed': ['Потврђенима', 'Confirmed'],
	'registrations.message.audience.waitlisted': ['Онима на листи чекања', 'On the waitlist'],
	'registrations.message.audience.attended': ['Онима који су дошли', 'Those who attended'],
	'registrations.message.subject': ['Наслов', 'Subject'],
	'registrations.message.body': ['Порука', 'Message'],
	'registrations.message.submit': ['Пошаљи поруку', 'Send the message'],
	'registrations.message.sent': [
		{
			one: 'Порука је послата на {count} адресу.',
			few: 'Порука је послата на {count} адресе.',
			other: 'Порука је послата на {count} адреса.'
		},
		{ one: 'The message was sent to {count} address.', other: 'The message was sent to {count} addresses.' }
	],
	'registrations.message.mailFooter': [
		'Ову поруку добијате јер сте се пријавили за „{event}“.',
		'You are receiving this because you registered for “{event}”.'
	],

	// Data-rights export (manifest hook personalData).
	'registrations.personalData.own': ['Пријаве за догађаје', 'Event registrations'],
	'registrations.personalData.guardian': [
		'Пријаве малолетника за које сте дали сагласност',
		'Registrations of minors you gave consent for'
	]
});
