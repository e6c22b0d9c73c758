import { defineMessages } from '../../../i18n/define.ts';

/** The public directory, self-service by representatives, claims, reviews and yearly confirmation. */
export const organisationDirectoryMessages = defineMessages({
	'organisations.requests.nav': ['Захтеви организација', 'Organisation requests'],

	// The public directory
	'organisations.directory.nav': ['Удружења', 'Associations'],
	'organisations.directory.download': ['Преузмите јавни именик организација:', 'Download the public directory:'],
	'organisations.directory.title': ['Удружења и партнери', 'Associations and partners'],
	'organisations.directory.intro': [
		'Удружења младих, удружења за младе, неформалне групе и установе које раде са младима у општини.',
		'Youth associations, associations for youth, informal groups and institutions working with young people in the municipality.'
	],
	'organisations.directory.filters': ['Претрага и филтери', 'Search and filters'],
	'organisations.directory.query': ['Назив или опис', 'Name or description'],
	'organisations.directory.type': ['Врста', 'Type'],
	'organisations.directory.anyType': ['Све врсте', 'All types'],
	'organisations.directory.area': ['Област рада', 'Area of work'],
	'organisations.directory.anyArea': ['Све области', 'All areas'],
	'organisations.directory.target': ['Циљна група', 'Target group'],
	'organisations.directory.anyTarget': ['Све циљне групе', 'All target groups'],
	'organisations.directory.submit': ['Прикажи', 'Show'],
	'organisations.directory.showAll': ['Поништи избор', 'Clear filters'],
	'organisations.directory.count': [
		{
			one: 'Пронађена је {count} организација.',
			few: 'Пронађене су {count} организације.',
			other: 'Пронађено је {count} организација.'
		},
		{ one: '{count} organisation found.', other: '{count} organisations found.' }
	],
	'organisations.directory.empty': ['Ниједна организација не одговара избору.', 'No organisation matches this choice.'],
	'organisations.directory.inactive': ['Тренутно неактивна', 'Currently inactive'],
	'organisations.directory.partner': ['Партнер канцеларије', 'Partner of the office'],
	'organisations.directory.inSerbian': ['Опис је само на српском.', 'The description is in Serbian only.'],
	'organisations.directory.askToBeListed': ['Ваше организације нема на списку?', 'Is your organisation missing?'],
	'organisations.directory.askLink': ['Затражите упис у регистар', 'Ask to be listed'],
	'organisations.directory.myOrganisations': ['Моје организације', 'My organisations'],

	// One organisation's page
	'organisations.page.about': ['О организацији', 'About the organisation'],
	'organisations.page.areas': ['Области рада', 'Areas of work'],
	'organisations.page.targets': ['Циљне групе', 'Target groups'],
	'organisations.page.contact': ['Контакт', 'Contact'],
	'organisations.page.address': ['Адреса', 'Address'],
	'organisations.page.email': ['Е-пошта', 'E-mail'],
	'organisations.page.phone': ['Телефон', 'Phone'],
	'organisations.page.website': ['Веб-сајт', 'Website'],
	'organisations.page.social': ['Друштвене мреже', 'Social networks'],
	'organisations.page.members': ['Чланство', 'Membership'],
	'organisations.page.memberCount': ['Број чланова: {count}', 'Members: {count}'],
	'organisations.page.youngMemberCount': ['Од тога младих: {count}', 'Of them young people: {count}'],
	'organisations.page.registration': ['Регистрација', 'Registration'],
	'organisations.page.registrationNumber': ['Матични број: {number}', 'Registration number: {number}'],
	'organisations.page.registeredOn': ['Датум уписа: {date}', 'Registered on: {date}'],
	'organisations.page.ministryRegister': [
		'Уписана у евиденцију удружења младих и за младе Министарства',
		'In the ministry’s register of youth associations and associations for youth'
	],
	'organisations.page.contacts': ['Особе за контакт', 'Contact persons'],
	'organisations.page.jointEvents': ['Заједничке активности са канцеларијом', 'Joint activities with the office'],
	'organisations.page.confirmedAt': ['Подаци потврђени: {date}', 'Details confirmed: {date}'],
	'organisations.page.back': ['Назад на списак', 'Back to the list'],
	'organisations.page.logo': ['Лого: {name}', 'Logo: {name}'],

	// Claims
	'organisations.claim.button': ['Ја представљам ову организацију', 'I represent this organisation'],
	'organisations.claim.title': ['Представљате организацију „{organisation}”?', 'Do you represent “{organisation}”?'],
	'organisations.claim.intro': [
		'Када канцеларија потврди захтев, моћи ћете сами да ажурирате податке организације.',
		'Once the office confirms your request you will be able to keep the organisation’s details up to date yourself.'
	],
	'organisations.claim.signInFirst': [
		'Пријавите се или направите налог да бисте затражили право да уређујете профил.',
		'Sign in or create an account to ask to edit this profile.'
	],
	'organisations.claim.role': ['Ваша улога у организацији', 'Your role in the organisation'],
	'organisations.claim.roleHint': [
		'На пример: председница, секретар, координатор.',
		'For example: president, secretary, coordinator.'
	],
	'organisations.claim.message': ['Порука канцеларији', 'Message to the office'],
	'organisations.claim.consent': [
		'Сагласан/на сам да канцеларија чува моје име, е-пошту и улогу у организацији ради провере захтева и сарадње.',
		'I agree that the office keeps my name, e-mail and role in the organisation to check this request and to work with us.'
	],
	'organisations.claim.consentRequired': ['Потребна је ваша сагласност.', 'Your consent is needed.'],
	'organisations.claim.submit': ['Пошаљи захтев', 'Send the request'],
	'organisations.claim.sent': [
		'Захтев је послат. Јавићемо вам се е-поштом када га канцеларија размотри.',
		'Your request has been sent. We will e-mail you once the office has looked at it.'
	],
	'organisations.claim.sentBack': [
		'Захтев да представљате удружење је послат; канцеларија ће вам јавити е-поштом кад га размотри. Док чекате, можете да наставите где сте стали.',
		'Your request to represent the association has been sent; the office will e-mail you once it has looked at it. Meanwhile you can carry on where you were.'
	],
	'organisations.claim.back': ['Наставите где сте стали', 'Carry on where you were'],
	'organisations.claim.alreadyPending': [
		'Ваш захтев већ чека одлуку канцеларије.',
		'Your request is already waiting for the office.'
	],
	'organisations.claim.alreadyApproved': [
		'Већ представљате ову организацију.',
		'You already represent this organisation.'
	],
	'organisations.claim.youRepresent': ['Ви представљате ову организацију.', 'You represent this organisation.'],
	'organisations.claim.editLink': ['Уреди профил организације', 'Edit the organisation’s profile'],
	'organisations.claim.staffMailSubject': [
		'Захтев за представљање: {organisation}',
		'Request to represent: {organisation}'
	],
	'organisations.claim.staffMailBody': [
		'{name} <{email}> жели да представља организацију „{organisation}” (улога: {role}).\n\nЗахтев је на страници Захтеви организација.',
		'{name} <{email}> asks to represent “{organisation}” (role: {role}).\n\nThe request is on the Organisation requests page.'
	],
	'organisations.claim.mail.approved.subject': ['Захтев одобрен: {organisation}', 'Request approved: {organisation}'],
	'organisations.claim.mail.approved.body': [
		'Поздрав, {name},\n\nканцеларија је потврдила да представљате организацију „{organisation}”. Профил можете уређивати овде:\n{link}',
		'Hello {name},\n\nthe office has confirmed that you represent “{organisation}”. You can edit its profile here:\n{link}'
	],
	'organisations.claim.mail.rejected.subject': [
		'Захтев није одобрен: {organisation}',
		'Request not approved: {organisation}'
	],
	'organisations.claim.mail.rejected.body': [
		'Поздрав, {name},\n\nканцеларија није одобрила ваш захтев да представљате организацију „{organisation}”. За више информација јавите нам се.',
		'Hello {name},\n\nthe office has not approved your request to represent “{organisation}”. Get in touch with us for more information.'
	],
	'organisations.claim.mail.revoked.subject': [
		'Право уређивања опозвано: {organisation}',
		'Editing rights withdrawn: {organisation}'
	],
	'organisations.claim.mail.revoked.body': [
		'Поздрав, {name},\n\nвише не можете да уређујете профил организације „{organisation}”.',
		'Hello {name},\n\nyou can no longer edit the profile of “{organisation}”.'
	],

	// Self-service editing
	'organisations.selfService.myLink': [
		'Профили организација које представљате и ваши захтеви',
		'Profiles of the organisations you represent, and your requests'
	],
	'organisations.selfService.title': ['Профил: {organisation}', 'Profile: {organisation}'],
	'organisations.selfService.intro': [
		'Ажурирајте податке своје организације. Назив, врсту и регистарске податке мења канцеларија.',
		'Keep your organisation’s details up to date. The office changes the name, type and registration details.'
	],
	'organisations.selfService.reviewOn': [
		'Измене података који се виде јавно објављују се када их канцеларија прегледа.',
		'Changes to details shown publicly go live once the office has reviewed them.'
	],
	'organisations.selfService.reviewOff': ['Измене се објављују одмах.', 'Changes go live at once.'],
	'organisations.selfService.description': ['Опис', 'Description'],
	'organisations.selfService.descriptionEn': ['Опис на енглеском', 'Description in English'],
	'organisations.selfService.address': ['Адреса', 'Address'],
	'organisations.selfService.email': ['Е-пошта организације', 'Organisation’s e-mail'],
	'organisations.selfService.phone': ['Телефон', 'Phone'],
	'organisations.selfService.website': ['Веб-сајт', 'Website'],
	'organisations.selfService.social': ['Друштвене мреже', 'Social networks'],
	'organisations.selfService.socialHint': [
		'Једна адреса по реду, почиње са https://',
		'One address per line, starting with https://'
	],
	'organisations.selfService.socialInvalid': [
		'Унесите највише десет адреса које почињу са http:// или https://.',
		'Enter at most ten addresses starting with http:// or https://.'
	],
	'organisations.selfService.areas': ['Области рада', 'Areas of work'],
	'organisations.selfService.targets': ['Циљне групе', 'Target groups'],
	'organisations.selfService.memberCount': ['Број чланова', 'Number of members'],
	'organisations.selfService.youngMemberCount': ['Од тога младих (15–30)', 'Of them young people (15–30)'],
	'organisations.selfService.youngMoreThanAll': [
		'Младих не може бити више него свих чланова.',
		'There cannot be more young members than members.'
	],
	'organisations.selfService.publicFields': ['Шта се види јавно', 'What is shown publicly'],
	'organisations.selfService.publicFieldsHint': [
		'Назив, врста, области и опис увек су јавни. Остало изаберите овде.',
		'The name, type, areas and description are always public. Choose the rest here.'
	],
	'organisations.selfService.contacts': ['Особе за контакт', 'Contact persons'],
	'organisations.selfService.contactsHint': [
		'Особа се види јавно само ако је означена као јавна и ако су особе за контакт изабране међу јавним подацима. Празан ред се не чува.',
		'A person is shown publicly only when marked public and when contact persons are chosen among the public details. Empty rows are not saved.'
	],
	'organisations.selfService.contact': ['Особа {number}', 'Person {number}'],
	'organisations.selfService.contactName': ['Име и презиме', 'Name'],
	'organisations.selfService.contactRole': ['Улога', 'Role'],
	'organisations.selfService.contactEmail': ['Е-пошта', 'E-mail'],
	'organisations.selfService.contactPhone': ['Телефон', 'Phone'],
	'organisations.selfService.contactAdult': ['Пунолетна особа', 'Adult'],
	'organisations.selfService.contactPublic': ['Приказати јавно', 'Show publicly'],
	'organisations.selfService.adultContactRequired': [
		'Неформална група мора имати бар једну пунолетну особу за контакт.',
		'An informal group needs at least one adult contact person.'
	],
	'organisations.selfService.members': ['Чланови групе', 'Members of the group'],
	'organisations.selfService.membersHint': [
		'Име и година рођења. Чланови се никада не приказују јавно; служе канцеларији за старосни профил групе.',
		'Name and year of birth. Members are never shown publicly; the office uses them for the group’s age profile.'
	],
	'organisations.selfService.member': ['Члан {number}', 'Member {number}'],
	'organisations.selfService.memberName': ['Име', 'Name'],
	'organisations.selfService.memberBirthYear': ['Година рођења', 'Year of birth'],
	'organisations.selfService.birthYearInvalid': [
		'Унесите годину рођења, нпр. 2006.',
		'Enter a year of birth, e.g. 2006.'
	],
	'organisations.selfService.save': ['Сачувај измене', 'Save changes'],
	'organisations.selfService.savedLive': ['Измене су сачуване и објављене.', 'Your changes are saved and live.'],
	'organisations.selfService.savedPending': [
		'Измене су сачуване. Оне које се виде јавно чекају преглед канцеларије.',
		'Your changes are saved. Those shown publicly wait for the office’s review.'
	],
	'organisations.selfService.noChanges': ['Нисте ништа изменили.', 'You did not change anything.'],
	'organisations.selfService.history': ['Историја измена', 'History of changes'],
	'organisations.selfService.historyEmpty': ['Још нема измена.', 'No changes yet.'],
	'organisations.selfService.myTitle': ['Моје организације', 'My organisations'],
	'organisations.selfService.myEmpty': [
		'Још не представљате ниједну организацију. Пронађите своју у регистру и затражите право уређивања.',
		'You do not represent any organisation yet. Find yours in the directory and ask to edit it.'
	],
	'organisations.selfService.claimStatus.pending': ['Захтев чека одлуку', 'Request waiting'],
	'organisations.selfService.claimStatus.approved': ['Представљате', 'You represent it'],
	'organisations.selfService.claimStatus.rejected': ['Захтев одбијен', 'Request rejected'],
	'organisations.selfService.claimStatus.revoked': ['Право опозвано', 'Rights withdrawn'],
	'organisations.selfService.edit': ['Уреди', 'Edit'],

	// Field names in the history and on the review screen
	'organisations.review.field.description': ['Опис', 'Description'],
	'organisations.review.field.descriptionEn': ['Опис на енглеском', 'Description in English'],
	'organisations.review.field.address': ['Адреса', 'Address'],
	'organisations.review.field.email': ['Е-пошта', 'E-mail'],
	'organisations.review.field.phone': ['Телефон', 'Phone'],
	'organisations.review.field.website': ['Веб-сајт', 'Website'],
	'organisations.review.field.socialLinks': ['Друштвене мреже', 'Social networks'],
	'organisations.review.field.areas': ['Области рада', 'Areas of work'],
	'organisations.review.field.targetGroups': ['Циљне групе', 'Target groups'],
	'organisations.review.field.memberCount': ['Број чланова', 'Number of members'],
	'organisations.review.field.youngMemberCount': ['Број младих чланова', 'Number of young members'],
	'organisations.review.field.publicFields': ['Јавни подаци', 'Public details'],
	'organisations.review.field.contacts': ['Особе за контакт', 'Contact persons'],
	'organisations.review.field.members': ['Чланови групе', 'Members of the group'],
	'organisations.review.status.applied': ['Објављено', 'Live'],
	'organisations.review.status.pending': ['Чека преглед', 'Waiting for review'],
	'organisations.review.status.rejected': ['Одбијено', 'Rejected'],
	'organisations.review.before': ['Пре', 'Before'],
	'organisations.review.after': ['После', 'After'],
	'organisations.review.approve': ['Објави измене', 'Publish the changes'],
	'organisations.review.reject': ['Одбиј измене', 'Reject the changes'],
	'organisations.review.staffMailSubject': [
		'Измене профила чекају преглед: {organisation}',
		'Profile changes to review: {organisation}'
	],
	'organisations.review.staffMailBody': [
		'{name} је изменио/ла профил организације „{organisation}”. Измене јавних података чекају преглед на страници Захтеви организација.',
		'{name} has changed the profile of “{organisation}”. Changes to public details wait for review on the Organisation requests page.'
	],
	'organisations.review.mail.applied.subject': [
		'Измене објављене: {organisation}',
		'Changes published: {organisation}'
	],
	'organisations.review.mail.applied.body': [
		'Поздрав, {name},\n\nканцеларија је објавила ваше измене профила организације „{organisation}”.',
		'Hello {name},\n\nthe office has published your changes to the profile of “{organisation}”.'
	],
	'organisations.review.mail.rejected.subject': [
		'Измене нису објављене: {organisation}',
		'Changes not published: {organisation}'
	],
	'organisations.review.mail.rejected.body': [
		'Поздрав, {name},\n\nканцеларија није објавила ваше измене профила организације „{organisation}”. За више информација јавите нам се.',
		'Hello {name},\n\nthe office has not published your changes to the profile of “{organisation}”. Get in touch with us for more information.'
	],

	// Listing requests
	'organisations.listing.form.title': ['Упис организације у регистар', 'Ask to list an organisation'],
	'organisations.listing.form.intro': [
		'Пошаљите основне податке. Канцеларија ће их проверити пре објављивања и јавити вам се е-поштом.',
		'Send the basic details. The office checks them before they are published and will reply by e-mail.'
	],
	'organisations.listing.form.name': ['Назив организације', 'Name of the organisation'],
	'organisations.listing.form.type': ['Врста', 'Type'],
	'organisations.listing.form.chooseType': ['Изаберите врсту', 'Choose a type'],
	'organisations.listing.form.typeRequired': ['Изаберите врсту организације.', 'Choose the type of organisation.'],
	'organisations.listing.form.areas': ['Области рада', 'Areas of work'],
	'organisations.listing.form.description': ['Кратак опис', 'Short description'],
	'organisations.listing.form.email': ['Е-пошта за контакт', 'Contact e-mail'],
	'organisations.listing.form.emailHint': [
		'На ову адресу стиже одговор канцеларије; не објављује се.',
		'The office replies to this address; it is not published.'
	],
	'organisations.listing.form.consent': [
		'Сагласан/на сам да канцеларија чува ове податке ради уписа у регистар и сарадње.',
		'I agree that the office keeps these details to list the organisation and to work with it.'
	],
	'organisations.listing.form.consentRequired': ['Потребна је ваша сагласност.', 'Your consent is needed.'],
	'organisations.listing.form.trap': ['Не попуњавајте ово поље', 'Leave this field empty'],
	'organisations.listing.form.submit': ['Пошаљи захтев', 'Send the request'],
	'organisations.listing.form.claimNote': [
		'Захтев за упис послат са овог налога.',
		'Listing requested from this account.'
	],
	'organisations.listing.sentBack': [
		'Захтев за упис удружења у именик је послат; канцеларија ће вам јавити е-поштом кад га размотри. Док чекате, можете да наставите где сте стали.',
		'Your request to list the association has been sent; the office will e-mail you once it has looked at it. Meanwhile you can carry on where you were.'
	],
	'organisations.listing.sent.title': ['Захтев је послат', 'Request sent'],
	'organisations.listing.sent.text': [
		'Хвала! Канцеларија ће проверити податке и јавити вам се е-поштом.',
		'Thank you! The office will check the details and reply by e-mail.'
	],
	'organisations.listing.staffMailSubject': [
		'Захтев за упис у регистар: {organisation}',
		'Listing request: {organisation}'
	],
	'organisations.listing.staffMailBody': [
		'Стигао је захтев за упис организације „{organisation}” ({email}). Захтев је на страници Захтеви организација.',
		'A request to list “{organisation}” ({email}) has arrived. It is on the Organisation requests page.'
	],
	'organisations.listing.mail.listed.subject': [
		'Организација уписана: {organisation}',
		'Organisation listed: {organisation}'
	],
	'organisations.listing.mail.listed.body': [
		'Поздрав,\n\nорганизација „{organisation}” је уписана у јавни регистар:\n{link}',
		'Hello,\n\n“{organisation}” is now in the public directory:\n{link}'
	],
	'organisations.listing.mail.rejected.subject': [
		'Организација није уписана: {organisation}',
		'Organisation not listed: {organisation}'
	],
	'organisations.listing.mail.rejected.body': [
		'Поздрав,\n\nканцеларија није уписала организацију „{organisation}” у регистар. За више информација јавите нам се.',
		'Hello,\n\nthe office has not listed “{organisation}”. Get in touch with us for more information.'
	],

	// Yearly confirmation
	'organisations.confirm.title': ['Потврда података организације', 'Confirming the organisation’s details'],
	'organisations.confirm.question': [
		'Да ли је организација „{organisation}” и даље активна и да ли су њени подаци тачни?',
		'Is “{organisation}” still active, and are its details correct?'
	],
	'organisations.confirm.confirmed': ['Активна смо, подаци су тачни', 'Still active, details correct'],
	'organisations.confirm.changes': ['Активна смо, подаци треба да се измене', 'Active, details need changes'],
	'organisations.confirm.inactive': ['Више нисмо активни', 'No longer active'],
	'organisations.confirm.thanks.confirmed': [
		'Хвала! Потврдили сте податке.',
		'Thank you! You have confirmed the details.'
	],
	'organisations.confirm.thanks.changes': [
		'Хвала! Канцеларија ће вас контактирати због измена.',
		'Thank you! The office will get in touch about the changes.'
	],
	'organisations.confirm.thanks.inactive': [
		'Хвала што сте нам јавили. Организација је означена као неактивна.',
		'Thank you for letting us know. The organisation is marked inactive.'
	],
	'organisations.confirm.linkInvalid': [
		'Ова веза више не важи: већ је искоришћена или је истекла.',
		'This link no longer works: it has been used or it has expired.'
	],
	'organisations.confirm.used': [
		'На ову потврду је већ одговорено. Хвала!',
		'This confirmation has already been answered. Thank you!'
	],
	'organisations.confirm.expired': [
		'Веза је истекла. Јавите се канцеларији да потврдите податке.',
		'The link has expired. Get in touch with the office to confirm the details.'
	],
	'organisations.confirm.unknown': ['Веза није исправна.', 'The link is not valid.'],
	'organisations.confirm.noEmail': ['Организација нема адресу е-поште.', 'The organisation has no e-mail address.'],
	'organisations.confirm.mailSubject': [
		'Да ли су подаци и даље тачни? ({office})',
		'Are your details still correct? ({office})'
	],
	'organisations.confirm.mailBody': [
		{
			by: 'days',
			one: 'Поздрав,\n\n{office} води регистар удружења и партнера. Једним кликом потврдите да је организација „{organisation}” и даље активна и да су подаци тачни:\n{link}\n\nВеза важи {days} дан и може се искористити једном.',
			few: 'Поздрав,\n\n{office} води регистар удружења и партнера. Једним кликом потврдите да је организација „{organisation}” и даље активна и да су подаци тачни:\n{link}\n\nВеза важи {days} дана и може се искористити једном.',
			other:
				'Поздрав,\n\n{office} води регистар удружења и партнера. Једним кликом потврдите да је организација „{organisation}” и даље активна и да су подаци тачни:\n{link}\n\nВеза важи {days} дана и може се искористити једном.'
		},
		{
			by: 'days',
			one: 'Hello,\n\n{office} keeps a directory of associations and partners. With one click, confirm that “{organisation}” is still active and its details are correct:\n{link}\n\nThe link works for {days} day and only once.',
			other:
				'Hello,\n\n{office} keeps a directory of associations and partners. With one click, confirm that “{organisation}” is still active and its details are correct:\n{link}\n\nThe link works for {days} days and only once.'
		}
	],

	// The staff's requests screen
	'organisations.requests.title': ['Захтеви организација', 'Organisation requests'],
	'organisations.requests.claims': ['Захтеви за представљање', 'Requests to represent'],
	'organisations.requests.claimsEmpty': ['Нема захтева за представљање.', 'No requests to represent.'],
	'organisations.requests.representatives': ['Представници организација', 'Representatives of organisations'],
	'organisations.requests.representativesEmpty': [
		'Још нема одобрених представника.',
		'No approved representatives yet.'
	],
	'organisations.requests.revokeClaim': ['Опозови: {name}, {organisation}', 'Withdraw: {name}, {organisation}'],
	'organisations.requests.claimRevoked': ['Право уређивања је опозвано.', 'Editing rights have been withdrawn.'],
	'organisations.requests.listings': ['Захтеви за упис', 'Listing requests'],
	'organisations.requests.listingsEmpty': ['Нема захтева за упис.', 'No listing requests.'],
	'organisations.requests.changes': ['Измене које чекају преглед', 'Changes waiting for review'],
	'organisations.requests.changesEmpty': ['Нема измена за преглед.', 'No changes to review.'],
	'organisations.requests.followUps': ['Потребна провера', 'Needs follow-up'],
	'organisations.requests.followUpsHint': [
		'Организације које нису одговориле на годишњу потврду док веза није истекла или су јавиле да им подаци треба да се измене.',
		'Organisations that did not answer the yearly confirmation before the link expired, or said their details need changes.'
	],
	'organisations.requests.followUpsEmpty': [
		'Ниједна организација не чека проверу.',
		'No organisation needs a follow-up.'
	],
	'organisations.requests.lastConfirmed': ['Последња потврда: {date}', 'Last confirmed: {date}'],
	'organisations.requests.neverConfirmed': ['Никада потврђено', 'Never confirmed'],
	'organisations.requests.person': ['Особа', 'Person'],
	'organisations.requests.field': ['Податак', 'Detail'],
	'organisations.requests.organisation': ['Организација', 'Organisation'],
	'organisations.requests.message': ['Порука', 'Message'],
	'organisations.requests.requestedAt': ['Послато', 'Sent'],
	// A listing request from a signed-in person comes with their claim: the two must not share a region's name.
	'organisations.requests.claimTitle': ['{organisation}: {name}', '{organisation}: {name}'],
	'organisations.requests.approve': ['Одобри', 'Approve'],
	'organisations.requests.reject': ['Одбиј', 'Reject'],
	'organisations.requests.approveClaim': [
		'Одобри захтев: {name}, {organisation}',
		'Approve request: {name}, {organisation}'
	],
	'organisations.requests.rejectClaim': [
		'Одбиј захтев: {name}, {organisation}',
		'Reject request: {name}, {organisation}'
	],
	'organisations.requests.approveListing': ['Упиши: {organisation}', 'List: {organisation}'],
	'organisations.requests.rejectListing': ['Одбиј упис: {organisation}', 'Reject listing: {organisation}'],
	'organisations.requests.approveChange': ['Објави измене: {organisation}', 'Publish changes: {organisation}'],
	'organisations.requests.rejectChange': ['Одбиј измене: {organisation}', 'Reject changes: {organisation}'],
	'organisations.requests.claimApproved': ['Захтев је одобрен.', 'The request has been approved.'],
	'organisations.requests.claimRejected': ['Захтев је одбијен.', 'The request has been rejected.'],
	'organisations.requests.listingApproved': ['Организација је уписана у регистар.', 'The organisation is now listed.'],
	'organisations.requests.listingRejected': ['Захтев за упис је одбијен.', 'The listing request has been rejected.'],
	'organisations.requests.changeApproved': ['Измене су објављене.', 'The changes are live.'],
	'organisations.requests.changeRejected': ['Измене су одбијене.', 'The changes have been rejected.'],
	'organisations.requests.alreadyDecided': [
		'О овом захтеву је већ одлучено.',
		'This request has already been decided.'
	],
	'organisations.requests.settings': ['Подешавање прегледа', 'Review setting'],
	'organisations.requests.reviewPublicChanges': [
		'Измене јавних података које унесу представници чекају преглед',
		'Representatives’ changes to public details wait for review'
	],
	'organisations.requests.settingSaved': ['Подешавање је сачувано.', 'The setting has been saved.'],
	'organisations.requests.sendConfirmation': ['Пошаљи потврду одмах', 'Send the confirmation now'],
	'organisations.requests.sendConfirmationHint': [
		'Организација добија е-поруку „Да ли сте и даље активни?” са новом везом; ранија веза ове године престаје да важи.',
		'The organisation gets the “still active?” e-mail with a new link; an earlier link of this year stops working.'
	],
	'organisations.requests.confirmationSent': ['Потврда је послата.', 'The confirmation has been sent.'],
	'organisations.requests.send': ['Пошаљи', 'Send'],
	'organisations.requests.fieldsList': ['Измењено: {fields}', 'Changed: {fields}'],
	'organisations.requests.yes': ['да', 'yes'],
	'organisations.requests.no': ['не', 'no'],
	'organisations.requests.public': ['јавно', 'public'],
	'organisations.requests.empty': ['(празно)', '(empty)'],

	// Data-rights export (manifest hook personalData).
	'organisations.personalData.represented': ['Организације које представљате', 'Organisations you represent'],
	'organisations.personalData.contacts': ['Контакт особа организације', 'Contact person of an organisation'],
	'organisations.personalData.requested': ['Захтеви за упис у именик', 'Requests to be listed in the directory'],
	'organisations.personalData.members': ['Чланство у неформалној групи', 'Membership of an informal group'],

	'organisations.opendata.title': ['Организације (јавни именик)', 'Organisations (the public directory)'],
	'organisations.opendata.description': [
		'Удружења, неформалне групе, школе и друге организације из јавног именика канцеларије: назив, врста, области рада, коме се обраћају и опис, и веб-сајт када га је организација учинила јавним. Контакти, чланови, адресе е-поште и телефони нису укључени.',
		'Associations, informal groups, schools and other organisations in the office’s public directory: name, kind, areas of work, who they work with and description, and the website when the organisation made it public. Contacts, members, e-mail addresses and phone numbers are left out.'
	],
	'organisations.opendata.keyword': ['организације', 'organisations'],
	'organisations.opendata.column.id': ['Трајни идентификатор организације', 'The organisation’s permanent identifier'],
	'organisations.opendata.column.name': ['Назив организације', 'The organisation’s name'],
	'organisations.opendata.column.short_name': ['Скраћени назив', 'Short name'],
	'organisations.opendata.column.type': ['Врста организације', 'Kind of organisation'],
	'organisations.opendata.column.areas': [
		'Области рада, одвојене тачком и зарезом',
		'Areas of work, separated by semicolons'
	],
	'organisations.opendata.column.target_groups': [
		'Коме се организација обраћа, одвојено тачком и зарезом',
		'Whom the organisation works with, separated by semicolons'
	],
	'organisations.opendata.column.description': ['Опис рада', 'What the organisation does'],
	'organisations.opendata.column.description_en': [
		'Опис на енглеском, ако постоји',
		'The description in English, if given'
	],
	'organisations.opendata.column.status': ['Да ли организација још ради', 'Whether the organisation is still active'],
	'organisations.opendata.column.website': [
		'Веб-сајт, ако га је организација учинила јавним',
		'Website, if the organisation made it public'
	],
	'organisations.opendata.column.url': ['Страница организације у именику', 'The organisation’s page in the directory']
});
