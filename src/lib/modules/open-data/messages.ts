import { defineMessages } from '../../i18n/define.ts';

export const openDataMessages = defineMessages({
	'opendata.nav': ['Отворени подаци', 'Open data'],
	'opendata.public.title': ['Отворени подаци', 'Open data'],
	'opendata.public.intro': [
		'Јавни подаци канцеларије за младе у машински читљивом облику: догађаји, вести, прилике, документи, организације, локални акциони план и објављени резултати истраживања. Слободно их преузмите и користите под условима лиценце. Лични подаци се овде никада не објављују.',
		'The youth office’s public data in machine-readable form: events, news, opportunities, documents, organisations, the local action plan and published research results. Download and reuse them freely under the licence. Personal data is never published here.'
	],
	'opendata.public.licence': ['Лиценца: {licence}.', 'Licence: {licence}.'],
	'opendata.public.licenceLink': ['Текст лиценце', 'The licence text'],
	'opendata.public.api': [
		'Исти подаци доступни су и преко јавног API-ја (само читање, JSON, са страничењем). Опис API-ја у формату OpenAPI 3.1:',
		'The same data is also available through a public API (read-only JSON, with pages). The API described in OpenAPI 3.1:'
	],
	'opendata.public.catalogue': [
		'Метаподаци каталога за националне портале (DCAT-AP, JSON-LD):',
		'The catalogue’s metadata for national portals (DCAT-AP, JSON-LD):'
	],
	'opendata.public.datasets': ['Скупови података', 'Datasets'],
	'opendata.public.count': [
		{ one: '{count} запис', few: '{count} записа', other: '{count} записа' },
		{ one: '{count} record', other: '{count} records' }
	],
	'opendata.public.updated': ['Последња измена: {date}', 'Last updated: {date}'],
	'opendata.public.neverUpdated': ['Још нема објављених података.', 'Nothing published yet.'],
	'opendata.public.downloadCsv': ['Преузми CSV', 'Download CSV'],
	'opendata.public.downloadJson': ['Преузми JSON', 'Download JSON'],
	'opendata.public.viewApi': ['Преко API-ја', 'Through the API'],
	'opendata.public.columns': ['Колоне', 'Columns'],
	'opendata.public.columnsOf': ['Колоне скупа „{title}”', 'Columns of “{title}”'],
	'opendata.public.columnName': ['Назив колоне', 'Column name'],
	'opendata.public.columnType': ['Врста вредности', 'Kind of value'],
	'opendata.public.columnMeaning': ['Значење', 'Meaning'],
	'opendata.public.mayBeEmpty': ['може бити празно', 'may be empty'],
	'opendata.public.empty': [
		'Канцеларија још није објавила ниједан скуп података.',
		'The office has not published any dataset yet.'
	],
	'opendata.type.string': ['текст', 'text'],
	'opendata.type.integer': ['цео број', 'whole number'],
	'opendata.type.number': ['број', 'number'],
	'opendata.type.boolean': ['да/не (true/false)', 'yes/no (true/false)'],
	'opendata.type.date': ['датум (ГГГГ-ММ-ДД)', 'date (YYYY-MM-DD)'],
	'opendata.type.datetime': ['датум и време (ISO 8601, UTC)', 'date and time (ISO 8601, UTC)'],
	'opendata.catalogue.title': ['Отворени подаци: {office}', 'Open data: {office}'],
	'opendata.api.title': ['Јавни API', 'Public API'],
	'opendata.api.description': [
		'Јавни подаци канцеларије за младе, само за читање. Сваки скуп података има своју адресу, по страницама; сваки одговор носи ознаку верзије, па се непромењени подаци не преузимају поново. Лични подаци се не објављују.',
		'The youth office’s public data, read-only. Each dataset has its own address with pages (page, limit); answers carry an ETag for If-None-Match. No personal data is published.'
	],
	'opendata.api.index': ['Списак скупова података', 'The list of datasets'],
	'opendata.api.dataset': ['Једна страна скупа података', 'One page of a dataset'],
	'opendata.api.error': ['Грешка, описана у JSON-у', 'An error, described in JSON'],
	'opendata.api.notModified': ['Непромењено од копије коју већ имате', 'Unchanged since the copy you hold']
});
