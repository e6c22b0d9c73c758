import { defineMessages } from '../../../i18n/define.ts';

/** Analysis of answers, qualitative research and needs summaries. */
export const surveyAnalysisMessages = defineMessages({
	'surveys.research.nav': ['Истраживање потреба', 'Needs research'],
	'surveys.statistics.title': ['Упитници и истраживање потреба', 'Surveys and needs research'],
	'surveys.statistics.surveys': ['Упитници са одговорима', 'Surveys answered'],
	'surveys.statistics.responses': ['Примљени одговори', 'Responses received'],
	'surveys.statistics.focusGroups': ['Одржане фокус групе', 'Focus groups held'],

	// Results
	'surveys.results.title': ['Резултати: {title}', 'Results: {title}'],
	'surveys.results.publicTitle': ['Резултати истраживања: {title}', 'Research results: {title}'],
	'surveys.results.back': ['Назад на анкете', 'Back to surveys'],
	'surveys.results.respondents': [
		{ one: '{count} испитаник', few: '{count} испитаника', other: '{count} испитаника' },
		{ one: '{count} respondent', other: '{count} respondents' }
	],
	'surveys.results.answered': ['Одговорило: {count}', 'Answered: {count}'],
	'surveys.results.answeredHidden': ['Одговорило: мање од 5', 'Answered: fewer than 5'],
	'surveys.results.option': ['Одговор', 'Answer'],
	'surveys.results.count': ['Број', 'Count'],
	'surveys.results.percent': ['Проценат', 'Percent'],
	'surveys.results.value': ['Вредност', 'Value'],
	'surveys.results.mean': ['Просек', 'Mean'],
	'surveys.results.median': ['Медијана', 'Median'],
	'surveys.results.meanMedian': ['Просек {mean}, медијана {median}', 'Mean {mean}, median {median}'],
	'surveys.results.statement': ['Тврдња', 'Statement'],
	'surveys.results.item': ['Ставка', 'Item'],
	'surveys.results.averagePosition': ['Просечно место', 'Average rank'],
	'surveys.results.firstPlace': ['На првом месту', 'Ranked first'],
	'surveys.results.textAnswers': ['Отворени одговори', 'Open answers'],
	'surveys.results.readAnswers': ['Прочитај и кодирај одговоре', 'Read and code the answers'],
	'surveys.results.other': ['Друго', 'Other'],
	'surveys.results.notStated': ['Није наведено', 'Not stated'],
	'surveys.results.hidden': ['<5', '<5'],
	'surveys.results.hiddenLabel': ['мање од 5', 'fewer than 5'],
	'surveys.results.sensitive': [
		'Осетљиво питање: приказује се само збирно, а бројеви мањи од 5 су скривени.',
		'Sensitive question: shown only in aggregate, counts under 5 are hidden.'
	],
	'surveys.results.suppressionNote': [
		'Бројеви мањи од 5 приказани су као „<5”, као и понеки већи број из кога би се скривени број могао израчунати, да се испитаници не би могли препознати.',
		'Counts under 5 are shown as "<5", as is any larger count from which a hidden one could be worked out, so that no respondent can be recognised.'
	],
	'surveys.results.chartTitle': ['Графикон: {title}', 'Chart: {title}'],
	'surveys.results.chartBar': ['{label}: {value}', '{label}: {value}'],
	'surveys.results.noAnswers': ['Још нема одговора.', 'No answers yet.'],
	'surveys.results.nav.summary': ['Преглед', 'Summary'],
	'surveys.results.nav.crosstab': ['Укрштање', 'Cross-tabulation'],
	'surveys.results.nav.open': ['Отворени одговори', 'Open answers'],
	'surveys.results.nav.compare': ['Поређење по годинама', 'Year over year'],
	'surveys.results.nav.label': ['Резултати анкете', 'Survey results'],
	'surveys.results.filters': ['Филтери', 'Filters'],
	'surveys.results.filter.apply': ['Примени', 'Apply'],
	'surveys.results.filter.any': ['Сви', 'All'],
	'surveys.results.filter.all': ['Укључи и недовршене одговоре', 'Include unfinished responses'],
	'surveys.results.filter.source': ['Начин попуњавања', 'How it was answered'],
	'surveys.results.source.link': ['Преко везе', 'By link'],
	'surveys.results.source.code': ['Са кодом', 'With a code'],
	'surveys.results.source.paper': ['Папирни упитник', 'On paper'],
	'surveys.results.demographic.age_band': ['Узраст', 'Age band'],
	'surveys.results.demographic.birth_year': ['Година рођења', 'Year of birth'],
	'surveys.results.demographic.vulnerable': ['Осетљиве групе', 'Vulnerable groups'],
	'surveys.results.demographic.gender': ['Пол', 'Gender'],
	'surveys.results.demographic.area_type': ['Град или село', 'Urban or rural'],
	'surveys.results.demographic.occupation': ['Занимање', 'Occupation'],
	'surveys.results.demographic.settlement': ['Место', 'Settlement'],
	'surveys.results.age_band.under_15': ['Млађи од 15', 'Under 15'],
	'surveys.results.age_band.15_19': ['15–19', '15–19'],
	'surveys.results.age_band.20_24': ['20–24', '20–24'],
	'surveys.results.age_band.25_30': ['25–30', '25–30'],
	'surveys.results.age_band.over_30': ['Старији од 30', 'Over 30'],
	'surveys.results.gender.female': ['Женски', 'Female'],
	'surveys.results.gender.male': ['Мушки', 'Male'],
	'surveys.results.gender.other': ['Друго', 'Other'],
	'surveys.results.gender.no_answer': ['Не жели да каже', 'Prefers not to say'],
	'surveys.results.area_type.urban': ['Град', 'Urban'],
	'surveys.results.area_type.rural': ['Село', 'Rural'],
	'surveys.results.occupation.pupil': ['Ученици', 'Pupils'],
	'surveys.results.occupation.student': ['Студенти', 'Students'],
	'surveys.results.occupation.employed': ['Запослени', 'Employed'],
	'surveys.results.occupation.unemployed': ['Незапослени', 'Unemployed'],
	'surveys.results.occupation.neet': ['Ни у школи ни на послу', 'Not in work or education'],
	'surveys.results.crosstab.title': ['Укрштање по демографији', 'Cross-tabulation by demographics'],
	'surveys.results.crosstab.question': ['Питање', 'Question'],
	'surveys.results.crosstab.by': ['Према', 'By'],
	'surveys.results.crosstab.show': ['Прикажи', 'Show'],
	'surveys.results.crosstab.caption': ['{question} према: {by}', '{question} by {by}'],
	'surveys.results.crosstab.total': ['Укупно', 'Total'],
	'surveys.results.crosstab.base': ['Одговорило', 'Answered'],
	'surveys.results.crosstab.pick': ['Изаберите питање и демографску особину.', 'Choose a question and a demographic.'],
	'surveys.results.crosstab.notPossible': [
		'Ово питање се не може укрстити (отворени одговори).',
		'This question cannot be cross-tabulated (open answers).'
	],
	'surveys.results.crosstab.cell': ['{count} ({percent} %)', '{count} ({percent}%)'],
	'surveys.results.compare.title': ['Поређење по годинама', 'Year-over-year comparison'],
	'surveys.results.compare.with': ['Упореди са', 'Compare with'],
	'surveys.results.compare.none': [
		'Нема анкета из других година са истим питањима.',
		'There are no surveys of other years with the same questions.'
	],
	'surveys.results.compare.year': ['{year}.', '{year}'],
	'surveys.results.public.hidden': ['Резултати ове анкете нису јавни.', 'The results of this survey are not public.'],

	// Export
	'surveys.export.title': ['Преузимање', 'Downloads'],
	'surveys.export.csv': ['Одговори (ЦСВ табела)', 'Responses (CSV)'],
	'surveys.export.xlsx': ['Одговори (Ексел)', 'Responses (Excel)'],
	'surveys.export.pdf': ['Извештај о резултатима (ПДФ)', 'Results report (PDF)'],
	'surveys.export.sensitiveLeftOut': [
		'Одговори на осетљива питања нису у преузимању: види их само координатор или администратор.',
		'Answers to sensitive questions are left out of downloads: only a coordinator or administrator sees them.'
	],
	'surveys.export.number': ['Ред. бр.', 'No.'],
	'surveys.export.source': ['Начин', 'Source'],
	'surveys.export.complete': ['Довршено', 'Complete'],
	'surveys.export.submittedAt': ['Послато', 'Submitted'],
	'surveys.export.sheet': ['Одговори', 'Responses'],
	'surveys.export.codebook': ['Шифарник', 'Codebook'],
	'surveys.export.code': ['Шифра', 'Code'],
	'surveys.export.label': ['Значење', 'Meaning'],
	'surveys.export.reportTitle': ['Резултати анкете „{title}”', 'Results of the survey "{title}"'],
	'surveys.export.reportGenerated': ['Израђено {date}', 'Generated {date}'],

	// Coding open answers
	'surveys.coding.title': ['Отворени одговори: {question}', 'Open answers: {question}'],
	'surveys.coding.question': ['Питање', 'Question'],
	'surveys.coding.search': ['Претрага одговора', 'Search answers'],
	'surveys.coding.searchSubmit': ['Тражи', 'Search'],
	'surveys.coding.filterTheme': ['Само са темом', 'Only with theme'],
	'surveys.coding.uncodedOnly': ['Само некодирани', 'Uncoded only'],
	'surveys.coding.found': [
		{ one: '{count} одговор', few: '{count} одговора', other: '{count} одговора' },
		{ one: '{count} answer', other: '{count} answers' }
	],
	'surveys.coding.answer': ['Одговор', 'Answer'],
	'surveys.coding.select': ['Изабери одговор', 'Select answer'],
	'surveys.coding.themes': ['Теме', 'Themes'],
	'surveys.coding.theme': ['Тема', 'Theme'],
	'surveys.coding.apply': ['Додај тему изабраним одговорима', 'Add the theme to the selected answers'],
	'surveys.coding.remove': ['Уклони тему са изабраних', 'Remove the theme from the selected'],
	'surveys.coding.removeField': ['Уклони уместо да додаш', 'Remove instead of adding'],
	'surveys.coding.coded': [
		{
			one: 'Кодиран је {count} одговор.',
			few: 'Кодирана су {count} одговора.',
			other: 'Кодирано је {count} одговора.'
		},
		{ one: '{count} answer coded.', other: '{count} answers coded.' }
	],
	'surveys.coding.newTheme': ['Нова тема', 'New theme'],
	'surveys.coding.themeName': ['Назив теме', 'Theme name'],
	'surveys.coding.themeNameEn': ['Назив на енглеском', 'Name in English'],
	'surveys.coding.themeDescription': ['Опис', 'Description'],
	'surveys.coding.createTheme': ['Направи тему', 'Create theme'],
	'surveys.coding.themeCreated': ['Тема је направљена.', 'The theme was created.'],
	'surveys.coding.themeCounts': ['Теме у одговорима', 'Themes in the answers'],
	'surveys.coding.noThemes': ['Још нема кодираних одговора.', 'No answers coded yet.'],
	'surveys.coding.noAnswers': ['Нема одговора који одговарају.', 'No matching answers.'],
	'surveys.coding.pageOf': ['Страна {page} од {pages}', 'Page {page} of {pages}'],
	'surveys.coding.previous': ['Претходна', 'Previous'],
	'surveys.coding.next': ['Следећа', 'Next'],
	'surveys.coding.error.theme': ['Изаберите тему.', 'Choose a theme.'],
	'surveys.coding.error.noneSelected': ['Изаберите бар један одговор.', 'Select at least one answer.'],
	'surveys.coding.error.themeTaken': ['Тема са тим називом већ постоји.', 'A theme with that name already exists.'],

	// Qualitative research and needs summaries
	'surveys.research.title': ['Истраживање потреба младих', 'Youth needs research'],
	'surveys.research.intro': [
		'Фокус групе, интервјуи, теме из свих извора по годинама и годишњи преглед потреба.',
		'Focus groups, interviews, themes from every source by year, and the yearly needs summary.'
	],
	'surveys.research.surveys': ['Резултати анкета', 'Survey results'],
	'surveys.research.focusGroups': ['Фокус групе и интервјуи', 'Focus groups and interviews'],
	'surveys.research.newFocusGroup': ['Нова фокус група или интервју', 'New focus group or interview'],
	'surveys.research.noFocusGroups': ['Још нема фокус група.', 'No focus groups yet.'],
	'surveys.research.kind': ['Врста', 'Kind'],
	'surveys.research.kind.focus_group': ['Фокус група', 'Focus group'],
	'surveys.research.kind.interview': ['Интервју', 'Interview'],
	'surveys.research.field.title': ['Назив', 'Title'],
	'surveys.research.field.heldOn': ['Датум', 'Date'],
	'surveys.research.field.place': ['Место', 'Place'],
	'surveys.research.field.facilitator': ['Водитељ/ка', 'Facilitator'],
	'surveys.research.field.participantCount': ['Број учесника', 'Number of participants'],
	'surveys.research.field.profile': [
		'Профил учесника (само бројеви, без имена)',
		'Participants (counts only, no names)'
	],
	'surveys.research.field.profileDescription': ['Опис учесника', 'Who took part'],
	'surveys.research.field.notes': ['Белешке', 'Notes'],
	'surveys.research.field.notesHelp': [
		'Без имена и података по којима се учесници могу препознати.',
		'No names or details by which participants could be recognised.'
	],
	'surveys.research.ageBands': ['По узрасту', 'By age band'],
	'surveys.research.genders': ['По полу', 'By gender'],
	'surveys.research.save': ['Сачувај', 'Save'],
	'surveys.research.saved': ['Сачувано.', 'Saved.'],
	'surveys.research.themes': ['Теме', 'Themes'],
	'surveys.research.addTheme': ['Додај тему', 'Add theme'],
	'surveys.research.themeNote': ['Шта је речено', 'What was said'],
	'surveys.research.removeTheme': ['Уклони тему', 'Remove theme'],
	'surveys.research.themesByYear': ['Теме по годинама', 'Themes by year'],
	'surveys.research.codedAnswers': ['Кодирани одговори', 'Coded answers'],
	'surveys.research.inFocusGroups': ['Фокус групе', 'Focus groups'],
	'surveys.research.noThemesYet': ['Још нема тема за ову годину.', 'No themes for this year yet.'],
	'surveys.research.summary': ['Преглед потреба за {year}. годину', 'Needs summary {year}'],
	'surveys.research.summaries': ['Годишњи прегледи потреба', 'Yearly needs summaries'],
	'surveys.research.editSummary': ['Уреди преглед', 'Edit summary'],
	'surveys.research.newSummary': ['Напиши преглед за годину', 'Write the summary for a year'],
	'surveys.research.year': ['Година', 'Year'],
	'surveys.research.summaryText': ['Преглед потреба', 'Needs summary'],
	'surveys.research.summaryTextEn': ['Преглед на енглеском', 'Summary in English'],
	'surveys.research.isPublic': ['Објави на порталу', 'Publish on the portal'],
	'surveys.research.public': ['Јавно', 'Public'],
	'surveys.research.notPublic': ['Није јавно', 'Not public'],
	'surveys.research.goals': [
		'Циљеви акционог плана који одговарају на потребе',
		'Action plan goals that answer the needs'
	],
	'surveys.research.noGoals': ['Нема циљева акционог плана.', 'There are no action plan goals.'],
	'surveys.research.publicTitle': ['Потребе младих у {year}. години', 'Youth needs in {year}'],
	'surveys.research.publicGoals': ['Шта планирамо', 'What we plan'],
	'surveys.research.publicIndexTitle': ['Истраживања', 'Research'],
	'surveys.research.publicIndexIntro': [
		'Шта су млади рекли у анкетама и разговорима и шта канцеларија из тога планира.',
		'What young people said in surveys and conversations, and what the office plans as a result.'
	],
	'surveys.research.publicSummaries': ['Потребе младих по годинама', 'Youth needs by year'],
	'surveys.research.publicResults': ['Резултати анкета', 'Survey results'],
	'surveys.research.publicNone': ['Још ништа није објављено.', 'Nothing has been published yet.'],
	'surveys.research.error.notFound': ['Није пронађено.', 'Not found.'],

	'surveys.opendata.title': ['Резултати истраживања', 'Survey results'],
	'surveys.opendata.description': [
		'Збирни резултати анкета чије је резултате канцеларија објавила: за свако питање са понуђеним одговорима, колико је испитаника изабрало који одговор. Број мањи од 5 није приказан (празно поље), као ни број из кога би се могао израчунати; одговори уписани слободним речима никада нису укључени.',
		'The aggregated results of surveys whose results the office has published: for each question with given answers, how many respondents chose each answer. A count under 5 is not shown (an empty field), nor a count it could be worked out from; answers typed in free words are never included.'
	],
	'surveys.opendata.keyword': ['истраживање потреба младих', 'youth needs research'],
	'surveys.opendata.column.survey': ['Назив анкете', 'The survey’s title'],
	'surveys.opendata.column.survey_en': ['Назив на енглеском, ако постоји', 'The title in English, if given'],
	'surveys.opendata.column.year': ['Година истраживања', 'Year of the research'],
	'surveys.opendata.column.respondents': [
		'Број испитаника који су довршили анкету',
		'Number of respondents who completed the survey'
	],
	'surveys.opendata.column.question_key': [
		'Трајна ознака питања (иста из године у годину)',
		'The question’s permanent key (the same from year to year)'
	],
	'surveys.opendata.column.question': ['Текст питања', 'The question'],
	'surveys.opendata.column.question_en': ['Питање на енглеском, ако постоји', 'The question in English, if given'],
	'surveys.opendata.column.answer_value': ['Трајна ознака одговора', 'The answer’s permanent code'],
	'surveys.opendata.column.answer': ['Текст одговора', 'The answer'],
	'surveys.opendata.column.answer_en': ['Одговор на енглеском, ако постоји', 'The answer in English, if given'],
	'surveys.opendata.column.count': [
		'Број испитаника који су дали тај одговор (празно: мање од 5, скривено)',
		'Respondents who gave that answer (empty: under 5, hidden)'
	],
	'surveys.opendata.column.percent': [
		'Удео међу онима који су одговорили на питање, у процентима',
		'Share of those who answered the question, in per cent'
	],
	'surveys.opendata.column.url': ['Страница резултата на порталу', 'The results page on the portal']
});
