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
	'calls.public.howToApply': [
		'Пријаву подносите на обрасцу из документа конкурса; канцеларија за младе помаже да га попуните.',
		'Apply on the form among the call’s documents; the youth office helps you fill it in.'
	],
	'calls.public.noEnglish': [
		'Овај конкурс још нема текст на енглеском, па је приказан на српском.',
		'This call has no English text yet, so it is shown in Serbian.'
	],
	'calls.public.closedNotice': [
		'Рок за пријаве је прошао. Резултати ће бити објављени на овој страници.',
		'The deadline has passed. The results will be published on this page.'
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
