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
	'reports.statistics.period': ['Период', 'Period'],
	'reports.statistics.comparedWith': ['Поређење са', 'Compared with'],
	'reports.statistics.wholeOffice': [
		'Ове бројке се односе на целу канцеларију, без обзира на изабрани програм.',
		'These figures are for the whole office, whatever programme is chosen.'
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
