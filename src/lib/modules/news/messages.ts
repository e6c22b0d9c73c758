import { defineMessages } from '../../i18n/define.ts';

export const newsMessages = defineMessages({
	'news.kind': ['Вест', 'News'],
	'news.title': ['Вести', 'News'],
	'news.admin.nav': ['Вести', 'News'],
	'news.admin.title': ['Вести', 'News'],
	'news.admin.new': ['Напиши вест', 'Write an article'],
	'news.admin.categoriesLink': ['Категорије вести', 'News categories'],
	'news.admin.filter': ['Прикажи', 'Show'],
	'news.admin.filterAll': ['Све вести', 'All articles'],
	'news.admin.filterSubmit': ['Прикажи', 'Show'],
	'news.admin.count': [
		{ one: '{count} вест', few: '{count} вести', other: '{count} вести' },
		{ one: '{count} article', other: '{count} articles' }
	],
	'news.admin.columnTitle': ['Наслов', 'Title'],
	'news.admin.columnState': ['Стање', 'State'],
	'news.admin.columnDate': ['Време објаве', 'Publication time'],
	'news.admin.columnCategory': ['Категорија', 'Category'],
	'news.admin.columnUpdated': ['Последња измена', 'Last changed'],
	'news.admin.newTitle': ['Нова вест', 'New article'],
	'news.admin.editTitle': ['Измена вести', 'Edit article'],
	'news.admin.created': ['Вест је сачувана.', 'The article has been saved.'],
	'news.admin.deleted': ['Вест је обрисана.', 'The article has been deleted.'],
	'news.admin.preview': ['Преглед пре објаве', 'Preview'],
	'news.admin.viewPublic': ['Погледај на порталу', 'View on the portal'],
	'news.admin.stateNow': ['Стање: {state}', 'State: {state}'],
	'news.admin.backToList': ['Назад на вести', 'Back to the news'],
	'news.admin.deleteTitle': ['Брисање вести', 'Delete the article'],
	'news.admin.deleteText': [
		'Вест и сва њена историја измена биће трајно обрисани. Насловна слика остаје у медијатеци.',
		'The article and its whole editing history will be deleted for good. The cover image stays in the media library.'
	],
	'news.admin.delete': ['Обриши вест', 'Delete article'],
	'news.admin.deleteConfirm': ['Разумем да се вест брише трајно.', 'I understand the article is deleted for good.'],
	'news.admin.deleteConfirmRequired': [
		'Потврдите да желите да обришете вест.',
		'Confirm that you want to delete the article.'
	],

	'news.state.draft': ['Нацрт', 'Draft'],
	'news.state.scheduled': ['Заказано', 'Scheduled'],
	'news.state.published': ['Објављено', 'Published'],
	'news.state.scheduledFor': ['Заказано за {date}', 'Scheduled for {date}'],

	'news.form.content': ['Вест на српском', 'The article in Serbian'],
	'news.form.contentHint': [
		'Пишите ћирилицом или латиницом: читаоци ће текст видети на писму које су изабрали.',
		'Write in Cyrillic or Latin: readers see the text in the script they chose.'
	],
	'news.form.english': ['Вест на енглеском', 'The article in English'],
	'news.form.englishHint': [
		'Није обавезно. Док нема енглеског текста, читаоци на енглеском виде српски текст латиницом, уз напомену.',
		'Optional. Until there is English text, English readers see the Serbian text in Latin script, with a note.'
	],
	'news.form.details': ['Категорија и ознаке', 'Category and tags'],
	'news.form.cover': ['Насловна слика', 'Cover image'],
	'news.form.publication': ['Објављивање', 'Publication'],
	'news.form.save': ['Сачувај вест', 'Save article'],
	'news.field.title': ['Наслов', 'Title'],
	'news.field.titleEn': ['Наслов на енглеском', 'Title in English'],
	'news.field.slug': ['Адреса вести', 'Article address'],
	'news.field.slugHint': [
		'Крај адресе: латинична слова без квачица, речи одвојене цртицом. Оставите празно и направићемо је из наслова.',
		'The end of the address: plain Latin letters, words joined by hyphens. Leave it empty and it is made from the title.'
	],
	'news.field.summary': ['Кратак увод', 'Short introduction'],
	'news.field.summaryHint': [
		'Једна или две реченице које се виде у списку вести и кад неко подели вест.',
		'One or two sentences shown in the news list and when someone shares the article.'
	],
	'news.field.summaryEn': ['Кратак увод на енглеском', 'Short introduction in English'],
	'news.field.body': ['Текст вести', 'Article text'],
	'news.field.bodyEn': ['Текст вести на енглеском', 'Article text in English'],
	'news.field.category': ['Категорија', 'Category'],
	'news.field.noCategory': ['Без категорије', 'No category'],
	'news.field.tags': ['Ознаке', 'Tags'],
	'news.field.tagsHint': [
		'Одвојите их зарезом, нпр. волонтери, конкурс.',
		'Separate them with commas, e.g. volunteers, call.'
	],
	'news.field.status': ['Стање вести', 'Article state'],
	'news.field.statusDraft': ['Нацрт: виде је само запослени', 'Draft: only staff can see it'],
	'news.field.statusPublished': ['Објави (одмах или у заказано време)', 'Publish (now or at the scheduled time)'],
	'news.field.publishAt': ['Време објаве', 'Publication time'],
	'news.field.publishAtHint': [
		'По београдском времену. Оставите празно да се вест објави одмах; будуће време заказује објаву.',
		'Belgrade time. Leave it empty to publish now; a time in the future schedules the article.'
	],

	'news.error.publishAt': [
		'Унесите датум и време објаве, или оставите поље празно.',
		'Enter the publication date and time, or leave the field empty.'
	],
	'news.error.slugTaken': [
		'Друга вест већ има ову адресу. Изаберите другу.',
		'Another article already has this address. Choose a different one.'
	],
	'news.error.coverMissing': [
		'Изабрана слика више не постоји у медијатеци. Изаберите другу.',
		'The chosen image is no longer in the media library. Choose another one.'
	],
	'news.error.bodyRequired': [
		'Вест која се објављује мора имати текст. Напишите га или сачувајте вест као нацрт.',
		'An article that is published needs a text. Write it or save the article as a draft.'
	],

	'news.revisions.title': ['Историја измена', 'Editing history'],
	'news.revisions.intro': [
		'Свако чување прави нову верзију. Враћање раније верзије враћа текстове, слику, категорију и ознаке, а адресу и стање објаве оставља какви су сада.',
		'Every save makes a new version. Restoring an earlier version brings back the texts, cover, category and tags, and leaves the address and publication state as they are now.'
	],
	'news.revisions.when': ['Када', 'When'],
	'news.revisions.who': ['Ко', 'Who'],
	'news.revisions.titleThen': ['Наслов у тој верзији', 'Title in that version'],
	'news.revisions.current': ['Тренутна верзија', 'Current version'],
	'news.revisions.version': ['Верзија', 'Version'],
	'news.revisions.restore': ['Врати', 'Restore'],
	'news.revisions.restoreVersion': ['верзију од {date}', 'the version of {date}'],
	'news.revisions.restoredFrom': ['Враћена верзија од {date}', 'Restored the version of {date}'],
	'news.revisions.restored': [
		'Ранија верзија је враћена и сачувана као нова.',
		'The earlier version has been restored and saved as a new one.'
	],
	'news.revisions.unknownEditor': ['Непознато', 'Unknown'],

	'news.preview.notice': [
		'Ово је преглед. Вест још није објављена и посетиоци је не виде.',
		'This is a preview. The article is not published yet and visitors cannot see it.'
	],
	'news.preview.noticeScheduled': [
		'Ово је преглед. Вест ће бити објављена {date}.',
		'This is a preview. The article will be published on {date}.'
	],
	'news.preview.noticePublished': ['Ово је преглед објављене вести.', 'This is a preview of a published article.'],
	'news.preview.back': ['Назад на уређивање', 'Back to editing'],

	'news.categories.title': ['Категорије вести', 'News categories'],
	'news.categories.intro': [
		'Категорије помажу читаоцима да на порталу пронађу вести о ономе што их занима. Брисањем категорије њене вести остају, без категорије.',
		'Categories help readers find news about what interests them. Deleting a category keeps its articles, without a category.'
	],
	'news.categories.new': ['Нова категорија', 'New category'],
	'news.categories.add': ['Додај категорију', 'Add category'],
	'news.categories.edit': ['Категорија: {name}', 'Category: {name}'],
	'news.categories.save': ['Сачувај категорију', 'Save category'],
	'news.categories.delete': ['Обриши категорију', 'Delete category'],
	'news.categories.articles': [
		{ one: '{count} вест', few: '{count} вести', other: '{count} вести' },
		{ one: '{count} article', other: '{count} articles' }
	],
	'news.categories.empty': ['Још нема категорија.', 'There are no categories yet.'],
	'news.categories.created': ['Категорија је додата.', 'The category has been added.'],
	'news.categories.saved': ['Категорија је сачувана.', 'The category has been saved.'],
	'news.categories.deleted': ['Категорија је обрисана.', 'The category has been deleted.'],
	'news.field.categoryName': ['Назив', 'Name'],
	'news.field.categoryNameEn': ['Назив на енглеском', 'Name in English'],
	'news.field.sortOrder': ['Место у списку', 'Position in the list'],
	'news.field.sortOrderHint': ['Мањи број је ближе почетку.', 'A smaller number comes first.'],

	'news.list.intro': [
		'Новости из канцеларије: програми, конкурси, волонтирање и све што се тиче младих у нашој општини.',
		'News from the office: programmes, calls, volunteering and everything that concerns young people in our municipality.'
	],
	'news.list.categories': ['Категорије', 'Categories'],
	'news.list.all': ['Све вести', 'All news'],
	'news.list.empty': ['Још нема објављених вести.', 'No news has been published yet.'],
	'news.list.emptyCategory': ['У овој категорији још нема вести.', 'There is no news in this category yet.'],
	'news.list.categoryTitle': ['Вести: {category}', 'News: {category}'],
	'news.list.pageTitle': ['Вести, страна {page}', 'News, page {page}'],
	'news.article.published': ['Објављено', 'Published'],
	'news.article.category': ['Категорија', 'Category'],
	'news.article.tags': ['Ознаке', 'Tags'],
	'news.article.allNews': ['Све вести', 'All news'],
	'news.noEnglish': [
		'Ова вест још нема текст на енглеском, па је приказујемо на српском (латиницом).',
		'This article has no English text yet, so it is shown in Serbian (Latin script).'
	],
	'news.feeds.title': ['Пратите вести у читачу вести', 'Follow the news in a feed reader'],
	'news.feeds.rss': ['Вести у формату РСС', 'News as RSS'],
	'news.feeds.atom': ['Вести у формату Атом', 'News as Atom'],
	'news.feeds.description': ['Вести канцеларије: {office}', 'News from {office}'],

	// The rich text editor (src/lib/ui/RichTextEditor.svelte), shared by every module that edits rich text.
	'ui.editor.toolbar': ['Обликовање текста: {field}', 'Text formatting: {field}'],
	'ui.editor.heading2': ['Поднаслов', 'Heading'],
	'ui.editor.heading3': ['Мањи поднаслов', 'Subheading'],
	'ui.editor.bold': ['Подебљано', 'Bold'],
	'ui.editor.italic': ['Курзив', 'Italic'],
	'ui.editor.bulletList': ['Листа са тачкама', 'Bulleted list'],
	'ui.editor.orderedList': ['Нумерисана листа', 'Numbered list'],
	'ui.editor.quote': ['Цитат', 'Quote'],
	'ui.editor.link': ['Веза', 'Link'],
	'ui.editor.image': ['Слика', 'Image'],
	'ui.editor.undo': ['Поништи', 'Undo'],
	'ui.editor.redo': ['Понови', 'Redo'],
	'ui.editor.linkDialogTitle': ['Веза до друге странице', 'Link to another page'],
	'ui.editor.linkUrl': ['Адреса везе', 'Link address'],
	'ui.editor.linkInvalid': [
		'Унесите пуну адресу која почиње са https:// или http://, или адресу странице на порталу која почиње косом цртом.',
		'Enter a full address starting with https:// or http://, or a page on this portal starting with a slash.'
	],
	'ui.editor.linkApply': ['Постави везу', 'Set link'],
	'ui.editor.linkRemove': ['Уклони везу', 'Remove link'],
	'ui.editor.imageDialogTitle': ['Слика из медијатеке', 'Image from the media library'],
	'ui.editor.imageChoose': ['Изаберите слику', 'Choose an image'],
	'ui.editor.imageLoading': ['Учитавамо слике…', 'Loading images…'],
	'ui.editor.imageLoadFailed': [
		'Слике нису учитане. Проверите везу са интернетом и покушајте поново.',
		'The images could not be loaded. Check your connection and try again.'
	],
	'ui.editor.imageNone': [
		'Медијатека је празна. Прво поставите слику у медијатеку, па је убаците овде.',
		'The media library is empty. Upload an image to the media library first, then insert it here.'
	],
	'ui.editor.imageAlt': ['Опис слике', 'Image description'],
	'ui.editor.imageAltHint': [
		'Кратко опишите шта се види на слици, за читаоце који је не виде.',
		'Briefly describe what the image shows, for readers who cannot see it.'
	],
	'ui.editor.imageRequired': ['Изаберите слику и упишите њен опис.', 'Choose an image and describe it.'],
	'ui.editor.imageInsert': ['Убаци слику', 'Insert image'],
	'ui.editor.document': ['Документ', 'Document'],
	'ui.editor.documentDialogTitle': ['Документ из библиотеке', 'Document from the library'],
	'ui.editor.documentChoose': ['Изаберите документ', 'Choose a document'],
	'ui.editor.documentLoading': ['Учитавамо документе…', 'Loading documents…'],
	'ui.editor.documentLoadFailed': [
		'Документи нису учитани. Проверите везу са интернетом и покушајте поново.',
		'The documents could not be loaded. Check your connection and try again.'
	],
	'ui.editor.documentNone': [
		'Библиотека докумената је празна. Прво поставите документ у библиотеку, па га убаците овде.',
		'The document library is empty. Upload a document to the library first, then insert it here.'
	],
	'ui.editor.documentUnpublished': [
		'није објављен, посетиоци га још не могу преузети',
		'not published, visitors cannot download it yet'
	],
	'ui.editor.documentRequired': ['Изаберите документ.', 'Choose a document.'],
	'ui.editor.documentInsert': ['Убаци документ', 'Insert document'],

	'news.opendata.title': ['Вести', 'News'],
	'news.opendata.description': [
		'Објављене вести канцеларије: наслов, кратак садржај, категорија, ознаке и време објаве. Нацрти, заказане вести и имена аутора нису укључени.',
		'The office’s published news: title, summary, category, tags and time of publication. Drafts, scheduled articles and authors’ names are left out.'
	],
	'news.opendata.keyword': ['вести', 'news'],
	'news.opendata.column.id': ['Трајни идентификатор вести', 'The article’s permanent identifier'],
	'news.opendata.column.title': ['Наслов', 'Title'],
	'news.opendata.column.title_en': ['Наслов на енглеском, ако постоји', 'The title in English, if given'],
	'news.opendata.column.summary': ['Кратак садржај', 'Summary'],
	'news.opendata.column.summary_en': ['Кратак садржај на енглеском, ако постоји', 'The summary in English, if given'],
	'news.opendata.column.category': ['Категорија вести', 'The article’s category'],
	'news.opendata.column.category_en': ['Категорија на енглеском', 'The category in English'],
	'news.opendata.column.tags': ['Ознаке, одвојене тачком и зарезом', 'Tags, separated by semicolons'],
	'news.opendata.column.published_at': ['Време објаве', 'Time of publication'],
	'news.opendata.column.url': ['Страница вести на порталу', 'The article’s page on the portal']
});
