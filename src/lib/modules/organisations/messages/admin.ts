import { defineMessages } from '../../../i18n/define.ts';

/** The office's side of the directory: records, partnerships, import and export, duplicates. */
export const organisationAdminMessages = defineMessages({
	'organisations.evidence.agreement': ['Споразум о партнерству', 'Partnership agreement'],
	'organisations.evidence.jointEvent': ['Заједнички догађај са партнером', 'Joint event with a partner'],
	'organisations.statistics.title': ['Партнери и организације', 'Partners and organisations'],
	'organisations.statistics.active': ['Активни партнери', 'Active partners'],
	'organisations.statistics.agreements': ['Споразуми о сарадњи на снази', 'Partnership agreements in force'],
	'organisations.statistics.jointEvents': ['Заједнички догађаји', 'Joint events'],
	'organisations.statistics.directory': ['Активне организације у бази', 'Active organisations in the database'],
	'organisations.statistics.activeByType': ['Активни партнери по врсти', 'Active partners by type'],
	'organisations.value.yes': ['Да', 'Yes'],
	'organisations.value.no': ['Не', 'No'],
	'organisations.kind': ['Организација', 'Organisation'],
	'organisations.admin.nav': ['Удружења и партнери', 'Associations and partners'],

	// Codes from schema.ts: the public directory reuses these labels.
	'organisations.type.youth_association': ['Удружење младих', 'Youth association'],
	'organisations.type.association_for_youth': ['Удружење за младе', 'Association for youth'],
	'organisations.type.federation': ['Савез удружења', 'Federation of associations'],
	'organisations.type.informal_group': ['Неформална група младих', 'Informal youth group'],
	'organisations.type.school': ['Школа', 'School'],
	'organisations.type.faculty': ['Факултет', 'Faculty'],
	'organisations.type.public_institution': ['Јавна установа', 'Public institution'],
	'organisations.type.local_government': ['Орган локалне самоуправе', 'Local government body'],
	'organisations.type.business': ['Привредно друштво', 'Business'],
	'organisations.type.media': ['Медиј', 'Media'],
	'organisations.type.international': ['Међународна организација', 'International organisation'],

	'organisations.area.education': ['Образовање', 'Education'],
	'organisations.area.employment': ['Запошљавање и предузетништво', 'Employment and entrepreneurship'],
	'organisations.area.health': ['Здравље и благостање', 'Health and well-being'],
	'organisations.area.safety': ['Безбедност', 'Safety'],
	'organisations.area.culture': ['Култура и слободно време', 'Culture and free time'],
	'organisations.area.participation': ['Активизам и учешће', 'Activism and participation'],
	'organisations.area.mobility': ['Мобилност', 'Mobility'],
	'organisations.area.inclusion': ['Социјална укљученост', 'Social inclusion'],

	'organisations.target.pupils': ['Ученици', 'Pupils'],
	'organisations.target.students': ['Студенти', 'Students'],
	'organisations.target.unemployed': ['Незапослени млади', 'Unemployed young people'],
	'organisations.target.rural_youth': ['Млади са села', 'Rural young people'],
	'organisations.target.youth_with_disabilities': ['Млади са инвалидитетом', 'Young people with disabilities'],
	'organisations.target.roma_youth': ['Ромска омладина', 'Roma young people'],
	'organisations.target.young_parents': ['Млади родитељи', 'Young parents'],
	'organisations.target.youth_at_risk': ['Млади у ризику', 'Young people at risk'],
	'organisations.target.all_youth': ['Сви млади', 'All young people'],

	'organisations.status.active': ['Активна', 'Active'],
	'organisations.status.inactive': ['Неактивна', 'Inactive'],
	'organisations.status.dissolved': ['Угашена', 'Dissolved'],

	'organisations.listing.listed': ['У јавном регистру', 'Listed publicly'],
	'organisations.listing.pending': ['Чека одобрење', 'Awaiting approval'],
	'organisations.listing.hidden': ['Само за канцеларију', 'Office only'],
	'organisations.listing.rejected': ['Одбијена', 'Rejected'],

	'organisations.publicField.address': ['Адреса', 'Address'],
	'organisations.publicField.email': ['Е-пошта', 'E-mail'],
	'organisations.publicField.phone': ['Телефон', 'Phone'],
	'organisations.publicField.website': ['Веб-сајт', 'Website'],
	'organisations.publicField.social': ['Друштвене мреже', 'Social networks'],
	'organisations.publicField.members': ['Број чланова', 'Number of members'],
	'organisations.publicField.registration': ['Регистарски број и датум', 'Registration number and date'],
	'organisations.publicField.contacts': ['Особе за контакт', 'Contact persons'],

	// The list
	'organisations.admin.title': ['Удружења и партнери', 'Associations and partners'],
	'organisations.admin.intro': [
		'База удружења младих, удружења за младе, неформалних група и локалних партнера канцеларије.',
		'The office’s database of youth associations, associations for youth, informal groups and local partners.'
	],
	'organisations.admin.new': ['Нова организација', 'New organisation'],
	'organisations.admin.created': ['Организација је сачувана.', 'The organisation has been saved.'],
	'organisations.admin.import': ['Увоз из табеле', 'Import from a spreadsheet'],
	'organisations.admin.exportCsv': ['Извоз (ЦСВ)', 'Export (CSV)'],
	'organisations.admin.exportXlsx': ['Извоз (Ексел)', 'Export (XLSX)'],
	'organisations.admin.duplicates': ['Могући двојници', 'Possible duplicates'],
	'organisations.admin.columnName': ['Назив', 'Name'],
	'organisations.admin.columnType': ['Врста', 'Type'],
	'organisations.admin.columnStatus': ['Статус', 'Status'],
	'organisations.admin.columnConfirmed': ['Последња потврда', 'Last confirmed'],
	'organisations.admin.count': [
		{
			one: 'Пронађена је {count} организација.',
			few: 'Пронађене су {count} организације.',
			other: 'Пронађено је {count} организација.'
		},
		{ one: '{count} organisation found.', other: '{count} organisations found.' }
	],
	'organisations.admin.partnerBadge': ['Партнер', 'Partner'],
	'organisations.admin.neverConfirmed': ['Није потврђено', 'Never confirmed'],
	'organisations.admin.notConfirmedBadge': ['Није потврђено ове године', 'Not confirmed this year'],
	'organisations.filter.legend': ['Избор организација', 'Choose organisations'],
	'organisations.filter.q': ['Претрага', 'Search'],
	'organisations.filter.type': ['Врста', 'Type'],
	'organisations.filter.status': ['Статус', 'Status'],
	'organisations.filter.area': ['Област рада', 'Area of work'],
	'organisations.filter.listing': ['Видљивост', 'Visibility'],
	'organisations.filter.partner': ['Партнерство', 'Partnership'],
	'organisations.filter.partnersOnly': ['Само партнери', 'Partners only'],
	'organisations.filter.notPartners': ['Без партнерства', 'Not partners'],
	'organisations.filter.unconfirmed': ['Није потврђено ове године', 'Not confirmed this year'],
	'organisations.filter.any': ['Све', 'All'],
	'organisations.filter.submit': ['Прикажи', 'Show'],
	'organisations.filter.reset': ['Поништи избор', 'Clear filters'],
	'organisations.admin.empty': ['Нема организација за овај избор.', 'No organisations match this choice.'],

	// The form
	'organisations.form.basics': ['Основни подаци', 'Basic details'],
	'organisations.form.name': ['Назив (онако како га организација пише)', 'Name (as the organisation writes it)'],
	'organisations.form.shortName': ['Скраћени назив', 'Short name'],
	'organisations.form.type': ['Врста организације', 'Type of organisation'],
	'organisations.form.registration': ['Регистрација', 'Registration'],
	'organisations.form.registrationNumber': ['Матични број', 'Registration number'],
	'organisations.form.registeredOn': ['Датум регистрације', 'Date of registration'],
	'organisations.form.inMinistryRegister': [
		'Уписана у регистар удружења младих и за младе министарства',
		'In the ministry’s register of youth associations and associations for youth'
	],
	'organisations.form.areas': ['Области рада', 'Areas of work'],
	'organisations.form.targetGroups': ['Циљне групе', 'Target groups'],
	'organisations.form.description': ['Опис', 'Description'],
	'organisations.form.descriptionEn': ['Опис на енглеском', 'Description in English'],
	'organisations.form.contact': ['Адреса и контакт', 'Address and contact'],
	'organisations.form.address': ['Адреса', 'Address'],
	'organisations.form.email': ['Јавна е-пошта', 'Public e-mail'],
	'organisations.form.phone': ['Јавни телефон', 'Public phone'],
	'organisations.form.website': ['Веб-сајт', 'Website'],
	'organisations.form.socialLinks': ['Друштвене мреже', 'Social networks'],
	'organisations.form.socialLinksHint': [
		'Једна адреса по реду, нпр. https://instagram.com/udruzenje',
		'One address per line, e.g. https://instagram.com/association'
	],
	'organisations.form.members': ['Чланство', 'Membership'],
	'organisations.form.memberCount': ['Број чланова', 'Number of members'],
	'organisations.form.youngMemberCount': ['Од тога младих (15–30)', 'Of whom young (15–30)'],
	'organisations.form.logo': ['Лого', 'Logo'],
	'organisations.form.statusLegend': ['Статус и видљивост', 'Status and visibility'],
	'organisations.form.status': ['Статус активности', 'Activity status'],
	'organisations.form.listing': ['Видљивост у јавном регистру', 'Visibility in the public directory'],
	'organisations.form.isPartner': ['Партнер канцеларије', 'Partner of the office'],
	'organisations.form.publicFields': [
		'Шта организација жели да буде јавно',
		'What the organisation chose to show publicly'
	],
	'organisations.form.publicFieldsHint': [
		'Назив, врста, области рада и опис су увек јавни.',
		'The name, type, areas of work and description are always public.'
	],
	'organisations.form.staffNotes': ['Белешке канцеларије (нису јавне)', 'Office notes (never public)'],
	'organisations.form.invalidType': ['Изаберите врсту организације.', 'Choose the type of organisation.'],
	'organisations.form.invalidChoice': ['Изабрана вредност не постоји.', 'The chosen value does not exist.'],
	'organisations.form.invalidDate': ['Унесите датум у облику ГГГГ-ММ-ДД.', 'Enter the date as YYYY-MM-DD.'],
	'organisations.form.invalidCount': ['Унесите цео број од 0 до 100000.', 'Enter a whole number from 0 to 100000.'],
	'organisations.form.youngOverMembers': [
		'Младих чланова не може бити више него свих чланова.',
		'There cannot be more young members than members.'
	],
	'organisations.form.youthShareWarning': [
		'Удружење младих по закону има најмање две трећине младих чланова; сада их је {share}%.',
		'By law a youth association has at least two thirds young members; it now has {share}%.'
	],
	'organisations.form.invalidPhone': [
		'Унесите телефон цифрама, нпр. +381 32 123 456.',
		'Enter the phone in digits, e.g. +381 32 123 456.'
	],
	'organisations.form.invalidLink': [
		'Свака адреса мора почети са http:// или https://.',
		'Every address must start with http:// or https://.'
	],
	'organisations.form.invalidLogo': ['Изабрана слика није у библиотеци.', 'The chosen image is not in the library.'],
	'organisations.form.duplicateWarning': [
		'Можда већ постоји: {names}. Ако је то иста организација, отворите њу; ако није, потврдите чување.',
		'This may already exist: {names}. If it is the same organisation, open it; if not, confirm saving.'
	],
	'organisations.form.saveAnyway': ['Ово је друга организација, сачувај', 'This is a different organisation, save it'],

	// The organisation page
	'organisations.admin.edit': ['Измени податке', 'Edit details'],
	'organisations.admin.back': ['Сва удружења и партнери', 'All associations and partners'],
	'organisations.admin.details': ['Подаци', 'Details'],
	'organisations.admin.confirmedAt': ['Последња потврда: {date}', 'Last confirmed: {date}'],
	'organisations.admin.confirmNow': [
		'Потврди сада да је активна и да су подаци тачни',
		'Confirm now: active and details correct'
	],
	'organisations.admin.confirmed': ['Потврда је забележена.', 'The confirmation has been recorded.'],
	'organisations.admin.members': [
		'Чланова: {members}, од тога младих: {young}',
		'Members: {members}, of whom young: {young}'
	],
	'organisations.admin.history': ['Историја измена', 'Change history'],
	'organisations.admin.historyEmpty': ['Још нема измена.', 'No changes yet.'],
	'organisations.admin.historyField': ['Поље', 'Field'],
	'organisations.admin.historyBefore': ['Пре', 'Before'],
	'organisations.admin.historyAfter': ['После', 'After'],
	'organisations.admin.mergedInto': ['Овај запис је спојен са другим.', 'This record has been merged into another.'],

	'organisations.contacts.title': ['Особе за контакт', 'Contact persons'],
	'organisations.contacts.empty': ['Нема особа за контакт.', 'No contact persons.'],
	'organisations.contacts.name': ['Име и презиме', 'Full name'],
	'organisations.contacts.role': ['Улога у организацији', 'Role in the organisation'],
	'organisations.contacts.email': ['Е-пошта', 'E-mail'],
	'organisations.contacts.phone': ['Телефон', 'Phone'],
	'organisations.contacts.isAdult': ['Пунолетна особа', 'Adult'],
	'organisations.contacts.isPublic': ['Приказати јавно', 'Show publicly'],
	'organisations.contacts.add': ['Додај особу за контакт', 'Add a contact person'],
	'organisations.contacts.save': ['Сачувај особу', 'Save the person'],
	'organisations.contacts.remove': ['Уклони', 'Remove'],
	'organisations.contacts.saved': ['Особа за контакт је сачувана.', 'The contact person has been saved.'],
	'organisations.contacts.removed': ['Особа за контакт је уклоњена.', 'The contact person has been removed.'],
	'organisations.contacts.needsWay': ['Унесите е-пошту или телефон.', 'Enter an e-mail address or a phone number.'],
	'organisations.contacts.publicBadge': ['јавно', 'public'],
	'organisations.contacts.adultBadge': ['пунолетна', 'adult'],

	'organisations.group.title': ['Чланови неформалне групе', 'Members of the informal group'],
	'organisations.group.intro': [
		'Име и година рођења служе само за узрасни профил групе и никада нису јавни.',
		'Names and years of birth only give the group’s age profile and are never public.'
	],
	'organisations.group.empty': ['Још нема уписаних чланова.', 'No members listed yet.'],
	'organisations.group.name': ['Име и презиме', 'Full name'],
	'organisations.group.birthYear': ['Година рођења', 'Year of birth'],
	'organisations.group.add': ['Додај члана', 'Add a member'],
	'organisations.group.remove': ['Уклони', 'Remove'],
	'organisations.group.saved': ['Члан је уписан.', 'The member has been added.'],
	'organisations.group.removed': ['Члан је уклоњен.', 'The member has been removed.'],
	'organisations.group.invalidYear': [
		'Унесите годину рођења између {min} и {max}.',
		'Enter a year of birth between {min} and {max}.'
	],
	'organisations.group.needsAdultContact': [
		'Неформална група мора имати бар једну пунолетну особу за контакт.',
		'An informal group needs at least one adult contact person.'
	],
	'organisations.group.missingAdult': [
		'Група још нема пунолетну особу за контакт: додајте је испод.',
		'The group has no adult contact person yet: add one below.'
	],
	'organisations.group.profile': ['Узрасни профил', 'Age profile'],
	'organisations.group.band': ['Узраст', 'Age'],
	'organisations.group.count': ['Чланова', 'Members'],
	'organisations.group.bandUnder': ['млађи од {min}', 'under {min}'],
	'organisations.group.bandRange': ['{from}–{to}', '{from}–{to}'],
	'organisations.group.bandOver': ['старији од {max}', 'over {max}'],
	'organisations.group.youngShare': ['Младих ({min}–{max}): {share}%', 'Young ({min}–{max}): {share}%'],

	// Partnerships
	'organisations.partnership.title': ['Партнерство', 'Partnership'],
	'organisations.partnership.timeline': ['Све што смо радили заједно', 'Everything done together'],
	'organisations.partnership.timelineEmpty': ['Још нема заједничких активности.', 'Nothing done together yet.'],
	'organisations.partnership.agreements': ['Споразуми', 'Agreements'],
	'organisations.partnership.addAgreement': ['Додај споразум', 'Add an agreement'],
	'organisations.partnership.agreementSaved': ['Споразум је сачуван.', 'The agreement has been saved.'],
	'organisations.partnership.agreementRemoved': ['Споразум је уклоњен.', 'The agreement has been removed.'],
	'organisations.partnership.kind': ['Врста споразума', 'Kind of agreement'],
	'organisations.partnership.kind.memorandum': ['Меморандум о сарадњи', 'Memorandum of understanding'],
	'organisations.partnership.kind.cooperation_agreement': ['Споразум о сарадњи', 'Cooperation agreement'],
	'organisations.partnership.kind.contract': ['Уговор', 'Contract'],
	'organisations.partnership.kind.letter_of_support': ['Писмо подршке', 'Letter of support'],
	'organisations.partnership.kind.other': ['Друго', 'Other'],
	'organisations.partnership.agreementTitle': ['Назив', 'Title'],
	'organisations.partnership.signedOn': ['Потписан', 'Signed on'],
	'organisations.partnership.startsOn': ['Важи од', 'Valid from'],
	'organisations.partnership.endsOn': ['Важи до', 'Valid until'],
	'organisations.partnership.document': ['Документ из библиотеке', 'Document from the library'],
	'organisations.partnership.noDocument': ['Без документа', 'No document'],
	'organisations.partnership.officeCommitments': ['Обавезе канцеларије', 'What the office commits to'],
	'organisations.partnership.partnerCommitments': ['Обавезе партнера', 'What the partner commits to'],
	'organisations.partnership.endsBeforeStart': [
		'Крај не може бити пре почетка.',
		'The end cannot come before the start.'
	],
	'organisations.partnership.contactLog': ['Историја контаката', 'History of contacts'],
	'organisations.partnership.addContact': ['Забележи контакт', 'Record a contact'],
	'organisations.partnership.contactSaved': ['Контакт је забележен.', 'The contact has been recorded.'],
	'organisations.partnership.happenedOn': ['Датум', 'Date'],
	'organisations.partnership.channel': ['Начин', 'Channel'],
	'organisations.partnership.channel.meeting': ['Састанак', 'Meeting'],
	'organisations.partnership.channel.phone': ['Телефон', 'Phone'],
	'organisations.partnership.channel.email': ['Е-пошта', 'E-mail'],
	'organisations.partnership.channel.other': ['Друго', 'Other'],
	'organisations.partnership.subject': ['Тема', 'Subject'],
	'organisations.partnership.notes': ['Белешке', 'Notes'],
	'organisations.partnership.staff': ['Из канцеларије', 'From the office'],
	'organisations.partnership.events': ['Заједнички догађаји', 'Joint events'],
	'organisations.partnership.linkEvent': ['Повежи догађај', 'Link an event'],
	'organisations.partnership.event': ['Догађај', 'Event'],
	'organisations.partnership.activities': ['Активности акционог плана', 'Action-plan activities'],
	'organisations.partnership.linkActivity': ['Повежи активност', 'Link an activity'],
	'organisations.partnership.activity': ['Активност', 'Activity'],
	'organisations.partnership.role': ['Улога', 'Role'],
	'organisations.partnership.role.responsible': ['Носилац', 'Responsible'],
	'organisations.partnership.role.co_implementer': ['Партнер у реализацији', 'Co-implementer'],
	'organisations.partnership.linked': ['Веза је сачувана.', 'The link has been saved.'],
	'organisations.partnership.unlinked': ['Веза је уклоњена.', 'The link has been removed.'],
	'organisations.partnership.unlink': ['Уклони везу', 'Remove the link'],
	'organisations.partnership.remove': ['Уклони', 'Remove'],
	'organisations.partnership.unknownChoice': ['Изабрана ставка не постоји.', 'The chosen item does not exist.'],
	'organisations.partnership.timelineAgreement': ['Споразум: {title}', 'Agreement: {title}'],
	'organisations.partnership.timelineEvent': ['Догађај: {title}', 'Event: {title}'],
	'organisations.partnership.timelineActivity': ['Активност плана: {title}', 'Plan activity: {title}'],
	'organisations.partnership.timelineContact': ['Контакт: {title}', 'Contact: {title}'],

	// Duplicates and merging
	'organisations.merge.title': ['Могући двојници', 'Possible duplicates'],
	'organisations.merge.intro': [
		'Парови са истим матичним бројем или веома сличним називом (без обзира на писмо).',
		'Pairs with the same registration number or a very similar name (whichever script).'
	],
	'organisations.merge.empty': ['Нема могућих двојника.', 'No possible duplicates.'],
	'organisations.merge.sameRegistration': ['исти матични број', 'same registration number'],
	'organisations.merge.similarName': ['сличан назив ({score}%)', 'similar name ({score}%)'],
	'organisations.merge.compare': ['Упореди и споји', 'Compare and merge'],
	'organisations.merge.dismiss': ['Нису двојници', 'Not duplicates'],
	'organisations.merge.dismissLabel': [
		'Нису двојници: {first} и {second} (пар се више неће нудити)',
		'Not duplicates: {first} and {second} (the pair will not be offered again)'
	],
	'organisations.merge.dismissed': [
		'Пар је склоњен: више се неће нудити као могући двојник.',
		'The pair is dismissed: it will not be offered as a possible duplicate again.'
	],
	'organisations.merge.ignoresCommonWords': [
		'Назив општине и честе речи (удружење, клуб, центар, млади…) не рачунају се у сличност назива.',
		"The municipality's name and common words (association, club, centre, youth…) do not count towards name similarity."
	],
	'organisations.merge.heading': ['Спајање двојника', 'Merging duplicates'],
	'organisations.merge.explain': [
		'За свако поље изаберите вредност коју задржавате. Особе за контакт, чланови, споразуми, контакти и везе прелазе на задржани запис; други запис се скрива.',
		'For each field choose the value to keep. Contacts, members, agreements, contacts log and links move to the kept record; the other record is hidden.'
	],
	'organisations.merge.recordA': ['Запис А (задржава се): {name}', 'Record A (kept): {name}'],
	'organisations.merge.recordB': ['Запис Б (скрива се): {name}', 'Record B (hidden): {name}'],
	'organisations.merge.swap': ['Задржи запис Б уместо А', 'Keep record B instead of A'],
	'organisations.merge.field': ['Поље', 'Field'],
	'organisations.merge.submit': ['Споји', 'Merge'],
	'organisations.merge.done': ['Записи су спојени.', 'The records have been merged.'],
	'organisations.merge.same': ['Запис се не може спојити сам са собом.', 'A record cannot be merged with itself.'],
	'organisations.merge.alreadyMerged': [
		'Један од записа је већ спојен.',
		'One of the records has already been merged.'
	],
	'organisations.merge.valueA': ['Вредност из записа А', 'Value from record A'],
	'organisations.merge.valueB': ['Вредност из записа Б', 'Value from record B'],

	// Import and export
	'organisations.import.column.name': ['назив', 'name'],
	'organisations.import.column.short_name': ['скраћени назив', 'short name'],
	'organisations.import.column.type': ['врста', 'type'],
	'organisations.import.column.registration_number': ['матични број', 'registration number'],
	'organisations.import.column.registered_on': ['датум регистрације', 'registered on'],
	'organisations.import.column.in_ministry_register': ['у регистру министарства', 'in ministry register'],
	'organisations.import.column.areas': ['области рада', 'areas of work'],
	'organisations.import.column.target_groups': ['циљне групе', 'target groups'],
	'organisations.import.column.description': ['опис', 'description'],
	'organisations.import.column.description_en': ['опис на енглеском', 'description in English'],
	'organisations.import.column.address': ['адреса', 'address'],
	'organisations.import.column.email': ['е-пошта', 'e-mail'],
	'organisations.import.column.phone': ['телефон', 'phone'],
	'organisations.import.column.website': ['веб-сајт', 'website'],
	'organisations.import.column.social_links': ['друштвене мреже', 'social links'],
	'organisations.import.column.member_count': ['број чланова', 'members'],
	'organisations.import.column.young_member_count': ['број младих чланова', 'young members'],
	'organisations.import.column.status': ['статус', 'status'],
	'organisations.import.column.contact_name': ['особа за контакт', 'contact person'],
	'organisations.import.column.contact_role': ['улога особе за контакт', 'contact role'],
	'organisations.import.column.contact_email': ['е-пошта особе за контакт', 'contact e-mail'],
	'organisations.import.column.contact_phone': ['телефон особе за контакт', 'contact phone'],
	'organisations.import.column.listing': ['видљивост', 'visibility'],
	'organisations.import.column.public_fields': ['јавна поља', 'public fields'],
	'organisations.import.column.is_partner': ['партнер', 'partner'],
	'organisations.import.column.confirmed_at': ['последња потврда', 'last confirmed'],
	'organisations.import.column.staff_notes': ['белешке канцеларије', 'office notes'],
	'organisations.import.column.contacts': ['особе за контакт', 'contact persons'],
	'organisations.import.yes': ['да', 'yes'],
	'organisations.import.no': ['не', 'no'],
	'organisations.import.sheet': ['Организације', 'Organisations'],
	'organisations.import.title': ['Увоз организација из табеле', 'Import organisations from a spreadsheet'],
	'organisations.import.intro': [
		'Пошаљите ЦСВ или Ексел табелу. Прво ћете видети сваки ред и његове грешке; ништа се не чува пре потврде.',
		'Upload a CSV or XLSX spreadsheet. You will first see every row and its errors; nothing is saved before you confirm.'
	],
	'organisations.import.templateCsv': ['Преузми образац (ЦСВ)', 'Download the template (CSV)'],
	'organisations.import.templateXlsx': ['Преузми образац (Ексел)', 'Download the template (XLSX)'],
	'organisations.import.file': ['Табела (ЦСВ или Ексел)', 'Spreadsheet (CSV or XLSX)'],
	'organisations.import.upload': ['Прикажи преглед', 'Show the preview'],
	'organisations.import.noFile': ['Изаберите ЦСВ или Ексел датотеку.', 'Choose a CSV or XLSX file.'],
	'organisations.import.unreadable': [
		'Табела не може да се прочита: {reason}',
		'The spreadsheet cannot be read: {reason}'
	],
	'organisations.import.tooLarge': [
		{
			by: 'max',
			one: 'Табела је превелика (највише {max} ред).',
			few: 'Табела је превелика (највише {max} реда).',
			other: 'Табела је превелика (највише {max} редова).'
		},
		{
			by: 'max',
			one: 'The spreadsheet is too large (at most {max} row).',
			other: 'The spreadsheet is too large (at most {max} rows).'
		}
	],
	'organisations.import.waiting': ['Табела чека да буде прочитана…', 'The spreadsheet is waiting to be read…'],
	'organisations.import.reading': [
		{
			by: 'total',
			one: 'Табела се чита: прочитано {done} од {total} реда.',
			few: 'Табела се чита: прочитано {done} од {total} реда.',
			other: 'Табела се чита: прочитано {done} од {total} редова.'
		},
		{
			by: 'total',
			one: 'Reading the spreadsheet: {done} of {total} row read.',
			other: 'Reading the spreadsheet: {done} of {total} rows read.'
		}
	],
	'organisations.import.refreshing': [
		'Напредак се сам освежава док се табела чита.',
		'The progress updates by itself while the spreadsheet is being read.'
	],
	'organisations.import.showProgress': ['Прикажи напредак', 'Show the progress'],
	'organisations.import.failed': ['Табела не може да се прочита.', 'The spreadsheet cannot be read.'],
	'organisations.import.notReady': ['Табела још није прочитана.', 'The spreadsheet has not been read yet.'],
	'organisations.import.again': ['Пошаљите другу табелу', 'Upload another spreadsheet'],
	'organisations.import.noName': ['Табела нема колону „назив“.', 'The spreadsheet has no “name” column.'],
	'organisations.import.empty': ['Табела нема ниједан ред са подацима.', 'The spreadsheet has no rows with data.'],
	'organisations.import.preview': ['Преглед: {file}', 'Preview: {file}'],
	'organisations.import.summary': [
		'Исправних редова: {valid}, редова са грешкама: {invalid}.',
		'Valid rows: {valid}, rows with errors: {invalid}.'
	],
	'organisations.import.row': ['Ред', 'Row'],
	'organisations.import.problems': ['Грешке и упозорења', 'Errors and warnings'],
	'organisations.import.ok': ['Исправно', 'Valid'],
	'organisations.import.confirm': [
		{ one: 'Увези {count} исправан ред', few: 'Увези {count} исправна реда', other: 'Увези {count} исправних редова' },
		{ one: 'Import the {count} valid row', other: 'Import the {count} valid rows' }
	],
	'organisations.import.skippedNote': ['Редови са грешкама се прескачу.', 'Rows with errors are skipped.'],
	'organisations.import.done': [
		{
			one: 'Увезена је {count} организација; прескочено редова: {skipped}.',
			few: 'Увезене су {count} организације; прескочено редова: {skipped}.',
			other: 'Увезено је {count} организација; прескочено редова: {skipped}.'
		},
		{
			one: '{count} organisation imported; rows skipped: {skipped}.',
			other: '{count} organisations imported; rows skipped: {skipped}.'
		}
	],
	'organisations.import.updatedCount': [
		'Допуњено постојећих записа: {updated}.',
		'Existing records updated: {updated}.'
	],
	'organisations.import.choice.legend': [
		'Можда двојник: шта урадити са редом {row}?',
		'A possible duplicate: what to do with row {row}?'
	],
	'organisations.import.choice.skip': ['Прескочи ред', 'Skip the row'],
	'organisations.import.choice.update': ['Допуни постојећи запис „{name}“', 'Update the existing record “{name}”'],
	'organisations.import.choice.create': ['Ипак увези као нову организацију', 'Import as a new organisation anyway'],
	'organisations.import.choice.done.skip': ['Прескочено', 'Skipped'],
	'organisations.import.choice.done.update': ['Допуњен постојећи запис', 'Existing record updated'],
	'organisations.import.choice.done.create': ['Увезено', 'Imported'],
	'organisations.import.doneFlash': ['Исправни редови су увезени.', 'The valid rows have been imported.'],
	'organisations.import.alreadyConfirmed': ['Овај увоз је већ потврђен.', 'This import has already been confirmed.'],
	'organisations.import.nothingValid': ['Нема исправних редова за увоз.', 'There are no valid rows to import.'],
	'organisations.import.error.required': ['Колона „{column}“ је обавезна.', 'The “{column}” column is required.'],
	'organisations.import.error.type': ['Непозната врста: „{value}“.', 'Unknown type: “{value}”.'],
	'organisations.import.error.area': ['Непозната област рада: „{value}“.', 'Unknown area of work: “{value}”.'],
	'organisations.import.error.target': ['Непозната циљна група: „{value}“.', 'Unknown target group: “{value}”.'],
	'organisations.import.error.status': ['Непознат статус: „{value}“.', 'Unknown status: “{value}”.'],
	'organisations.import.error.date': [
		'Датум „{value}“ није у облику ГГГГ-ММ-ДД.',
		'The date “{value}” is not in the form YYYY-MM-DD.'
	],
	'organisations.import.error.email': ['Е-пошта „{value}“ није исправна.', 'The e-mail “{value}” is not valid.'],
	'organisations.import.error.url': [
		'Адреса „{value}“ мора почети са http:// или https://.',
		'The address “{value}” must start with http:// or https://.'
	],
	'organisations.import.error.number': ['„{value}“ није цео број.', '“{value}” is not a whole number.'],
	'organisations.import.error.youngOverMembers': [
		'Младих чланова је више него свих чланова.',
		'More young members than members.'
	],
	'organisations.import.error.tooLong': ['Колона „{column}“ је предугачка.', 'The “{column}” column is too long.'],
	'organisations.import.warning.duplicateInDatabase': ['Можда већ постоји: {name}.', 'May already exist: {name}.'],
	'organisations.import.warning.duplicateInFile': ['Исто као ред {row} у табели.', 'Same as row {row} in the file.'],
	'organisations.import.warning.youthShare': [
		'Удружење младих има мање од две трећине младих чланова.',
		'The youth association has fewer than two thirds young members.'
	],
	'organisations.dashboard.claims': [
		{
			one: '{count} захтев за преузимање профила удружења',
			few: '{count} захтева за преузимање профила удружења',
			other: '{count} захтева за преузимање профила удружења'
		},
		{
			one: '{count} request to take over an organisation’s profile',
			other: '{count} requests to take over an organisation’s profile'
		}
	],
	'organisations.dashboard.listings': [
		{
			one: '{count} захтев за упис у именик',
			few: '{count} захтева за упис у именик',
			other: '{count} захтева за упис у именик'
		},
		{ one: '{count} request to be listed in the directory', other: '{count} requests to be listed in the directory' }
	],
	'organisations.dashboard.changes': [
		{
			one: '{count} измена профила чека преглед',
			few: '{count} измене профила чекају преглед',
			other: '{count} измена профила чека преглед'
		},
		{ one: '{count} profile change is waiting for review', other: '{count} profile changes are waiting for review' }
	]
});
