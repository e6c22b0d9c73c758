import { defineMessages } from '../../i18n/define.ts';

export const councilMessages = defineMessages({
	'council.evidence.session': ['Одржана седница', 'Session held'],
	'council.statistics.title': ['Савет за младе и парламент', 'Youth council and parliament'],
	'council.statistics.sessions': ['Одржане седнице', 'Sessions held'],
	'council.statistics.adopted': ['Донети закључци', 'Decisions adopted'],
	'council.statistics.carriedOut': ['Спроведени закључци', 'Decisions carried out'],
	'council.kind': ['Савет за младе', 'Youth council'],
	'council.indicator.decisionsCarriedOut': ['Спроведене одлуке Савета за младе', 'Youth council decisions carried out'],

	'council.bodyKind.council': ['Савет за младе', 'Youth council'],
	'council.bodyKind.parliament': ['Омладински парламент', 'Youth parliament'],
	'council.bodyKind.working_group': ['Радна група', 'Working group'],
	'council.role.president': ['председник', 'president'],
	'council.role.deputy': ['заменик председника', 'deputy president'],
	'council.role.secretary': ['секретар', 'secretary'],
	'council.role.member': ['члан', 'member'],
	'council.role.delegate': ['делегат', 'delegate'],
	'council.represents.organisation': ['Удружење или организација', 'Association or organisation'],
	'council.represents.school': ['Школа', 'School'],
	'council.represents.institution': ['Институција', 'Institution'],
	'council.represents.self': ['Представља себе', 'Represents themselves'],
	'council.sessionStatus.planned': ['заказана', 'planned'],
	'council.sessionStatus.invited': ['позиви послати', 'invitations sent'],
	'council.sessionStatus.held': ['одржана', 'held'],
	'council.sessionStatus.minutes_approved': ['записник усвојен', 'minutes approved'],
	'council.sessionStatus.cancelled': ['отказана', 'cancelled'],
	'council.minutesStatus.none': ['нема записника', 'no minutes'],
	'council.minutesStatus.draft': ['нацрт записника', 'draft minutes'],
	'council.minutesStatus.sent': ['записник послат на примедбе', 'minutes sent for comments'],
	'council.minutesStatus.approved': ['записник усвојен', 'minutes approved'],
	'council.agendaKind.information': ['информација', 'information'],
	'council.agendaKind.discussion': ['расправа', 'discussion'],
	'council.agendaKind.decision': ['одлучивање', 'decision'],
	'council.agendaKind.vote': ['гласање', 'vote'],
	'council.answer.pending': ['без одговора', 'no answer'],
	'council.answer.coming': ['долази', 'coming'],
	'council.answer.not_coming': ['не долази', 'not coming'],
	'council.decisionStatus.adopted': ['усвојена', 'adopted'],
	'council.decisionStatus.in_progress': ['у спровођењу', 'in progress'],
	'council.decisionStatus.carried_out': ['спроведена', 'carried out'],
	'council.decisionStatus.not_carried_out': ['није спроведена', 'not carried out'],

	'council.field.name': ['Назив', 'Name'],
	'council.field.kind': ['Врста тела', 'Kind of body'],
	'council.field.description': ['Опис', 'Description'],
	'council.form.about': ['О телу', 'About the body'],
	'council.form.rules': ['Састав и кворум', 'Composition and quorum'],
	'council.form.public': ['Јавна страница', 'Public page'],
	'council.field.foundingDocument': [
		'Акт о оснивању (из библиотеке докумената)',
		'Founding act (from the document library)'
	],
	'council.field.noDocument': ['— без документа —', '— no document —'],
	'council.field.minYouthShare': ['Најмањи удео младих међу члановима (%)', 'Minimum share of young members (%)'],
	'council.field.quorum': ['Кворум: више од овог удела чланова (%)', 'Quorum: more than this share of members (%)'],
	'council.field.publicContact': ['Јавни контакт', 'Public contact'],
	'council.field.isPublic': ['Приказати тело на порталу', 'Show the body on the portal'],
	'council.field.showPastMembers': ['Приказати раније чланове на порталу', 'Show past members on the portal'],
	'council.field.namedVotes': ['Поименично гласање', 'Named votes'],
	'council.field.memberName': ['Име и презиме', 'Full name'],
	'council.field.email': ['Е-пошта (види само особље)', 'E-mail (staff only)'],
	'council.field.phone': ['Телефон (види само особље)', 'Phone (staff only)'],
	'council.field.role': ['Улога у телу', 'Role in the body'],
	'council.field.representsKind': ['Кога представља', 'Whom they represent'],
	'council.field.representsName': [
		'Назив организације, школе или институције',
		'Name of the organisation, school or institution'
	],
	'council.field.birthYear': ['Година рођења (види само особље)', 'Year of birth (staff only)'],
	'council.field.mandateFrom': ['Мандат од', 'Mandate from'],
	'council.field.mandateTo': ['Мандат до', 'Mandate until'],
	'council.field.chosenHow': ['Како је изабран', 'How they were chosen'],
	'council.field.showName': ['Члан је пристао да му се име објави', 'The member agreed to have their name published'],
	'council.field.startsAt': ['Почетак', 'Starts'],
	'council.field.endsAt': ['Крај', 'Ends'],
	'council.field.place': ['Место', 'Place'],
	'council.field.onlineUrl': ['Веза за учешће на даљину', 'Link for joining online'],
	'council.field.guests': ['Гости', 'Guests'],
	'council.field.itemTitle': ['Тачка дневног реда', 'Agenda item'],
	'council.field.itemTitleEn': ['Тачка на енглеском', 'Agenda item in English'],
	'council.field.presenter': ['Известилац', 'Presenter'],
	'council.field.itemKind': ['Врста тачке', 'Kind of item'],
	'council.field.materialDocument': ['Материјал из библиотеке докумената', 'Material from the document library'],
	'council.field.materialUrl': ['Или веза до материјала', 'Or a link to the material'],
	'council.field.discussion': ['Сажетак расправе', 'Summary of the discussion'],
	'council.field.votesFor': ['За', 'For'],
	'council.field.votesAgainst': ['Против', 'Against'],
	'council.field.votesAbstained': ['Уздржано', 'Abstained'],
	'council.field.decisionTitle': ['Одлука (наслов)', 'Decision (title)'],
	'council.field.decisionText': ['Текст одлуке', 'Text of the decision'],
	'council.field.responsible': ['Ко је задужен (особа или институција)', 'Who is responsible (person or institution)'],
	'council.field.responsibleMember': ['Задужени члан', 'Member responsible'],
	'council.field.noMember': ['— нико од чланова —', '— none of the members —'],
	'council.field.deadline': ['Рок', 'Deadline'],
	'council.field.status': ['Стање', 'Status'],
	'council.field.statusNote': ['Напомена о спровођењу', 'Note on the follow-up'],
	'council.field.planLink': ['Мера или активност акционог плана', 'Action plan measure or activity'],
	'council.field.eventId': ['Догађај', 'Event'],
	'council.field.initiativeId': ['Иницијатива младих', 'Young people’s initiative'],
	'council.field.noLink': ['— није повезано —', '— not linked —'],
	'council.field.cancelReason': ['Разлог отказивања', 'Reason for cancelling'],
	'council.field.materialFile': ['Или отпремите материјал са рачунара', 'Or upload the material from your computer'],
	'council.field.materialFileHint': [
		'Дозвољени формати: {formats}. Највише {max} МБ. Материјал се чува у библиотеци докумената.',
		'Accepted formats: {formats}. At most {max} MB. The material is kept in the document library.'
	],
	'council.field.minutes': ['Текст записника', 'Text of the minutes'],
	'council.field.comment': ['Ваша примедба на записник', 'Your comment on the minutes'],
	'council.field.present': ['Присутни чланови', 'Members present'],

	'council.error.date': ['Унесите датум.', 'Enter a date.'],
	'council.error.dateTime': ['Унесите датум и време.', 'Enter a date and time.'],
	'council.error.percent': ['Унесите број од 0 до 100.', 'Enter a number from 0 to 100.'],
	'council.error.birthYear': ['Унесите годину рођења са четири цифре.', 'Enter the year of birth with four digits.'],
	'council.error.mandateEndsBeforeStart': [
		'Мандат не може да истекне пре него што почне.',
		'A mandate cannot end before it starts.'
	],
	'council.error.endsBeforeStart': [
		'Седница мора да се заврши после почетка.',
		'The session must end after it starts.'
	],
	'council.error.plannedInPast': [
		'Седница у прошлости не може бити заказана. Изаберите будући датум.',
		'A session in the past cannot be planned. Choose a date ahead.'
	],
	'council.error.sessionClosed': [
		'Седница је отказана или је записник већ усвојен.',
		'The session is cancelled or its minutes are already approved.'
	],
	'council.error.sessionNotOpenForInvitations': [
		'Позиви се шаљу само за седнице које тек следе.',
		'Invitations are sent only for sessions still ahead.'
	],
	'council.error.attendanceTooEarly': [
		'Присуство се бележи тек на дан седнице.',
		'Attendance is recorded only on the day of the session.'
	],
	'council.error.recordBeforeAttendance': ['Прво забележите присуство.', 'Record attendance first.'],
	'council.error.votesExceedAttendance': [
		'Збир гласова не може бити већи од броја присутних ({present}).',
		'The votes cannot add up to more than the members present ({present}).'
	],
	'council.error.alreadyCancelled': ['Ова седница је већ отказана.', 'This session has already been cancelled.'],
	'council.error.cancelAfterHeld': [
		'Одржана седница не може да се откаже.',
		'A session that has been held cannot be cancelled.'
	],
	'council.error.voterNotPresent': [
		'Поименично могу да гласају само чланови забележени као присутни.',
		'Only members recorded as present can vote by name.'
	],
	'council.error.unknownLink': [
		'Изабрани запис више не постоји. Изаберите поново са списка.',
		'The chosen record no longer exists. Choose again from the list.'
	],
	'council.error.minutesBeforeHeld': [
		'Записник се пише за одржану седницу.',
		'Minutes are written for a session that was held.'
	],
	'council.error.noMinutesYet': ['Записник још није написан.', 'The minutes have not been written yet.'],
	'council.error.minutesAlreadyApproved': [
		'Овај записник је већ усвојен.',
		'These minutes have already been approved.'
	],
	'council.error.minutesNotOpenForComments': [
		'Записник тренутно није отворен за примедбе.',
		'The minutes are not open for comments now.'
	],
	'council.error.answerClosed': [
		'На позив за ову седницу више се не може одговорити.',
		'This session’s invitation can no longer be answered.'
	],
	'council.error.invitationNotFound': [
		'Позив није пронађен. Проверите везу из е-поруке.',
		'The invitation was not found. Check the link in the e-mail.'
	],

	'council.mail.material': ['Материјал', 'Material'],
	'council.mail.invitationSubject': ['Позив на {number}. седницу: {body}', 'Invitation to session {number}: {body}'],
	'council.mail.invitationBody': [
		'Поштовани/а {name},\n\nпозивамо вас на {number}. седницу тела „{body}“.\n\nКада: {when}\nГде: {where}\n\nДневни ред:\n{agenda}\n\nДа ли долазите? Одговорите преко ове везе:\n{answer}\n\nУ прилогу је позив за ваш календар.',
		'Dear {name},\n\nyou are invited to session {number} of “{body}”.\n\nWhen: {when}\nWhere: {where}\n\nAgenda:\n{agenda}\n\nAre you coming? Answer through this link:\n{answer}\n\nAn invitation for your calendar is attached.'
	],
	'council.mail.cancelSubject': ['Отказана {number}. седница: {body}', 'Session {number} cancelled: {body}'],
	'council.mail.cancelBody': [
		'Поштовани/а {name},\n\n{number}. седница тела „{body}“, заказана за {when}, је отказана.\n\nРазлог: {reason}\n\nО новом термину ћемо вас обавестити посебним позивом.',
		'Dear {name},\n\nsession {number} of “{body}”, planned for {when}, has been cancelled.\n\nReason: {reason}\n\nWe will let you know the new date in a separate invitation.'
	],
	'council.mail.minutesSubject': [
		'Нацрт записника са {number}. седнице: {body}',
		'Draft minutes of session {number}: {body}'
	],
	'council.mail.minutesBody': [
		'Поштовани/а {name},\n\nнацрт записника са {number}. седнице тела „{body}“ је спреман. Прочитајте га и пошаљите примедбе на својој страни:\n{link}',
		'Dear {name},\n\nthe draft minutes of session {number} of “{body}” are ready. Read them and send your comments from your page:\n{link}'
	],

	'council.minutes.opening': [
		'{number}. седница тела „{body}“, {date}, {place}.',
		'Session {number} of “{body}”, {date}, {place}.'
	],
	'council.minutes.present': ['Присутни', 'Present'],
	'council.minutes.absent': ['Одсутни', 'Absent'],
	'council.minutes.presenter': ['Известилац: {name}', 'Presented by {name}'],
	'council.minutes.votes': [
		'Гласање: за {for}, против {against}, уздржано {abstained}.',
		'Vote: {for} for, {against} against, {abstained} abstained.'
	],
	'council.minutes.decision': ['Одлука {number}:', 'Decision {number}:'],
	'council.minutes.named.for': ['Гласали за', 'Voted for'],
	'council.minutes.named.against': ['Гласали против', 'Voted against'],
	'council.minutes.named.abstained': ['Уздржали су се', 'Abstained'],
	'council.vote.none': ['— није гласао/ла —', '— did not vote —'],
	'council.vote.for': ['за', 'for'],
	'council.vote.against': ['против', 'against'],
	'council.vote.abstained': ['уздржан/а', 'abstained'],

	'council.dashboard.toPrepare': [
		{
			one: '{count} седница савета у наредне две недеље чека позиве',
			few: '{count} седнице савета у наредне две недеље чекају позиве',
			other: '{count} седница савета у наредне две недеље чека позиве'
		},
		{
			one: '{count} council session in the next two weeks awaits invitations',
			other: '{count} council sessions in the next two weeks await invitations'
		}
	],
	'council.dashboard.minutesAwaiting': [
		{
			one: '{count} записник чека усвајање',
			few: '{count} записника чекају усвајање',
			other: '{count} записника чека усвајање'
		},
		{ one: '{count} set of minutes awaits approval', other: '{count} sets of minutes await approval' }
	],
	'council.dashboard.overdue': [
		{
			one: '{count} одлуци савета је прошао рок',
			few: '{count} одлукама савета је прошао рок',
			other: '{count} одлука савета има прекорачен рок'
		},
		{ one: '{count} council decision is overdue', other: '{count} council decisions are overdue' }
	],
	'council.dashboard.ageRule': [
		{
			one: '{count} тело не испуњава или ускоро неће испуњавати правило о узрасту',
			few: '{count} тела не испуњавају или ускоро неће испуњавати правило о узрасту',
			other: '{count} тела не испуњава или ускоро неће испуњавати правило о узрасту'
		},
		{
			one: '{count} body breaks or will soon break the age rule',
			other: '{count} bodies break or will soon break the age rule'
		}
	],

	'council.personalData.mandates': ['Чланство у саветима и парламенту', 'Council and parliament mandates'],
	'council.personalData.answers': ['Одговори на позиве за седнице', 'Answers to session invitations'],
	'council.personalData.comments': ['Примедбе на записнике', 'Comments on minutes'],
	'council.personalData.votes': ['Поименични гласови', 'Votes by name'],

	'council.admin.nav': ['Савет и парламент', 'Council and parliament'],
	'council.admin.decisionsNav': ['Одлуке савета', 'Council decisions'],
	'council.admin.title': ['Савет за младе и парламент', 'Youth council and parliament'],
	'council.admin.intro': [
		'Тела у којима млади учествују у одлучивању: чланови и мандати, седнице, записници и одлуке. Године рођења и контакти чланова су лични подаци: свако отварање списка чланова бележи се у дневнику промена.',
		'Bodies through which young people take part in decisions: members and mandates, sessions, minutes and decisions. Members’ years of birth and contacts are personal data: every opening of a members list is recorded in the audit log.'
	],
	'council.admin.bodies': ['Тела', 'Bodies'],
	'council.admin.newBody': ['Ново тело', 'New body'],
	'council.admin.saveBody': ['Сачувај тело', 'Save body'],
	'council.admin.bodyCreated': ['Тело је направљено.', 'The body has been created.'],
	'council.admin.bodyUpdated': ['Подаци о телу су сачувани.', 'The body has been saved.'],
	'council.admin.editBody': ['Подаци о телу', 'About the body'],
	'council.admin.memberCount': [
		{ one: '{count} члан', few: '{count} члана', other: '{count} чланова' },
		{ one: '{count} member', other: '{count} members' }
	],
	'council.admin.overdueCount': [
		{ one: '{count} одлука касни', few: '{count} одлуке касне', other: '{count} одлука касни' },
		{ one: '{count} decision overdue', other: '{count} decisions overdue' }
	],
	'council.admin.ageRuleAttention': ['Правило о узрасту тражи пажњу', 'Age rule needs attention'],
	'council.admin.noBodies': ['Још нема ниједног тела.', 'There are no bodies yet.'],
	'council.admin.publicPage': ['Јавна страна', 'Public page'],
	'council.admin.ageRule.title': ['Правило о узрасту', 'Age rule'],
	'council.admin.ageRule.at': ['Провери на дан', 'Check on'],
	'council.admin.ageRule.check': ['Провери', 'Check'],
	'council.admin.ageRule.holds': [
		'{date}: {young} од {members} чланова ({share} %) је узраста {min}–{max}. Правило (најмање {needed} %) је испуњено.',
		'{date}: {young} of {members} members ({share} %) are aged {min} to {max}. The rule (at least {needed} %) holds.'
	],
	'council.admin.ageRule.breaks': [
		'{date}: само {young} од {members} чланова ({share} %) је узраста {min}–{max}. Правило (најмање {needed} %) није испуњено.',
		'{date}: only {young} of {members} members ({share} %) are aged {min} to {max}. The rule (at least {needed} %) is broken.'
	],
	'council.admin.ageRule.empty': [
		'{date}: тело тог дана нема чланова.',
		'{date}: the body has no members on that day.'
	],
	'council.admin.ageRule.warning': [
		'Упозорење: од {date} правило неће бити испуњено ({young} од {members} чланова).',
		'Warning: from {date} the rule will no longer hold ({young} of {members} members).'
	],
	'council.admin.ageRule.cause.ages_out': [
		'{name} тада прелази горњу границу узраста',
		'{name} passes the upper age limit then'
	],
	'council.admin.ageRule.cause.mandate_ends': ['{name}: мандат истиче', '{name}: the mandate ends'],
	'council.admin.ageRule.noWarning': [
		'У наредна три месеца ништа не угрожава правило.',
		'Nothing threatens the rule in the next three months.'
	],
	'council.admin.ageRule.afterChange': ['Правило о узрасту после ове промене', 'The age rule after this change'],
	'council.admin.currentMembers': ['Чланови', 'Members'],
	'council.admin.pastMembers': ['Ранији чланови', 'Past members'],
	'council.admin.addMember': ['Додај члана', 'Add a member'],
	'council.admin.memberAdded': ['Члан је додат.', 'The member has been added.'],
	'council.admin.accountLinked': [
		'Члан има налог на порталу: налог је повезан и добио је улогу члана савета.',
		'The member has an account on the portal: it has been linked and given the council member role.'
	],
	'council.admin.endMandate': ['Заврши мандат', 'End mandate'],
	'council.admin.mandateEnded': ['Мандат је завршен.', 'The mandate has ended.'],
	'council.admin.age': ['Узраст', 'Age'],
	'council.admin.mandate': ['Мандат', 'Mandate'],
	'council.admin.contact': ['Контакт', 'Contact'],
	'council.admin.sessions': ['Седнице', 'Sessions'],
	'council.admin.newSession': ['Закажи седницу', 'Plan a session'],
	'council.admin.sessionCreated': ['Седница је заказана.', 'The session has been planned.'],
	'council.admin.sessionNumber': ['{number}. седница', 'Session {number}'],
	'council.admin.decisions': ['Одлуке', 'Decisions'],
	'council.admin.decisionsTitle': ['Одлуке савета и праћење', 'Council decisions and follow-up'],
	'council.admin.onlyOverdue': ['Само одлуке којима је прошао рок', 'Only overdue decisions'],
	'council.admin.allDecisions': ['Све одлуке', 'All decisions'],
	'council.admin.overdue': ['рок прошао', 'overdue'],
	'council.admin.saveFollowUp': ['Сачувај праћење', 'Save follow-up'],
	'council.admin.followUpSaved': ['Праћење одлуке је сачувано.', 'The decision’s follow-up has been saved.'],
	'council.admin.noDecisions': ['Нема одлука.', 'There are no decisions.'],
	'council.admin.number': ['Број', 'Number'],
	'council.admin.body': ['Тело', 'Body'],

	'council.session.agenda': ['Дневни ред', 'Agenda'],
	'council.session.parts': ['Делови седнице', 'Parts of the session'],
	'council.session.noAgenda': ['Дневни ред још није састављен.', 'The agenda has not been set yet.'],
	'council.session.addItem': ['Додај тачку дневног реда', 'Add an agenda item'],
	'council.session.itemAdded': ['Тачка је додата.', 'The item has been added.'],
	'council.session.material': ['Материјал', 'Material'],
	'council.session.invitations': ['Позиви и одговори', 'Invitations and answers'],
	'council.session.sendInvitations': ['Пошаљи позиве члановима', 'Send invitations to members'],
	'council.session.invitationsSent': [
		{ one: 'Послат је {count} позив.', few: 'Послата су {count} позива.', other: 'Послато је {count} позива.' },
		{ one: '{count} invitation sent.', other: '{count} invitations sent.' }
	],
	'council.session.noInvitations': ['Позиви још нису послати.', 'No invitations have been sent yet.'],
	'council.session.quorumForecast': [
		'За кворум је потребно {needed}, до сада долази {coming}.',
		'A quorum needs {needed}; so far {coming} are coming.'
	],
	'council.session.quorumExpected': ['Кворум ће бити обезбеђен.', 'A quorum will be reached.'],
	'council.session.quorumAtRisk': ['Кворум још није обезбеђен.', 'A quorum is not yet assured.'],
	'council.session.record': ['Ток седнице', 'Session record'],
	'council.session.recordIntro': [
		'Бележите док седница траје: прво присуство, па за сваку тачку расправу, гласање и одлуку.',
		'Record while the session runs: attendance first, then each item’s discussion, vote and decision.'
	],
	'council.session.attendance': ['Присуство', 'Attendance'],
	'council.session.saveAttendance': ['Сачувај присуство', 'Save attendance'],
	'council.session.attendanceSaved': ['Присуство је сачувано.', 'Attendance has been saved.'],
	'council.session.presentCount': [
		'Присутно: {present} од {invited}. {quorum}',
		'Present: {present} of {invited}. {quorum}'
	],
	'council.session.quorumReached': ['Кворум постоји.', 'There is a quorum.'],
	'council.session.quorumMissing': ['Нема кворума.', 'There is no quorum.'],
	'council.session.saveItem': ['Сачувај тачку', 'Save item'],
	'council.session.itemSaved': ['Тачка је сачувана.', 'The item has been saved.'],
	'council.session.decisionSaved': [
		'Тачка је сачувана, одлука број {number}.',
		'The item has been saved: decision no. {number}.'
	],
	'council.session.minutes': ['Записник', 'Minutes'],
	'council.session.draftMinutes': ['Састави нацрт записника из тока седнице', 'Draft the minutes from the record'],
	'council.session.minutesDrafted': ['Нацрт записника је састављен.', 'The draft minutes have been written.'],
	'council.session.saveMinutes': ['Сачувај записник', 'Save minutes'],
	'council.session.minutesSaved': ['Записник је сачуван.', 'The minutes have been saved.'],
	'council.session.sendMinutes': ['Пошаљи члановима на примедбе', 'Send to members for comments'],
	'council.session.minutesSent': [
		'Записник је послат члановима на примедбе.',
		'The minutes have been sent to members for comments.'
	],
	'council.session.approveMinutes': [
		'Записник је усвојен на наредној седници',
		'The minutes were approved at the next session'
	],
	'council.session.minutesApproved': [
		'Записник је усвојен и објављен на порталу.',
		'The minutes have been approved and published on the portal.'
	],
	'council.session.comments': ['Примедбе чланова', 'Members’ comments'],
	'council.session.noComments': ['Нема примедби.', 'There are no comments.'],
	'council.session.back': ['Назад на тело', 'Back to the body'],
	'council.session.cancel': ['Откажи седницу', 'Cancel the session'],
	'council.session.cancelIntro': [
		'Позвани чланови добијају обавештење е-поштом, а седница се уклања из њихових календара.',
		'Invited members are told by e-mail, and the session is removed from their calendars.'
	],
	'council.session.cancelled': ['Седница је отказана.', 'The session has been cancelled.'],
	'council.session.cancelledBecause': ['Отказана: {reason}', 'Cancelled: {reason}'],
	'council.session.namedVotes': ['Поименично гласање', 'Named vote'],
	'council.session.namedVotesHint': [
		'Збир гласова рачуна се из појединачних гласова.',
		'The totals are counted from the members’ votes.'
	],

	'council.public.title': ['Савет за младе и омладински парламент', 'Youth council and youth parliament'],
	'council.public.intro': [
		'Тела преко којих млади у општини дају мишљења и предлоге: ко су чланови, када су седнице, шта је одлучено и да ли је спроведено.',
		'The bodies through which young people in the municipality give opinions and proposals: who the members are, when sessions are held, what was decided and whether it was carried out.'
	],
	'council.public.noBodies': ['Тела још нису објављена.', 'No bodies have been published yet.'],
	'council.public.composition': ['Састав', 'Members'],
	'council.public.anonymous': ['{role}, {age}', '{role}, {age}'],
	'council.public.pastMembers': ['Ранији чланови', 'Past members'],
	'council.public.upcoming': ['Предстојеће седнице', 'Upcoming sessions'],
	'council.public.noUpcoming': ['Нема заказаних седница.', 'No sessions are planned.'],
	'council.public.archive': ['Усвојени записници', 'Approved minutes'],
	'council.public.noArchive': ['Још нема усвојених записника.', 'There are no approved minutes yet.'],
	'council.public.decisions': ['Одлуке', 'Decisions'],
	'council.public.noDecisions': ['Још нема објављених одлука.', 'No decisions have been published yet.'],
	'council.public.decision': ['Одлука {number}', 'Decision {number}'],
	'council.public.deadline': ['Рок: {date}', 'Deadline: {date}'],
	'council.public.overdue': ['рок је прошао', 'overdue'],
	'council.public.responsible': ['Задужени: {name}', 'Responsible: {name}'],
	'council.public.adoptedOn': ['Донета {date}', 'Adopted on {date}'],
	'council.public.download': ['Преузмите записник', 'Download the minutes'],
	'council.public.downloadAs': ['Записник ({format})', 'Minutes ({format})'],
	'council.public.calendar': ['Календар седница за претплату у апликацији', 'Session calendar (iCal)'],
	'council.public.rss': ['Одлуке као фид вести', 'Decisions as an RSS feed'],
	'council.public.contact': ['Контакт: {contact}', 'Contact: {contact}'],
	'council.public.minutesTitle': ['Записник са {number}. седнице, {date}', 'Minutes of session {number}, {date}'],
	'council.public.feedDescription': [
		'Одлуке тела у којима учествују млади: {office}',
		'Decisions of the bodies young people take part in: {office}'
	],
	'council.public.links': ['Повезано', 'Linked to'],
	'council.public.linkedMeasure': ['мера Локалног акционог плана', 'a measure of the Local Action Plan'],
	'council.public.linkedEvent': ['догађај', 'an event'],
	'council.public.linkedActivity': ['активност Локалног акционог плана', 'an activity of the Local Action Plan'],
	'council.public.linkedInitiative': ['иницијатива младих', 'a young people’s initiative'],
	'council.public.votes': ['Гласање', 'Vote'],
	'council.public.namedVotes': ['Како су чланови гласали', 'How the members voted'],
	'council.public.foundingAct': ['Оснивачки акт', 'Founding act'],
	'council.public.cancelled': ['Седница је отказана. {reason}', 'The session has been cancelled. {reason}'],
	'council.public.search': ['Претрага одлука и записника', 'Search decisions and minutes'],
	'council.public.searchLabel': ['Шта тражите?', 'What are you looking for?'],
	'council.public.searchButton': ['Тражи', 'Search'],
	'council.public.searchResults': ['Резултати претраге за „{query}“', 'Search results for “{query}”'],
	'council.public.noResults': [
		'Нема одлука ни записника са тим речима. Покушајте са мање речи.',
		'No decisions or minutes contain those words. Try fewer words.'
	],
	'council.public.allDecisions': ['Све одлуке', 'All decisions'],
	'council.public.session': ['Седница', 'Session'],

	'council.answerPage.title': ['Позив на седницу', 'Invitation to a session'],
	'council.answerPage.greeting': [
		'{name}, позвани сте на {number}. седницу тела „{body}“, {date}.',
		'{name}, you are invited to session {number} of “{body}”, {date}.'
	],
	'council.answerPage.question': ['Да ли долазите?', 'Are you coming?'],
	'council.answerPage.coming': ['Долазим', 'I am coming'],
	'council.answerPage.notComing': ['Не долазим', 'I am not coming'],
	'council.answerPage.current': ['Ваш одговор: {answer}', 'Your answer: {answer}'],
	'council.answerPage.saved': ['Хвала! Ваш одговор је сачуван.', 'Thank you! Your answer has been saved.'],

	'council.area.title': ['Мој савет', 'My council'],
	'council.area.intro': [
		'Ваша тела, седнице које следе, нацрти записника на које можете дати примедбе и одлуке за које сте задужени.',
		'Your bodies, upcoming sessions, draft minutes you can comment on and the decisions you are responsible for.'
	],
	'council.area.link': ['Мој савет: седнице, позиви и записници', 'My council: sessions, invitations and minutes'],
	'council.area.bodies': ['Моја тела', 'My bodies'],
	'council.area.noBodies': ['Тренутно нисте члан ниједног тела.', 'You are not a member of any body at the moment.'],
	'council.area.upcoming': ['Седнице које следе', 'Upcoming sessions'],
	'council.area.noUpcoming': ['Нема заказаних седница.', 'No sessions are planned.'],
	'council.area.drafts': ['Нацрти записника за примедбе', 'Draft minutes for comments'],
	'council.area.noDrafts': ['Нема нацрта записника за примедбе.', 'There are no draft minutes for comments.'],
	'council.area.sendComment': ['Пошаљи примедбу', 'Send comment'],
	'council.area.commentSaved': ['Ваша примедба је послата.', 'Your comment has been sent.'],
	'council.area.myComments': ['Ваше примедбе', 'Your comments'],
	'council.area.decisions': ['Одлуке за које сте задужени', 'Decisions you are responsible for'],
	'council.area.noDecisions': ['Нисте задужени ни за једну одлуку.', 'You are not responsible for any decision.'],
	'council.area.answerSaved': ['Ваш одговор је сачуван.', 'Your answer has been saved.'],

	'council.opendata.title': ['Одлуке савета младих', 'Youth council decisions'],
	'council.opendata.description': [
		'Одлуке јавних тела (савет младих, омладински парламент) донете на седницама чији је записник усвојен: број, тело, назив, датум, рок и докле се стигло са спровођењем. Ко је задужен за одлуку није укључено.',
		'Decisions of the public bodies (youth council, youth parliament) taken at sessions whose minutes are approved: number, body, title, date, deadline and how far carrying them out has come. Who is responsible for a decision is left out.'
	],
	'council.opendata.keyword': ['савет младих', 'youth council'],
	'council.opendata.column.id': ['Трајни идентификатор одлуке', 'The decision’s permanent identifier'],
	'council.opendata.column.number': ['Број одлуке', 'The decision’s number'],
	'council.opendata.column.body': ['Тело које је донело одлуку', 'The body that took the decision'],
	'council.opendata.column.body_en': ['Назив тела на енглеском', 'The body’s name in English'],
	'council.opendata.column.title': ['Назив одлуке', 'The decision’s title'],
	'council.opendata.column.title_en': ['Назив на енглеском, ако постоји', 'The title in English, if given'],
	'council.opendata.column.adopted_on': ['Датум доношења', 'Date adopted'],
	'council.opendata.column.deadline': ['Рок за спровођење', 'Deadline for carrying it out'],
	'council.opendata.column.status': ['Докле се стигло са спровођењем', 'How far carrying it out has come'],
	'council.opendata.column.url': ['Страница одлуке на порталу', 'The decision’s page on the portal']
});
