import { defineMessages } from '../../i18n/define.ts';

export const reportsMessages = defineMessages({
	'reports.nav.statistics': ['Статистика', 'Statistics'],

	'reports.period.quarterOf': ['{quarter}. тромесечје {year}.', 'Q{quarter} {year}'],
	'reports.period.range': ['{from} – {to}', '{from} – {to}'],
	'reports.period.kind': ['Период', 'Period'],
	'reports.period.kind.year': ['Година', 'Year'],
	'reports.period.kind.quarter': ['Тромесечје', 'Quarter'],
	'reports.period.kind.custom': ['Од – до', 'From – to'],
	'reports.period.year': ['Година', 'Year'],
	'reports.period.quarter': ['Тромесечје', 'Quarter'],
	'reports.period.quarterOption': ['{quarter}. тромесечје', 'Quarter {quarter}'],
	'reports.period.from': ['Од дана', 'From'],
	'reports.period.to': ['До дана (укључујући)', 'To (included)'],
	'reports.period.problem.year': [
		'Година мора бити између 2000. и следеће године.',
		'The year must be between 2000 and next year.'
	],
	'reports.period.problem.quarter': ['Изаберите тромесечје од 1 до 4.', 'Choose a quarter from 1 to 4.'],
	'reports.period.problem.from': ['Упишите први дан периода.', 'Enter the first day of the period.'],
	'reports.period.problem.to': ['Упишите последњи дан периода.', 'Enter the last day of the period.'],
	'reports.period.problem.order': ['Последњи дан не може бити пре првог.', 'The last day cannot be before the first.'],
	'reports.period.problem.length': [
		'Период може трајати највише пет година.',
		'A period can be at most five years long.'
	],

	'reports.statistics.title': ['Статистика канцеларије', 'Office statistics'],
	'reports.statistics.intro': [
		'Све што канцеларија ради, на једном месту, за изабрани период и исти период годину раније. Групе мање од пет особа приказане су као „<5”.',
		'Everything the office does, in one place, for the chosen period and the same period a year earlier. Groups of fewer than five people are shown as "<5".'
	],
	'reports.statistics.tabs': ['Делови статистике', 'Parts of the statistics'],
	'reports.statistics.tab.office': ['Канцеларија', 'Office'],
	'reports.statistics.tab.events': ['По догађајима', 'By event'],
	'reports.statistics.tab.settings': ['Узраст и осетљиве групе', 'Age bands and groups'],
	'reports.statistics.filter': ['Период статистике', 'Statistics period'],
	'reports.statistics.show': ['Прикажи', 'Show'],
	'reports.statistics.programme': ['Програм', 'Programme'],
	'reports.statistics.anyProgramme': ['Сви програми', 'All programmes'],
	'reports.statistics.planArea': ['Област акционог плана', 'Action plan area'],
	'reports.statistics.anyPlanArea': ['Све области', 'All areas'],
	'reports.statistics.period': ['Период', 'Period'],
	'reports.statistics.comparedWith': ['Поређење са', 'Compared with'],
	'reports.statistics.wholeOffice': [
		'Ове бројке се односе на целу канцеларију, без обзира на изабрани програм.',
		'These figures are for the whole office, whatever programme is chosen.'
	],
	'reports.statistics.wholeOfficeArea': [
		'Ови записи нису повезани са областима акционог плана: бројке се односе на целу канцеларију.',
		'These records are not linked to action plan areas: the figures are for the whole office.'
	],
	'reports.statistics.downloads': ['Преузимање статистике', 'Download the statistics'],
	'reports.statistics.csv': ['Преузми статистику (ЦСВ табела)', 'Download the statistics (CSV)'],
	'reports.statistics.xlsx': ['Преузми статистику (Ексел)', 'Download the statistics (Excel)'],
	'reports.statistics.figure': ['Показатељ', 'Figure'],
	'reports.statistics.group': ['Група', 'Group'],
	'reports.statistics.count': ['Број', 'Count'],
	'reports.statistics.total': ['Укупно', 'Total'],
	'reports.statistics.previous': ['{period}: {value}', '{period}: {value}'],
	'reports.statistics.chartFigures': ['{title}: {period} и {previous}', '{title}: {period} and {previous}'],
	'reports.statistics.table': ['Табела: {title}', 'Table: {title}'],
	'reports.statistics.nothing': ['У овом периоду нема ничега за бројање.', 'Nothing to count in this period.'],

	'reports.nav.standards': ['Стандарди рада', 'Work standards'],
	'reports.standards.title': ['Самопроцена стандарда рада', 'Work standards self-assessment'],
	'reports.standards.intro': [
		'Канцеларија сваке године оцењује индикаторе четири области стандарда рада и уз оцене прилаже доказе из платформе.',
		'Each year the office rates the indicators of the four work-standard areas and attaches evidence from the platform.'
	],
	'reports.standards.area.management': ['Добро управљање канцеларијом', 'Good management of the office'],
	'reports.standards.area.partnership': [
		'Активно партнерство са локалним актерима',
		'Active partnership with local actors'
	],
	'reports.standards.area.participation': ['Висок ниво учешћа младих', 'A high level of youth participation'],
	'reports.standards.area.inclusion': ['Инклузивна омладинска политика', 'Inclusive youth policy'],
	'reports.standards.rating.not_met': ['Није испуњен', 'Not met'],
	'reports.standards.rating.partly': ['Делимично испуњен', 'Partly met'],
	'reports.standards.rating.met': ['Испуњен', 'Met'],
	'reports.standards.rating.not_applicable': ['Не примењује се', 'Not applicable'],
	'reports.standards.unrated': ['Није оцењен', 'Not rated'],
	'reports.standards.year': ['Година самопроцене', 'Year of the assessment'],
	'reports.standards.open': ['Отвори', 'Open'],
	'reports.standards.empty': ['Канцеларија још нема стандарде рада', 'The office has no work standards yet'],
	'reports.standards.emptyText': [
		'Почните од основног скупа: по два стандарда у свакој области, сваки са два индикатора. Касније их можете мењати, допуњавати и повлачити.',
		'Start from the default set: two standards in each area, each with two indicators. You can reword, add and retire them later.'
	],
	'reports.standards.start': ['Почни од основног скупа', 'Start from the default set'],
	'reports.standards.startedNotice': [
		'Основни скуп стандарда је додат.',
		'The default set of standards has been added.'
	],
	'reports.standards.alreadyStarted': ['Канцеларија већ има стандарде рада.', 'The office already has work standards.'],
	'reports.standards.retiredNoEdit': ['Повучена ставка се више не мења.', 'A retired item no longer changes.'],
	'reports.standards.ratingRequired': ['Изаберите оцену.', 'Choose a rating.'],
	'reports.standards.unknownActivity': [
		'Изабрана активност није у акционом плану канцеларије.',
		"The chosen activity is not in the office's action plan."
	],
	'reports.standards.standard': ['Стандард', 'Standard'],
	'reports.standards.indicator': ['Индикатор', 'Indicator'],
	'reports.standards.rating': ['Оцена', 'Rating'],
	'reports.standards.comment': ['Коментар', 'Comment'],
	'reports.standards.improvement': ['Мера за побољшање', 'Improvement action'],
	'reports.standards.activity': ['Активност акционог плана', 'Action-plan activity'],
	'reports.standards.noActivity': ['Без активности', 'No activity'],
	'reports.standards.evidence': ['Докази', 'Evidence'],
	'reports.standards.evidenceHint': [
		'Записи ове године које платформа предлаже за ову област.',
		'Records of this year the platform suggests for this area.'
	],
	'reports.standards.noSuggestions': [
		'Платформа за ову област и годину нема предлога.',
		'The platform has no suggestions for this area and year.'
	],
	'reports.standards.saveRating': ['Сачувај оцену', 'Save the rating'],
	'reports.standards.ratedNotice': ['Оцена је сачувана.', 'The rating has been saved.'],
	'reports.standards.summary': ['Збир по областима', 'Summary by area'],
	'reports.standards.area': ['Област', 'Area'],
	'reports.standards.score': ['Испуњеност (од 100)', 'Fulfilment (of 100)'],
	'reports.standards.previousScore': ['Испуњеност {year}.', 'Fulfilment {year}'],
	'reports.standards.change': ['Промена (поени)', 'Change (points)'],
	'reports.standards.scoreHint': [
		'Испуњен индикатор носи цео поен, делимично испуњен пола; индикатори који се не примењују не рачунају се.',
		'A met indicator counts fully and a partly met one half; indicators that do not apply are left out.'
	],
	'reports.standards.olderWording': ['Оцењен у ранијој формулацији.', 'Rated in an earlier wording.'],
	'reports.standards.retired': ['Повучен', 'Retired'],
	'reports.standards.framework': ['Стандарди и индикатори', 'Standards and indicators'],
	'reports.standards.frameworkIntro': [
		'Нова формулација не мења раније оцене: свака година чува текст који је оцењен. Повучена ставка се више не нуди, али остаје у годинама у којима је оцењена.',
		'New wording does not change earlier ratings: each year keeps the text it rated. A retired item is no longer offered but stays in the years that rated it.'
	],
	'reports.standards.editFramework': ['Уреди стандарде и индикаторе', 'Edit standards and indicators'],
	'reports.standards.text': ['Текст', 'Text'],
	'reports.standards.textEn': ['Текст на енглеском', 'Text in English'],
	'reports.standards.addStandard': ['Додај стандард', 'Add a standard'],
	'reports.standards.addIndicator': ['Додај индикатор', 'Add an indicator'],
	'reports.standards.reword': ['Сачувај формулацију', 'Save the wording'],
	'reports.standards.retire': ['Повуци', 'Retire'],
	'reports.standards.addedNotice': ['Ставка је додата.', 'The item has been added.'],
	'reports.standards.rewordedNotice': ['Нова формулација је сачувана.', 'The new wording has been saved.'],
	'reports.standards.retiredNotice': ['Ставка је повучена.', 'The item has been retired.'],
	'reports.standards.versions': ['Формулација до сада: {count}', 'Wordings so far: {count}'],
	'reports.standards.downloads': ['Преузимање самопроцене', 'Download the assessment'],
	'reports.standards.pdf': ['Преузми самопроцену (ПДФ)', 'Download the assessment (PDF)'],
	'reports.standards.docx': ['Преузми самопроцену за Ворд', 'Download the assessment for Word'],
	'reports.standards.documentTitle': [
		'Самопроцена стандарда рада за {year}.',
		'Work standards self-assessment for {year}'
	],
	'reports.standards.inAnnual': [
		'Збир самопроцене стандарда рада за ову годину; оцене се уносе на страни самопроцене.',
		"The summary of this year's work standards self-assessment; ratings are entered on the assessment page."
	],
	'reports.nav.templates': ['Извештаји по шаблону', 'Reports from templates'],
	'reports.templates.title': ['Шаблони извештаја', 'Report templates'],
	'reports.templates.intro': [
		'Министарство и донатори траже извештаје у својим облицима, који се мењају. Шаблон одређује делове извештаја и бројке у сваком делу; бројке се попуњавају из платформе, а текст пишете ви.',
		'The ministry and donors ask for reports in their own formats, which change. A template sets the sections of a report and the figures each one shows; the figures come from the platform and you write the text.'
	],
	'reports.templates.list': ['Шаблони', 'Templates'],
	'reports.templates.template': ['Шаблон', 'Template'],
	'reports.templates.name': ['Назив шаблона', 'Template name'],
	'reports.templates.nameEn': ['Назив на енглеском', 'Name in English'],
	'reports.templates.sectionCount': ['Број делова', 'Sections'],
	'reports.templates.default': ['Основни шаблон', 'Default template'],
	'reports.templates.none': ['Канцеларија још нема ниједан шаблон.', 'The office has no template yet.'],
	'reports.templates.addDefault': [
		'Додај основни шаблон по стандардима рада',
		'Add the default template on the work standards'
	],
	'reports.templates.defaultAdded': ['Основни шаблон је додат.', 'The default template has been added.'],
	'reports.templates.defaultExists': [
		'Канцеларија већ има основни шаблон.',
		'The office already has the default template.'
	],
	'reports.templates.new': ['Нови шаблон', 'New template'],
	'reports.templates.newHint': [
		'Нови шаблон почиње од делова основног шаблона, које затим прилагођавате.',
		"A new template starts from the default template's sections, which you then adapt."
	],
	'reports.templates.create': ['Направи шаблон', 'Create the template'],
	'reports.templates.created': ['Шаблон је направљен.', 'The template has been created.'],
	'reports.templates.reports': ['Извештаји направљени по шаблону', 'Reports made from templates'],
	'reports.templates.noReports': [
		'Још нема извештаја направљених по шаблону.',
		'No report has been made from a template yet.'
	],
	'reports.templates.report': ['Извештај', 'Report'],
	'reports.templates.year': ['Година', 'Year'],
	'reports.templates.reportTitle': ['{name} за {year}.', '{name} for {year}'],
	'reports.templates.documentTitle': ['{name} за {year}. годину', '{name} for {year}'],
	'reports.templates.templateTitle': ['Шаблон „{name}”', 'Template “{name}”'],
	'reports.templates.names': ['Назив', 'Name'],
	'reports.templates.sections': ['Делови извештаја', 'Sections of the report'],
	'reports.templates.sectionsHint': [
		'Сваки део има свој текст у извештају; бројке бирајте према врсти дела. Део уклањате означавањем поља „Уклони овај унос”. Дугмад „Помери горе” и „Помери доле” одмах чувају нови редослед, па остале измене сачувајте пре тога.',
		'Each section has its own text in the report; choose the figures that fit its kind. Tick “Remove this entry” to take a section out. “Move up” and “Move down” save the new order at once, so save other changes first.'
	],
	'reports.templates.section': ['Део', 'Section'],
	'reports.templates.sectionTitle': ['Наслов дела', 'Section title'],
	'reports.templates.sectionTitleEn': ['Наслов на енглеском', 'Title in English'],
	'reports.templates.kind': ['Врста дела', 'Kind of section'],
	'reports.templates.kind.standards': ['Стандарди рада и бројке', 'Work standards and figures'],
	'reports.templates.kind.figures': ['Бројке из статистике', 'Figures from the statistics'],
	'reports.templates.kind.plan': ['Локални акциони план и бројке', 'Local action plan and figures'],
	'reports.templates.kind.text': ['Само текст', 'Text only'],
	'reports.templates.moveUp': ['Помери горе', 'Move up'],
	'reports.templates.moveDown': ['Помери доле', 'Move down'],
	'reports.templates.moved': ['Нови редослед делова је сачуван.', 'The new order of the sections has been saved.'],
	'reports.templates.archive': ['Архивирај шаблон', 'Archive the template'],
	'reports.templates.archiveQuestion': [
		'Архивирани шаблон се више не нуди за нове извештаје; извештаји направљени по њему остају и читају се као до сада.',
		'An archived template is no longer offered for new reports; the reports made from it stay and read as before.'
	],
	'reports.templates.archived': ['Шаблон је архивиран.', 'The template has been archived.'],
	'reports.templates.archivedBadge': ['Архивиран', 'Archived'],
	'reports.templates.archivedList': ['Архивирани шаблони', 'Archived templates'],
	'reports.templates.archivedNoReports': [
		'Шаблон је архивиран, па се по њему не праве нови извештаји. Вратите га ако вам поново треба.',
		'This template is archived, so no new reports are made from it. Restore it if you need it again.'
	],
	'reports.templates.restore': ['Врати шаблон', 'Restore the template'],
	'reports.templates.restored': ['Шаблон је враћен међу активне.', 'The template is active again.'],
	'reports.templates.delete': ['Обриши шаблон', 'Delete the template'],
	'reports.templates.deleteQuestion': [
		'Шаблон ће бити трајно обрисан. Брише се само шаблон по коме није направљен ниједан извештај.',
		'The template will be deleted for good. Only a template no report was made from can be deleted.'
	],
	'reports.templates.deleted': ['Шаблон је обрисан.', 'The template has been deleted.'],
	'reports.templates.inUse': [
		'По овом шаблону су направљени извештаји, па се не може обрисати. Архивирајте га: више се неће нудити, а извештаји остају.',
		'Reports were made from this template, so it cannot be deleted. Archive it instead: it will no longer be offered, and its reports stay.'
	],
	'reports.templates.public.title': ['Остали извештаји', 'Other reports'],
	'reports.templates.indicators': ['Бројке у овом делу', 'Figures in this section'],
	'reports.templates.indicatorsChosen': ['Изабраних бројки: {count}', 'Figures chosen: {count}'],
	'reports.templates.standardsGroup': ['Стандарди рада (самопроцена)', 'Work standards (self-assessment)'],
	'reports.templates.save': ['Сачувај шаблон', 'Save the template'],
	'reports.templates.saved': ['Шаблон је сачуван.', 'The template has been saved.'],
	'reports.templates.readOnly': [
		'Шаблоне уређују координатор и администратор.',
		'The coordinator and the administrator edit templates.'
	],
	'reports.templates.problem.textOnly': [
		'Део са само текстом не приказује бројке: уклоните их или изаберите другу врсту дела.',
		'A text-only section shows no figures: untick them or choose another kind.'
	],
	'reports.templates.problem.needsArea': [
		'Изаберите бар једну област стандарда рада.',
		'Choose at least one work-standard area.'
	],
	'reports.templates.problem.areaInStandardsOnly': [
		'Области стандарда рада приказује само део врсте „Стандарди рада и бројке”.',
		'Only a “Work standards and figures” section shows work-standard areas.'
	],
	'reports.templates.problem.needsFigure': [
		'Изаберите бар једну бројку из статистике.',
		'Choose at least one figure from the statistics.'
	],
	'reports.templates.problem.noSections': [
		'Шаблон мора имати бар један део.',
		'A template needs at least one section.'
	],
	'reports.templates.problem.tooMany': [
		'Највећи број делова једног шаблона је {max}.',
		'The most sections a template can have is {max}.'
	],
	'reports.templates.makeReport': ['Извештај по овом шаблону', 'A report from this template'],
	'reports.templates.makeReportHint': [
		'Изаберите годину: бројке се попуњавају из платформе за ту годину и годину раније.',
		'Choose the year: the figures are filled from the platform for that year and the year before.'
	],
	'reports.templates.start': ['Направи извештај', 'Make the report'],
	'reports.templates.started': ['Извештај је направљен.', 'The report has been made.'],
	'reports.templates.reportIntro': [
		'Бројке су попуњене из платформе; текст сваког дела пишете ви и мењате га док извештај не буде предат. Предат извештај се чува онакав какав је био тог дана.',
		'The figures are filled from the platform; you write the text of each section and can change it until the report is submitted. A submitted report is kept as it was on that day.'
	],
	'reports.templates.figures': ['Бројке: {title}', 'Figures: {title}'],
	'reports.templates.ratings': ['Оцене: {area}', 'Ratings: {area}'],
	'reports.templates.summaryOf': ['Збир по областима: {title}', 'Summary by area: {title}'],
	'reports.templates.missing': [
		'Платформа нема податке за неке изабране бројке ({count}); за области стандарда рада прво започните самопроцену.',
		'The platform has no data for some chosen figures ({count}); for work-standard areas, start the self-assessment first.'
	],
	'reports.templates.submitByLeads': [
		'Извештај предаје координатор или администратор.',
		'The coordinator or the administrator submits the report.'
	],
	'reports.templates.planGoals': ['Циљеви акционог плана: {title}', 'Action plan goals: {title}'],
	'reports.nav.annual': ['Годишњи извештај', 'Annual report'],
	'reports.annual.title': ['Годишњи извештај канцеларије', 'Annual report of the office'],
	'reports.annual.intro': [
		'Бројке долазе из статистике канцеларије; у сваки део упишите шта је урађено и зашто. Када предате извештај, чува се његова копија која се више не мења.',
		'The numbers come from the office statistics; in each section write what was done and why. When you submit the report, a copy is kept that no longer changes.'
	],
	'reports.annual.documentTitle': [
		'Годишњи извештај о раду канцеларије за младе за {year}. годину',
		'Annual report of the youth office for {year}'
	],
	'reports.annual.yearTitle': ['Годишњи извештај за {year}.', 'Annual report for {year}'],
	'reports.annual.list': ['Извештаји по годинама', 'Reports by year'],
	'reports.annual.year': ['Година', 'Year'],
	'reports.annual.status': ['Стање', 'Status'],
	'reports.annual.draft': ['У припреми', 'Draft'],
	'reports.annual.submitted': ['Предат', 'Submitted'],
	'reports.annual.published': ['Објављен на порталу', 'Published on the portal'],
	'reports.annual.submittedOn': ['Предат {date}', 'Submitted on {date}'],
	'reports.annual.open': ['Отвори', 'Open'],
	'reports.annual.start': ['Започни извештај', 'Start the report'],
	'reports.annual.startYear': ['Година извештаја', 'Year of the report'],
	'reports.annual.none': ['Још нема ниједног годишњег извештаја.', 'There is no annual report yet.'],
	'reports.annual.section.numbers': ['Канцеларија у бројкама', 'The office in numbers'],
	'reports.annual.section.plan': [
		'Активности по циљевима и мерама акционог плана',
		'Activities by action-plan goal and measure'
	],
	'reports.annual.section.participation': ['Учешће младих', 'Youth participation'],
	'reports.annual.section.partners': ['Партнери и база организација', 'Partners and the directory'],
	'reports.annual.section.research': ['Истраживање потреба младих', 'Research of young people’s needs'],
	'reports.annual.section.standards': [
		'Самопроцена према стандардима рада',
		'Self-assessment against the work standards'
	],
	'reports.annual.section.nextYear': ['Планови за наредну годину', 'Plans for next year'],
	'reports.annual.narrative': ['Текст овог дела', 'Text of this section'],
	'reports.annual.narrativeHint': ['Пасусе одвојите празним редом.', 'Separate paragraphs with an empty line.'],
	'reports.annual.noText': ['Текст овог дела није уписан.', 'No text was written for this section.'],
	'reports.annual.planNote': [
		'Напредак активности и показатеље за годину бележи годишње праћење акционог плана.',
		'The progress of activities and the indicators of the year are recorded in the action plan’s yearly monitoring.'
	],
	'reports.annual.plan.goal': ['Циљ: {title}', 'Goal: {title}'],
	'reports.annual.plan.measure': ['Мера', 'Measure'],
	'reports.annual.plan.goalLevel': ['Показатељ циља', 'Goal indicator'],
	'reports.annual.plan.indicator': ['Показатељ', 'Indicator'],
	'reports.annual.plan.unit': ['Јединица', 'Unit'],
	'reports.annual.plan.target': ['Циљна вредност за годину', 'Target for the year'],
	'reports.annual.plan.actual': ['Остварено у години', 'Actual in the year'],
	'reports.annual.plan.noIndicators': ['нема показатеља', 'no indicators'],
	'reports.annual.plan.none': ['Ниједан акциони план не обухвата ову годину.', 'No action plan covers this year.'],
	'reports.annual.save': ['Сачувај извештај', 'Save the report'],
	'reports.annual.saved': ['Извештај је сачуван.', 'The report has been saved.'],
	'reports.annual.submit': ['Предај извештај', 'Submit the report'],
	'reports.annual.confirm': [
		'Разумем да се предат извештај више не може мењати',
		'I understand that a submitted report can no longer be changed'
	],
	'reports.annual.confirmRequired': [
		'Потврдите да је извештај спреман за предају.',
		'Confirm that the report is ready to submit.'
	],
	'reports.annual.submittedNotice': [
		'Извештај је предат; сачувана је његова копија.',
		'The report has been submitted; its copy is kept.'
	],
	'reports.annual.frozen': [
		'Овај извештај је предат {date} и више се не мења: бројке и текст су онакви какви су били тада.',
		'This report was submitted on {date} and no longer changes: the numbers and text are as they were then.'
	],
	'reports.annual.saveFirst': ['Прво сачувајте извештај.', 'Save the report first.'],
	'reports.annual.alreadySubmitted': ['Овај извештај је већ предат.', 'This report has already been submitted.'],
	'reports.annual.publishSubmittedOnly': [
		'Објавити се може само предат извештај.',
		'Only a submitted report can be published.'
	],
	'reports.annual.publish': ['Објави на порталу', 'Publish on the portal'],
	'reports.annual.unpublish': ['Уклони са портала', 'Remove from the portal'],
	'reports.annual.publishedNotice': ['Извештај је објављен на порталу.', 'The report is published on the portal.'],
	'reports.annual.unpublishedNotice': [
		'Извештај је уклоњен са портала.',
		'The report has been removed from the portal.'
	],
	'reports.annual.downloads': ['Преузимање извештаја', 'Download the report'],
	'reports.annual.pdf': ['Преузми ПДФ', 'Download PDF'],
	'reports.annual.docx': ['Преузми за Ворд', 'Download for Word'],
	'reports.annual.xlsx': ['Преузми табеле (Ексел)', 'Download the tables (Excel)'],
	'reports.annual.public.title': ['Годишњи извештаји', 'Annual reports'],
	'reports.annual.public.intro': [
		'Извештаји о раду канцеларије за младе, онакви какви су предати.',
		'Reports on the youth office’s work, as they were submitted.'
	]
});
