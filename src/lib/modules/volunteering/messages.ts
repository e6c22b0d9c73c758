import { defineMessages } from '../../i18n/define.ts';

export const volunteeringMessages = defineMessages({
	'volunteering.statistics.periodTitle': ['Волонтирање', 'Volunteering'],
	'volunteering.statistics.opportunitiesPublished': [
		'Објављене волонтерске прилике',
		'Volunteering opportunities published'
	],
	'volunteering.kind': ['Волонтирање', 'Volunteering'],
	'volunteering.nav': ['Волонтерски сервис', 'Volunteer service'],

	'volunteering.category.environment': ['Животна средина', 'Environment'],
	'volunteering.category.social': ['Социјална заштита и подршка', 'Social care and support'],
	'volunteering.category.education': ['Образовање', 'Education'],
	'volunteering.category.culture': ['Култура', 'Culture'],
	'volunteering.category.sport': ['Спорт', 'Sport'],
	'volunteering.category.health': ['Здравље', 'Health'],
	'volunteering.category.events': ['Манифестације', 'Events and festivals'],
	'volunteering.category.other': ['Остало', 'Other'],

	'volunteering.status.draft': ['Нацрт', 'Draft'],
	'volunteering.status.pending_review': ['Чека преглед', 'Awaiting review'],
	'volunteering.status.published': ['Објављено', 'Published'],
	'volunteering.status.rejected': ['Враћено', 'Returned'],
	'volunteering.status.closed': ['Затворено', 'Closed'],

	'volunteering.application.pending': ['Чека одлуку', 'Awaiting a decision'],
	'volunteering.application.accepted': ['Прихваћено', 'Accepted'],
	'volunteering.application.waitlisted': ['На листи чекања', 'On the waiting list'],
	'volunteering.application.declined': ['Одбијено', 'Declined'],
	'volunteering.application.withdrawn': ['Повучено', 'Withdrawn'],

	'volunteering.public.title': ['Волонтирање', 'Volunteering'],
	'volunteering.public.intro': [
		'Волонтерске акције и улоге Канцеларије за младе и удружења из нашег именика. Волонтирати можете од 15. године; до 18. године потребна је писана сагласност родитеља или старатеља.',
		'Volunteering actions and roles of the youth office and organisations from our directory. You can volunteer from the age of 15; under 18 you need the written consent of a parent or guardian.'
	],
	'volunteering.public.count': [
		{
			one: 'Пронађена је {count} прилика за волонтирање.',
			few: 'Пронађене су {count} прилике за волонтирање.',
			other: 'Пронађено је {count} прилика за волонтирање.'
		},
		{ one: '{count} volunteering opportunity found.', other: '{count} volunteering opportunities found.' }
	],
	'volunteering.public.empty': [
		'Тренутно нема прилика за овај избор.',
		'No opportunities match this choice right now.'
	],
	'volunteering.public.placesLeft': [
		{ one: 'још {count} место', few: 'још {count} места', other: 'још {count} места' },
		{ one: '{count} place left', other: '{count} places left' }
	],
	'volunteering.public.full': ['попуњено', 'full'],
	'volunteering.public.organiser': ['Организатор', 'Organiser'],
	'volunteering.public.office': ['Канцеларија за младе', 'Youth office'],
	'volunteering.public.beneficiary': ['Корисник волонтирања', 'Beneficiary'],
	'volunteering.public.place': ['Место', 'Place'],
	'volunteering.public.remote': ['На даљину', 'Remote'],
	'volunteering.public.category': ['Област', 'Area'],
	'volunteering.public.skills': ['Пожељне вештине', 'Skills wanted'],
	'volunteering.public.minAge': ['Најмањи узраст', 'Minimum age'],
	'volunteering.public.years': [
		{ one: '{count} година', few: '{count} године', other: '{count} година' },
		{ one: '{count} year', other: '{count} years' }
	],
	'volunteering.public.underEighteen': [
		'Могу и млађи од 18 (уз сагласност родитеља)',
		'Open to under-18s (with a parent’s consent)'
	],
	'volunteering.public.training': ['Обука', 'Training given'],
	'volunteering.public.costs': ['Накнада трошкова', 'Costs reimbursed'],
	'volunteering.public.shifts': ['Смене', 'Shifts'],
	'volunteering.public.when': ['Време', 'When'],
	'volunteering.public.noShifts': ['Нема предстојећих смена.', 'No upcoming shifts.'],
	'volunteering.public.openEnded': ['Стална улога', 'Ongoing role'],
	'volunteering.public.hoursPerWeek': [
		{ one: 'око {count} сат недељно', few: 'око {count} сата недељно', other: 'око {count} сати недељно' },
		{ one: 'about {count} hour a week', other: 'about {count} hours a week' }
	],
	'volunteering.public.period': ['Период', 'Period'],
	'volunteering.public.backToList': ['Све прилике за волонтирање', 'All volunteering opportunities'],
	'volunteering.public.feeds': ['Пратите нове прилике:', 'Follow new opportunities:'],
	'volunteering.public.inSerbian': ['Само на српском', 'In Serbian only'],
	'volunteering.public.signInToApply': [
		'Пријавите се на налог да бисте се пријавили за волонтирање.',
		'Sign in to apply to volunteer.'
	],
	'volunteering.public.signIn': ['Пријава на налог', 'Sign in'],

	'volunteering.filter.legend': ['Избор прилика', 'Choose opportunities'],
	'volunteering.filter.category': ['Област', 'Area'],
	'volunteering.filter.anyCategory': ['Све области', 'All areas'],
	'volunteering.filter.from': ['Смене од датума', 'Shifts from'],
	'volunteering.filter.place': ['Место', 'Place'],
	'volunteering.filter.underEighteen': ['Само за млађе од 18', 'Open to under-18s only'],
	'volunteering.filter.submit': ['Прикажи', 'Show'],

	'volunteering.feed.title': ['Волонтирање – {office}', 'Volunteering – {office}'],
	'volunteering.feed.description': ['Нове прилике за волонтирање', 'New volunteering opportunities'],

	'volunteering.apply.title': ['Пријава за волонтирање', 'Apply to volunteer'],
	'volunteering.apply.shift': ['Смена', 'Shift'],
	'volunteering.apply.chooseShift': ['Изаберите смену са слободним местом.', 'Choose a shift with a free place.'],
	'volunteering.apply.motivation': ['Зашто желите да волонтирате? (кратко)', 'Why do you want to volunteer? (briefly)'],
	'volunteering.apply.contractRequested': [
		'Желим писани уговор о волонтирању',
		'I would like a written volunteering contract'
	],
	'volunteering.apply.guardianHeading': ['Сагласност родитеља или старатеља', 'Consent of a parent or guardian'],
	'volunteering.apply.guardianIntro': [
		'Млађи сте од 18 година, па закон тражи писану сагласност родитеља или старатеља. Послаћемо им е-поруку са везом за сагласност; организатор не може да вас прихвати пре тога.',
		'You are under 18, so the law asks for a parent’s or guardian’s written consent. We will e-mail them a link to give it; the organiser cannot accept you before then.'
	],
	'volunteering.apply.guardianName': ['Име и презиме родитеља или старатеља', 'Parent’s or guardian’s full name'],
	'volunteering.apply.guardianEmail': ['Е-адреса родитеља или старатеља', 'Parent’s or guardian’s e-mail'],
	'volunteering.apply.guardianRelation': ['Сродство (мајка, отац, старатељ…)', 'Relation (mother, father, guardian…)'],
	'volunteering.apply.guardianRequired': ['Потребно за млађе од 18 година.', 'Needed for under-18s.'],
	'volunteering.apply.guardianNeeded': [
		'Млађи сте од 18 година: упишите родитеља или старатеља који ће дати сагласност.',
		'You are under 18: enter the parent or guardian who will give consent.'
	],
	'volunteering.apply.guardianOnFile': ['Сагласност родитеља је дата.', 'A parent’s consent has been given.'],
	'volunteering.apply.guardianAsked': [
		'Сагласност родитеља је затражена и још чека потврду.',
		'A parent’s consent has been asked for and is still awaited.'
	],
	'volunteering.apply.submit': ['Пошаљи пријаву', 'Send application'],
	'volunteering.apply.profileNeeded': ['Прво попуните волонтерски профил.', 'First complete your volunteer profile.'],
	'volunteering.apply.duplicate': ['Већ сте пријављени за ову смену.', 'You have already applied for this shift.'],
	'volunteering.apply.done.pending': [
		'Пријава је послата. Организатор ће вам јавити одлуку.',
		'Application sent. The organiser will let you know.'
	],
	'volunteering.apply.done.accepted': [
		'Примљени сте! Потврду са календаром смо послали е-поштом.',
		'You are in! We have e-mailed a confirmation with a calendar invitation.'
	],
	'volunteering.apply.done.waitlisted': [
		'Смена је попуњена: на листи сте чекања.',
		'The shift is full: you are on the waiting list.'
	],
	'volunteering.apply.done.guardian': [
		'Пријава је послата. Родитељу или старатељу смо послали е-поруку за сагласност; без ње вас организатор не може прихватити.',
		'Application sent. We have e-mailed your parent or guardian for consent; the organiser cannot accept you without it.'
	],

	'volunteering.profile.title': ['Волонтерски профил', 'Volunteer profile'],
	'volunteering.profile.intro': [
		'Једном попуните профил; организатори виде ваше податке за контакт само за своје смене.',
		'Fill in your profile once; organisers see your contact details only for their own shifts.'
	],
	'volunteering.profile.birthDate': ['Датум рођења', 'Date of birth'],
	'volunteering.profile.birthDateHint': [
		'Закон о волонтирању рачуна године на дан смене (најмање 15; до 18 уз сагласност родитеља).',
		'The Law on Volunteering counts your age on the day of the shift (at least 15; under 18 with a parent’s consent).'
	],
	'volunteering.profile.phone': ['Телефон', 'Phone'],
	'volunteering.profile.gender': ['Пол', 'Gender'],
	'volunteering.profile.gender.none': ['Не желим да наведем', 'Prefer not to say'],
	'volunteering.profile.gender.female': ['Женски', 'Female'],
	'volunteering.profile.gender.male': ['Мушки', 'Male'],
	'volunteering.profile.gender.other': ['Друго', 'Other'],
	'volunteering.profile.skills': ['Вештине', 'Skills'],
	'volunteering.profile.interests': ['Интересовања', 'Interests'],
	'volunteering.profile.availability': ['Када сте слободни', 'When you are available'],
	'volunteering.profile.emergencyContact': [
		'Особа за хитне случајеве (име и телефон)',
		'Emergency contact (name and phone)'
	],
	'volunteering.profile.script': ['Писмо докумената', 'Script of your documents'],
	'volunteering.profile.script.cyrl': ['ћирилица', 'Cyrillic'],
	'volunteering.profile.script.latn': ['латиница', 'Latin'],
	'volunteering.profile.showHours': [
		'Прикажи укупне сате на јавној страници за проверу картице',
		'Show my total hours on the card’s public verification page'
	],
	'volunteering.profile.save': ['Сачувај профил', 'Save profile'],
	'volunteering.profile.saved': ['Профил је сачуван.', 'Profile saved.'],

	'volunteering.account.title': ['Моје волонтирање', 'My volunteering'],
	'volunteering.account.none': [
		'Још нисте волонтирали преко портала. Погледајте прилике за волонтирање.',
		'You have not volunteered through the portal yet. Have a look at the opportunities.'
	],
	'volunteering.account.browse': ['Прилике за волонтирање', 'Volunteering opportunities'],
	'volunteering.account.card': ['Волонтерска картица бр. {number}', 'Volunteer card no. {number}'],
	'volunteering.account.validUntil': ['важи до {date}', 'valid until {date}'],
	'volunteering.account.totalHours': ['Укупно сати', 'Total hours'],
	'volunteering.account.hoursInYear': ['{year}, сати: {hours}', '{year}: {hours} h'],
	'volunteering.account.applications': ['Пријаве', 'Applications'],
	'volunteering.account.withdraw': ['Повуци пријаву', 'Withdraw application'],
	'volunteering.account.withdrawn': ['Пријава је повучена.', 'Application withdrawn.'],
	'volunteering.account.open': ['Моје волонтирање, картица и сати', 'My volunteering, card and hours'],
	'volunteering.account.guardian.given': ['Сагласност родитеља: дата', 'Parent’s consent: given'],
	'volunteering.account.guardian.asked': ['Сагласност родитеља: чека потврду', 'Parent’s consent: awaited'],
	'volunteering.account.guardian.withdrawn': ['Сагласност родитеља: повучена', 'Parent’s consent: withdrawn'],
	'volunteering.account.hours': ['Евидентирани сати', 'Recorded hours'],
	'volunteering.account.claim': ['Пријави сате', 'Claim hours'],
	'volunteering.account.claimed': [
		'Сати су пријављени и чекају одобрење организатора.',
		'Hours claimed; the organiser will approve them.'
	],
	'volunteering.account.verify': ['Јавна провера картице', 'Public card check'],

	'volunteering.guardian.title': ['Сагласност за волонтирање', 'Consent to volunteer'],
	'volunteering.guardian.intro': [
		'{name} жели да волонтира преко Канцеларије за младе. Пошто је млађе од 18 година, Закон о волонтирању тражи писану сагласност родитеља или старатеља. Сагласност важи док је не повучете или до пунолетства.',
		'{name} wants to volunteer through the youth office. As they are under 18, the Law on Volunteering asks for a parent’s or guardian’s written consent. It stays valid until you withdraw it or they turn 18.'
	],
	'volunteering.guardian.confirmedName': ['Ваше име и презиме', 'Your full name'],
	'volunteering.guardian.confirm': [
		'Као родитељ или старатељ дајем писану сагласност за волонтирање',
		'As parent or guardian I give my written consent to volunteering'
	],
	'volunteering.guardian.confirmRequired': ['Потврдите сагласност.', 'Please confirm your consent.'],
	'volunteering.guardian.submit': ['Дајем сагласност', 'Give consent'],
	'volunteering.guardian.done': ['Хвала! Сагласност је забележена.', 'Thank you! Your consent has been recorded.'],
	'volunteering.guardian.already': ['Сагласност је већ дата.', 'Consent has already been given.'],
	'volunteering.guardian.withdrawHeading': ['Повлачење сагласности', 'Withdrawing consent'],
	'volunteering.guardian.withdrawIntro': [
		'Сагласност можете повући у сваком тренутку. Тада се повлаче све пријаве за смене пре пунолетства и волонтер добија обавештење. Већ одволонтирани сати остају забележени.',
		'You can withdraw your consent at any time. All applications for shifts before they turn 18 are then withdrawn and the volunteer is told. Hours already volunteered stay recorded.'
	],
	'volunteering.guardian.withdrawConfirmRequired': ['Потврдите повлачење.', 'Please confirm the withdrawal.'],
	'volunteering.guardian.withdrawConfirm': [
		'Повлачим сагласност за волонтирање',
		'I withdraw my consent to volunteering'
	],
	'volunteering.guardian.withdrawSubmit': ['Повуци сагласност', 'Withdraw consent'],
	'volunteering.guardian.withdrawnDone': [
		'Сагласност је повучена. Волонтер је обавештен.',
		'Consent withdrawn. The volunteer has been told.'
	],
	'volunteering.guardian.withdrawnBefore': [
		'Ова сагласност је повучена. Ако волонтер поново пожели да волонтира, добићете нову везу.',
		'This consent has been withdrawn. If the volunteer wants to volunteer again, you will get a new link.'
	],

	'volunteering.card.title': ['Провера волонтерске картице', 'Volunteer card check'],
	'volunteering.card.name': ['Име', 'Name'],
	'volunteering.card.number': ['Број картице', 'Card number'],
	'volunteering.card.validUntil': ['Важи до', 'Valid until'],
	'volunteering.card.hours': ['Укупно волонтерских сати', 'Total volunteer hours'],
	'volunteering.card.valid': ['Картица је важећа.', 'The card is valid.'],
	'volunteering.card.expired': ['Картица је истекла.', 'The card has expired.'],

	'volunteering.admin.title': ['Волонтерски сервис', 'Volunteer service'],
	'volunteering.admin.new': ['Нова прилика', 'New opportunity'],
	'volunteering.admin.created': ['Прилика је сачувана.', 'Opportunity saved.'],
	'volunteering.admin.sentForReview': ['Прилика је послата на преглед.', 'Opportunity sent for review.'],
	'volunteering.admin.empty': ['Још нема прилика за волонтирање.', 'No volunteering opportunities yet.'],
	'volunteering.admin.pendingApplications': [
		{ one: '{count} пријава чека', few: '{count} пријаве чекају', other: '{count} пријава чека' },
		{ one: '{count} application waiting', other: '{count} applications waiting' }
	],
	'volunteering.admin.claimHours': [
		{ one: '{count} сат', few: '{count} сата', other: '{count} сати' },
		{ one: '{count} hour', other: '{count} hours' }
	],
	'volunteering.admin.pendingClaims': [
		{ one: '{count} пријава сати чека', few: '{count} пријаве сати чекају', other: '{count} пријава сати чека' },
		{ one: '{count} hours claim waiting', other: '{count} hours claims waiting' }
	],
	'volunteering.admin.longTerm': [
		{
			one: '{count} волонтер ради дугорочно',
			few: '{count} волонтера раде дугорочно',
			other: '{count} волонтера ради дугорочно'
		},
		{ one: '{count} volunteer working long-term', other: '{count} volunteers working long-term' }
	],
	'volunteering.admin.column.title': ['Наслов', 'Title'],
	'volunteering.admin.column.organiser': ['Организатор', 'Organiser'],
	'volunteering.admin.column.status': ['Стање', 'Status'],
	'volunteering.admin.column.applications': ['Пријаве', 'Applications'],
	'volunteering.admin.review': ['Преглед', 'Review'],
	'volunteering.admin.reviewNote': ['Напомена организатору', 'Note to the organiser'],
	'volunteering.admin.publish': ['Објави', 'Publish'],
	'volunteering.admin.reject': ['Врати организатору', 'Return to the organiser'],
	'volunteering.admin.reviewed': ['Одлука о прегледу је сачувана.', 'Review saved.'],
	'volunteering.admin.applications': ['Пријаве волонтера', 'Volunteers’ applications'],
	'volunteering.admin.noApplications': ['Још нема пријава.', 'No applications yet.'],
	'volunteering.admin.minor': ['млађи од 18', 'under 18'],
	'volunteering.admin.consentGiven': ['сагласност дата', 'consent given'],
	'volunteering.admin.consentMissing': ['сагласност још није дата', 'consent not yet given'],
	'volunteering.admin.contractRequested': ['тражи уговор', 'asks for a contract'],
	'volunteering.admin.edit': ['Измене', 'Edit'],
	'volunteering.admin.checkIn': ['Евиденција сати', 'Check-in and hours'],
	'volunteering.admin.claims': ['Пријављени сати за одобрење', 'Claimed hours to approve'],
	'volunteering.admin.approve': ['Одобри', 'Approve'],
	'volunteering.admin.rejectClaim': ['Одбиј', 'Reject'],
	'volunteering.admin.organisedBy': ['Организује', 'Organised by'],
	'volunteering.admin.forOrganisations': ['Волонтирање у мојим удружењима', 'Volunteering in my organisations'],

	'volunteering.form.title': ['Наслов', 'Title'],
	'volunteering.form.titleEn': ['Наслов на енглеском', 'Title in English'],
	'volunteering.form.summary': ['Кратак опис', 'Summary'],
	'volunteering.form.summaryEn': ['Кратак опис на енглеском', 'Summary in English'],
	'volunteering.form.description': ['Опис послова', 'Description of the work'],
	'volunteering.form.descriptionEn': ['Опис послова на енглеском', 'Description in English'],
	'volunteering.form.organisation': ['Организатор', 'Organiser'],
	'volunteering.form.beneficiary': ['Корисник волонтирања', 'Beneficiary'],
	'volunteering.form.place': ['Место', 'Place'],
	'volunteering.form.isRemote': ['Волонтирање на даљину', 'Remote volunteering'],
	'volunteering.form.category': ['Област', 'Area'],
	'volunteering.form.skills': ['Пожељне вештине', 'Skills wanted'],
	'volunteering.form.minAge': [
		'Најмањи узраст (од 15; 18 ако тако одлучите)',
		'Minimum age (from 15; 18 if you decide so)'
	],
	'volunteering.form.training': ['Обука коју волонтери добијају', 'Training given to volunteers'],
	'volunteering.form.costs': ['Који се трошкови надокнађују', 'Costs reimbursed'],
	'volunteering.form.rightsAndDuties': ['Права и обавезе (за уговор)', 'Rights and duties (for the contract)'],
	'volunteering.form.isOpenEnded': ['Стална улога без смена', 'Ongoing role without shifts'],
	'volunteering.form.hoursPerWeek': ['Очекивани сати недељно', 'Expected hours a week'],
	'volunteering.form.startsOn': ['Почетак', 'Starts on'],
	'volunteering.form.endsOn': ['Крај', 'Ends on'],
	'volunteering.form.rolePlaces': ['Број места у улози', 'Places in the role'],
	'volunteering.form.autoAccept': [
		'Прихвати пријаве редом док има места',
		'Accept applications in order while places last'
	],
	'volunteering.form.shifts': ['Смене', 'Shifts'],
	'volunteering.form.shiftsHint': [
		'Празни редови се занемарују. Постојеће смене остају.',
		'Empty rows are ignored. Existing shifts stay.'
	],
	'volunteering.form.shiftDate': ['Датум', 'Date'],
	'volunteering.form.shiftFrom': ['Од', 'From'],
	'volunteering.form.shiftTo': ['До', 'To'],
	'volunteering.form.shiftPlaces': ['Места', 'Places'],
	'volunteering.form.shiftRow': ['Смена {number}', 'Shift {number}'],
	'volunteering.form.saveDraft': ['Сачувај нацрт', 'Save draft'],
	'volunteering.form.publish': ['Објави', 'Publish'],
	'volunteering.form.sendForReview': ['Пошаљи на преглед', 'Send for review'],
	'volunteering.form.numberBounds': ['Унесите број од {min} до {max}.', 'Enter a number from {min} to {max}.'],
	'volunteering.form.dateInvalid': ['Унесите датум.', 'Enter a date.'],
	'volunteering.form.minAgeBounds': [
		'Најмањи узраст не може бити мањи од {min} (Закон о волонтирању).',
		'The minimum age cannot be below {min} (Law on Volunteering).'
	],
	'volunteering.form.hoursPerWeekNeeded': ['Упишите очекиване сате недељно.', 'Enter the expected hours a week.'],
	'volunteering.form.periodNeeded': ['Упишите почетак и крај улоге.', 'Enter when the role starts and ends.'],
	'volunteering.form.periodOrder': ['Крај не може бити пре почетка.', 'The end cannot be before the start.'],
	'volunteering.form.shiftIncomplete': [
		'Попуните датум, време и број места смене.',
		'Fill in the shift’s date, times and places.'
	],
	'volunteering.form.shiftEndsBeforeStart': [
		'Смена мора да се заврши после почетка.',
		'The shift must end after it starts.'
	],
	'volunteering.form.shiftNeeded': [
		'Додајте бар једну смену или означите сталну улогу.',
		'Add at least one shift or mark it as an ongoing role.'
	],

	'volunteering.decide.accept': ['Прихвати', 'Accept'],
	'volunteering.decide.waitlist': ['На листу чекања', 'Waitlist'],
	'volunteering.decide.decline': ['Одбиј', 'Decline'],
	'volunteering.decide.reason': ['Образложење', 'Reason'],
	'volunteering.decide.reasonNeeded': ['Наведите разлог одбијања.', 'Give the reason for declining.'],
	'volunteering.decide.needsConsent': [
		'Волонтер је млађи од 18 година и сагласност родитеља још није дата.',
		'The volunteer is under 18 and a parent’s consent has not been given yet.'
	],
	'volunteering.decide.full': ['Смена је попуњена.', 'The shift is full.'],
	'volunteering.decide.withdrawn': ['Волонтер је повукао пријаву.', 'The volunteer has withdrawn.'],
	'volunteering.decide.done': ['Одлука је сачувана и волонтер је обавештен.', 'Decision saved and the volunteer told.'],

	'volunteering.hours.label': ['Сати', 'Hours'],
	'volunteering.hours.workedOn': ['Датум', 'Date'],
	'volunteering.hours.task': ['Задатак', 'Task'],
	'volunteering.hours.record': ['Упиши сате', 'Record hours'],
	'volunteering.hours.recorded': ['Сати су упамћени.', 'Hours recorded.'],
	'volunteering.hours.invalid': ['Упишите сате, на пример 3, 2,5 или 2:30.', 'Enter hours, e.g. 3, 2.5 or 2:30.'],
	'volunteering.hours.moreThanShift': [
		'Трајање смене у сатима: {hours}; не може се уписати више.',
		'The shift lasted {hours} h; no more can be recorded.'
	],
	'volunteering.hours.future': ['Сати се не уписују унапред.', 'Hours cannot be recorded in advance.'],
	'volunteering.hours.notStarted': ['Смена још није почела.', 'The shift has not started yet.'],
	'volunteering.hours.notAccepted': [
		'Сати се уписују само прихваћеним волонтерима.',
		'Hours are recorded only for accepted volunteers.'
	],
	'volunteering.hours.alreadyRecorded': [
		'Сати за ову смену су већ упамћени.',
		'Hours for this shift are already recorded.'
	],

	'volunteering.checkIn.title': ['Евиденција сати: {title}', 'Check-in: {title}'],
	'volunteering.checkIn.card': ['Скенирани код или број волонтерске картице', 'Volunteer card QR code or number'],
	'volunteering.checkIn.unknownCard': ['Картица није пронађена.', 'Card not found.'],
	'volunteering.checkIn.notOnShift': [
		'Овај волонтер није прихваћен за ову смену.',
		'This volunteer is not accepted for this shift.'
	],
	'volunteering.checkIn.done': ['Упамћено: {name}', 'Recorded: {name}'],
	'volunteering.checkIn.corrected': ['Исправљено: {name}', 'Corrected: {name}'],

	'volunteering.refused.tooYoung': [
		'Волонтирати се може од 15. године (Закон о волонтирању).',
		'You can volunteer from the age of 15 (Law on Volunteering).'
	],
	'volunteering.refused.belowOrganiserAge': [
		'Организатор тражи волонтере старије од вас за ову смену.',
		'The organiser asks for older volunteers for this shift.'
	],
	'volunteering.refused.past': ['Ова смена је већ почела или прошла.', 'This shift has already started or passed.'],
	'volunteering.refused.notYourOrganisation': [
		'Можете уређивати само прилике удружења које представљате.',
		'You can only edit the opportunities of the organisations you represent.'
	],

	'volunteering.form.section.what': ['Шта и ко организује', 'What and who organises'],
	'volunteering.form.section.who': ['За кога, где и ко може', 'For whom, where and who can join'],
	'volunteering.form.section.terms': ['Обука, трошкови, права и обавезе', 'Training, costs, rights and duties'],
	'volunteering.form.shiftLabel': ['Смена', 'Shift'],
	'volunteering.profile.section.about': ['О вама', 'About you'],
	'volunteering.profile.section.volunteering': ['Волонтирање', 'Volunteering'],
	'volunteering.admin.publicPage': ['Јавна страница', 'Public page'],
	'volunteering.form.event': ['Повезана волонтерска акција', 'Related volunteer action'],
	'volunteering.form.eventNone': ['Без повезаног догађаја', 'No related event'],
	'volunteering.form.eventHint': [
		'Догађај врсте „Волонтерска акција” из календара; на његовој страници појавиће се веза ка овим сменама.',
		'An event of the type “Volunteer action” from the calendar; its page will link to these shifts.'
	],
	'volunteering.form.eventInvalid': [
		'Изаберите волонтерску акцију из календара.',
		'Choose a volunteer action from the calendar.'
	],
	'volunteering.public.event': ['Део догађаја', 'Part of the event'],
	'volunteering.scan.label': [
		'Скенирани потписани уговор (PDF, JPEG или PNG)',
		'Scan of the signed contract (PDF, JPEG or PNG)'
	],
	'volunteering.scan.upload': ['Сачувај скен', 'Keep the scan'],
	'volunteering.scan.uploaded': [
		'Скен потписаног уговора је сачуван, а уговор је забележен као потписан.',
		'The signed contract’s scan is kept and the contract recorded as signed.'
	],
	'volunteering.scan.open': ['Скенирани уговор', 'Signed scan'],
	'volunteering.scan.missing': ['Изаберите датотеку са скеном.', 'Choose the file with the scan.'],
	'volunteering.scan.tooLarge': ['Скен је већи од {max} МБ.', 'The scan is larger than {max} MB.'],
	'volunteering.scan.wrongType': [
		'Скен мора бити PDF, JPEG или PNG датотека.',
		'The scan must be a PDF, JPEG or PNG file.'
	],
	'volunteering.shift.edit': ['Помери смену или промени број места', 'Move the shift or change its places'],
	'volunteering.shift.date': ['Датум', 'Date'],
	'volunteering.shift.from': ['Од', 'From'],
	'volunteering.shift.to': ['До', 'To'],
	'volunteering.shift.places': ['Број места', 'Places'],
	'volunteering.shift.save': ['Сачувај смену', 'Save the shift'],
	'volunteering.shift.saved': [
		'Смена је сачувана. Пријављени су обавештени о промени.',
		'Shift saved. The people who applied have been told of the change.'
	],
	'volunteering.shift.delete': ['Откажи смену', 'Cancel the shift'],
	'volunteering.shift.deleteQuestion': [
		'Смена ће бити обрисана, а сви пријављени добиће обавештење да је отказана. Смена са уписаним сатима не може се обрисати.',
		'The shift will be deleted and everyone who applied will be told it is cancelled. A shift with recorded hours cannot be deleted.'
	],
	'volunteering.shift.deleted': [
		'Смена је отказана и пријављени су обавештени.',
		'Shift cancelled; the people who applied have been told.'
	],
	'volunteering.shift.hasHours': [
		'За ову смену су већ уписани сати, па се не може обрисати. Можете је само померити.',
		'Hours are already recorded for this shift, so it cannot be deleted. You can still move it.'
	],
	'volunteering.shift.past': ['Смена не може почети у прошлости.', 'A shift cannot start in the past.'],
	'volunteering.shift.timeInvalid': ['Унесите време као 09:30.', 'Enter the time as 09:30.'],
	'volunteering.shift.placesInvalid': ['Унесите број места, најмање 1.', 'Enter the number of places, at least 1.'],
	'volunteering.shift.belowAccepted': [
		{
			one: 'Већ је примљен {count} волонтер; места не може бити мање.',
			few: 'Већ су примљена {count} волонтера; места не може бити мање.',
			other: 'Већ је примљено {count} волонтера; места не може бити мање.'
		},
		{
			one: '{count} volunteer is already accepted; there cannot be fewer places.',
			other: '{count} volunteers are already accepted; there cannot be fewer places.'
		}
	],

	'volunteering.warningKind.understaffed': ['смена без довољно волонтера', 'a shift short of volunteers'],
	'volunteering.warningKind.pending': ['пријаве које чекају одлуку', 'applications waiting for a decision'],
	'volunteering.warningKind.awaitingConsent': [
		'пријава која чека сагласност родитеља',
		'an application waiting for a guardian’s consent'
	],
	'volunteering.warningKind.longTerm': [
		'дугорочно волонтирање без уговора',
		'long-term volunteering without a contract'
	],
	'volunteering.warning.understaffed.subject': ['Смени недостају волонтери', 'A shift is short of volunteers'],
	'volunteering.warning.understaffed.text': [
		'Смена за „{title}” почиње {when}. Примљено волонтера: {accepted}, потребно: {places}. Прегледајте пријаве на чекању или позовите још волонтера.',
		'The shift of “{title}” starts {when}. Volunteers accepted: {accepted}; needed: {places}. Look at the waiting applications or invite more volunteers.'
	],
	'volunteering.warning.pending.subject': ['Пријаве чекају одлуку', 'Applications are waiting for a decision'],
	'volunteering.warning.pending.text': [
		'За „{title}” има пријава без одлуке дуже од три дана (укупно: {count}). Волонтери чекају одговор: прихватите их, ставите на листу чекања или одбијте уз образложење.',
		'Applications for “{title}” have waited more than three days for a decision (in all: {count}). The volunteers are waiting for an answer: accept, waitlist or decline them with a reason.'
	],
	'volunteering.warning.awaitingConsent.subject': [
		'Пријава малолетника чека сагласност',
		'An under-18 application awaits consent'
	],
	'volunteering.warning.awaitingConsent.text': [
		'Пријава малолетног волонтера за „{title}” већ три дана чека писану сагласност родитеља или старатеља. Док сагласност не стигне, пријаву није могуће прихватити; волонтер може да подсети родитеља.',
		'An under-18 volunteer’s application for “{title}” has waited three days for a parent’s or guardian’s written consent. It cannot be accepted before consent arrives; the volunteer can remind their parent.'
	],
	'volunteering.warning.longTerm.subject': [
		'Дугорочно волонтирање без уговора',
		'Long-term volunteering without a contract'
	],
	'volunteering.warning.longTerm.text': [
		'Према уписаним сатима, {name} волонтира више од 10 сати недељно најмање три месеца, а уговор о волонтирању још није сачињен (прилика „{title}”). Закон о волонтирању за дугорочно волонтирање тражи писани уговор.',
		'By the recorded hours, {name} has volunteered more than 10 hours a week for at least three months without a volunteering contract (opportunity “{title}”). The Law on Volunteering requires a written contract for long-term volunteering.'
	],
	'volunteering.dashboard.understaffed': [
		{
			one: '{count} смена у наредна три дана нема довољно волонтера',
			few: '{count} смене у наредна три дана немају довољно волонтера',
			other: '{count} смена у наредна три дана нема довољно волонтера'
		},
		{
			one: '{count} shift in the next three days is short of volunteers',
			other: '{count} shifts in the next three days are short of volunteers'
		}
	],
	'volunteering.dashboard.awaitingConsent': [
		{
			one: '{count} пријава малолетника чека сагласност родитеља',
			few: '{count} пријаве малолетника чекају сагласност родитеља',
			other: '{count} пријава малолетника чека сагласност родитеља'
		},
		{
			one: '{count} under-18 application awaits a parent’s consent',
			other: '{count} under-18 applications await a parent’s consent'
		}
	],

	'volunteering.mail.greeting': ['Поштовани/а {name},', 'Dear {name},'],
	'volunteering.mail.page': ['Страница прилике', 'Opportunity page'],
	'volunteering.mail.account': ['Ваше волонтирање', 'Your volunteering'],
	'volunteering.mail.received.subject': ['Пријава за волонтирање је примљена', 'Volunteering application received'],
	'volunteering.mail.received.text': [
		'Примили смо вашу пријаву за „{title}”. Организатор ће вам јавити одлуку.',
		'We have received your application for “{title}”. The organiser will let you know.'
	],
	'volunteering.mail.accepted.subject': ['Примљени сте за волонтирање', 'You are accepted to volunteer'],
	'volunteering.mail.accepted.text': [
		'Примљени сте за „{title}”. У прилогу је позивница за календар.',
		'You are accepted for “{title}”. A calendar invitation is attached.'
	],
	'volunteering.mail.waitlisted.subject': ['На листи сте чекања', 'You are on the waiting list'],
	'volunteering.mail.waitlisted.text': [
		'За „{title}” сте на листи чекања. Јавићемо вам ако се место ослободи.',
		'You are on the waiting list for “{title}”. We will tell you if a place frees up.'
	],
	'volunteering.mail.declined.subject': ['Одговор на пријаву за волонтирање', 'Reply to your volunteering application'],
	'volunteering.mail.declined.text': [
		'Нажалост, организатор овај пут није прихватио вашу пријаву за „{title}”.',
		'Unfortunately the organiser could not accept your application for “{title}” this time.'
	],
	'volunteering.mail.pendingGuardian.subject': [
		'Пријава чека сагласност родитеља',
		'Application awaits a parent’s consent'
	],
	'volunteering.mail.pendingGuardian.text': [
		'Примили смо пријаву за „{title}”. Родитељ или старатељ треба да да сагласност преко везе коју смо им послали.',
		'We have received your application for “{title}”. Your parent or guardian needs to give consent through the link we sent them.'
	],
	'volunteering.mail.promoted.subject': ['Ослободило се место: примљени сте', 'A place freed up: you are accepted'],
	'volunteering.mail.promoted.text': [
		'Ослободило се место и са листе чекања сте примљени за „{title}”. У прилогу је позивница за календар. Ако више не можете да дођете, повуците пријаву на свом налогу.',
		'A place freed up and you have moved from the waiting list: you are accepted for “{title}”. A calendar invitation is attached. If you can no longer come, withdraw on your account.'
	],
	'volunteering.mail.consentWithdrawn.subject': ['Родитељ је повукао сагласност', 'Your parent has withdrawn consent'],
	'volunteering.mail.consentWithdrawn.text': [
		'Родитељ или старатељ је повукао сагласност за волонтирање, па је ваша пријава за „{title}” повучена. Сати које сте већ одволонтирали остају забележени.',
		'Your parent or guardian has withdrawn their consent to volunteering, so your application for “{title}” has been withdrawn. Hours you have already volunteered stay recorded.'
	],
	'volunteering.mail.shiftMoved.subject': ['Смена је померена', 'Your shift has moved'],
	'volunteering.mail.shiftMoved.text': [
		'Организатор је променио време смене за „{title}”. Ново време је испод, а у прилогу је измењена позивница за календар. Ако вам ново време не одговара, повуците пријаву на свом налогу.',
		'The organiser has changed the time of your shift for “{title}”. The new time is below and an updated calendar invitation is attached. If it no longer suits you, withdraw on your account.'
	],
	'volunteering.mail.shiftCancelled.subject': ['Смена је отказана', 'Your shift is cancelled'],
	'volunteering.mail.shiftCancelled.text': [
		'Организатор је отказао смену за „{title}” на коју сте се пријавили. Извињавамо се због промене. Друге смене и прилике су на страници волонтирања.',
		'The organiser has cancelled the shift of “{title}” you applied to. We are sorry for the change. Other shifts and opportunities are on the volunteering page.'
	],
	'volunteering.mail.guardian.subject': ['Сагласност за волонтирање: {name}', 'Consent to volunteer: {name}'],
	'volunteering.mail.guardian.text': [
		'{name} се пријавио/ла за волонтирање („{title}”). За млађе од 18 година Закон о волонтирању тражи писану сагласност родитеља или старатеља. Сагласност дајете преко ове везе:',
		'{name} has applied to volunteer (“{title}”). For under-18s the Law on Volunteering asks for a parent’s or guardian’s written consent. You can give it through this link:'
	],

	'volunteering.dashboard.review': [
		{
			one: '{count} прилика за волонтирање чека преглед',
			few: '{count} прилике за волонтирање чекају преглед',
			other: '{count} прилика за волонтирање чека преглед'
		},
		{ one: '{count} volunteering opportunity awaits review', other: '{count} volunteering opportunities await review' }
	],
	'volunteering.dashboard.applications': [
		{
			one: '{count} пријава за волонтирање чека одлуку',
			few: '{count} пријаве за волонтирање чекају одлуку',
			other: '{count} пријава за волонтирање чека одлуку'
		},
		{
			one: '{count} volunteering application awaits a decision',
			other: '{count} volunteering applications await a decision'
		}
	],
	'volunteering.dashboard.claims': [
		{
			one: '{count} пријава сати чека одобрење',
			few: '{count} пријаве сати чекају одобрење',
			other: '{count} пријава сати чека одобрење'
		},
		{ one: '{count} hours claim awaits approval', other: '{count} hours claims await approval' }
	],
	'volunteering.dashboard.longTerm': [
		{
			one: '{count} волонтер ради дугорочно (више од 10 сати недељно три месеца)',
			few: '{count} волонтера раде дугорочно (више од 10 сати недељно три месеца)',
			other: '{count} волонтера ради дугорочно (више од 10 сати недељно три месеца)'
		},
		{
			one: '{count} volunteer is long-term (over 10 hours a week for three months)',
			other: '{count} volunteers are long-term (over 10 hours a week for three months)'
		}
	],

	'volunteering.document.page': ['Страна {page} од {pages}', 'Page {page} of {pages}'],
	'volunteering.certificate.title': ['Потврда о волонтирању', 'Certificate of volunteering'],
	'volunteering.certificate.intro': [
		'Потврђујемо да је {name} волонтирао/ла преко волонтерског сервиса: {office}.',
		'We confirm that {name} volunteered through the volunteer service of {office}.'
	],
	'volunteering.certificate.code': [
		'Верификациони код: {code} (издато {date})',
		'Verification code: {code} (issued {date})'
	],
	'volunteering.certificate.fileName': ['потврда-о-волонтирању', 'volunteering-certificate'],
	'volunteering.certificate.download': [
		'Преузми потврду о волонтирању ({format})',
		'Download the certificate of volunteering ({format})'
	],
	'volunteering.card.documentTitle': ['Волонтерска картица', 'Volunteer card'],
	'volunteering.card.fileName': ['волонтерска-картица', 'volunteer-card'],
	'volunteering.card.download': ['Преузми картицу за штампу ({format})', 'Download the card to print ({format})'],
	'volunteering.card.qr': [
		'Слика кода картице за проверу и евиденцију сати',
		'The card’s QR code for checks and check-in'
	],
	'volunteering.contract.title': ['Уговор о волонтирању', 'Volunteering contract'],
	'volunteering.contract.number': ['Број уговора: {number}', 'Contract number: {number}'],
	'volunteering.contract.parties': ['Уговорне стране', 'The parties'],
	'volunteering.contract.organiser': ['Организатор волонтирања', 'Volunteering organiser'],
	'volunteering.contract.volunteer': ['Волонтер', 'Volunteer'],
	'volunteering.contract.guardian': ['Родитељ или старатељ', 'Parent or guardian'],
	'volunteering.contract.work': ['Волонтерски послови, место и трајање', 'The work, place and duration'],
	'volunteering.contract.duration': ['Трајање', 'Duration'],
	'volunteering.contract.costs': ['Трошкови и њихова накнада', 'Costs and reimbursement'],
	'volunteering.contract.rights': ['Права и обавезе', 'Rights and duties'],
	'volunteering.contract.rightsDefault': [
		'Волонтер има права и обавезе утврђене Законом о волонтирању: безбедне услове рада, обавештење о пословима и ризицима, потврду о волонтирању и заштиту података; дужан је да послове обавља савесно и чува поверљиве податке.',
		'The volunteer has the rights and duties set by the Law on Volunteering: safe conditions, information on the work and its risks, a certificate of volunteering and data protection; they carry out the work conscientiously and keep confidential information.'
	],
	'volunteering.contract.none': ['Није предвиђено.', 'None.'],
	'volunteering.contract.why': ['Зашто се закључује писани уговор', 'Why a written contract is made'],
	'volunteering.contract.reason.minor': ['волонтер је малолетан', 'the volunteer is a minor'],
	'volunteering.contract.reason.long_term_planned': [
		'дугорочно волонтирање по плану (више од 10 сати недељно најмање три месеца)',
		'long-term volunteering by plan (over 10 hours a week for at least three months)'
	],
	'volunteering.contract.reason.long_term_recorded': [
		'дугорочно волонтирање по евидентираним сатима',
		'long-term volunteering by recorded hours'
	],
	'volunteering.contract.reason.requested': ['на захтев волонтера', 'at the volunteer’s request'],
	'volunteering.contract.signatures': ['Потписи', 'Signatures'],
	'volunteering.contract.fileName': ['уговор-о-волонтирању', 'volunteering-contract'],
	'volunteering.contract.notGenerated': ['Уговор још није направљен.', 'The contract has not been generated yet.'],
	'volunteering.contract.required': ['Потребан је писани уговор', 'A written contract is required'],
	'volunteering.contract.as': ['Уговор ({format})', 'Contract ({format})'],
	'volunteering.contract.sign': ['Потврђујем уговор', 'I confirm the contract'],
	'volunteering.contract.signed': ['Уговор је потписан.', 'The contract is signed.'],
	'volunteering.hoursStatus.claimed': ['чека одобрење', 'awaiting approval'],
	'volunteering.hoursStatus.rejected': ['одбијено', 'rejected'],
	'volunteering.hoursStatus.approved': ['одобрено', 'approved'],
	'volunteering.stats.title': ['Статистика волонтирања', 'Volunteering statistics'],
	'volunteering.stats.link': ['Статистика', 'Statistics'],
	'volunteering.stats.year': ['Година', 'Year'],
	'volunteering.stats.volunteers': ['Волонтери', 'Volunteers'],
	'volunteering.stats.newVolunteers': ['Нови волонтери', 'New volunteers'],
	'volunteering.stats.hours': ['Сати', 'Hours'],
	'volunteering.stats.total': ['Укупно', 'Total'],
	'volunteering.stats.group': ['Група', 'Group'],
	'volunteering.stats.breakdown': ['Преглед', 'Breakdown'],
	'volunteering.stats.byGender': ['По полу', 'By gender'],
	'volunteering.stats.byAge': ['По узрасту (на крају године)', 'By age (at the end of the year)'],
	'volunteering.stats.byOrganiser': ['По организатору', 'By organiser'],
	'volunteering.stats.byCategory': ['По области', 'By area'],
	'volunteering.stats.gender.female': ['Женски', 'Female'],
	'volunteering.stats.gender.male': ['Мушки', 'Male'],
	'volunteering.stats.gender.other': ['Друго', 'Other'],
	'volunteering.stats.gender.unknown': ['Није наведено', 'Not given'],
	'volunteering.stats.hidden': ['<5', '<5'],
	'volunteering.stats.note': [
		'Групе са мање од пет волонтера приказане су као „<5”, као и још једна када би се скривена могла израчунати, да се нико не би препознао; сати скривене групе се не приказују. Рачунају се само одобрени сати.',
		'Groups of fewer than five volunteers are shown as “<5”, and so is one more where the hidden one could be worked out, so nobody can be recognised; a hidden group’s hours are not shown. Only approved hours count.'
	],
	'volunteering.stats.downloads': ['Преузимање статистике', 'Download the statistics'],
	'volunteering.stats.csv': ['Преузми статистику (ЦСВ табела)', 'Download the statistics (CSV)'],
	'volunteering.stats.xlsx': ['Преузми статистику (Ексел)', 'Download the statistics (Excel)'],
	'volunteering.volunteers': ['Волонтери (са упамћеним сатима)', 'Volunteers (with recorded hours)'],
	'volunteering.hours': ['Волонтерски сати', 'Volunteer hours'],
	'volunteering.personalData.profile': ['Волонтерски профил', 'Volunteer profile'],
	'volunteering.personalData.applications': ['Пријаве за волонтирање', 'Volunteering applications'],
	'volunteering.opendata.keyword': ['волонтирање', 'volunteering'],
	'volunteering.opendata.opportunities.title': ['Прилике за волонтирање', 'Volunteering opportunities'],
	'volunteering.opendata.opportunities.description': [
		'Објављене прилике за волонтирање са јавним подацима: назив, област, место, најмања старост и трајање. Контакти организатора и пријављени волонтери нису укључени.',
		'Published volunteering opportunities with their public details: title, category, place, minimum age and duration. The organiser’s contacts and the volunteers who applied are left out.'
	],
	'volunteering.opendata.hours.title': ['Волонтерски сати по годинама', 'Volunteer hours by year'],
	'volunteering.opendata.hours.description': [
		'Одобрени волонтерски сати и број волонтера по години и области, без података о особама. Област са мање од пет волонтера је скривена, као и још једна када би се скривена могла израчунати.',
		'Approved volunteer hours and the number of volunteers by year and category, with nothing about any person. A category with fewer than five volunteers is hidden, and one more where the hidden one could be worked out.'
	],
	'volunteering.opendata.column.id': ['Трајни идентификатор прилике', 'The opportunity’s permanent identifier'],
	'volunteering.opendata.column.title': ['Назив прилике', 'The opportunity’s title'],
	'volunteering.opendata.column.title_en': ['Назив на енглеском, ако постоји', 'The title in English, if given'],
	'volunteering.opendata.column.summary': ['Кратак опис', 'A short description'],
	'volunteering.opendata.column.summary_en': [
		'Кратак опис на енглеском, ако постоји',
		'The short description in English, if given'
	],
	'volunteering.opendata.column.category': ['Област волонтирања', 'The field of volunteering'],
	'volunteering.opendata.column.place': ['Место где се волонтира', 'Where the volunteering takes place'],
	'volunteering.opendata.column.is_remote': ['Да ли се волонтира на даљину', 'Whether it can be done remotely'],
	'volunteering.opendata.column.min_age': [
		'Најмања старост волонтера у годинама',
		'The volunteers’ minimum age in years'
	],
	'volunteering.opendata.column.is_open_ended': [
		'Да ли је то трајна улога без смена',
		'Whether it is a standing role without shifts'
	],
	'volunteering.opendata.column.hours_per_week': [
		'Очекивани број сати недељно за трајну улогу',
		'Expected hours a week for a standing role'
	],
	'volunteering.opendata.column.starts_on': ['Први дан трајне улоге', 'First day of a standing role'],
	'volunteering.opendata.column.ends_on': ['Последњи дан трајне улоге', 'Last day of a standing role'],
	'volunteering.opendata.column.published_at': ['Када је прилика објављена', 'When the opportunity was published'],
	'volunteering.opendata.column.url': ['Страница прилике на порталу', 'The opportunity’s page on the portal'],
	'volunteering.opendata.column.year': ['Календарска година', 'The calendar year'],
	'volunteering.opendata.column.volunteers': [
		'Број различитих волонтера са одобреним сатима (празно када је мањи од пет)',
		'Distinct volunteers with approved hours (empty when fewer than five)'
	],
	'volunteering.opendata.column.hours': [
		'Одобрени сати, заокружени наниже на цео сат (празно када је број волонтера скривен)',
		'Approved hours, rounded down to whole hours (empty when the number of volunteers is hidden)'
	],
	'volunteering.personalData.hours': ['Волонтерски сати', 'Volunteer hours']
});
