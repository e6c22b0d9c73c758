import { defineMessages } from '../../i18n/define.ts';

export const mediaMessages = defineMessages({
	'media.kind': ['Слика', 'Image'],
	'media.nav': ['Медијатека', 'Media library'],
	'media.title': ['Медијатека', 'Media library'],
	'media.intro': [
		'Слике које поставите овде можете користити као насловне слике вести и унутар текста. Сваку слику смањујемо на неколико величина и савремених формата, па се брзо учитава и на телефону.',
		'Images uploaded here can be used as news covers and inside texts. Each image is resized into several sizes and modern formats, so it loads quickly on a phone too.'
	],
	'media.upload.title': ['Постави нову слику', 'Upload a new image'],
	'media.upload.submit': ['Постави слику', 'Upload image'],
	'media.upload.done': ['Слика је постављена.', 'The image has been uploaded.'],
	'media.field.file': ['Слика (JPEG, PNG или WebP, највише 8 МБ)', 'Image (JPEG, PNG or WebP, at most 8 MB)'],
	'media.field.alt': ['Опис слике', 'Image description'],
	'media.field.altHint': [
		'Опишите у једној реченици шта се види на слици, за читаоце који је не виде (нпр. „Млади волонтери саде дрвеће у парку”).',
		'Describe in one sentence what the image shows, for readers who cannot see it (e.g. “Young volunteers planting trees in the park”).'
	],
	'media.field.altEn': ['Опис слике на енглеском', 'Image description in English'],
	'media.contributed.field': [
		'Слике (JPEG, PNG или WebP, до 8 МБ свака)',
		'Images (JPEG, PNG or WebP, up to 8 MB each)'
	],
	'media.contributed.hint': [
		{
			by: 'max',
			one: 'Највише {max} слика. Смањујемо је и из ње бришемо податке о месту и апарату.',
			few: 'Највише {max} слике. Смањујемо их и из њих бришемо податке о месту и апарату.',
			other: 'Највише {max} слика. Смањујемо их и из њих бришемо податке о месту и апарату.'
		},
		{
			by: 'max',
			one: 'At most {max} image. We resize it and remove location and camera data from it.',
			other: 'At most {max} images. We resize them and remove location and camera data from them.'
		}
	],
	'media.contributed.alt': [
		'Кратак опис слика, за читаоце који их не виде',
		'A short description of the images, for readers who cannot see them'
	],
	'media.contributed.kept': ['Већ додате слике', 'Images already added'],
	'media.contributed.item': ['Слика {number}', 'Image {number}'],
	'media.contributed.remove': ['Уклони слику {number}', 'Remove image {number}'],
	'media.error.missing': ['Изаберите слику.', 'Choose an image.'],
	'media.error.tooLarge': [
		'Слика је већа од 8 МБ. Смањите је и покушајте поново.',
		'The image is larger than 8 MB. Make it smaller and try again.'
	],
	'media.error.wrongType': [
		'Ова датотека није слика коју прихватамо. Поставите JPEG, PNG или WebP слику.',
		'This file is not an image we accept. Upload a JPEG, PNG or WebP image.'
	],
	'media.error.tooMany': [
		{
			by: 'max',
			one: 'Можете додати највише {max} слику.',
			few: 'Можете додати највише {max} слике.',
			other: 'Можете додати највише {max} слика.'
		},
		{ by: 'max', one: 'You can add at most {max} image.', other: 'You can add at most {max} images.' }
	],
	'media.error.unreadable': [
		'Слику није могуће прочитати; можда је оштећена. Сачувајте је поново и покушајте опет.',
		'The image could not be read; it may be damaged. Save it again and retry.'
	],
	'media.error.tooManyPixels': [
		'Слика има превише пиксела. Смањите је на највише 40 мегапиксела и покушајте поново.',
		'The image has too many pixels. Reduce it to at most 40 megapixels and try again.'
	],
	'media.error.inUse': [
		'Ова слика се још приказује на порталу (као насловна слика или у тексту), па је не можемо обрисати. Прво је уклоните са места наведених испод, па покушајте поново.',
		'This image is still shown on the portal (as a cover or inside a text), so it cannot be deleted. Remove it from the places listed below first, then try again.'
	],
	'media.edit.usedIn': ['Где се слика приказује', 'Where the image is shown'],
	'media.list.count': [
		{ one: '{count} слика', few: '{count} слике', other: '{count} слика' },
		{ one: '{count} image', other: '{count} images' }
	],
	'media.list.empty': [
		'Медијатека је још празна. Поставите прву слику обрасцем изнад.',
		'The media library is still empty. Upload the first image with the form above.'
	],
	'media.list.heading': ['Слике у медијатеци', 'Images in the library'],
	'media.list.uploadedAt': ['Постављено {date}', 'Uploaded {date}'],
	'media.list.noAlt': ['(без описа на енглеском)', '(no English description)'],
	'media.edit.back': ['Назад у медијатеку', 'Back to the media library'],
	'media.edit.title': ['Слика: {alt}', 'Image: {alt}'],
	'media.edit.size': [
		{
			by: 'height',
			one: 'Величина оригинала: {width} са {height} пиксел',
			few: 'Величина оригинала: {width} са {height} пиксела',
			other: 'Величина оригинала: {width} са {height} пиксела'
		},
		{
			by: 'height',
			one: 'Original size: {width} by {height} pixel',
			other: 'Original size: {width} by {height} pixels'
		}
	],
	'media.edit.variants': ['Направљене величине', 'Sizes made'],
	'media.edit.variantsList': [
		'Ширине {widths} пиксела, свака у три формата: за новије и за старије прегледаче.',
		'Widths {widths} pixels, each in three formats: for newer and for older browsers.'
	],
	'media.edit.describe': ['Опис слике', 'Image description'],
	'media.edit.save': ['Сачувај опис', 'Save description'],
	'media.edit.saved': ['Опис слике је сачуван.', 'The image description has been saved.'],
	'media.edit.deleteTitle': ['Брисање слике', 'Delete the image'],
	'media.edit.deleteText': [
		'Слика и све њене величине биће трајно обрисане. Слику коју користи нека вест не можемо обрисати.',
		'The image and all its sizes will be deleted for good. An image used by an article cannot be deleted.'
	],
	'media.edit.delete': ['Обриши слику', 'Delete image'],
	'media.edit.deleteConfirm': ['Разумем да се слика брише трајно.', 'I understand the image is deleted for good.'],
	'media.edit.deleteConfirmRequired': [
		'Потврдите да желите да обришете слику.',
		'Confirm that you want to delete the image.'
	],
	'media.edit.deleted': ['Слика је обрисана.', 'The image has been deleted.'],
	'media.edit.link': ['Адреса слике за уградњу', 'Image address for embedding'],
	'media.picker.none': ['Без слике', 'No image'],
	'media.picker.libraryEmpty': [
		'У медијатеци још нема слика. Поставите прву овде.',
		'There are no images in the media library yet. Upload the first one here.'
	],
	'media.picker.upload': ['Или поставите нову слику', 'Or upload a new image'],
	'media.picker.uploadHint': [
		'Нова слика се чува у медијатеци и бира се овде уместо изабране изнад.',
		'A new image is kept in the media library and is used here instead of the one chosen above.'
	]
});
