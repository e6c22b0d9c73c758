import { defineMessages } from '../../../i18n/define.ts';

/** Building surveys and collecting answers. */
export const surveyCollectMessages = defineMessages({
	'surveys.evidence.survey': ['Истраживање на које су млади одговарали', 'Survey young people answered'],
	'surveys.kind': ['Анкета', 'Survey'],
	'surveys.admin.nav': ['Анкете', 'Surveys'],

	// Answer checks (next to the field, in the reader's language).
	'surveys.answer.required': ['Одговори на ово питање.', 'Please answer this question.'],
	'surveys.answer.invalidChoice': ['Изабери један од понуђених одговора.', 'Choose one of the answers offered.'],
	'surveys.answer.otherRequired': ['Напиши шта под „друго“.', 'Write what you mean by “other”.'],
	'surveys.answer.tooManyChoices': ['Изабери највише {max}.', 'Choose at most {max}.'],
	'surveys.answer.number': ['Упиши број, на пример 2008.', 'Enter a number, for example 2008.'],
	'surveys.answer.range': ['Упиши број између {min} и {max}.', 'Enter a number between {min} and {max}.'],
	'surveys.answer.atLeast': ['Упиши број од најмање {min}.', 'Enter a number of at least {min}.'],
	'surveys.answer.atMost': ['Упиши број од највише {max}.', 'Enter a number of at most {max}.'],
	'surveys.answer.date': ['Упиши датум у облику ГГГГ-ММ-ДД.', 'Enter a date as YYYY-MM-DD.'],
	'surveys.answer.matrixIncomplete': ['Оцени сваку тврдњу.', 'Rate every statement.'],
	'surveys.answer.rankingRepeated': [
		'Свако место може да добије само један одговор.',
		'Each place can go to one answer only.'
	],
	'surveys.answer.rankingIncomplete': ['Поређај све понуђене одговоре.', 'Rank all the answers offered.'],
	'surveys.answer.other': ['Друго', 'Other'],
	'surveys.answer.otherText': ['Шта друго?', 'What else?'],
	'surveys.answer.choose': ['— изабери —', '— choose —'],
	'surveys.answer.rank': ['Место', 'Place'],
	'surveys.answer.rankHint': [
		'Упиши 1 за најважније, 2 за следеће и тако даље.',
		'Put 1 for the most important, 2 for the next, and so on.'
	],
	'surveys.answer.maxChoices': [
		{ by: 'max', one: 'Највише {max} одговор.', few: 'Највише {max} одговора.', other: 'Највише {max} одговора.' },
		{ by: 'max', one: 'At most {max} answer.', other: 'At most {max} answers.' }
	],
	'surveys.answer.numberRange': ['Од {min} до {max}.', 'From {min} to {max}.'],

	// The public survey.
	'surveys.public.title': ['Анкете', 'Surveys'],
	'surveys.public.intro': [
		'Кажи нам шта ти треба. Анкете су анонимне: не тражимо налог ни име.',
		'Tell us what you need. Surveys are anonymous: no account, no name.'
	],
	'surveys.public.none': ['Тренутно нема отворених анкета.', 'There are no open surveys at the moment.'],
	'surveys.public.closes': ['Отворена до {date}', 'Open until {date}'],
	'surveys.public.answer': ['Попуни анкету', 'Answer the survey'],
	'surveys.respond.anonymous': [
		'Анкета је анонимна: не чувамо ни твоје име ни адресу твог уређаја. Један одговор по уређају.',
		'The survey is anonymous: we keep neither your name nor your IP address. One response per device.'
	],
	'surveys.respond.start': ['Почни', 'Start'],
	'surveys.respond.code': ['Код са позивнице', 'Code from your invitation'],
	'surveys.respond.codeHint': [
		'Ако си добио/добила папир са кодом (на пример у школи), упиши га овде.',
		'If you were given a paper with a code (at school, for example), type it here.'
	],
	'surveys.code.unknown': [
		'Тај код не постоји. Провери да ли је добро преписан.',
		'That code does not exist. Check that it was copied correctly.'
	],
	'surveys.code.used': [
		'Тај код је већ искоришћен: сваки код важи за један одговор.',
		'That code has already been used: each code is good for one response.'
	],
	'surveys.respond.pageOf': ['Страна {page} од {pages}', 'Page {page} of {pages}'],
	'surveys.respond.next': ['Даље', 'Next'],
	'surveys.respond.back': ['Назад', 'Back'],
	'surveys.respond.finish': ['Пошаљи одговоре', 'Send my answers'],
	'surveys.respond.moreQuestions': [
		'На основу твог одговора појавило се још једно питање на овој страни.',
		'Based on your answer, another question appeared on this page.'
	],
	'surveys.respond.required': ['обавезно', 'required'],
	'surveys.respond.notOpen': [
		'Ова анкета тренутно не прима одговоре.',
		'This survey is not taking answers at the moment.'
	],
	'surveys.respond.closedTitle': ['Анкета није отворена', 'The survey is not open'],
	'surveys.respond.closed': [
		'Анкета је затворена. Хвала на интересовању!',
		'The survey has closed. Thank you for your interest!'
	],
	'surveys.respond.notYetOpen': ['Анкета се отвара {date}.', 'The survey opens on {date}.'],
	'surveys.respond.unavailable': ['Ова анкета није доступна.', 'This survey is not available.'],
	'surveys.respond.otherSurveys': ['Отворене анкете', 'Open surveys'],
	'surveys.respond.alreadyAnsweredTitle': ['Већ си одговорио/одговорила', 'You have already answered'],
	'surveys.respond.alreadyAnswered': [
		'Са овог уређаја је анкета већ попуњена. Свака особа одговара једном — хвала!',
		'This survey has already been answered from this device. Everyone answers once — thank you!'
	],
	'surveys.respond.thanksTitle': ['Хвала!', 'Thank you!'],
	'surveys.respond.thanks': ['Твоји одговори су сачувани.', 'Your answers have been saved.'],
	'surveys.respond.results': ['Погледај објављене резултате', 'See the published results'],
	'surveys.respond.sensitiveConsent': [
		'Пристајем да одговорим на осетљиво питање испод',
		'I agree to answer the sensitive question below'
	],
	'surveys.respond.sensitiveSkip': [
		'Ако не штиклираш, питање прескачемо и одговор се не чува.',
		'If you leave it unticked, we skip the question and keep no answer.'
	],
	'surveys.respond.sensitiveBadge': ['осетљиво питање', 'sensitive question'],
	'surveys.respond.savedOnDevice': [
		'Одговори се чувају после сваке стране, па можеш да наставиш касније са истог уређаја.',
		'Answers are saved after every page, so you can continue later from the same device.'
	],
	'surveys.parent.title': ['Питај родитеља', 'Ask a parent'],
	'surveys.parent.inform': [
		'Пошто имаш мање од 15 година, пре него што наставиш питај родитеља или старатеља да ли се слаже.',
		'As you are under 15, please ask a parent or guardian whether they agree before you go on.'
	],
	'surveys.parent.confirm': [
		'Мој родитељ или старатељ зна за ову анкету и слаже се да је попуним',
		'My parent or guardian knows about this survey and agrees that I fill it in'
	],
	'surveys.parent.email': ['Имејл родитеља или старатеља', 'Parent’s or guardian’s e-mail'],
	'surveys.parent.emailHint': [
		'Користимо га само ако треба да проверимо сагласност.',
		'We use it only if we need to check the consent.'
	],
	'surveys.parent.confirmRequired': [
		'Без сагласности родитеља не можеш да наставиш.',
		'You cannot go on without a parent’s consent.'
	],
	'surveys.parent.continue': ['Настави', 'Continue'],

	// Back-office: list and settings.
	'surveys.admin.title': ['Анкете', 'Surveys'],
	'surveys.admin.intro': [
		'Истраживање потреба младих: направите анкету, поделите адресу или кодове, унесите папирне упитнике.',
		'Youth needs research: build a survey, share its address or codes, type in paper questionnaires.'
	],
	'surveys.admin.new': ['Нова анкета', 'New survey'],
	'surveys.admin.settlements': ['Списак насеља', 'Settlement list'],
	'surveys.admin.empty': ['Још нема анкета.', 'No surveys yet.'],
	'surveys.admin.columnTitle': ['Анкета', 'Survey'],
	'surveys.admin.columnYear': ['Година', 'Year'],
	'surveys.admin.columnStatus': ['Стање', 'Status'],
	'surveys.admin.columnDates': ['Отворена', 'Open'],
	'surveys.admin.columnResponses': ['Одговори / циљ', 'Responses / target'],
	'surveys.admin.count': [
		{ one: '{count} анкета', few: '{count} анкете', other: '{count} анкета' },
		{ one: '{count} survey', other: '{count} surveys' }
	],
	'surveys.admin.noTarget': ['без циља', 'no target'],
	'surveys.admin.anyDate': ['без рока', 'no dates'],
	'surveys.status.draft': ['Нацрт', 'Draft'],
	'surveys.status.published': ['Објављена', 'Published'],
	'surveys.status.open': ['Отворена', 'Open'],
	'surveys.status.not_yet_open': ['Још није отворена', 'Not yet open'],
	'surveys.status.closed': ['Затворена', 'Closed'],
	'surveys.status.archived': ['Архивирана', 'Archived'],
	'surveys.admin.backToList': ['Све анкете', 'All surveys'],
	'surveys.admin.created': ['Анкета је направљена. Додајте питања.', 'The survey has been created. Add questions.'],
	'surveys.admin.saved': ['Сачувано.', 'Saved.'],
	'surveys.admin.settings': ['Подешавања', 'Settings'],
	'surveys.settings.texts': ['Назив и текстови', 'Title and texts'],
	'surveys.settings.dates': ['Трајање и циљ', 'Dates and target'],
	'surveys.settings.consent': ['Сагласност', 'Consent'],
	'surveys.admin.structure': ['Стране и питања', 'Pages and questions'],
	'surveys.admin.actions': ['Радње', 'Actions'],
	'surveys.admin.responsesSummary': [
		'Попуњено: {complete} (циљ: {target}); започето, а непопуњено: {started}.',
		'Complete responses: {complete} (target: {target}); started but not finished: {started}.'
	],
	'surveys.admin.hasAnswersNote': [
		'Анкета већ има одговоре: текстове можете да исправљате, али врсту и кључ питања не, нити да бришете одговоре које је неко изабрао.',
		'The survey already has answers: you can fix texts, but not change a question’s kind or key, nor remove answers somebody chose.'
	],
	'surveys.field.title': ['Наслов', 'Title'],
	'surveys.field.titleEn': ['Наслов на енглеском', 'Title in English'],
	'surveys.field.slug': ['Адреса (део линка)', 'Address (part of the link)'],
	'surveys.field.slugHint': [
		'Латиничним словима и цртицама. Ако оставите празно, направи се од наслова.',
		'Latin letters and hyphens, e.g. potrebe-mladih-2026. Left empty, it is made from the title.'
	],
	'surveys.field.introduction': ['Увод (изнад прве стране)', 'Introduction (above the first page)'],
	'surveys.field.introductionEn': ['Увод на енглеском', 'Introduction in English'],
	'surveys.field.thanks': ['Захвалница (после последњег одговора)', 'Thanks (after the last answer)'],
	'surveys.field.thanksEn': ['Захвалница на енглеском', 'Thanks in English'],
	'surveys.field.year': ['Година истраживања', 'Research year'],
	'surveys.field.yearHint': ['За поређење са другим годинама.', 'For comparing with other years.'],
	'surveys.field.opensAt': ['Отвара се (београдско време)', 'Opens (Belgrade time)'],
	'surveys.field.closesAt': ['Затвара се (београдско време)', 'Closes (Belgrade time)'],
	'surveys.field.targetResponses': ['Циљни број одговора', 'Target number of responses'],
	'surveys.field.parentalConsent': ['Испитаници млађи од 15 година', 'Respondents under 15'],
	'surveys.parentalConsent.inform': ['Само их упозори да питају родитеља', 'Only tell them to ask a parent'],
	'surveys.parentalConsent.confirm': ['Морају да потврде сагласност родитеља', 'They must confirm a parent’s consent'],
	'surveys.parentalConsent.confirm_with_email': [
		'Морају да потврде сагласност и упишу имејл родитеља',
		'They must confirm consent and give a parent’s e-mail'
	],
	'surveys.field.sensitiveConsentText': ['Текст пристанка за осетљива питања', 'Consent text for sensitive questions'],
	'surveys.field.sensitiveConsentTextEn': ['Текст пристанка на енглеском', 'Consent text in English'],
	'surveys.admin.create': ['Направи анкету', 'Create survey'],
	'surveys.error.dateTime': ['Унесите датум и време.', 'Enter a date and time.'],
	'surveys.error.between': ['Унесите број између {min} и {max}.', 'Enter a number between {min} and {max}.'],
	'surveys.error.year': ['Унесите годину, на пример 2026.', 'Enter a year, for example 2026.'],
	'surveys.error.closesBeforeOpens': [
		'Анкета мора да се затвори после отварања.',
		'The survey must close after it opens.'
	],
	'surveys.error.publishEmpty': [
		'Анкета без питања не може да се објави.',
		'A survey without questions cannot be published.'
	],
	'surveys.error.publishEmptyPagesTitle': [
		'Неке стране анкете немају ниједно питање.',
		'Some pages of the survey have no questions.'
	],
	'surveys.error.publishEmptyPages': [
		{
			one: '{count} страна нема ниједно питање (страна {pages}): испитаници би на њој видели празан корак. Додајте питање или обришите страну, или ипак објавите анкету.',
			few: '{count} стране немају ниједно питање (стране {pages}): испитаници би на њима видели празан корак. Додајте питања или обришите стране, или ипак објавите анкету.',
			other:
				'{count} страна нема ниједно питање (стране {pages}): испитаници би на њима видели празан корак. Додајте питања или обришите стране, или ипак објавите анкету.'
		},
		{
			one: '{count} page has no questions (page {pages}): respondents would see an empty step. Add a question or delete the page, or publish the survey anyway.',
			other:
				'{count} pages have no questions (pages {pages}): respondents would see empty steps. Add questions or delete the pages, or publish the survey anyway.'
		}
	],
	'surveys.error.publishConsentText': [
		'Анкета има осетљиво питање: упишите текст пристанка пре објављивања.',
		'The survey has a sensitive question: write the consent text before publishing.'
	],

	// Status actions.
	'surveys.action.publish': ['Објави и отвори', 'Publish and open'],
	'surveys.action.publishAnyway': ['Ипак објави', 'Publish anyway'],
	'surveys.action.close': ['Затвори сада', 'Close now'],
	'surveys.action.archive': ['Архивирај', 'Archive'],
	'surveys.action.unpublish': ['Врати у нацрт', 'Back to draft'],
	'surveys.action.published': ['Анкета је објављена.', 'The survey has been published.'],
	'surveys.action.closed': ['Анкета је затворена.', 'The survey has been closed.'],
	'surveys.action.archived': ['Анкета је архивирана.', 'The survey has been archived.'],
	'surveys.action.unpublished': ['Анкета је враћена у нацрт.', 'The survey is a draft again.'],
	'surveys.action.copy': ['Копирај за нову годину', 'Copy for a new year'],
	'surveys.action.copyYear': ['Година копије', 'Year of the copy'],
	'surveys.action.copied': [
		'Копија је направљена као нацрт, са истим кључевима питања.',
		'The copy is a draft with the same question keys.'
	],
	'surveys.action.preview': ['Преглед (без чувања)', 'Preview (nothing saved)'],
	'surveys.action.entry': ['Унос папирних упитника', 'Enter paper questionnaires'],
	'surveys.action.codes': ['Кодови за позивнице', 'Invitation codes'],
	'surveys.action.results': ['Резултати', 'Results'],
	'surveys.action.publicPage': ['Јавна страна анкете', 'Public survey page'],

	// Sections and questions.
	'surveys.section.heading': ['Страна {number}: {title}', 'Page {number}: {title}'],
	'surveys.section.add': ['Додај страну', 'Add page'],
	'surveys.section.added': ['Страна је додата.', 'The page has been added.'],
	'surveys.section.edit': ['Измени страну', 'Edit page'],
	'surveys.section.title': ['Наслов стране', 'Page title'],
	'surveys.section.titleEn': ['Наслов стране на енглеском', 'Page title in English'],
	'surveys.section.description': ['Опис стране', 'Page description'],
	'surveys.section.descriptionEn': ['Опис стране на енглеском', 'Page description in English'],
	'surveys.section.empty': ['На овој страни још нема питања.', 'No questions on this page yet.'],
	'surveys.section.deleted': ['Страна је обрисана.', 'The page has been deleted.'],
	'surveys.section.delete': ['Обриши страну', 'Delete page'],
	'surveys.move.up': ['Помери горе', 'Move up'],
	'surveys.move.down': ['Помери доле', 'Move down'],
	'surveys.move.upLabel': ['Помери горе: {name}', 'Move up: {name}'],
	'surveys.move.downLabel': ['Помери доле: {name}', 'Move down: {name}'],
	'surveys.moved': ['Редослед је промењен.', 'The order has been changed.'],
	'surveys.demographics.insert': ['Убаци демографски блок', 'Insert the demographics block'],
	'surveys.demographics.hint': [
		'Година рођења, пол, место (са списка насеља), занимање и необавезно осетљиво питање о рањивим групама, са истим кључевима сваке године.',
		'Year of birth, gender, place (from the settlement list), occupation and an optional sensitive question on vulnerable groups, with the same keys every year.'
	],
	'surveys.demographics.inserted': [
		'Демографски блок је додат као нова страна.',
		'The demographics block has been added as a new page.'
	],
	'surveys.question.add': ['Додај питање', 'Add question'],
	'surveys.question.addHere': ['Додај питање на ову страну', 'Add a question to this page'],
	'surveys.question.addTo': ['На страну', 'On page'],
	'surveys.question.added': ['Питање је додато. Попуните детаље.', 'The question has been added. Fill in the details.'],
	'surveys.question.edit': ['Измени питање', 'Edit question'],
	'surveys.question.deleted': ['Питање је обрисано.', 'The question has been deleted.'],
	'surveys.question.delete': ['Обриши питање', 'Delete question'],
	'surveys.question.backToSurvey': ['Назад на анкету', 'Back to the survey'],
	'surveys.question.requiredBadge': ['обавезно', 'required'],
	'surveys.question.conditionBadge': ['условно', 'conditional'],
	'surveys.question.sensitiveBadge': ['осетљиво', 'sensitive'],
	'surveys.question.demographicBadge': ['демографија', 'demographics'],
	'surveys.field.prompt': ['Питање', 'Question'],
	'surveys.field.promptEn': ['Питање на енглеском', 'Question in English'],
	'surveys.field.key': ['Кључ питања', 'Question key'],
	'surveys.field.keyHint': [
		'Стално име питања за поређење по годинама: мала латинична слова, бројеви и _. Предложен је из текста питања.',
		'The question’s permanent name for comparing years: lower-case Latin letters, digits and _. Suggested from the question.'
	],
	'surveys.field.kind': ['Врста питања', 'Kind of question'],
	'surveys.field.help': ['Помоћни текст', 'Help text'],
	'surveys.field.helpEn': ['Помоћни текст на енглеском', 'Help text in English'],
	'surveys.field.isRequired': ['Обавезно питање', 'Required question'],
	'surveys.field.isRandomised': [
		'Измешај редослед одговора за сваког испитаника',
		'Shuffle the answers for each respondent'
	],
	'surveys.field.allowsOther': ['Додај одговор „друго“ са пољем за текст', 'Add an “other” answer with a text box'],
	'surveys.field.isSensitive': [
		'Осетљиво питање (пита се само уз пристанак, приказује се само збирно)',
		'Sensitive question (asked only with consent, shown only in totals)'
	],
	'surveys.field.options': ['Понуђени одговори', 'Answers offered'],
	'surveys.field.optionsHint': [
		'Један одговор по реду; превод на енглески после усправне црте (|). Код испред знака = остаје исти и кад промените текст.',
		'One answer per line; the English text after a bar (|). The code before = stays the same when you change the text.'
	],
	'surveys.field.statements': ['Тврдње (редови табеле)', 'Statements (rows of the table)'],
	'surveys.field.scaleMin': ['Скала од', 'Scale from'],
	'surveys.field.scaleMax': ['Скала до', 'Scale to'],
	'surveys.field.scaleMinLabel': ['Опис најниже оцене', 'Label of the lowest point'],
	'surveys.field.scaleMinLabelEn': ['Опис најниже оцене на енглеском', 'Label of the lowest point in English'],
	'surveys.field.scaleMaxLabel': ['Опис највише оцене', 'Label of the highest point'],
	'surveys.field.scaleMaxLabelEn': ['Опис највише оцене на енглеском', 'Label of the highest point in English'],
	'surveys.field.minValue': ['Најмањи дозвољени број', 'Smallest number allowed'],
	'surveys.field.maxValue': ['Највећи дозвољени број', 'Largest number allowed'],
	'surveys.field.maxChoices': ['Највише одговора', 'Most answers allowed'],
	'surveys.field.condition': ['Прикажи само ако', 'Show only when'],
	'surveys.field.conditionHint': [
		'Услов може да гледа само питање које је раније у анкети.',
		'A condition can only look at a question earlier in the survey.'
	],
	'surveys.condition.always': ['увек приказуј', 'always show'],
	'surveys.condition.equals': ['„{question}“ = {answer}', '“{question}” = {answer}'],
	'surveys.condition.not_equals': ['„{question}“ ≠ {answer}', '“{question}” ≠ {answer}'],
	'surveys.condition.includes': ['„{question}“ садржи {answer}', '“{question}” includes {answer}'],
	'surveys.condition.answered': ['„{question}“ је одговорено', '“{question}” is answered'],
	'surveys.condition.describe': ['Приказује се ако: {condition}', 'Shown when: {condition}'],
	'surveys.kinds.single': ['Један одговор', 'Single choice'],
	'surveys.kinds.multiple': ['Више одговора', 'Multiple choice'],
	'surveys.kinds.dropdown': ['Падајући списак', 'Dropdown'],
	'surveys.kinds.scale': ['Скала оцена', 'Rating scale'],
	'surveys.kinds.matrix': ['Табела (више тврдњи на истој скали)', 'Matrix (several statements on one scale)'],
	'surveys.kinds.number': ['Број', 'Number'],
	'surveys.kinds.date': ['Датум', 'Date'],
	'surveys.kinds.short_text': ['Кратак текст', 'Short text'],
	'surveys.kinds.long_text': ['Дужи текст', 'Long text'],
	'surveys.kinds.ranking': ['Рангирање', 'Ranking'],
	'surveys.error.kind': ['Изаберите врсту питања.', 'Choose the kind of question.'],
	'surveys.error.key': [
		'Кључ: мала латинична слова, бројеви и доња црта, почиње словом.',
		'Key: lower-case Latin letters, digits and _, starting with a letter (e.g. free_time).'
	],
	'surveys.error.keyTaken': [
		'Друго питање у овој анкети већ има тај кључ.',
		'Another question in this survey already has that key.'
	],
	'surveys.error.keyLocked': [
		'Кључ не може да се мења јер питање већ има одговоре: они су сачувани под овим кључем.',
		'The key cannot change because the question already has answers: they are stored under this key.'
	],
	'surveys.error.kindLocked': [
		'Врста питања не може да се мења јер питање већ има одговоре у овом облику.',
		'The kind cannot change because the question already has answers in this form.'
	],
	'surveys.error.optionsInUse': [
		'Не можете уклонити одговоре које су испитаници већ изабрали ({codes}). Можете им исправити текст.',
		'You cannot remove answers respondents have already chosen ({codes}). You can fix their text.'
	],
	'surveys.error.optionsNeeded': [
		'Упишите најмање два одговора, сваки у свом реду.',
		'Write at least two answers, one per line.'
	],
	'surveys.error.statementsNeeded': ['Упишите најмање једну тврдњу.', 'Write at least one statement.'],
	'surveys.error.scale': [
		'Скала мора да иде од мањег ка већем броју.',
		'The scale must go from a smaller to a larger number.'
	],
	'surveys.error.range': ['Највећи број мора бити већи од најмањег.', 'The largest number must be above the smallest.'],
	'surveys.error.conditionOrder': [
		'Услов може да гледа само питање које је раније у анкети.',
		'A condition can only look at a question earlier in the survey.'
	],
	'surveys.error.conditionValue': [
		'Тај одговор не постоји у питању из услова.',
		'That answer does not exist in the condition’s question.'
	],
	'surveys.error.questionHasAnswers': [
		'Питање не може да се обрише јер већ има одговоре. Можете затворити анкету и направити копију без њега.',
		'The question cannot be deleted because it already has answers. You can close the survey and make a copy without it.'
	],
	'surveys.error.questionIsCondition': [
		'Друго питање или страна се приказује на основу овог питања: прво уклоните тај услов.',
		'Another question or page is shown based on this question: remove that condition first.'
	],
	'surveys.error.sectionHasAnswers': [
		'Страна не може да се обрише јер њена питања већ имају одговоре.',
		'The page cannot be deleted because its questions already have answers.'
	],
	'surveys.error.lastSection': ['Анкета мора да има бар једну страну.', 'A survey needs at least one page.'],
	'surveys.error.noSettlements': ['Прво попуните списак насеља.', 'Fill in the settlement list first.'],
	'surveys.error.demographicsPresent': [
		'Анкета већ има демографска питања.',
		'The survey already has the demographic questions.'
	],

	// Settlements.
	'surveys.settlements.title': ['Насеља', 'Settlements'],
	'surveys.settlements.intro': [
		'Места из којих испитаници бирају где живе; свако је градско или сеоско (за поређење град–село). Празан ред се не чува.',
		'Places respondents choose where they live from; each is urban or rural (for comparing town and village). Empty rows are not saved.'
	],
	'surveys.settlements.name': ['Насеље {number}', 'Settlement {number}'],
	'surveys.settlements.urban': ['градско', 'urban'],
	'surveys.settlements.saved': ['Списак насеља је сачуван.', 'The settlement list has been saved.'],
	'surveys.settlements.note': [
		'Анкете задржавају списак какав је био кад је демографски блок убачен; нова насеља додајте и у питање „Где живиш?“.',
		'Surveys keep the list as it was when the demographics block was inserted; add new places to the “Where do you live?” question too.'
	],

	// Invitation codes.
	'surveys.codes.title': ['Кодови за позивнице: {title}', 'Invitation codes: {title}'],
	'surveys.codes.intro': [
		'Сваки код важи за један одговор. Одштампајте лист за одељење и исеците кодове.',
		'Each code is good for one response. Print a sheet for a class and cut the codes apart.'
	],
	'surveys.codes.batch': ['За кога (на пример „Гимназија, 2/3“)', 'For whom (e.g. “Grammar school, 2/3”)'],
	'surveys.codes.count': ['Колико кодова', 'How many codes'],
	'surveys.codes.generate': ['Направи кодове', 'Generate codes'],
	'surveys.codes.generated': ['Направљено кодова: {count}.', 'Codes generated: {count}.'],
	'surveys.codes.empty': ['Још нема кодова.', 'No codes yet.'],
	'surveys.codes.batchSummary': ['{batch}: {used} од {total} искоришћено', '{batch}: {used} of {total} used'],
	'surveys.codes.print': ['Лист за штампу', 'Printable sheet'],
	'surveys.codes.printTitle': ['Позив на анкету', 'Invitation to a survey'],
	'surveys.codes.printHow': [
		'Отвори адресу или скенирај квадратни код телефоном и упиши код:',
		'Open the address or scan the QR code and enter the code:'
	],
	'surveys.codes.printButton': ['Штампај', 'Print'],
	'surveys.codes.qr': ['Квадратни код са адресом анкете', 'QR code of the survey address'],

	// Data entry and preview.
	'surveys.entry.title': ['Унос папирних упитника: {title}', 'Paper questionnaires: {title}'],
	'surveys.entry.intro': [
		'Препишите један папирни упитник и сачувајте; страна остаје отворена за следећи. Празна питања остају без одговора.',
		'Copy one paper questionnaire and save; the page stays open for the next. Blank questions stay unanswered.'
	],
	'surveys.entry.save': ['Сачувај и унеси следећи', 'Save and enter the next'],
	'surveys.entry.saved': [
		'Упитник је сачуван. Унесите следећи.',
		'The questionnaire has been saved. Enter the next one.'
	],
	'surveys.entry.draft': [
		'Анкета је још нацрт: објавите је пре уноса.',
		'The survey is still a draft: publish it before entering answers.'
	],
	'surveys.entry.consent': [
		'На папиру је штиклиран пристанак за осетљиво питање',
		'The paper has the consent for the sensitive question ticked'
	],
	'surveys.entry.entered': ['Унето са папира: {count}', 'Entered from paper: {count}'],
	'surveys.preview.title': ['Преглед: {title}', 'Preview: {title}'],
	'surveys.preview.note': [
		'Овако анкету види испитаник. Ништа се не чува; услови и провере раде као у правој анкети.',
		'This is how a respondent sees the survey. Nothing is saved; conditions and checks work as in the real survey.'
	],
	'surveys.preview.restart': ['Почни испочетка', 'Start again'],
	'surveys.preview.done': [
		'Крај прегледа: испитаник би сада видео захвалницу.',
		'End of the preview: a respondent would now see the thanks.'
	],
	'surveys.dashboard.closing': [
		{
			one: '{count} упитник се затвара за мање од недељу дана',
			few: '{count} упитника се затварају за мање од недељу дана',
			other: '{count} упитника се затвара за мање од недељу дана'
		},
		{ one: '{count} survey closes within a week', other: '{count} surveys close within a week' }
	],

	// Data-rights export (manifest hook personalData).
	'surveys.personalData.parentalConsent': ['Сагласност родитеља за упитнике', 'Parental consent for surveys']
});
