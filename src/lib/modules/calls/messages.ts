import { defineMessages } from '../../i18n/define.ts';

export const callsMessages = defineMessages({
	'calls.kind': ['Конкурс', 'Funding call'],
	'calls.nav': ['Конкурси за пројекте', 'Funding calls'],
	'calls.money': ['{amount} дин.', '{amount} RSD'],

	'calls.state.upcoming': ['Ускоро се отвара', 'Opening soon'],
	'calls.state.open': ['Пријаве су отворене', 'Open for applications'],
	'calls.state.closed': ['Затворен', 'Closed'],

	'calls.tie.first_criterion': [
		'Предност има пројекат с више бодова по првом критеријуму',
		'The project with more points on the first criterion comes first'
	],
	'calls.tie.lower_request': ['Предност има пројекат који тражи мањи износ', 'The project asking for less comes first'],
	'calls.tie.earlier_submission': [
		'Предност има пројекат који је раније поднет',
		'The project submitted earlier comes first'
	],

	'calls.admin.title': ['Конкурси за пројекте младих', 'Funding calls for youth projects'],
	'calls.admin.intro': [
		'Општина из буџетске линије за акциони план финансира пројекте удружења и неформалних група. Овде припремате конкурс, његова правила и критеријуме, и објављујете га на порталу.',
		'The municipality funds projects of associations and informal groups from the action plan’s budget line. Here you prepare a call, its rules and criteria, and publish it on the portal.'
	],
	'calls.admin.new': ['Нови конкурс', 'New call'],
	'calls.admin.edit': ['Измена конкурса', 'Edit call'],
	'calls.admin.created': ['Конкурс је сачуван.', 'The call has been saved.'],
	'calls.admin.count': [
		{ one: '{count} конкурс', few: '{count} конкурса', other: '{count} конкурса' },
		{ one: '{count} call', other: '{count} calls' }
	],
	'calls.admin.empty': ['Још нема конкурса', 'No calls yet'],
	'calls.admin.emptyText': [
		'Направите први конкурс: износе, ко може да се пријави, критеријуме и рокове.',
		'Create the first call: amounts, who may apply, criteria and deadlines.'
	],
	'calls.admin.columnTitle': ['Назив', 'Title'],
	'calls.admin.columnDates': ['Пријаве', 'Applications'],
	'calls.admin.columnBudget': ['Укупно', 'Total budget'],
	'calls.admin.columnStatus': ['Објава', 'Publication'],
	'calls.admin.draft': ['Нацрт', 'Draft'],
	'calls.admin.published': ['Објављен', 'Published'],
	'calls.admin.view': ['Погледај на порталу', 'View on the portal'],
	'calls.admin.period': ['{from} – {to}', '{from} – {to}'],

	'calls.form.section.text': ['Текст конкурса', 'The call’s text'],
	'calls.form.section.textDescription': [
		'Назив, кратак опис за списак и пун текст конкурса, с документима које подносиоци преузимају.',
		'The title, a short description for the list and the call’s full text, with the documents applicants download.'
	],
	'calls.form.section.money': ['Средства', 'Money'],
	'calls.form.section.moneyDescription': [
		'Износи су у динарима. Највећи износ по пројекту не може бити већи од укупних средстава.',
		'Amounts are in dinars. The largest amount per project cannot exceed the total.'
	],
	'calls.form.section.applicants': ['Ко може да се пријави', 'Who may apply'],
	'calls.form.section.budget': ['Трошкови и питања', 'Costs and questions'],
	'calls.form.section.budgetDescription': [
		'Категорије трошкова чине табелу буџета у пријави; неприхватљиве су наведене да подносиоци знају шта се не финансира.',
		'Cost categories make up the application’s budget table; ineligible ones are listed so applicants know what is not funded.'
	],
	'calls.form.section.criteria': ['Оцењивање', 'Scoring'],
	'calls.form.section.criteriaDescription': [
		'Сваки члан комисије бодује сваки критеријум. На ранг-листи је просек збирова чланова; пројекат испод најмањег броја бодова се не финансира.',
		'Each committee member scores each criterion. The ranking uses the average of the members’ totals; a project below the minimum is not funded.'
	],
	'calls.form.section.dates': ['Рокови', 'Dates'],
	'calls.form.section.publication': ['Објава', 'Publication'],

	'calls.field.title': ['Назив конкурса', 'Title of the call'],
	'calls.field.titleEn': ['Назив на енглеском', 'Title in English'],
	'calls.field.summary': ['Кратак опис', 'Short description'],
	'calls.field.summaryHint': [
		'Једна или две реченице за списак конкурса и почетну страницу.',
		'One or two sentences for the list of calls and the home page.'
	],
	'calls.field.summaryEn': ['Кратак опис на енглеском', 'Short description in English'],
	'calls.field.body': ['Текст конкурса', 'Text of the call'],
	'calls.field.bodyEn': ['Текст конкурса на енглеском', 'Text of the call in English'],
	'calls.field.attachments': ['Документи конкурса', 'Documents of the call'],
	'calls.field.attachmentsHint': [
		'Документи из библиотеке (текст конкурса, обрасци, модел буџета). Јавност види само објављене документе.',
		'Documents from the library (the call’s text, forms, the budget template). Visitors see only published documents.'
	],
	'calls.field.attachmentsEmpty': ['Библиотека докумената је празна.', 'The document library is empty.'],
	'calls.field.addDocument': ['Додај документ у библиотеку', 'Add a document to the library'],
	'calls.field.unpublishedDocument': ['није објављен', 'not published'],
	'calls.field.measures': ['Мере акционог плана које конкурс финансира', 'Action plan measures the call funds'],
	'calls.field.measuresHint': [
		'Подносиоци циљеве пројекта повезују с овим мерама, а финансирани пројекти постају доказ о спровођењу плана.',
		'Applicants link their project’s goals to these measures, and funded projects become evidence that the plan is carried out.'
	],
	'calls.field.measuresEmpty': [
		'Нема усвојеног акционог плана с мерама.',
		'There is no adopted action plan with measures.'
	],
	'calls.field.totalBudget': ['Укупна средства (динара)', 'Total budget (dinars)'],
	'calls.field.minPerProject': ['Најмањи износ по пројекту', 'Smallest amount per project'],
	'calls.field.maxPerProject': ['Највећи износ по пројекту', 'Largest amount per project'],
	'calls.field.coFinancingPercent': ['Обавезно суфинансирање (%)', 'Required co-financing (%)'],
	'calls.field.coFinancingHint': [
		'Део укупне вредности пројекта који подносилац покрива сам; 0 ако се не тражи.',
		'The share of the project’s total cost the applicant covers; 0 when none is required.'
	],
	'calls.field.applicantTypes': ['Подносиоци', 'Applicants'],
	'calls.field.groupMinMembers': [
		'Најмањи број чланова неформалне групе',
		'Smallest number of members of an informal group'
	],
	'calls.field.groupMinMembersHint': [
		'Чланови морају бити у узрасту младих према подешавањима канцеларије, а један од њих пунолетан.',
		'Members must be within the youth age range set for the office, and one of them an adult.'
	],
	'calls.field.categories': ['Категорије трошкова', 'Cost categories'],
	'calls.field.categoryRow': ['Категорија', 'Category'],
	'calls.field.categoryName': ['Назив категорије', 'Category name'],
	'calls.field.categoryNameEn': ['Назив на енглеском', 'Name in English'],
	'calls.field.categoryKind': ['Да ли се финансира', 'Is it funded'],
	'calls.field.categoryEligible': ['Прихватљив трошак', 'Eligible cost'],
	'calls.field.categoryIneligible': ['Неприхватљив трошак', 'Ineligible cost'],
	'calls.field.questions': ['Додатна питања у пријави', 'Extra questions in the application'],
	'calls.field.questionRow': ['Питање', 'Question'],
	'calls.field.questionText': ['Текст питања', 'Question'],
	'calls.field.questionTextEn': ['Питање на енглеском', 'Question in English'],
	'calls.field.questionRequired': ['Одговор', 'Answer'],
	'calls.field.questionRequiredYes': ['обавезан', 'required'],
	'calls.field.questionRequiredNo': ['није обавезан', 'optional'],
	'calls.field.criteria': ['Критеријуми оцењивања', 'Scoring criteria'],
	'calls.field.criterionRow': ['Критеријум', 'Criterion'],
	'calls.field.criterionName': ['Критеријум', 'Criterion'],
	'calls.field.criterionNameEn': ['Критеријум на енглеском', 'Criterion in English'],
	'calls.field.criterionMaxPoints': ['Највише бодова', 'Most points'],
	'calls.field.minTotalPoints': ['Најмањи просечни збир за финансирање', 'Smallest average total to be funded'],
	'calls.field.tieRule': ['Када два пројекта имају исти просек', 'When two projects have the same average'],
	'calls.field.allowsPartialFunding': [
		'Последњи пројекат на листи може добити део траженог износа ако средстава нема довољно',
		'The last project on the list may receive part of its request when the money runs short'
	],
	'calls.field.publishesScores': [
		'На објављеној ранг-листи приказати и бодове',
		'Show the points on the published ranking'
	],
	'calls.field.opens': ['Пријаве почињу', 'Applications open'],
	'calls.field.closes': ['Рок за пријаве', 'Applications close'],
	'calls.field.date': ['Датум', 'Date'],
	'calls.field.time': ['Време', 'Time'],
	'calls.field.datesHint': ['По београдском времену.', 'Belgrade time.'],
	'calls.field.timetable': ['Рокови за резултате и жалбе', 'Timetable for results and appeals'],
	'calls.field.timetableEn': ['Рокови на енглеском', 'Timetable in English'],
	'calls.field.timetableHint': [
		'На пример: ранг-листа у року од 30 дана од затварања, жалба у року од осам дана од објаве.',
		'For example: the ranking within 30 days of closing, appeals within eight days of its publication.'
	],
	'calls.field.publication': ['Стање', 'State'],
	'calls.field.statusDraft': ['Нацрт (види га само канцеларија)', 'Draft (only the office sees it)'],
	'calls.field.statusPublished': ['Објављен на порталу', 'Published on the portal'],

	'calls.form.amountInvalid': ['Упишите износ у целим динарима.', 'Type an amount in whole dinars.'],
	'calls.form.numberBounds': ['Упишите цео број од {min} до {max}.', 'Type a whole number from {min} to {max}.'],
	'calls.form.dateInvalid': ['Упишите датум.', 'Type a date.'],
	'calls.form.timeInvalid': ['Упишите време, на пример 15:00.', 'Type a time, for example 15:00.'],
	'calls.form.applicantTypesRequired': [
		'Изаберите бар једну врсту подносиоца.',
		'Choose at least one kind of applicant.'
	],
	'calls.form.minOverMax': [
		'Најмањи износ не може бити већи од највећег.',
		'The smallest amount cannot be larger than the largest.'
	],
	'calls.form.maxOverBudget': [
		'Највећи износ по пројекту не може бити већи од укупних средстава.',
		'The largest amount per project cannot exceed the total budget.'
	],
	'calls.form.closesBeforeOpens': [
		'Рок за пријаве мора бити после почетка.',
		'Applications must close after they open.'
	],
	'calls.form.criteriaRequired': [
		'Објављен конкурс мора имати бар један критеријум оцењивања.',
		'A published call needs at least one scoring criterion.'
	],
	'calls.form.categoriesRequired': [
		'Објављен конкурс мора имати бар једну прихватљиву категорију трошкова.',
		'A published call needs at least one eligible cost category.'
	],
	'calls.form.minPointsOverMax': [
		'Најмањи збир не може бити већи од збира највиших бодова ({max}).',
		'The minimum cannot exceed the sum of the criteria’s points ({max}).'
	],

	'calls.public.title': ['Конкурси за пројекте младих', 'Funding calls for youth projects'],
	'calls.public.intro': [
		'Општина финансира пројекте удружења младих, удружења за младе и неформалних група који спроводе локални акциони план за младе. Овде су отворени конкурси и резултати ранијих.',
		'The municipality funds projects of youth associations, associations for youth and informal groups that carry out the local action plan for youth. Here are the open calls and the results of earlier ones.'
	],
	'calls.public.currentHeading': ['Отворени и предстојећи конкурси', 'Open and upcoming calls'],
	'calls.public.closedHeading': ['Затворени конкурси', 'Closed calls'],
	'calls.public.empty': ['Тренутно нема објављених конкурса.', 'No calls are published at the moment.'],
	'calls.public.closesIn.days': [
		{ one: 'Рок истиче за {count} дан', few: 'Рок истиче за {count} дана', other: 'Рок истиче за {count} дана' },
		{ one: 'Closes in {count} day', other: 'Closes in {count} days' }
	],
	'calls.public.closesIn.hours': [
		{ one: 'Рок истиче за {count} сат', few: 'Рок истиче за {count} сата', other: 'Рок истиче за {count} сати' },
		{ one: 'Closes in {count} hour', other: 'Closes in {count} hours' }
	],
	'calls.public.closesIn.minutes': [
		{ one: 'Рок истиче за {count} минут', few: 'Рок истиче за {count} минута', other: 'Рок истиче за {count} минута' },
		{ one: 'Closes in {count} minute', other: 'Closes in {count} minutes' }
	],
	'calls.public.opensOn': ['Пријаве почињу {date}', 'Applications open on {date}'],
	'calls.public.closedOn': ['Пријаве су затворене {date}', 'Applications closed on {date}'],
	'calls.public.upTo': ['по пројекту до {amount}', 'per project up to {amount}'],
	'calls.public.backToList': ['Сви конкурси', 'All calls'],
	'calls.public.facts': ['Укратко', 'In brief'],
	'calls.public.opens': ['Пријаве од', 'Applications from'],
	'calls.public.closes': ['Рок за пријаве', 'Apply by'],
	'calls.public.totalBudget': ['Укупна средства', 'Total budget'],
	'calls.public.perProject': ['По пројекту', 'Per project'],
	'calls.public.range': ['од {min} до {max}', 'from {min} to {max}'],
	'calls.public.coFinancing': ['Суфинансирање', 'Co-financing'],
	'calls.public.coFinancingShare': [
		'подносилац покрива најмање {percent} % вредности пројекта',
		'the applicant covers at least {percent}% of the project’s cost'
	],
	'calls.public.whoMayApply': ['Ко може да се пријави', 'Who may apply'],
	'calls.public.groupRule': [
		{
			one: 'неформална група од најмање {count} члана у узрасту младих, од којих је један пунолетан',
			few: 'неформална група од најмање {count} члана у узрасту младих, од којих је један пунолетан',
			other: 'неформална група од најмање {count} чланова у узрасту младих, од којих је један пунолетан'
		},
		{
			one: 'an informal group of at least {count} young member, one of them an adult',
			other: 'an informal group of at least {count} young members, one of them an adult'
		}
	],
	'calls.public.measures': ['Мере акционог плана које конкурс подржава', 'Action plan measures the call supports'],
	'calls.public.costs': ['Трошкови', 'Costs'],
	'calls.public.eligibleCosts': ['Финансира се', 'Funded'],
	'calls.public.ineligibleCosts': ['Не финансира се', 'Not funded'],
	'calls.public.criteria': ['Критеријуми оцењивања', 'Scoring criteria'],
	'calls.public.criterionPoints': [
		{ by: 'points', one: 'до {points} бода', few: 'до {points} бода', other: 'до {points} бодова' },
		{ by: 'points', one: 'up to {points} point', other: 'up to {points} points' }
	],
	'calls.public.minTotal': [
		{
			by: 'points',
			one: 'Пројекат мора добити најмање {points} бод у просеку да би био финансиран.',
			few: 'Пројекат мора добити најмање {points} бода у просеку да би био финансиран.',
			other: 'Пројекат мора добити најмање {points} бодова у просеку да би био финансиран.'
		},
		{
			by: 'points',
			one: 'A project needs an average of at least {points} point to be funded.',
			other: 'A project needs an average of at least {points} points to be funded.'
		}
	],
	'calls.public.partialFunding': [
		'Ако средстава нема довољно, последњи пројекат на ранг-листи може добити део траженог износа.',
		'When the money runs short, the last project on the ranking may receive part of its request.'
	],
	'calls.public.timetable': ['Резултати и жалбе', 'Results and appeals'],
	'calls.public.attachments': ['Документи конкурса', 'Documents of the call'],
	'calls.public.noEnglish': [
		'Овај конкурс још нема текст на енглеском, па је приказан на српском.',
		'This call has no English text yet, so it is shown in Serbian.'
	],
	'calls.public.closedNotice': [
		'Рок за пријаве је прошао. Резултати ће бити објављени на овој страници.',
		'The deadline has passed. The results will be published on this page.'
	],

	'calls.apply.heading': ['Пријава на конкурс', 'Apply to this call'],
	'calls.apply.signIn': [
		'Пријавите се на портал да бисте попунили пријаву',
		'Sign in to the portal to fill in an application'
	],
	'calls.apply.as': ['Подносим пријаву као', 'I am applying as'],
	'calls.apply.asGroup': ['неформална група младих', 'an informal youth group'],
	'calls.apply.start': ['Започни пријаву', 'Start the application'],
	'calls.apply.noChoice': [
		'Ваш налог још не представља ниједно удружење које може да се пријави на овај конкурс.',
		'Your account does not yet represent any association that may apply to this call.'
	],
	'calls.apply.asWaiting': [
		'{organisation} (чека одобрење канцеларије)',
		'{organisation} (waiting for the office’s approval)'
	],
	'calls.apply.otherAssociation': [
		'Пријављујете удружење које на порталу још не представљате?',
		'Applying for an association you do not represent on the portal yet?'
	],
	'calls.apply.otherAssociationHint': [
		'Затражите да га представљате или да буде уписано у именик организација, па се вратите овде. Пријаву можете одмах да започнете и попуњавате, а поднећете је кад канцеларија одобри захтев.',
		'Ask to represent it, or to have it listed in the directory of organisations, then come back here. You can start and fill in the application at once, and submit it once the office approves your request.'
	],
	'calls.apply.findAssociation': ['Нађите удружење у именику', 'Find your association in the directory'],
	'calls.apply.listAssociation': ['Упишите ново удружење у именик', 'List a new association in the directory'],
	'calls.apply.awaitingApproval': [
		'Пријава је сачувана, али још не може да се поднесе: канцеларија још није одобрила да представљате ово удружење (или његов упис у именик). Поднећете је чим то одобри.',
		'The application has been saved but cannot be submitted yet: the office has not yet approved you as this association’s representative (or its listing in the directory). You can submit it once it does.'
	],
	'calls.apply.draftWaitsForApproval': [
		'Друга особа из удружења већ је започела пријаву на овај конкурс. Отворићете је кад канцеларија одобри да представљате удружење.',
		'Someone else from the association has already started an application to this call. You can open it once the office approves you as the association’s representative.'
	],
	'calls.represent.title': ['Удружење за које се пријављујете', 'The association you are applying for'],
	'calls.represent.intro': [
		'Потражите удружење у именику организација и изаберите га да бисте затражили да га представљате. Кад пошаљете захтев, враћате се на конкурс.',
		'Look up the association in the directory of organisations and choose it to ask to represent it. Once you have sent the request, you come back to the call.'
	],
	'calls.represent.search': ['Назив удружења', 'Name of the association'],
	'calls.represent.searchButton': ['Тражи', 'Search'],
	'calls.represent.results': ['Удружења у именику', 'Associations in the directory'],
	'calls.represent.empty': [
		'Ниједно удружење у именику не одговара претрази.',
		'No association in the directory matches the search.'
	],
	'calls.represent.notListed': ['Удружење није у именику?', 'The association is not in the directory?'],
	'calls.represent.back': ['Назад на конкурс', 'Back to the call'],
	'calls.apply.notOpen': ['Пријаве на овај конкурс нису отворене.', 'This call is not open for applications.'],
	'calls.apply.typeNotAccepted': [
		'Овај конкурс не прима пријаве таквих подносилаца.',
		'This call does not accept applications from such applicants.'
	],
	'calls.apply.notRepresentative': [
		'Пријаву за удружење подноси његов одобрени представник.',
		'An application for an association is made by its approved representative.'
	],
	'calls.apply.deadlinePassed': [
		'Рок за пријаве је прошао, па пријава више не може да се мења ни подноси.',
		'The deadline has passed, so the application can no longer be changed or submitted.'
	],
	'calls.apply.alreadySubmitted': [
		'Пријава је већ поднета и не може да се мења.',
		'The application has already been submitted and cannot be changed.'
	],
	'calls.apply.incomplete': [
		'Пријава је сачувана, али још не може да се поднесе: допуните означена поља.',
		'The application is saved but cannot be submitted yet: complete the marked fields.'
	],
	'calls.apply.saved': ['Пријава је сачувана.', 'The application has been saved.'],
	'calls.apply.savedOverOther': [
		'Пријава је сачувана, али ју је у међувремену сачувао и неко други из ваше организације. Сачувана је ваша верзија; проверите да ли су његове измене изгубљене.',
		'The application is saved, but someone else from your organisation saved it in the meantime. Your version is the one kept; check whether their changes were lost.'
	],
	'calls.apply.submitted': [
		'Пријава је поднета. Потврду с бројем пријаве послали смо е-поштом.',
		'The application has been submitted. We have sent a receipt with its number by e-mail.'
	],
	'calls.apply.birthYearInvalid': [
		'Упишите годину рођења, на пример 2007.',
		'Type the year of birth, for example 2007.'
	],
	'calls.apply.monthInvalid': ['Изаберите месец.', 'Choose a month.'],
	'calls.apply.monthsReversed': ['Крај не може бити пре почетка.', 'The end cannot be before the start.'],
	'calls.apply.quantityInvalid': [
		'Упишите количину, цео број већи од нуле.',
		'Type a quantity, a whole number above zero.'
	],
	'calls.apply.activitiesRequired': ['Наведите бар једну активност.', 'List at least one activity.'],
	'calls.apply.budgetEmpty': ['Попуните бар један ред буџета.', 'Fill in at least one budget line.'],
	'calls.apply.categoryIneligible': [
		'Изаберите категорију коју конкурс финансира.',
		'Choose a category the call funds.'
	],
	'calls.apply.coFinancedOverLine': [
		'Суфинансирање не може бити веће од вредности реда.',
		'Co-financing cannot exceed the line’s cost.'
	],
	'calls.apply.belowMinimum': [
		'Тражени износ је мањи од најмањег који конкурс допушта ({min} дин.).',
		'The amount requested is below the call’s minimum ({min} RSD).'
	],
	'calls.apply.overMaximum': [
		'Тражени износ је већи од највећег који конкурс допушта ({max} дин.).',
		'The amount requested is above the call’s maximum ({max} RSD).'
	],
	'calls.apply.coFinancingTooLow': [
		'Суфинансирање мора бити најмање {percent} % укупне вредности пројекта.',
		'Co-financing must be at least {percent}% of the project’s total cost.'
	],
	'calls.apply.groupTooSmall': [
		{
			one: 'Група мора имати најмање {count} члана.',
			few: 'Група мора имати најмање {count} члана.',
			other: 'Група мора имати најмање {count} чланова.'
		},
		{ one: 'The group needs at least {count} member.', other: 'The group needs at least {count} members.' }
	],
	'calls.apply.groupNoAdult': [
		'Бар један члан групе мора бити пунолетан.',
		'At least one member of the group must be an adult.'
	],
	'calls.apply.memberAge': [
		'Узраст члана у години конкурса мора бити између {min} и {max}.',
		'A member must be between {min} and {max} in the year of the call.'
	],

	'calls.application.title': ['Пријава', 'Application'],
	'calls.application.draft': ['Нацрт', 'Draft'],
	'calls.application.submittedBadge': ['Поднета', 'Submitted'],
	'calls.application.reference': ['Број пријаве', 'Application number'],
	'calls.application.forCall': ['Конкурс', 'Call'],
	'calls.application.deadline': ['Рок', 'Deadline'],
	'calls.application.section.applicant': ['Подносилац', 'Applicant'],
	'calls.application.section.project': ['Пројекат', 'Project'],
	'calls.application.section.activities': ['Активности', 'Activities'],
	'calls.application.section.budget': ['Буџет', 'Budget'],
	'calls.application.section.questions': ['Додатна питања', 'Extra questions'],
	'calls.application.groupName': ['Назив групе', 'Name of the group'],
	'calls.application.organisation': ['Удружење', 'Association'],
	'calls.application.contactEmail': ['Адреса е-поште за обавештења', 'E-mail address for notices'],
	'calls.application.contactPhone': ['Телефон', 'Phone'],
	'calls.application.members': ['Чланови групе', 'Members of the group'],
	'calls.application.membersHint': [
		'Име и година рођења сваког члана; један члан мора бити пунолетан и он потписује уговор.',
		'The name and year of birth of each member; one must be an adult, who signs the contract.'
	],
	'calls.application.member': ['Члан', 'Member'],
	'calls.application.memberName': ['Име и презиме', 'Full name'],
	'calls.application.birthYear': ['Година рођења', 'Year of birth'],
	'calls.application.projectTitle': ['Назив пројекта', 'Project title'],
	'calls.application.summary': ['Кратак опис пројекта', 'Project summary'],
	'calls.application.need': ['Потреба на коју пројекат одговара', 'The need the project answers'],
	'calls.application.targetGroup': ['Циљна група', 'Target group'],
	'calls.application.goals': ['Циљеви пројекта', 'Project goals'],
	'calls.application.goal': ['Циљ', 'Goal'],
	'calls.application.goalText': ['Циљ', 'Goal'],
	'calls.application.goalMeasure': ['Мера акционог плана', 'Action plan measure'],
	'calls.application.noMeasure': ['Без мере', 'No measure'],
	'calls.application.activity': ['Активност', 'Activity'],
	'calls.application.activityTitle': ['Шта радите', 'What you will do'],
	'calls.application.activityFrom': ['Од месеца', 'From month'],
	'calls.application.activityTo': ['До месеца', 'To month'],
	'calls.application.results': ['Очекивани резултати', 'Expected results'],
	'calls.application.indicators': [
		'Показатељи (како ћете мерити резултате)',
		'Indicators (how you will measure the results)'
	],
	'calls.application.partners': ['Партнери', 'Partners'],
	'calls.application.budgetHint': [
		'Износи су у динарима. Вредност реда је количина × јединична цена; тражени износ је укупно мање суфинансирање. Дугме „Сачувај и прерачунај” освежава збирове.',
		'Amounts are in dinars. A line’s cost is quantity × unit price; the request is the total less co-financing. The “Save and recalculate” button refreshes the totals.'
	],
	'calls.application.budgetLine': ['Ред буџета', 'Budget line'],
	'calls.application.category': ['Категорија трошка', 'Cost category'],
	'calls.application.description': ['Опис трошка', 'Description'],
	'calls.application.quantity': ['Количина', 'Quantity'],
	'calls.application.unitPrice': ['Јединична цена', 'Unit price'],
	'calls.application.coFinanced': ['Суфинансирање', 'Co-financing'],
	'calls.application.totals': ['Збирови буџета', 'Budget totals'],
	'calls.application.total': ['Укупна вредност', 'Total cost'],
	'calls.application.totalCoFinanced': ['Суфинансирање', 'Co-financing'],
	'calls.application.requested': ['Тражи се од конкурса', 'Requested from the call'],
	'calls.application.limits': ['Износ по пројекту: од {min} до {max}.', 'Amount per project: from {min} to {max}.'],
	'calls.application.save': ['Сачувај и прерачунај', 'Save and recalculate'],
	'calls.application.submit': ['Поднеси пријаву', 'Submit the application'],
	'calls.application.submitHint': [
		'Поднета пријава више не може да се мења. Рок се рачуна по времену сервера.',
		'A submitted application can no longer be changed. The deadline is judged by the server’s clock.'
	],
	'calls.application.mine': ['Моје пријаве на конкурсе', 'My applications to calls'],
	'calls.application.mineLink': [
		'Пријаве на конкурсе за пројекте, нацрти и поднете',
		'Applications to funding calls, drafts and submitted'
	],
	'calls.application.mineEmpty': ['Још немате пријава на конкурсе.', 'You have no applications to calls yet.'],
	'calls.application.untitled': ['Пријава без назива', 'Untitled application'],
	'calls.application.awaitingBadge': ['Чека одобрење канцеларије', 'Waiting for the office’s approval'],
	'calls.application.awaitingApproval': [
		'Ова пријава чека да канцеларија одобри да представљате удружење „{organisation}“ (или његов упис у именик). Можете да је попуњавате и чувате, а поднећете је кад захтев буде одобрен.',
		'This application waits for the office to approve you as the representative of “{organisation}” (or its listing in the directory). You can fill it in and save it, and submit it once the request is approved.'
	],
	'calls.application.representationRefused': [
		'Канцеларија није одобрила да представљате ово удружење, па ову пријаву не можете да поднесете.',
		'The office did not approve you as this association’s representative, so you cannot submit this application.'
	],

	'calls.mail.receipt.subject': ['Потврда пријаве {reference}', 'Receipt for application {reference}'],
	'calls.mail.receipt.text': [
		'Примили смо пријаву „{title}” на конкурс „{call}” под бројем {reference}. Пријаву можете да прегледате на адреси испод.',
		'We have received the application “{title}” to the call “{call}” as number {reference}. You can view it at the address below.'
	],

	'calls.personalData.applications': ['Пријаве на конкурсе', 'Applications to funding calls'],

	'calls.review.nav': ['Пријаве', 'Applications'],
	'calls.review.title': ['Пријаве на конкурс', 'Applications to the call'],
	'calls.review.intro': [
		'Поднете пријаве, по броју. Сваки преглед пријава се бележи у дневнику.',
		'Submitted applications, by number. Every look at the applications is recorded in the audit log.'
	],
	'calls.review.empty': ['Још нема поднетих пријава.', 'No applications submitted yet.'],
	'calls.review.count': [
		{ one: '{count} пријава', few: '{count} пријаве', other: '{count} пријава' },
		{ one: '{count} application', other: '{count} applications' }
	],
	'calls.review.columnReference': ['Број', 'Number'],
	'calls.review.columnApplicant': ['Подносилац', 'Applicant'],
	'calls.review.columnProject': ['Пројекат', 'Project'],
	'calls.review.columnRequested': ['Тражи', 'Requested'],
	'calls.review.columnCheck': ['Административна провера', 'Administrative check'],
	'calls.review.notChecked': ['Није проверена', 'Not checked'],
	'calls.review.outcome.passed': ['Испуњава услове', 'Meets the conditions'],
	'calls.review.outcome.completion': ['Тражена допуна', 'Completion asked'],
	'calls.review.outcome.rejected': ['Одбачена', 'Rejected'],
	'calls.review.checkTitle': ['Административна провера', 'Administrative check'],
	'calls.review.isComplete': ['Пријава је потпуна', 'The application is complete'],
	'calls.review.isEligibleApplicant': ['Подносилац испуњава услове конкурса', 'The applicant is eligible'],
	'calls.review.isWithinLimits': ['Буџет је у границама конкурса', 'The budget is within the call’s limits'],
	'calls.review.outcome': ['Исход', 'Outcome'],
	'calls.review.note': ['Напомена подносиоцу (шта треба допунити)', 'Note to the applicant (what to complete)'],
	'calls.review.completionDue': ['Рок за допуну', 'Completion due by'],
	'calls.review.completionDueRequired': [
		'За допуну упишите рок и шта треба допунити.',
		'For a completion, give a date and what to complete.'
	],
	'calls.review.save': ['Сачувај проверу', 'Save the check'],
	'calls.review.saved': ['Провера је сачувана.', 'The check has been saved.'],
	'calls.review.back': ['Све пријаве на конкурс', 'All applications to the call'],
	'calls.apply.completionAsked': [
		'Канцеларија тражи допуну пријаве до {date}:',
		'The office asks you to complete the application by {date}:'
	],
	'calls.mail.completion.subject': ['Допуна пријаве {reference}', 'Completion of application {reference}'],
	'calls.mail.completion.text': [
		'Канцеларија за младе је прегледала пријаву {reference} и тражи да је допуните до {date}. Шта треба допунити:',
		'The youth office has checked application {reference} and asks you to complete it by {date}. What to complete:'
	],

	'calls.committee.noSuchAccount': [
		'Нема налога с том адресом е-поште. Члан комисије прво отвара налог на порталу.',
		'There is no account with that e-mail address. A committee member first creates an account on the portal.'
	],
	'calls.committee.statementExists': [
		'Изјаву о сукобу интереса за ову пријаву сте већ дали; она се не мења.',
		'You have already made the conflict-of-interest statement for this application; it cannot be changed.'
	],
	'calls.committee.statementFirst': [
		'Пре оцењивања дајте изјаву о сукобу интереса за ову пријаву.',
		'Before scoring, make the conflict-of-interest statement for this application.'
	],
	'calls.committee.conflictDeclared': [
		'Пријавили сте сукоб интереса, па ову пријаву не оцењујете.',
		'You declared a conflict of interest, so you do not score this application.'
	],
	'calls.committee.pointsRange': [
		'Упишите цео број бодова од 0 до {max}.',
		'Type a whole number of points from 0 to {max}.'
	],
	'calls.committee.scoreExists': [
		'Оцену ове пријаве сте већ предали.',
		'You have already submitted your score of this application.'
	],

	'calls.committee.title': ['Комисија и ранг-листа', 'Committee and ranking'],
	'calls.committee.members': [
		{ one: 'Комисија има {count} члана.', few: 'Комисија има {count} члана.', other: 'Комисија има {count} чланова.' },
		{ one: 'The committee has {count} member.', other: 'The committee has {count} members.' }
	],
	'calls.committee.addTitle': ['Додај члана комисије', 'Add a committee member'],
	'calls.committee.email': ['Е-пошта налога члана', 'E-mail of the member’s account'],
	'calls.committee.isChair': ['Председник комисије', 'Chair of the committee'],
	'calls.committee.add': ['Додај', 'Add'],
	'calls.committee.added': ['Члан комисије је додат.', 'The committee member has been added.'],
	'calls.committee.ranking': ['Ранг-листа', 'Ranking'],
	'calls.committee.rankingEmpty': [
		'Ранг-листа настаје кад чланови комисије предају оцене пријава које су прошле административну проверу.',
		'The ranking appears once committee members submit scores of applications that passed the administrative check.'
	],
	'calls.committee.columnPlace': ['Место', 'Place'],
	'calls.committee.columnAverage': ['Просек бодова', 'Average points'],
	'calls.committee.columnProposed': ['Предлог износа', 'Proposed amount'],
	'calls.committee.columnOutcome': ['Исход', 'Outcome'],
	'calls.committee.outcome.funded': ['Финансира се', 'Funded'],
	'calls.committee.outcome.partial': ['Делимично', 'Partly funded'],
	'calls.committee.outcome.belowMinimum': ['Испод најмањег броја бодова', 'Below the minimum'],
	'calls.committee.outcome.outOfBudget': ['Нема довољно средстава', 'Not enough money left'],
	'calls.committee.outcome.unscored': ['Још није оцењена', 'Not scored yet'],
	'calls.committee.work': ['Оцењивање пријава', 'Scoring applications'],
	'calls.committee.workIntro': [
		'За сваку пријаву прво дајете изјаву о сукобу интереса. Оцене осталих чланова видите тек кад предате своју.',
		'For each application you first make a conflict-of-interest statement. You see the other members’ scores only after submitting yours.'
	],
	'calls.committee.stage.statement': ['Чека изјаву', 'Awaiting your statement'],
	'calls.committee.stage.conflict': ['Сукоб интереса: не оцењујете', 'Conflict of interest: not yours to score'],
	'calls.committee.stage.scoring': ['Чека вашу оцену', 'Awaiting your score'],
	'calls.committee.stage.scored': ['Оцењена', 'Scored'],
	'calls.committee.statementTitle': ['Изјава о сукобу интереса', 'Conflict-of-interest statement'],
	'calls.committee.noConflict': [
		'Немам сукоб интереса у вези с овом пријавом',
		'I have no conflict of interest with this application'
	],
	'calls.committee.hasConflict': [
		'Имам сукоб интереса (сродство, чланство, пословна веза) и не оцењујем ову пријаву',
		'I have a conflict of interest (family, membership, business) and do not score this application'
	],
	'calls.committee.reason': ['Образложење (ако имате сукоб интереса)', 'Explanation (if you have a conflict)'],
	'calls.committee.declare': ['Дај изјаву', 'Make the statement'],
	'calls.committee.declared': ['Изјава је забележена.', 'The statement has been recorded.'],
	'calls.committee.scoreTitle': ['Ваша оцена', 'Your score'],
	'calls.committee.points': ['Бодови (највише {max})', 'Points (at most {max})'],
	'calls.committee.comment': ['Образложење', 'Comment'],
	'calls.committee.submitScore': ['Предај оцену', 'Submit the score'],
	'calls.committee.scored': ['Оцена је предата.', 'The score has been submitted.'],
	'calls.committee.othersTitle': ['Оцене осталих чланова', 'Other members’ scores'],
	'calls.committee.othersHidden': [
		'Оцене осталих чланова видећете кад предате своју.',
		'You will see the other members’ scores once you submit yours.'
	],

	'calls.field.attachmentKinds': ['Прилози уз пријаву', 'Attachments to the application'],
	'calls.field.attachmentKindsHint': [
		'Нпр. статут удружења или потписана изјава. Обавезни прилози се проверавају при подношењу.',
		'For example the association’s statute or a signed statement. Required attachments are checked on submission.'
	],
	'calls.field.attachmentKindRow': ['Прилог', 'Attachment'],
	'calls.field.attachmentKindName': ['Назив прилога', 'Name of the attachment'],
	'calls.field.attachmentKindNameEn': ['Назив прилога на енглеском', 'Name of the attachment in English'],
	'calls.field.attachmentKindRequired': ['Прилог је', 'The attachment is'],

	'calls.application.part.applicant': ['Подносилац и контакт', 'Applicant and contact'],
	'calls.application.part.project': ['Опис пројекта', 'Project description'],
	'calls.application.part.activities': ['Активности', 'Activities'],
	'calls.application.part.partners': ['Партнери', 'Partners'],
	'calls.application.part.budget': ['Буџет', 'Budget'],
	'calls.application.part.answers': ['Одговори на питања', 'Answers to the questions'],
	'calls.application.part.attachments': ['Прилози', 'Attachments'],
	'calls.review.completionSections': ['Шта подносилац сме да допуни', 'What the applicant may complete'],
	'calls.review.completionSectionsHint': [
		'Подносилац ће моћи да мења само означене делове. Ако ништа не означите, отвара се цела пријава.',
		'The applicant will be able to change only the parts ticked. If none is ticked, the whole application opens.'
	],
	'calls.apply.completionParts': [
		'Допуна се односи само на ове делове: {parts}. Остали делови пријаве остају како су поднети.',
		'The completion covers only these parts: {parts}. The rest of the application stays as submitted.'
	],
	'calls.apply.completionLocked': [
		'Овај део пријаве није тражен у допуни и не може се мењати.',
		'This part was not asked for in the completion and cannot be changed.'
	],
	'calls.apply.completionLockedForm': [
		'Мењате део пријаве који није тражен у допуни. Ништа није сачувано.',
		'You are changing a part of the application not asked for in the completion. Nothing was saved.'
	],
	'calls.application.lockedParts': [
		'Делови пријаве који се не мењају',
		'Parts of the application that stay as they are'
	],

	'calls.attachment.title': ['Прилози', 'Attachments'],
	'calls.attachment.intro': [
		'Прихватају се датотеке у форматима {formats}, до {max} МБ. Нова датотека исте врсте замењује претходну.',
		'Files in the formats {formats} are accepted, up to {max} MB. A new file of the same kind replaces the earlier one.'
	],
	'calls.attachment.kind': ['Врста прилога', 'Kind of attachment'],
	'calls.attachment.file': ['Датотека', 'File'],
	'calls.attachment.upload': ['Приложи датотеку', 'Attach the file'],
	'calls.attachment.remove': ['Уклони', 'Remove'],
	'calls.attachment.kb': ['КБ', 'KB'],
	'calls.attachment.mb': ['МБ', 'MB'],
	'calls.attachment.added': ['Датотека је приложена.', 'The file has been attached.'],
	'calls.attachment.removed': ['Прилог је уклоњен.', 'The attachment has been removed.'],
	'calls.attachment.isRequired': ['обавезан', 'required'],
	'calls.attachment.notAttached': ['није приложен', 'not attached'],
	'calls.attachment.none': ['Уз пријаву нема прилога.', 'No files are attached to the application.'],
	'calls.attachment.missing': ['Изаберите датотеку.', 'Choose a file.'],
	'calls.attachment.tooLarge': ['Датотека је већа од {max} МБ.', 'The file is larger than {max} MB.'],
	'calls.attachment.wrongType': [
		'Ова датотека није ни у једном од дозвољених формата ({formats}); проверава се садржај, не назив.',
		'This file is in none of the accepted formats ({formats}); its content is checked, not its name.'
	],
	'calls.attachment.required': ['Овај прилог је обавезан.', 'This attachment is required.'],

	'calls.application.partnersPicked': [
		'Партнери из именика организација',
		'Partners from the directory of organisations'
	],
	'calls.application.partnersPickedHint': [
		'Означите организације из јавног именика; остале партнере упишите испод.',
		'Tick organisations from the public directory; type any other partners below.'
	],
	'calls.application.partnersTyped': ['Остали партнери', 'Other partners'],
	'calls.application.liveTotals': ['Збир док попуњавате', 'Totals as you type'],

	'calls.pdf.title': ['Пријава на конкурс', 'Application to a funding call'],
	'calls.pdf.generatedAt': ['Поднета {date}', 'Submitted on {date}'],
	'calls.pdf.members': ['Чланови групе', 'Members of the group'],
	'calls.pdf.goals': ['Циљеви', 'Goals'],
	'calls.mail.receipt.pdf': ['У прилогу је PDF целе пријаве.', 'The whole application is attached as a PDF.'],

	'calls.chair.title': ['Распон оцена по критеријумима', 'Spread of scores by criterion'],
	'calls.chair.waiting': [
		'Распон се види кад сви чланови без сукоба интереса предају оцене (предато: {scored} од {expected}).',
		'The spread shows once every member without a conflict has submitted a score ({scored} of {expected} so far).'
	],
	'calls.chair.columnCriterion': ['Критеријум', 'Criterion'],
	'calls.chair.columnLowest': ['Најмање', 'Lowest'],
	'calls.chair.columnHighest': ['Највише', 'Highest'],
	'calls.chair.columnAverage': ['Просек', 'Average'],
	'calls.chair.columnSpread': ['Распон', 'Spread'],
	'calls.chair.total': ['Укупно', 'Total'],
	'calls.chair.openRound': ['Отвори круг расправе', 'Open a discussion round'],
	'calls.chair.roundNote': ['Шта комисија треба да размотри', 'What the committee should discuss'],
	'calls.chair.roundOpened': ['Круг расправе је отворен.', 'The discussion round has been opened.'],
	'calls.chair.roundIsOpen': [
		'Круг расправе је отворен: чланови могу да измене своју оцену уз образложење.',
		'A discussion round is open: members may revise their score with a comment.'
	],
	'calls.chair.notChair': [
		'Круг расправе отвара само председник комисије.',
		'Only the chair of the committee opens a discussion round.'
	],
	'calls.chair.notAllScored': [
		'Круг расправе се отвара тек кад сви чланови предају оцене.',
		'A discussion round opens only once every member has submitted a score.'
	],
	'calls.chair.roundExists': [
		'Круг расправе за ову пријаву је већ отворен.',
		'A discussion round is already open for this application.'
	],
	'calls.revise.title': ['Измена оцене у кругу расправе', 'Revising your score in the discussion round'],
	'calls.revise.comment': ['Зашто мењате оцену', 'Why you are changing your score'],
	'calls.revise.submit': ['Сачувај измену оцене', 'Save the revised score'],
	'calls.revise.saved': ['Измена оцене је сачувана.', 'The revised score has been saved.'],
	'calls.revise.noRound': [
		'Предата оцена се мења само у кругу расправе који отвори председник.',
		'A submitted score changes only in a discussion round the chair opens.'
	],
	'calls.revise.commentRequired': ['Образложите измену.', 'Explain the change.'],
	'calls.revise.history': ['Измене у кругу расправе', 'Revisions in the discussion round'],
	'calls.revise.entry': [
		'{name}: {before} → {after} бодова. {comment}',
		'{name}: {before} → {after} points. {comment}'
	],

	'calls.applications_submitted': [
		'пријаве поднете на конкурсе који финансирају ову меру',
		'applications submitted to calls funding this measure'
	],

	'calls.home.title': ['Отворени конкурси за пројекте', 'Open funding calls'],
	'calls.home.all': ['Сви конкурси', 'All calls'],

	'calls.dashboard.drafts': [
		{
			one: '{count} конкурс у нацрту, пријаве почињу ускоро',
			few: '{count} конкурса у нацрту, пријаве почињу ускоро',
			other: '{count} конкурса у нацрту, пријаве почињу ускоро'
		},
		{ one: '{count} draft call opening soon', other: '{count} draft calls opening soon' }
	]
});
