/**
 * Latin words in which lj, nj or dž are two Cyrillic letters, not one (инјекција, not ињекција).
 *
 * Each entry is the start of a word, lower case, with `|` where the pair must stay apart. An entry
 * matches any word that begins with it, case-insensitively, so one stem covers every inflection
 * (injekcija, injekcije, injekcijama). Stems stop before the inflected part but must be long
 * enough not to catch ordinary words: `kon|jug` is safe, while a bare `kon|j` would also split
 * *konj*, *konja* (коњ, коња).
 *
 * Sources: the orthography's rule that a prefix ending in -d or -n keeps its own letter before a
 * root beginning with ž or j (nad-, od-, pod-, pred-, in-, kon-, pan-, van-), and the usual lists of
 * such words in Serbian transliteration tools. Add a stem here when staff report a wrong ћирилица word.
 */
export const DIGRAPH_EXCEPTIONS: readonly string[] = [
	// n + j: Latin prefixes in-, kon-, an(a)-, pan-, and the Serbian van- / izvan-
	'an|jon',
	'in|jekc',
	'in|jekt',
	'in|jicir',
	'in|junkc',
	'in|junkt',
	'in|jurij',
	'kon|jug',
	'kon|junk',
	'nekon|jug',
	'nekon|junk',
	'van|jezič',
	'izvan|jezič',
	'van|jevrop',
	'pan|jelin',
	'pan|jevrop',
	'pan|jugosl',
	'tan|jug',
	'netan|jahu',
	// d + ž: prefixes nad-, od-, pod-, pred- before a root starting with ž
	'nad|ždrel',
	'nad|žanj',
	'nad|žet',
	'nad|živ',
	'nad|žnj',
	'nad|žup',
	'od|žal',
	'od|žar',
	'od|živ',
	'od|žubor',
	'od|žvak',
	'pod|žanr',
	'pod|žar',
	'pod|žeć',
	'pod|žeg',
	'pod|žet',
	'pod|žig',
	'pod|žnj',
	'pod|žup',
	'pred|želud',
	'pred|žetv',
	'pred|život',
	'feld|žandar'
];
