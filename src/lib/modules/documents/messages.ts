import { defineMessages } from '../../i18n/define.ts';

export const documentsMessages = defineMessages({
	'documents.kind': ['Документ', 'Document'],
	'documents.nav': ['Документи', 'Documents'],

	'documents.type.action_plan': ['Акциони план', 'Action plan'],
	'documents.type.council_decision': ['Одлука', 'Decision'],
	'documents.type.report': ['Извештај', 'Report'],
	'documents.type.call': ['Конкурс', 'Call'],
	'documents.type.regulation': ['Правилник', 'Regulation'],
	'documents.type.other': ['Остало', 'Other'],
	'documents.group.action_plan': ['Акциони планови', 'Action plans'],
	'documents.group.council_decision': ['Одлуке', 'Decisions'],
	'documents.group.report': ['Извештаји', 'Reports'],
	'documents.group.call': ['Конкурси', 'Calls'],
	'documents.group.regulation': ['Правилници', 'Regulations'],
	'documents.group.other': ['Остали документи', 'Other documents'],

	'documents.field.title': ['Наслов', 'Title'],
	'documents.field.titleEn': ['Наслов на енглеском', 'Title in English'],
	'documents.field.type': ['Врста документа', 'Type of document'],
	'documents.field.year': ['Година', 'Year'],
	'documents.field.yearHint': [
		'Година на коју се документ односи или у којој је донет.',
		'The year the document covers or was adopted in.'
	],
	'documents.field.description': ['Кратак опис', 'Short description'],
	'documents.field.descriptionEn': ['Кратак опис на енглеском', 'Short description in English'],
	'documents.field.file': ['Датотека', 'File'],
	'documents.field.replaceFile': ['Замени датотеку', 'Replace the file'],
	'documents.field.fileHint': [
		'Дозвољени формати: {formats}. Највише {max} МБ.',
		'Accepted formats: {formats}. At most {max} MB.'
	],
	'documents.field.replaceHint': [
		'Оставите празно да задржите постојећу датотеку ({name}).',
		'Leave empty to keep the current file ({name}).'
	],
	'documents.field.isPublished': ['Објављен на порталу', 'Published on the portal'],
	'documents.field.isPublishedHint': [
		'Необјављен документ виде само запослени; можете га и даље приложити уз прилику.',
		'An unpublished document is seen by staff only; it can still be attached to an opportunity.'
	],

	'documents.type.invalid': ['Изаберите врсту документа.', 'Choose the type of document.'],
	'documents.year.invalid': ['Унесите годину између {min} и {max}.', 'Enter a year between {min} and {max}.'],
	'documents.file.missing': ['Изаберите датотеку за слање.', 'Choose a file to upload.'],
	'documents.file.tooLarge': [
		'Датотека има {size} МБ, а највише је {max} МБ. Смањите је (на пример, сачувајте је са мањим сликама) и пошаљите поново.',
		'The file is {size} MB and the limit is {max} MB. Make it smaller (for example, save it with smaller images) and upload it again.'
	],
	'documents.file.wrongType': [
		'Ова датотека није ни у једном од дозвољених формата ({formats}), без обзира на то како се зове. Сачувајте је у неком од њих и пошаљите поново.',
		'This file is in none of the accepted formats ({formats}), whatever its name says. Save it in one of them and upload it again.'
	],
	'documents.file.tooComplex': [
		'Датотека је спакована тако да би се распаковала у огромну величину или има превише делова. Сачувајте документ поново у програму у ком је направљен.',
		'The file is packed so that it would expand to an enormous size or has too many parts. Save the document again in the program it was made with.'
	],
	'documents.file.unreadablePdf': [
		'PDF датотека није исправна па не може да се провери. Сачувајте је поново као PDF и пошаљите опет.',
		'The PDF file is damaged and cannot be checked. Save it again as a PDF and upload it once more.'
	],
	'documents.file.macros': [
		'Документи са макроима се не објављују јер могу да покрену програм на рачунару читаоца. Сачувајте документ без макроа и пошаљите га поново.',
		'Documents with macros are not published because they can run a program on the reader’s computer. Save the document without macros and upload it again.'
	],
	'documents.file.chooseAgain': [
		'Прегледач не чува изабрану датотеку после грешке: изаберите је поново.',
		'The browser does not keep the chosen file after an error: please choose it again.'
	],

	'documents.admin.title': ['Библиотека докумената', 'Document library'],
	'documents.admin.intro': [
		'Акциони планови, одлуке, извештаји и конкурси које посетиоци преузимају са портала.',
		'Action plans, decisions, reports and calls that visitors download from the portal.'
	],
	'documents.admin.new': ['Додај документ', 'Add a document'],
	'documents.admin.edit': ['Измена документа', 'Edit document'],
	'documents.admin.upload': ['Пошаљи документ', 'Upload the document'],
	'documents.admin.columnTitle': ['Наслов', 'Title'],
	'documents.admin.columnType': ['Врста', 'Type'],
	'documents.admin.columnYear': ['Година', 'Year'],
	'documents.admin.columnFile': ['Датотека', 'File'],
	'documents.admin.columnStatus': ['Стање', 'Status'],
	'documents.admin.published': ['Објављен', 'Published'],
	'documents.admin.unpublished': ['Необјављен', 'Not published'],
	'documents.admin.currentFile': ['Тренутна датотека', 'Current file'],
	'documents.admin.openPublic': ['Погледај на порталу', 'View on the portal'],
	'documents.admin.created': ['Документ је додат у библиотеку.', 'The document has been added to the library.'],
	'documents.admin.deleted': ['Документ је обрисан.', 'The document has been deleted.'],
	'documents.admin.deleteTitle': ['Брисање документа', 'Delete the document'],
	'documents.admin.deleteText': [
		'Документ и његова датотека биће трајно уклоњени, а везе ка њему престаће да раде.',
		'The document and its file will be removed for good, and links to it will stop working.'
	],
	'documents.admin.deleteConfirm': ['Да, обриши овај документ', 'Yes, delete this document'],
	'documents.admin.deleteConfirmRequired': [
		'Потврдите брисање означавањем поља.',
		'Confirm the deletion by ticking the box.'
	],
	'documents.admin.deleteSubmit': ['Обриши документ', 'Delete the document'],
	'documents.admin.count': [
		{ one: '{count} документ', few: '{count} документа', other: '{count} докумената' },
		{ one: '{count} document', other: '{count} documents' }
	],

	'documents.public.title': ['Документи', 'Documents'],
	'documents.public.intro': [
		'Акциони планови, одлуке, извештаји, конкурси и правилници канцеларије, по врсти и години.',
		'The office’s action plans, decisions, reports, calls and regulations, by type and year.'
	],
	'documents.public.filters': ['Избор докумената', 'Choose documents'],
	'documents.public.typeFilter': ['Врста', 'Type'],
	'documents.public.anyType': ['Све врсте', 'All types'],
	'documents.public.yearFilter': ['Година', 'Year'],
	'documents.public.anyYear': ['Све године', 'All years'],
	'documents.public.filterSubmit': ['Прикажи', 'Show'],
	'documents.public.showAll': ['Прикажи све', 'Show all'],
	'documents.public.empty': ['Нема објављених докумената за овај избор.', 'No published documents match this choice.'],
	'documents.public.count': [
		{
			one: 'Пронађен је {count} документ.',
			few: 'Пронађена су {count} документа.',
			other: 'Пронађено је {count} докумената.'
		},
		{ one: '{count} document found.', other: '{count} documents found.' }
	],
	'documents.public.download': ['Преузми', 'Download'],
	'documents.public.fileInfo': ['{format}, {size}', '{format}, {size}'],
	'documents.public.year': ['Година: {year}', 'Year: {year}'],
	'documents.public.backToLibrary': ['Сви документи', 'All documents'],
	'documents.public.noEnglish': [
		'Овај документ нема опис на енглеском, па је приказан на српском.',
		'This document has no English description, so it is shown in Serbian.'
	],
	'documents.size.kb': ['{size} КБ', '{size} KB'],
	'documents.size.mb': ['{size} МБ', '{size} MB'],

	'documents.opendata.title': ['Документи (метаподаци)', 'Documents (metadata)'],
	'documents.opendata.description': [
		'Подаци о документима из јавне библиотеке канцеларије (одлуке, планови, извештаји, обрасци): назив, врста, година, формат и адреса за преузимање. Сами фајлови се преузимају са портала.',
		'About the documents in the office’s public library (decisions, plans, reports, forms): title, kind, year, format and download address. The files themselves are downloaded from the portal.'
	],
	'documents.opendata.keyword': ['документи', 'documents'],
	'documents.opendata.column.id': ['Трајни идентификатор документа', 'The document’s permanent identifier'],
	'documents.opendata.column.title': ['Назив документа', 'The document’s title'],
	'documents.opendata.column.title_en': ['Назив на енглеском, ако постоји', 'The title in English, if given'],
	'documents.opendata.column.type': ['Врста документа', 'Kind of document'],
	'documents.opendata.column.year': ['Година на коју се документ односи', 'The year the document belongs to'],
	'documents.opendata.column.description': ['Кратак опис', 'A short description'],
	'documents.opendata.column.description_en': [
		'Опис на енглеском, ако постоји',
		'The description in English, if given'
	],
	'documents.opendata.column.format': ['Формат фајла (наставак назива)', 'File format (its extension)'],
	'documents.opendata.column.size_bytes': ['Величина фајла у бајтовима', 'File size in bytes'],
	'documents.opendata.column.url': ['Страница документа на порталу', 'The document’s page on the portal'],
	'documents.opendata.column.file_url': ['Адреса за преузимање фајла', 'Where to download the file']
});
