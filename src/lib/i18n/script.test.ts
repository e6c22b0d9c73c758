import { describe, it, expect } from 'vitest';
import { convertHtmlText, detectScript, searchKey, toCyrillic, toLatin, toScript } from './script.ts';
import { DIGRAPH_EXCEPTIONS } from './script-exceptions.ts';

/** The Serbian alphabet in Cyrillic order, each letter with its Latin twin. */
// prettier-ignore
const ALPHABET: [string, string][] = [
	['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['ђ', 'đ'], ['е', 'e'], ['ж', 'ž'],
	['з', 'z'], ['и', 'i'], ['ј', 'j'], ['к', 'k'], ['л', 'l'], ['љ', 'lj'], ['м', 'm'], ['н', 'n'],
	['њ', 'nj'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['ћ', 'ć'], ['у', 'u'],
	['ф', 'f'], ['х', 'h'], ['ц', 'c'], ['ч', 'č'], ['џ', 'dž'], ['ш', 'š']
];

const KEEP = ['Erasmus+', 'Instagram', 'Facebook', 'YouTube'];

describe('every letter', () => {
	it('has 30 letters in the table', () => {
		expect(ALPHABET).toHaveLength(30);
	});

	it.each(ALPHABET)('%s ↔ %s in lower case', (cyrillic, latin) => {
		expect(toLatin(cyrillic)).toBe(latin);
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it.each(ALPHABET)('%s ↔ %s capitalised before a lower-case letter', (cyrillic, latin) => {
		const cyrillicWord = cyrillic.toUpperCase() + 'а';
		const latinWord = latin[0].toUpperCase() + latin.slice(1) + 'a';
		expect(toLatin(cyrillicWord)).toBe(latinWord);
		expect(toCyrillic(latinWord)).toBe(cyrillicWord);
	});

	it.each(ALPHABET)('%s ↔ %s in an all-caps word', (cyrillic, latin) => {
		const cyrillicWord = 'А' + cyrillic.toUpperCase() + 'А';
		const latinWord = 'A' + latin.toUpperCase() + 'A';
		expect(toLatin(cyrillicWord)).toBe(latinWord);
		expect(toCyrillic(latinWord)).toBe(cyrillicWord);
	});

	it('converts the whole alphabet in one string', () => {
		const cyrillic = ALPHABET.map(([c]) => c).join('');
		const latin = ALPHABET.map(([, l]) => l).join('');
		expect(toLatin(cyrillic)).toBe('abvgdđežzijklljmnnjoprstćufhcčdžš');
		expect(toLatin(cyrillic.toUpperCase())).toBe('ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ');
		expect(toCyrillic(latin)).toBe(cyrillic);
	});
});

describe('toLatin', () => {
	it.each([
		['Љубовија', 'Ljubovija'],
		['ЉУБОВИЈА', 'LJUBOVIJA'],
		['Џеп', 'Džep'],
		['ЏЕП', 'DŽEP'],
		['Његош', 'Njegoš'],
		['ЊЕГОШ', 'NJEGOŠ'],
		['КОЊ', 'KONJ'],
		['Коњ', 'Konj'],
		['Љ', 'Lj'],
		['Џ.', 'Dž.'],
		['ЉУБАВ и Љубав', 'LJUBAV i Ljubav'],
		['КЗМ ЉУ', 'KZM LJU'],
		['Ђорђе Ћирић', 'Đorđe Ćirić'],
		['Канцеларија за младе', 'Kancelarija za mlade'],
		['Шта ће бити, биће!', 'Šta će biti, biće!']
	])('%s → %s', (cyrillic, latin) => {
		expect(toLatin(cyrillic)).toBe(latin);
	});

	it('leaves Latin, digits, punctuation and emoji alone', () => {
		expect(toLatin('Hello, World 123 😀 — „citat“')).toBe('Hello, World 123 😀 — „citat“');
		expect(toLatin('Ћао 😀, B2 ниво!')).toBe('Ćao 😀, B2 nivo!');
	});

	it('leaves words with letters Serbian does not use as they are', () => {
		expect(toLatin('Юрий Гагарин')).toBe('Юрий Gagarin');
		expect(toLatin('Ѓорѓи и Ѕвонко')).toBe('Ѓорѓи i Ѕвонко');
	});

	it('maps the accented ѝ and ѐ to their Latin twins', () => {
		expect(toLatin('дала ѝ је')).toBe('dala ì je');
		expect(toLatin('Ѐ')).toBe('È');
	});

	it('keeps combining accents and looks through them for capitals', () => {
		expect(toLatin('ру\u0300ка')).toBe('ru\u0300ka');
		expect(toLatin('Љ\u0301УБАВ')).toBe('LJ\u0301UBAV');
	});
});

describe('toCyrillic', () => {
	it.each([
		['Ljubovija', 'Љубовија'],
		['LJUBOVIJA', 'ЉУБОВИЈА'],
		['LJubovija', 'Љубовија'],
		['Njegoš', 'Његош'],
		['NJEGOŠ', 'ЊЕГОШ'],
		['Džep', 'Џеп'],
		['DŽEP', 'ЏЕП'],
		['DžEP', 'ЏЕП'],
		['LjUBAV', 'ЉУБАВ'],
		['Lj', 'Љ'],
		['konj', 'коњ'],
		['Đorđe Ćirić', 'Ђорђе Ћирић'],
		['Kancelarija za mlade', 'Канцеларија за младе']
	])('%s → %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it('never guesses đ or dž from letters typed without diacritics', () => {
		expect(toCyrillic('djak')).toBe('дјак');
		expect(toCyrillic('Djordje')).toBe('Дјордје');
		expect(toCyrillic('budzašto, dzep')).toBe('будзашто, дзеп');
	});

	it('accepts a decomposed caron (z + U+030C)', () => {
		expect(toCyrillic('dz\u030cep c\u030cas s\u030cuma')).toBe('џеп час шума');
		expect(toCyrillic('c\u0301erka')).toBe('ћерка');
	});

	it('accepts the single-code-point digraph letters U+01C4–U+01CC', () => {
		expect(toCyrillic('ǄEP ǅep ǆep')).toBe('ЏЕП Џеп џеп');
		expect(toCyrillic('ǇUBAV ǈubav ǉubav')).toBe('ЉУБАВ Љубав љубав');
		expect(toCyrillic('ǊEGOŠ ǋegoš ǌegoš')).toBe('ЊЕГОШ Његош његош');
	});

	it('passes text already in Cyrillic through unchanged', () => {
		const text = 'Канцеларија за младе, Ивањица — „Љубав“ 2026.';
		expect(toCyrillic(text)).toBe(text);
	});

	it('converts a sentence with an e-mail, a date and a web address', () => {
		expect(toCyrillic('Prijave na adresu kzm@ivanjica.rs do 15. marta, www.ivanjica.rs')).toBe(
			'Пријаве на адресу kzm@ivanjica.rs до 15. марта, www.ivanjica.rs'
		);
	});

	it('keeps Erasmus+ and a Roman numeral', () => {
		expect(toCyrillic('Erasmus+ projekat u XXI veku', { keepLatin: KEEP })).toBe('Erasmus+ пројекат у XXI веку');
		expect(toCyrillic('Erasmus+ projekat u XXI veku')).toBe('Ерасмус+ пројекат у XXI веку');
	});

	it('keeps a level code inside Cyrillic text', () => {
		expect(toCyrillic('Курс енглеског B2 нивоа')).toBe('Курс енглеског B2 нивоа');
		expect(toCyrillic('Kurs engleskog B2 nivoa')).toBe('Курс енглеског B2 нивоа');
	});

	it.each([
		['https://kzm.ivanjica.rs/vesti?id=3&strana=2', 'https://kzm.ivanjica.rs/vesti?id=3&strana=2'],
		['Vidi (https://www.ivanjica.rs/kzm).', 'Види (https://www.ivanjica.rs/kzm).'],
		['Sajt: kzm.ivanjica.rs, pišite nam.', 'Сајт: kzm.ivanjica.rs, пишите нам.'],
		['Pišite na „kzm@ivanjica.rs“!', 'Пишите на „kzm@ivanjica.rs“!'],
		['Pratite @kzm_ivanjica', 'Пратите @kzm_ivanjica'],
		['Preuzmite plan.pdf ovde', 'Преузмите plan.pdf овде'],
		['mailto:kzm@ivanjica.rs', 'mailto:kzm@ivanjica.rs'],
		['ftp://server/fajl', 'ftp://server/fajl'],
		['Kraj.Početak', 'Крај.Почетак']
	])('URLs, e-mails, handles and file names stay Latin: %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it.each([
		['B2 nivo', 'B2 ниво'],
		['COVID-19 mere', 'COVID-19 мере'],
		['3D štampa i 4K ekran', '3D штампа и 4K екран'],
		['H2O i CO2', 'H2O и CO2'],
		['tokom 1990-ih i 20-ak godina', 'током 1990-их и 20-ак година'],
		['od 15 do 30 godina', 'од 15 до 30 година']
	])('tokens with digits stay Latin, case endings of numbers do not: %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it.each([
		['Wi-Fi mreža', 'Wi-Fi мрежа'],
		['New York', 'New York'],
		['Xbox i Quiz', 'Xbox и Quiz'],
		['café i Müller', 'café и Müller'],
		['iPhone, TikTok i McDonald', 'iPhone, TikTok и McDonald'],
		['Instagram i Facebook', 'Инстаграм и Фацебоок']
	])('foreign-looking words stay Latin, others convert: %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it.each([
		['XIV vek', 'XIV век'],
		['II, VIII i MMXXVI', 'II, VIII и MMXXVI'],
		['XXI vek', 'XXI век'],
		['VI razred', 'VI разред'],
		['DA LI VI ZNATE?', 'ДА ЛИ ВИ ЗНАТЕ?'],
		['ZNATE? VI razred', 'ЗНАТЕ? VI разред'],
		['MI SMO TU', 'МИ СМО ТУ'],
		['Vi i mi', 'Ви и ми'],
		['I onda', 'И онда'],
		['CIVIL i LIM', 'ЦИВИЛ и ЛИМ'],
		['Xiv', 'Xiv'],
		['XXI-og veka', 'XXI-ог века'],
		['VI-og razreda', 'VI-ог разреда'],
		['XXI-Og', 'XXI-Og']
	])('Roman numerals stay Latin, words made of the same letters do not: %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});
});

describe('digraph exceptions', () => {
	it.each([
		['injekcija', 'инјекција'],
		['injekcije', 'инјекције'],
		['Injekcijom', 'Инјекцијом'],
		['INJEKCIJA', 'ИНЈЕКЦИЈА'],
		['injektirati', 'инјектирати'],
		['konjugacija', 'конјугација'],
		['konjugaciji', 'конјугацији'],
		['konjunkcija', 'конјункција'],
		['konjunktura', 'конјунктура'],
		['konjunktivu', 'конјунктиву'],
		['injunkcija', 'инјункција'],
		['vanjezički', 'ванјезички'],
		['izvanjezičkog', 'изванјезичког'],
		['Tanjug', 'Танјуг'],
		['anjon', 'анјон'],
		['panjelinizam', 'панјелинизам'],
		['nadživeti', 'надживети'],
		['nadživela', 'надживела'],
		['nadživljavati', 'надживљавати'],
		['NADŽIVLJAVATI', 'НАДЖИВЉАВАТИ'],
		['nadžnjeti', 'наджњети'],
		['nadžeti', 'наджети'],
		['podžupan', 'поджупан'],
		['podžupanija', 'поджупанија'],
		['podžanr', 'поджанр'],
		['podžanrovi', 'поджанрови'],
		['odžaliti', 'оджалити'],
		['predživotni', 'предживотни'],
		['anti-injekcijski', 'анти-инјекцијски']
	])('%s → %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it.each([
		['konj', 'коњ'],
		['konjanik', 'коњаник'],
		['Konjic', 'Коњиц'],
		['panj', 'пањ'],
		['tanjir', 'тањир'],
		['nadžak', 'наџак'],
		['njegov', 'његов'],
		['odžak', 'оџак'],
		['nadzor', 'надзор'],
		['odjek', 'одјек']
	])('ordinary words keep their digraphs: %s → %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});

	it('lists each stem once, lower case, with a split before j or ž', () => {
		expect(new Set(DIGRAPH_EXCEPTIONS).size).toBe(DIGRAPH_EXCEPTIONS.length);
		for (const entry of DIGRAPH_EXCEPTIONS) {
			expect(entry).toBe(entry.toLowerCase());
			expect(entry).toMatch(/^[a-zčćđšž]*(?:n\|j|l\|j|d\|ž)[a-zčćđšž]*$/);
		}
	});
});

describe('keepLatin', () => {
	it('keeps listed words case-insensitively, on word boundaries', () => {
		expect(toCyrillic('Pratite nas na instagram i YOUTUBE kanalu', { keepLatin: KEEP })).toBe(
			'Пратите нас на instagram и YOUTUBE каналу'
		);
		expect(toCyrillic('Instagramu i Facebooku', { keepLatin: KEEP })).toBe('Инстаграму и Фацебооку');
		expect(toCyrillic('superinstagram', { keepLatin: KEEP })).toBe('суперинстаграм');
	});

	it('keeps inflected forms when the entry ends in *', () => {
		expect(toCyrillic('na Facebooku i Facebook stranici', { keepLatin: ['Facebook*'] })).toBe(
			'на Facebooku и Facebook страници'
		);
	});

	it('keeps phrases across spaces and accepts any iterable', () => {
		expect(
			toCyrillic('Program Youth Pass i Local Action Plan', { keepLatin: new Set(['local action plan', 'Youth Pass']) })
		).toBe('Програм Youth Pass и Local Action Plan');
	});

	it('notices a list changed in place between calls', () => {
		const list = ['Instagram'];
		expect(toCyrillic('Instagram i Facebook', { keepLatin: list })).toBe('Instagram и Фацебоок');
		list.push('Facebook');
		expect(toCyrillic('Instagram i Facebook', { keepLatin: list })).toBe('Instagram и Facebook');
		list.length = 0;
		expect(toCyrillic('Instagram i Facebook', { keepLatin: list })).toBe('Инстаграм и Фацебоок');
	});

	it('matches a phrase across a non-breaking space or a tab', () => {
		expect(toCyrillic('Local\u00a0Action\tPlan i plan', { keepLatin: ['Local  Action Plan'] })).toBe(
			'Local\u00a0Action\tPlan и план'
		);
		expect(convertHtmlText('Local&nbsp;Action Plan i plan', 'cyrl', { keepLatin: ['local action plan'] })).toBe(
			'Local&nbsp;Action Plan и план'
		);
	});

	it('ignores blank entries and a bare *', () => {
		expect(toCyrillic('Ljubav', { keepLatin: ['', '  ', '*'] })).toBe('Љубав');
	});
});

describe('toScript', () => {
	it('dispatches to the script asked for', () => {
		expect(toScript('Омладински клуб', 'latn')).toBe('Omladinski klub');
		expect(toScript('Omladinski klub', 'cyrl')).toBe('Омладински клуб');
		expect(toScript('Instagram klub', 'cyrl', { keepLatin: KEEP })).toBe('Instagram клуб');
		expect(toScript('Instagram клуб', 'latn', { keepLatin: KEEP })).toBe('Instagram klub');
	});
});

describe('round trip', () => {
	const paragraphs = [
		'Канцеларија за младе општине Ивањица већ годинама окупља ђаке, студенте и младе људе од 15 до 30 ' +
			'година. Њени сарадници организују радионице, волонтерске акције и саветовање о каријери, а џепни ' +
			'водич кроз програме чека вас у омладинском клубу.',
		'Чекамо ваше идеје: свака жеља, предлог или шала добро дођу! Локални омладински парламент се састаје ' +
			'сваког четвртка у 18 часова, а пријаве за јавни конкурс трају до краја месеца.',
		'ЉУБАВ, ЊИВА И ЏЕП — КЗМ ЗА СВЕ МЛАДЕ. Ђурђевдан, Ћуприја, Шабац и Жабљак.',
		'ДА ЛИ ВИ ЗНАТЕ ДА МИ ИМАМО И ВОЛОНТЕРСКИ СЕРВИС?'
	];

	it.each(paragraphs)('toCyrillic(toLatin(x)) === x: %s', (text) => {
		const latin = toLatin(text);
		expect(latin).not.toBe(text);
		expect(toCyrillic(latin)).toBe(text);
	});

	it('converts the first paragraph to the exact Latin text', () => {
		expect(toLatin(paragraphs[0])).toBe(
			'Kancelarija za mlade opštine Ivanjica već godinama okuplja đake, studente i mlade ljude od 15 do 30 ' +
				'godina. Njeni saradnici organizuju radionice, volonterske akcije i savetovanje o karijeri, a džepni ' +
				'vodič kroz programe čeka vas u omladinskom klubu.'
		);
	});
});

describe('detectScript', () => {
	it.each([
		['Омладински клуб', 'cyrl'],
		['Omladinski klub', 'latn'],
		['Ljubav', 'latn'],
		['Пријаве на kzm@ivanjica.rs', 'cyrl'],
		['Пријаве: https://www.ivanjica.rs/kancelarija-za-mlade', 'cyrl'],
		['Kancelarija за младе', 'latn'],
		['ab аб', 'cyrl'],
		['Юрий', 'cyrl']
	])('%s → %s', (text, script) => {
		expect(detectScript(text)).toBe(script);
	});

	it.each(['', '   ', '123 — 456!', '😀', 'Ελληνικά'])('returns null without Serbian-script letters: %j', (text) => {
		expect(detectScript(text)).toBeNull();
	});
});

describe('searchKey', () => {
	it('folds script, case and diacritics for the required examples', () => {
		expect(searchKey('Шумадија')).toBe('sumadija');
		expect(searchKey('sumadija')).toBe('sumadija');
		expect(searchKey('Омладински')).toBe(searchKey('omladinski'));
		expect(searchKey('Omladinski')).toBe('omladinski');
	});

	it.each(['Đorđe', 'Djordje', 'Ђорђе', 'ĐORĐE', 'DJORDJE', 'Dјорdje'])('%s → dorde', (text) => {
		expect(searchKey(text)).toBe('dorde');
	});

	it.each(['Čačak', 'cacak', 'ЧАЧАК', 'CAČAK', 'Ćaćak'])('%s → cacak', (text) => {
		expect(searchKey(text)).toBe('cacak');
	});

	it.each([
		['Džep', 'dzep'],
		['џеп', 'dzep'],
		['ǆep', 'dzep'],
		['ǅEP', 'dzep'],
		['Љубав и Њива', 'ljubav i njiva'],
		['ǉubav', 'ljubav'],
		['Žabljak i Шабац', 'zabljak i sabac'],
		['  Kancelarija   za\tmlade\n ', 'kancelarija za mlade'],
		['e-mail: kzm@ivanjica.rs', 'e mail kzm ivanjica rs'],
		['COVID-19, B2!', 'covid 19 b2'],
		['Café Müller', 'cafe muller'],
		['ﬁnale', 'finale'],
		['Ђак', 'dak'],
		['', ''],
		['!!! ??? ', '']
	])('%s → %s', (text, key) => {
		expect(searchKey(text)).toBe(key);
	});

	it('gives the same key for a title in either script', () => {
		const latin = 'Lokalni akcioni plan za mlade opštine Ivanjica';
		expect(searchKey(toCyrillic(latin))).toBe(searchKey(latin));
		expect(searchKey(latin)).toBe('lokalni akcioni plan za mlade opstine ivanjica');
	});
});

describe('convertHtmlText', () => {
	const cyrl = (html: string) => convertHtmlText(html, 'cyrl', { keepLatin: KEEP });
	const latn = (html: string) => convertHtmlText(html, 'latn');

	it('converts text nodes, never tag names or other attributes', () => {
		expect(cyrl('<p class="lead" data-note="ljubav">Ljubav i <b>nada</b></p>')).toBe(
			'<p class="lead" data-note="ljubav">Љубав и <b>нада</b></p>'
		);
		expect(cyrl('<a href="https://kzm.rs/vesti/ljubav" id="link">Vesti</a>')).toBe(
			'<a href="https://kzm.rs/vesti/ljubav" id="link">Вести</a>'
		);
	});

	it('converts alt, title and aria-label values only', () => {
		expect(cyrl('<img src="slika.png" alt="Mladi u parku">')).toBe('<img src="slika.png" alt="Млади у парку">');
		expect(cyrl('<button aria-label="Zatvori" title=\'Zatvori prozor\' value="Zatvori">x</button>')).toBe(
			'<button aria-label="Затвори" title=\'Затвори прозор\' value="Zatvori">x</button>'
		);
		expect(cyrl('<IMG ALT=Slika SRC=slika.png>')).toBe('<IMG ALT=Слика SRC=slika.png>');
		expect(cyrl('<a title="a > b" href="x">Tekst</a>')).toBe('<a title="а > б" href="x">Текст</a>');
		expect(cyrl('<abbr title="Kancelarija &amp; klub">KZM</abbr>')).toBe(
			'<abbr title="Канцеларија &amp; клуб">КЗМ</abbr>'
		);
	});

	it('leaves code, pre, kbd, samp, script, style and textarea alone, nesting included', () => {
		expect(cyrl('<code><b>kod</b> ljubav</code> ljubav')).toBe('<code><b>kod</b> ljubav</code> љубав');
		expect(cyrl('<pre>npm run dev</pre><kbd>Ctrl</kbd><samp>greška</samp>')).toBe(
			'<pre>npm run dev</pre><kbd>Ctrl</kbd><samp>greška</samp>'
		);
		expect(cyrl('<script>if (a<b) { x = "ljubav"; }</script>Ljubav')).toBe(
			'<script>if (a<b) { x = "ljubav"; }</script>Љубав'
		);
		expect(cyrl('<style>p > a { content: "nada"; }</style><textarea>nada</textarea>nada')).toBe(
			'<style>p > a { content: "nada"; }</style><textarea>nada</textarea>нада'
		);
		expect(cyrl('<CODE>kod</CODE> tekst')).toBe('<CODE>kod</CODE> текст');
		expect(cyrl('<code><img alt="slika"></code>')).toBe('<code><img alt="slika"></code>');
	});

	it('leaves foreign-language and notranslate elements alone', () => {
		expect(cyrl('Projekat <span lang="en">Youth in Action</span> traje')).toBe(
			'Пројекат <span lang="en">Youth in Action</span> траје'
		);
		expect(cyrl('<span lang="sr-Latn">Ljubav</span> <span lang="sr">nada</span>')).toBe(
			'<span lang="sr-Latn">Љубав</span> <span lang="sr">нада</span>'
		);
		expect(cyrl('<div lang="en">Hello <span lang="sr">zdravo</span> there</div> kraj')).toBe(
			'<div lang="en">Hello <span lang="sr">здраво</span> there</div> крај'
		);
		expect(cyrl('<span translate="no">Nada</span> <span class="x notranslate">Nada</span> Nada')).toBe(
			'<span translate="no">Nada</span> <span class="x notranslate">Nada</span> Нада'
		);
		expect(cyrl('<div translate="no">a <span translate="yes">nada</span></div>')).toBe(
			'<div translate="no">a <span translate="yes">нада</span></div>'
		);
		expect(cyrl('<img lang="en" alt="Sunset">')).toBe('<img lang="en" alt="Sunset">');
		expect(cyrl('<i lang="srn">Mi lobi</i> <i lang="">nada</i> <i lang="SR-latn">nada</i>')).toBe(
			'<i lang="srn">Mi lobi</i> <i lang="">nada</i> <i lang="SR-latn">нада</i>'
		);
		expect(cyrl('<svg><text>nada</text></svg> nada')).toBe('<svg><text>nada</text></svg> нада');
	});

	it('keeps entities intact, and words still meet across &nbsp;', () => {
		expect(cyrl('Ljubav&nbsp;i&nbsp;nada &amp; &#x41; &#65; &copy; &nbsp')).toBe(
			'Љубав&nbsp;и&nbsp;нада &amp; &#x41; &#65; &copy; &nbsp'
		);
		expect(cyrl('&lt;b&gt; nije tag')).toBe('&lt;б&gt; није таг');
		expect(cyrl('Adresa&nbsp;www.ivanjica.rs&nbsp;i kzm@ivanjica.rs')).toBe(
			'Адреса&nbsp;www.ivanjica.rs&nbsp;и kzm@ivanjica.rs'
		);
		expect(cyrl('Link https://x.rs/?a=1&amp;b=2 i dalje')).toBe('Линк https://x.rs/?a=1&amp;b=2 и даље');
	});

	it('copies comments, doctype, CDATA and void elements as they are', () => {
		expect(cyrl('<!-- Ljubav --><p>Ljubav</p><!--nada-->')).toBe('<!-- Ljubav --><p>Љубав</p><!--nada-->');
		expect(cyrl('<!doctype html><![CDATA[nada]]>nada')).toBe('<!doctype html><![CDATA[nada]]>нада');
		expect(cyrl('Prvi<br>drugi<br/>treći<hr />kraj<img src="a.png"/>')).toBe(
			'Први<br>други<br/>трећи<hr />крај<img src="a.png"/>'
		);
		expect(cyrl('<title>Vesti</title>Vesti')).toBe('<title>Вести</title>Вести');
	});

	it('treats a lone < as text and closes mismatched tags sensibly', () => {
		expect(cyrl('a < b i c<d')).toBe('а < б и ц<d');
		expect(cyrl('<code><b>kod</code> tekst</b> kraj')).toBe('<code><b>kod</code> текст</b> крај');
		expect(cyrl('<b>jedan</i> dva</b>')).toBe('<b>један</i> два</b>');
		expect(cyrl('</p>nada')).toBe('</p>нада');
	});

	it('uses keepLatin in text and attributes', () => {
		expect(cyrl('<p title="Erasmus+ info">Erasmus+ projekat</p>')).toBe(
			'<p title="Erasmus+ инфо">Erasmus+ пројекат</p>'
		);
	});

	it('converts Cyrillic HTML to Latin the same way', () => {
		expect(
			latn('<p title="Вести" class="ш">Вести &amp; <b>Љубав</b> <code>ш</code> <span lang="ru">Юрий и</span></p>')
		).toBe('<p title="Vesti" class="ш">Vesti &amp; <b>Ljubav</b> <code>ш</code> <span lang="ru">Юрий и</span></p>');
		expect(latn('<img alt="ЉУБАВ" src="љ.png"><!-- ш -->')).toBe('<img alt="LJUBAV" src="љ.png"><!-- ш -->');
	});

	it.each([
		['', ''],
		['<', '<'],
		['<p', '<p'],
		['tekst <p title="bez kraja', 'текст <p title="bez kraja'],
		['<p>tekst <a href="x', '<p>текст <a href="x'],
		['</', '</'],
		['</p', '</p'],
		['<!-- bez kraja', '<!-- bez kraja'],
		['nada <!', 'нада <!'],
		['&', '&'],
		['&#', '&#'],
		['&#x;', '&#x;'],
		['<<<>>> nada', '<<<>>> нада'],
		['<a <b>nada</b>', '<a <b>нада</b>'],
		['<script>nada', '<script>nada'],
		['nada</div></span>', 'нада</div></span>'],
		['<p =x>nada</p>', '<p =x>нада</p>']
	])('never throws on malformed input: %j', (html, expected) => {
		expect(cyrl(html)).toBe(expected);
	});

	it('stays linear on pathological input', () => {
		const inputs = [
			'<b>'.repeat(50_000) + '</i>'.repeat(50_000),
			'<a'.repeat(100_000),
			'< '.repeat(100_000),
			'&'.repeat(100_000),
			'<script>' + '</'.repeat(100_000),
			'<p title="x>'.repeat(50_000),
			'<b><i>'.repeat(50_000) + '</b>'.repeat(50_000)
		];
		const started = performance.now();
		for (const html of inputs) expect(typeof convertHtmlText(html, 'cyrl')).toBe('string');
		expect(performance.now() - started).toBeLessThan(3000);
	});
});

describe('speed', () => {
	it('converts a long text in linear time', () => {
		const sentence = 'Kancelarija za mlade Ivanjica, www.ivanjica.rs, VI razred, Ljubav i NJEGOŠ. ';
		const text = sentence.repeat(20_000);
		const started = performance.now();
		const cyrillic = toCyrillic(text, { keepLatin: KEEP });
		const latin = toLatin(cyrillic);
		expect(performance.now() - started).toBeLessThan(3000);
		expect(latin).toBe(text);
		expect(cyrillic).toBe('Канцеларија за младе Ивањица, www.ivanjica.rs, VI разред, Љубав и ЊЕГОШ. '.repeat(20_000));
	});
});
