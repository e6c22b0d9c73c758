import { defineMessages } from '../../i18n/define.ts';

export const actionPlanMessages = defineMessages({
	'plan.nav': ['Акциони план', 'Action plan'],

	'plan.eventLinks.title': ['Локални акциони план', 'Local action plan'],
	'plan.eventLinks.legend': [
		'Које мере и активности плана овај догађај спроводи?',
		'Which measures and activities of the plan does this event carry out?'
	],
	'plan.eventLinks.hint': [
		'Повезани догађаји се виде на страници мере као доказ онога што је урађено и улазе у годишњи извештај.',
		'Linked events appear on the measure’s page as evidence of what was done, and go into the yearly report.'
	],
	'plan.eventLinks.none': [
		'Нема усвојеног плана ни плана на јавној расправи, па догађај нема шта да повеже.',
		'There is no adopted plan or plan in consultation, so there is nothing to link the event to.'
	],
	'plan.eventLinks.submit': ['Сачувај везе са планом', 'Save links to the plan'],
	'plan.eventLinks.saved': ['Везе са акционим планом су сачуване.', 'Links to the action plan saved.'],
	'plan.kind': ['Локални акциони план за младе', 'Local youth action plan'],

	'plan.status.draft': ['Нацрт', 'Draft'],
	'plan.status.consultation': ['Јавна расправа', 'Public consultation'],
	'plan.status.adopted': ['Усвојен', 'Adopted'],
	'plan.status.archived': ['Архивиран', 'Archived'],

	'plan.activityStatus.not_started': ['Није почела', 'Not started'],
	'plan.activityStatus.in_progress': ['У току', 'In progress'],
	'plan.activityStatus.done': ['Завршена', 'Done'],
	'plan.activityStatus.late': ['Касни', 'Late'],
	'plan.activityStatus.dropped': ['Одустало се', 'Dropped'],

	'plan.budgetSource.municipal': ['Буџет општине', 'Municipal budget'],
	'plan.budgetSource.ministry': ['Министарство', 'Ministry'],
	'plan.budgetSource.donor': ['Донатор', 'Donor'],
	'plan.budgetSource.other': ['Други извори', 'Other sources'],

	'plan.computed.event_participants': [
		'Млади који су учествовали у догађајима везаним за меру',
		'Young people who took part in events linked to the measure'
	],
	'plan.computed.events_held': ['Одржани догађаји везани за меру', 'Events held under the measure'],
	'plan.computed.volunteers': ['Волонтери на догађајима везаним за меру', 'Volunteers at events linked to the measure'],

	// Areas of the national youth strategy, offered when a plan is created.
	'plan.area.education': ['Образовање', 'Education'],
	'plan.area.employment': ['Запошљавање и предузетништво', 'Employment and entrepreneurship'],
	'plan.area.health': ['Здравље и благостање', 'Health and well-being'],
	'plan.area.safety': ['Безбедност', 'Safety'],
	'plan.area.culture': ['Култура и слободно време', 'Culture and free time'],
	'plan.area.participation': ['Активизам и учешће', 'Activism and participation'],
	'plan.area.mobility': ['Мобилност', 'Mobility'],
	'plan.area.inclusion': ['Социјална укљученост', 'Social inclusion'],

	'plan.admin.title': ['Локални акциони план за младе', 'Local youth action plan'],
	'plan.admin.intro': [
		'Овде се води план уместо у Ворду и Екселу: области, циљеви, мере и активности, буџет, показатељи и годишњи извештаји о праћењу. Јавност види само усвојене планове и предате извештаје.',
		'The plan lives here instead of in Word and Excel: areas, goals, measures and activities, budget, indicators and yearly monitoring reports. The public sees only adopted plans and submitted reports.'
	],
	'plan.admin.empty': ['Још нема ниједног плана.', 'There is no plan yet.'],
	'plan.admin.current': ['Тренутни', 'Current'],
	'plan.admin.newPlan': ['Нови план', 'New plan'],
	'plan.admin.newPlanIntro': [
		'План почиње као нацрт са областима из Националне стратегије за младе; области можете мењати. Јавно се приказује тек кад га означите као усвојен.',
		'A plan starts as a draft with the areas of the national youth strategy, which you can change. It is shown publicly only once you mark it adopted.'
	],
	'plan.admin.create': ['Направи план', 'Create the plan'],
	'plan.admin.created': [
		'План је направљен. Додајте циљеве, мере и активности.',
		'The plan has been created. Add goals, measures and activities.'
	],
	'plan.admin.deleted': ['Обрисано.', 'Deleted.'],
	'plan.admin.actualSaved': ['Остварена вредност је уписана.', 'The actual value has been recorded.'],
	'plan.admin.viewPublic': ['Погледај на порталу', 'View on the portal'],
	'plan.admin.notPublic': ['Није јавно док план није усвојен.', 'Not public until the plan is adopted.'],
	'plan.admin.sections': ['Делови плана', 'Parts of the plan'],
	'plan.admin.structure': ['Садржај плана', 'Plan contents'],
	'plan.admin.structureIntro': [
		'Области → циљеви → мере → активности. Напредак мере рачуна се из њених активности, циља из мера, према тежинама.',
		'Areas → goals → measures → activities. A measure’s progress is counted from its activities and a goal’s from its measures, by their weights.'
	],
	'plan.admin.details': ['Подаци о плану и одлука', 'Plan details and decision'],
	'plan.admin.history': ['Историја измена', 'History of changes'],
	'plan.admin.historyIntro': [
		'Свака измена после усвајања, са разлогом. Ова листа се приказује и јавно.',
		'Every change after adoption, with its reason. This list is also shown publicly.'
	],
	'plan.admin.historyDraft': [
		'Док план није усвојен, измене се не бележе у јавну историју.',
		'Until the plan is adopted, changes are not recorded in the public history.'
	],
	'plan.admin.edit': ['Измени', 'Edit'],
	'plan.admin.editArea': ['Измени област', 'Edit area'],
	'plan.admin.addArea': ['Додај област', 'Add an area'],
	'plan.admin.addGoal': ['Додај циљ', 'Add a goal'],
	'plan.admin.addMeasure': ['Додај меру', 'Add a measure'],
	'plan.admin.addActivity': ['Додај активност', 'Add an activity'],
	'plan.admin.addIndicator': ['Додај показатељ', 'Add an indicator'],
	'plan.admin.new.area': ['Нова област', 'New area'],
	'plan.admin.new.goal': ['Нови циљ', 'New goal'],
	'plan.admin.new.measure': ['Нова мера', 'New measure'],
	'plan.admin.new.activity': ['Нова активност', 'New activity'],
	'plan.admin.new.indicator': ['Нови показатељ', 'New indicator'],
	'plan.admin.edit.area': ['Измена области', 'Edit area'],
	'plan.admin.edit.goal': ['Измена циља', 'Edit goal'],
	'plan.admin.edit.measure': ['Измена мере', 'Edit measure'],
	'plan.admin.edit.activity': ['Измена активности', 'Edit activity'],
	'plan.admin.edit.indicator': ['Измена показатеља', 'Edit indicator'],
	'plan.admin.noParent.area': ['Области се додају на страници плана.', 'Areas are added on the plan page.'],
	'plan.admin.noParent.goal': ['Прво додајте област.', 'Add an area first.'],
	'plan.admin.noParent.measure': ['Прво додајте циљ.', 'Add a goal first.'],
	'plan.admin.noParent.activity': ['Прво додајте меру.', 'Add a measure first.'],
	'plan.admin.noParent.indicator': ['Прво додајте циљ или меру.', 'Add a goal or a measure first.'],

	'plan.reason.label': ['Разлог измене', 'Reason for the change'],
	'plan.reason.hint': [
		'На пример: „Закључак Савета за младе од 12. маја” или „Мања средства у буџету за 2026.”',
		'For example: “Conclusion of the youth council of 12 May” or “Smaller budget for 2026”.'
	],
	'plan.reason.explain': [
		'План је усвојен, па свака измена тражи разлог. Измена и разлог се јавно приказују у историји измена плана.',
		'The plan is adopted, so every change needs a reason. The change and its reason are shown publicly in the plan’s history of changes.'
	],

	'plan.entity.plan': ['План', 'Plan'],
	'plan.entity.area': ['Област', 'Area'],
	'plan.entity.goal': ['Циљ', 'Goal'],
	'plan.entity.measure': ['Мера', 'Measure'],
	'plan.entity.activity': ['Активност', 'Activity'],
	'plan.entity.indicator': ['Показатељ', 'Indicator'],

	'plan.field.title': ['Назив', 'Title'],
	'plan.field.titleEn': ['Назив на енглеском', 'Title in English'],
	'plan.field.name': ['Назив', 'Name'],
	'plan.field.nameEn': ['Назив на енглеском', 'Name in English'],
	'plan.field.description': ['Опис', 'Description'],
	'plan.field.descriptionEn': ['Опис на енглеском', 'Description in English'],
	'plan.field.period': ['Период', 'Period'],
	'plan.field.firstYear': ['Прва година', 'First year'],
	'plan.field.lastYear': ['Последња година', 'Last year'],
	'plan.field.planStatus': ['Фаза плана', 'Stage of the plan'],
	'plan.field.planStatusHint': [
		'Нацрт и јавна расправа се не објављују. Усвојен план је јаван и од тада свака измена тражи разлог.',
		'Drafts and plans in consultation are not published. An adopted plan is public, and from then on every change needs a reason.'
	],
	'plan.field.decision': ['Одлука скупштине општине', 'Decision of the municipal assembly'],
	'plan.field.decisionNumber': ['Број одлуке', 'Decision number'],
	'plan.field.decisionDate': ['Датум одлуке', 'Decision date'],
	'plan.field.decisionDocumentId': ['Документ одлуке', 'Decision document'],
	'plan.field.introduction': ['Увод', 'Introduction'],
	'plan.field.introductionEn': ['Увод на енглеском', 'Introduction in English'],
	'plan.field.isCurrent': ['Ово је тренутни план општине', 'This is the municipality’s current plan'],
	'plan.field.area': ['Област', 'Area'],
	'plan.field.areaId': ['Област', 'Area'],
	'plan.field.goal': ['Циљ', 'Goal'],
	'plan.field.goalId': ['Циљ', 'Goal'],
	'plan.field.goals': ['Циљеви', 'Goals'],
	'plan.field.measure': ['Мера', 'Measure'],
	'plan.field.measureId': ['Мера', 'Measure'],
	'plan.field.measures': ['Мере', 'Measures'],
	'plan.field.activity': ['Активност', 'Activity'],
	'plan.field.indicator': ['Показатељ', 'Indicator'],
	'plan.field.indicatorOf': ['Показатељ припада', 'The indicator belongs to'],
	'plan.field.responsible': ['Носилац', 'Responsible'],
	'plan.field.responsibleHint': [
		'Установа или организација која одговара за активност.',
		'The institution or organisation answerable for the activity.'
	],
	'plan.field.coImplementers': ['Партнери у спровођењу', 'Co-implementers'],
	'plan.field.coImplementersHint': ['Један партнер у сваком реду.', 'One partner per line.'],
	'plan.field.timing': ['Рок', 'Timing'],
	'plan.field.timingHint': [
		'Година и квартал (1–4) почетка и краја.',
		'Year and quarter (1–4) of the start and the end.'
	],
	'plan.field.startYear': ['Година почетка', 'Start year'],
	'plan.field.startQuarter': ['Квартал почетка', 'Start quarter'],
	'plan.field.endYear': ['Година завршетка', 'End year'],
	'plan.field.endQuarter': ['Квартал завршетка', 'End quarter'],
	'plan.field.status': ['Статус', 'Status'],
	'plan.field.progress': ['Напредак', 'Progress'],
	'plan.field.progressPercent': ['Напредак (%)', 'Progress (%)'],
	'plan.field.progressHint': [
		'Од 0 до 100. Завршена активност се рачуна као 100 %.',
		'From 0 to 100. A done activity counts as 100 %.'
	],
	'plan.field.notes': ['Белешке', 'Notes'],
	'plan.field.weight': ['Тежина', 'Weight'],
	'plan.field.weightHint': [
		'Колико ова ставка учествује у напретку изнад ње. Све ставке имају тежину 1, осим ако не одлучите другачије.',
		'How much this item counts in the progress above it. Every item weighs 1 unless you decide otherwise.'
	],
	'plan.field.budget': ['Буџет', 'Budget'],
	'plan.field.budgets': ['Буџет', 'Budget'],
	'plan.field.unit': ['Јединица мере', 'Unit'],
	'plan.field.unitHint': ['На пример: особа, %, догађај.', 'For example: people, %, events.'],
	'plan.field.unitEn': ['Јединица мере на енглеском', 'Unit in English'],
	'plan.field.baselineValue': ['Почетна вредност', 'Baseline value'],
	'plan.field.baselineYear': ['Година почетне вредности', 'Baseline year'],
	'plan.field.endTarget': ['Циљна вредност на крају плана', 'Target at the end of the plan'],
	'plan.field.dataSource': ['Извор података', 'Data source'],
	'plan.field.computedFrom': ['Рачуна се из података портала', 'Counted from the portal’s data'],
	'plan.field.targets': ['Циљне вредности по годинама', 'Targets per year'],
	'plan.field.targetsHint': ['Оставите празно за године без циља.', 'Leave empty for years without a target.'],
	'plan.field.targetFor': ['Циљ за {year}.', 'Target for {year}'],
	'plan.field.deleted': ['Обрисано', 'Deleted'],

	'plan.budget.hint': [
		'Један ред за сваку годину и извор. Износ у динарима, може и са тачкама: 1.200.000. Празни редови се не чувају.',
		'One row per year and source. Amounts in dinars, dots allowed: 1.200.000. Empty rows are not saved.'
	],
	'plan.budget.year': ['Година', 'Year'],
	'plan.budget.source': ['Извор', 'Source'],
	'plan.budget.sourceNote': ['Буџетска линија или донатор', 'Budget line or donor'],
	'plan.budget.planned': ['Планирано (дин.)', 'Planned (RSD)'],
	'plan.budget.spent': ['Потрошено (дин.)', 'Spent (RSD)'],
	'plan.budget.yearRow': ['Година, ред {row}', 'Year, row {row}'],
	'plan.budget.sourceRow': ['Извор, ред {row}', 'Source, row {row}'],
	'plan.budget.sourceNoteRow': ['Буџетска линија или донатор, ред {row}', 'Budget line or donor, row {row}'],
	'plan.budget.plannedRow': ['Планирано, ред {row}', 'Planned, row {row}'],
	'plan.budget.spentRow': ['Потрошено, ред {row}', 'Spent, row {row}'],

	'plan.actual.title': ['Остварене вредности', 'Actual values'],
	'plan.actual.intro': [
		'Упишите измерену вредност за годину и одакле је податак. То је праћење, а не измена плана, па разлог није потребан.',
		'Enter the measured value for a year and where it comes from. This is monitoring, not a change of the plan, so no reason is needed.'
	],
	'plan.actual.year': ['Година', 'Year'],
	'plan.actual.value': ['Остварено', 'Actual value'],
	'plan.actual.source': ['Извор', 'Source'],
	'plan.actual.note': ['Напомена', 'Note'],
	'plan.actual.submit': ['Упиши остварено', 'Record the actual value'],

	'plan.delete.title': ['Брисање', 'Delete'],
	'plan.delete.text': [
		'Брише се и све што је испод: циљеви, мере, активности и показатељи.',
		'Everything under it goes too: goals, measures, activities and indicators.'
	],
	'plan.delete.textActivity': [
		'Ако се активност неће спроводити, боље је да јој статус поставите на „Одустало се”: тако остаје забележена.',
		'If the activity will not be carried out, better set its status to “Dropped”: that way it stays on record.'
	],
	'plan.delete.confirm': ['Да, обриши ово и све испод', 'Yes, delete this and everything under it'],
	'plan.delete.confirmRequired': ['Потврдите брисање.', 'Confirm the deletion.'],
	'plan.delete.submit': ['Обриши', 'Delete'],

	'plan.progress.of': ['Напредак: {title}', 'Progress: {title}'],
	'plan.progress.none': ['Још нема података', 'No data yet'],
	'plan.timing.quarter': ['{quarter}. кв. {year}.', 'Q{quarter} {year}'],

	'plan.chart.title': ['Циљ и остварење по годинама: {name}', 'Target and actual per year: {name}'],
	'plan.chart.yearSummary': ['{year}: циљ {target}, остварено {actual}.', '{year}: target {target}, actual {actual}.'],
	'plan.chart.tableCaption': ['Бројеви: {name}', 'The numbers: {name}'],
	'plan.chart.year': ['Година', 'Year'],
	'plan.chart.target': ['Циљ', 'Target'],
	'plan.chart.actual': ['Остварено', 'Actual'],
	'plan.chart.baseline': ['Почетна вредност', 'Baseline'],
	'plan.chart.endTarget': ['Циљ на крају плана', 'Target at the end'],
	'plan.indicator.baselineShort': ['Почетна вредност {value} ({year})', 'Baseline {value} ({year})'],
	'plan.indicator.endTargetShort': ['циљ до {year}: {value}', 'target by {year}: {value}'],
	'plan.indicator.source': ['Извор података', 'Data source'],

	'plan.filter.legend': ['Филтер плана', 'Filter the plan'],
	'plan.filter.area': ['Област', 'Area'],
	'plan.filter.anyArea': ['Све области', 'All areas'],
	'plan.filter.status': ['Статус активности', 'Activity status'],
	'plan.filter.anyStatus': ['Сви статуси', 'Any status'],
	'plan.filter.submit': ['Прикажи', 'Show'],
	'plan.filter.showAll': ['Прикажи цео план', 'Show the whole plan'],

	'plan.public.title': ['Акциони план за младе', 'Youth action plan'],
	'plan.public.intro': [
		'Шта општина планира за младе, ко то спроводи, колико кошта и докле се стигло.',
		'What the municipality plans for young people, who carries it out, what it costs and how far it has got.'
	],
	'plan.public.none': ['Још није објављен ниједан акциони план.', 'No action plan has been published yet.'],
	'plan.public.period': ['Период {first}–{last}.', 'Period {first}–{last}.'],
	'plan.public.decision': ['Одлука бр. {number} од {date}', 'Decision no. {number} of {date}'],
	'plan.public.overall': ['Укупан напредак', 'Overall progress'],
	'plan.grants.title': ['Пројекти финансирани на конкурсима', 'Projects funded through calls'],
	'plan.grants.item': [
		'„{title}“ ({recipient}, {year}): додељено {granted} дин., исплаћено {paid} дин.',
		'“{title}” ({recipient}, {year}): {granted} RSD granted, {paid} RSD paid'
	],
	'plan.grants.budget': [
		'конкурси: додељено {granted} дин., исплаћено {paid} дин.',
		'calls: {granted} RSD granted, {paid} RSD paid'
	],
	'plan.public.budget': [
		'Планирано {planned} дин, потрошено {spent} дин.',
		'Planned {planned} RSD, spent {spent} RSD.'
	],
	'plan.public.throughCalls': [
		'Од тога {amount} дин. су потрошили пројекти финансирани на конкурсима (по прихваћеним финансијским извештајима, иначе по исплатама).',
		'Of which {amount} RSD spent by projects funded through calls (as their accepted financial reports say, otherwise as paid).'
	],
	'plan.public.more': ['Више о плану', 'More about the plan'],
	'plan.public.changesLink': ['Шта се мењало у плану', 'What changed in the plan'],
	'plan.public.otherChangesLink': ['Шта се мењало у плану за {years}', 'What changed in the plan for {years}'],
	'plan.public.permanentLink': ['Стална адреса овог плана', 'Permanent address of this plan'],
	'plan.public.reportLink': ['Извештај о праћењу за {year}.', 'Monitoring report {year}'],
	'plan.public.nothingFound': [
		'Ништа у плану не одговара изабраном филтеру.',
		'Nothing in the plan matches the chosen filter.'
	],
	'plan.public.goal': ['Циљ', 'Goal'],
	'plan.public.activities': ['Активности', 'Activities'],
	'plan.public.noActivities': ['Мера још нема активности.', 'The measure has no activities yet.'],
	'plan.public.indicators': ['Показатељи', 'Indicators'],
	'plan.public.evidence': ['Шта је урађено', 'What was done'],
	'plan.public.otherPlans': ['Други планови', 'Other plans'],
	'plan.evidence.none': ['Још нема догађаја повезаних са овим.', 'No events are linked to this yet.'],

	'plan.changes.title': ['Шта се мењало у плану', 'What changed in the plan'],
	'plan.changes.intro': [
		'Свака измена плана после његовог усвајања, са датумом и разлогом.',
		'Every change to the plan after its adoption, with its date and reason.'
	],
	'plan.changes.none': ['План није мењан од усвајања.', 'The plan has not changed since its adoption.'],
	'plan.changes.reason': ['Разлог', 'Reason'],
	'plan.changes.deleted': ['обрисано', 'deleted'],
	'plan.changes.budgets': ['промењен буџет', 'budget changed'],
	'plan.changes.changed': ['промењено', 'changed'],
	'plan.changes.fieldChanged': ['{field}: промењено', '{field}: changed'],
	'plan.changes.fieldFromTo': ['{field}: {before} → {after}', '{field}: {before} → {after}'],
	'plan.revision.targetFor': ['циљ за {year}.', 'target for {year}'],
	'plan.revision.spentFor': ['Потрошено у {year}. години (дин)', 'Spent in {year} (RSD)'],

	'plan.monitoring.title': ['Годишње праћење', 'Yearly monitoring'],
	'plan.monitoring.intro': [
		'Једном годишње се за сваку активност упише шта је урађено и колико је потрошено. Предат извештај се више не мења и објављује се на порталу.',
		'Once a year, for each activity, write down what was done and what was spent. A submitted report no longer changes and is published on the portal.'
	],
	'plan.monitoring.empty': ['Још нема извештаја.', 'No reports yet.'],
	'plan.monitoring.start': ['Започни извештај', 'Start a report'],
	'plan.monitoring.startIntro': [
		'Извештај се попуњава тренутним статусом, напретком и потрошњом сваке активности; ви их исправите и допишете коментаре.',
		'The report is filled in with each activity’s current status, progress and spending; you correct them and add comments.'
	],
	'plan.monitoring.year': ['Година извештаја', 'Year of the report'],
	'plan.monitoring.startSubmit': ['Започни', 'Start'],
	'plan.monitoring.confirmRequired': [
		'Потврдите да је извештај спреман за предају.',
		'Confirm that the report is ready to submit.'
	],
	'plan.monitoring.submitted': ['Извештај је предат и објављен.', 'The report has been submitted and published.'],

	'plan.report.title': ['Извештај о праћењу за {year}.', 'Monitoring report {year}'],
	'plan.report.draft': ['У изради', 'Being written'],
	'plan.report.submittedOn': ['Предат {date}.', 'Submitted on {date}.'],
	'plan.report.frozen': [
		'Извештај је предат {date} и више се не мења: приказује план онакав какав је био тада. Касније измене иду у извештај за наредну годину.',
		'The report was submitted on {date} and no longer changes: it shows the plan as it was then. Later changes go into next year’s report.'
	],
	'plan.report.draftIntro': [
		'Сачувајте колико год пута треба. Док не предате извештај, он није јаван.',
		'Save as often as you need. Until you submit the report, it is not public.'
	],
	'plan.report.plannedFor': ['Планирано за {year}: {amount} дин.', 'Planned for {year}: {amount} RSD'],
	'plan.report.spent': ['Потрошено (дин.)', 'Spent (RSD)'],
	'plan.report.comment': ['Коментар', 'Comment'],
	'plan.report.summary': ['Закључак', 'Summary'],
	'plan.report.summaryField': ['Закључак извештаја', 'Summary of the report'],
	'plan.report.summaryEnField': ['Закључак на енглеском', 'Summary in English'],
	'plan.report.save': ['Сачувај извештај', 'Save the report'],
	'plan.report.submitTitle': ['Предаја извештаја', 'Submitting the report'],
	'plan.report.submitText': [
		'Предат извештај се замрзава: чува се план онакав какав је данас, са уписаним вредностима, и објављује на порталу. После тога га није могуће мењати.',
		'A submitted report is frozen: the plan is kept as it is today, with the values entered, and published on the portal. It cannot be changed afterwards.'
	],
	'plan.report.submitConfirm': [
		'Разумем да се предат извештај више не може мењати',
		'I understand that a submitted report can no longer be changed'
	],
	'plan.report.submit': ['Предај извештај', 'Submit the report'],
	'plan.report.activities': ['Активности', 'Activities'],
	'plan.report.plannedSpent': ['Планирано / потрошено {year}. (дин.)', 'Planned / spent {year} (RSD)'],
	'plan.report.notCovered': ['Није обухваћено извештајем.', 'Not covered by the report.'],
	'plan.report.indicators': ['Показатељи за {year}.', 'Indicators for {year}'],
	'plan.report.evidence': ['Догађаји те године', 'Events of the year'],

	'plan.error.yearRange': ['Последња година не може бити пре прве.', 'The last year cannot be before the first.'],
	'plan.error.yearOutside': [
		'Година мора бити у периоду плана ({first}–{last}).',
		'The year must be within the plan’s period ({first}–{last}).'
	],
	'plan.error.date': ['Упишите датум као 2025-03-31.', 'Type a date such as 2025-03-31.'],
	'plan.error.quarter': ['Квартал је број од 1 до 4.', 'A quarter is a number from 1 to 4.'],
	'plan.error.progress': ['Напредак је број од 0 до 100.', 'Progress is a number from 0 to 100.'],
	'plan.error.amount': [
		'Упишите износ у целим динарима, на пример 1.200.000.',
		'Type an amount in whole dinars, for example 1.200.000.'
	],
	'plan.error.number': [
		'Упишите број (децимале одвојите зарезом или тачком).',
		'Type a number (decimals with a comma or point).'
	],
	'plan.error.weight': ['Тежина је цео број од 0 до 100.', 'A weight is a whole number from 0 to 100.'],
	'plan.error.reasonRequired': [
		'План је усвојен: упишите разлог измене, он се јавно приказује у историји измена.',
		'The plan is adopted: give the reason for the change; it is shown publicly in the history of changes.'
	],
	'plan.error.indicatorTarget': ['Показатељ припада циљу или мери.', 'An indicator belongs to a goal or a measure.'],
	'plan.error.reportSubmitted': [
		'Извештај је предат и више се не мења. Измене иду у извештај за наредну годину.',
		'The report has been submitted and no longer changes. Changes go into next year’s report.'
	],
	'plan.error.reportExists': ['Извештај за ту годину већ постоји.', 'There is already a report for that year.'],
	'plan.error.adoptNeedsDecision': [
		'За усвојени план упишите број и датум одлуке скупштине.',
		'For an adopted plan, give the number and date of the assembly’s decision.'
	],
	'plan.error.notFound': ['Тај део плана не постоји.', 'That part of the plan does not exist.'],

	// Exported plans and reports (PDF, DOCX, XLSX).
	'plan.export.download': ['Преузми', 'Download'],
	'plan.export.planAs': ['Преузми план као {format}', 'Download the plan as {format}'],
	'plan.export.reportAs': ['Преузми извештај као {format}', 'Download the report as {format}'],
	'plan.export.asOf': ['Стање на дан', 'As of'],
	'plan.export.page': ['Страна {page} од {pages}', 'Page {page} of {pages}'],
	'plan.export.total': ['Укупно', 'Total'],
	'plan.export.budgetByYear': ['Буџет по годинама', 'Budget per year'],
	'plan.export.budgetByActivity': ['Буџет по активностима', 'Budget per activity'],
	'plan.export.budgetOfYear': ['Буџет у {year}. години', 'Budget in {year}'],
	'plan.export.indicatorTargetActual': ['Показатељ (циљ / остварено)', 'Indicator (target / actual)'],
	'plan.export.yearHeader': ['{year}.', '{year}'],
	'plan.export.targetYear': ['Циљ {year}.', 'Target {year}'],
	'plan.export.actualYear': ['Остварено {year}.', 'Actual {year}'],
	'plan.export.plannedYear': ['Планирано {year}. (дин.)', 'Planned {year} (RSD)'],
	'plan.export.spentYear': ['Потрошено {year}. (дин.)', 'Spent {year} (RSD)'],
	'plan.export.reportStatus': ['Статус извештаја', 'Status of the report'],
	'plan.export.submittedOn': ['Предат', 'Submitted on'],
	'plan.export.office': ['Канцеларија', 'Office'],
	'plan.export.item': ['Податак', 'Item'],
	'plan.export.value': ['Вредност', 'Value'],
	'plan.export.event': ['Догађај', 'Event'],
	'plan.export.date': ['Датум', 'Date'],
	'plan.export.sheet.summary': ['Преглед', 'Overview'],
	'plan.export.sheet.events': ['Догађаји', 'Events'],

	// Computed indicators: actual values counted by the platform (kept together; exports follow).
	'plan.computed.legend': ['Остварене вредности', 'Actual values'],
	'plan.computed.typed': ['Уписује особље, по годинама', 'Typed in by staff, year by year'],
	'plan.computed.option.event_participants': [
		'Броји платформа: различити млади који су дошли на повезане догађаје',
		'Counted by the platform: different young people who attended linked events'
	],
	'plan.computed.option.events_held': [
		'Броји платформа: одржани повезани догађаји',
		'Counted by the platform: linked events held'
	],
	'plan.computed.option.volunteers': [
		'Броји платформа: волонтери (учесници повезаних волонтерских акција)',
		'Counted by the platform: volunteers (attendees of linked volunteer actions)'
	],
	'plan.computed.hint': [
		'Платформа броји догађаје повезане са мером показатеља (за показатељ циља: са свим мерама циља), по години у којој су одржани; отказани догађаји се не броје. Млади се броје из евиденције присуства, заједно са бројањем на вратима.',
		'The platform counts the events linked to the indicator’s measure (for a goal’s indicator: to any of the goal’s measures) by the year they were held; cancelled events do not count. Young people are counted from attendance records, together with the count at the door.'
	],
	'plan.computed.adminIntro': [
		'Остварене вредности овог показатеља броји платформа ({what}), па се не уписују. Мењају се чим се евидентира присуство или повеже догађај.',
		'This indicator’s actual values are counted by the platform ({what}), so they are not typed in. They change as soon as attendance is recorded or an event is linked.'
	],
	'plan.computed.marker': ['броји платформа', 'counted by the platform'],
	'plan.computed.publicNote': [
		'Остварене вредности броји платформа из евиденције догађаја и присуства: {what}.',
		'Actual values are counted by the platform from event and attendance records: {what}.'
	],
	'plan.computed.option.source': ['Броји платформа: {what}', 'Counted by the platform: {what}'],
	'plan.computed.publicNoteSource': [
		'Остварене вредности броји платформа из својих евиденција: {what}.',
		'Actual values are counted by the platform from its own records: {what}.'
	],
	'plan.computed.error.unknown': [
		'Платформа више не броји ову вредност; изаберите други начин.',
		'The platform no longer counts this figure; choose another way.'
	],
	'plan.computed.error.typed': [
		'Остварене вредности овог показатеља броји платформа; не уписују се ручно.',
		'This indicator’s actual values are counted by the platform; they are not typed in.'
	],

	'plan.opendata.keyword': ['локални акциони план', 'local action plan'],
	'plan.opendata.indicators.title': ['Акциони план: показатељи по годинама', 'Action plan: indicators by year'],
	'plan.opendata.indicators.description': [
		'Показатељи усвојених локалних акционих планова за младе, за циљеве и мере, са почетном вредношћу, циљем на крају плана и циљаном и оствареном вредношћу за сваку годину (један ред по показатељу и години). Вредности које платформа броји из својих евиденција израчунате су у тренутку преузимања.',
		'The indicators of the adopted local youth action plans, for goals and measures, with the baseline, the target at the plan’s end, and the target and actual value for each year (one row per indicator and year). Values the platform counts from its own records are counted at the time of download.'
	],
	'plan.opendata.indicators.keyword': ['показатељи', 'indicators'],
	'plan.opendata.reports.title': ['Акциони план: извештаји о праћењу', 'Action plan: monitoring reports'],
	'plan.opendata.reports.description': [
		'Поднети годишњи извештаји о спровођењу акционих планова: сажетак, број активности о којима се извештава, просечан напредак и утрошена средства. Нацрти извештаја нису укључени.',
		'The submitted yearly reports on carrying out the action plans: summary, number of activities reported on, average progress and money spent. Draft reports are left out.'
	],
	'plan.opendata.reports.keyword': ['праћење', 'monitoring'],
	'plan.opendata.column.plan': ['Назив акционог плана', 'The action plan’s title'],
	'plan.opendata.column.plan_years': ['Године које план обухвата', 'The years the plan covers'],
	'plan.opendata.column.area': ['Област плана', 'Area of the plan'],
	'plan.opendata.column.goal': ['Циљ', 'Goal'],
	'plan.opendata.column.measure': ['Мера (празно за показатељ циља)', 'Measure (empty for a goal’s indicator)'],
	'plan.opendata.column.indicator_id': ['Трајни идентификатор показатеља', 'The indicator’s permanent identifier'],
	'plan.opendata.column.indicator': ['Показатељ', 'Indicator'],
	'plan.opendata.column.indicator_en': ['Показатељ на енглеском, ако постоји', 'The indicator in English, if given'],
	'plan.opendata.column.unit': ['Јединица мере', 'Unit'],
	'plan.opendata.column.baseline_value': ['Почетна вредност', 'Baseline value'],
	'plan.opendata.column.baseline_year': ['Година почетне вредности', 'Year of the baseline'],
	'plan.opendata.column.end_target': ['Циљна вредност на крају плана', 'Target at the end of the plan'],
	'plan.opendata.column.counted_by_platform': [
		'Да ли вредности броји платформа из својих евиденција (догађаји, учесници…)',
		'Whether the platform counts the values from its own records (events, participants…)'
	],
	'plan.opendata.column.data_source': ['Извор података', 'Source of the data'],
	'plan.opendata.column.year': ['Година на коју се вредности односе', 'The year the values belong to'],
	'plan.opendata.column.target': ['Циљана вредност за ту годину', 'Target for that year'],
	'plan.opendata.column.actual': ['Остварена вредност за ту годину', 'Actual value for that year'],
	'plan.opendata.column.submitted_at': ['Време подношења извештаја', 'When the report was submitted'],
	'plan.opendata.column.summary': ['Сажетак извештаја', 'The report’s summary'],
	'plan.opendata.column.summary_en': ['Сажетак на енглеском, ако постоји', 'The summary in English, if given'],
	'plan.opendata.column.activities_reported': [
		'Број активности о којима се извештава',
		'Number of activities reported on'
	],
	'plan.opendata.column.average_progress': [
		'Просечан напредак активности, у процентима',
		'Average progress of the activities, in per cent'
	],
	'plan.opendata.column.spent': ['Укупно утрошено, у динарима', 'Total spent, in dinars'],
	'plan.opendata.column.url': ['Страница плана или извештаја на порталу', 'The plan’s or report’s page on the portal']
});
