-- A sort key that orders names by the Serbian alphabet (А Б В Г Д Ђ Е Ж З И Ј К Л Љ М Н Њ О П Р С Т Ћ
-- У Ф Х Ц Ч Џ Ш), whichever script they are written in and whatever the database collation: Latin is
-- read as the matching Cyrillic letters, then each letter becomes one of 30 ASCII characters in
-- alphabet order, so plain byte order (the C collation of PGlite and most servers) is alphabet order.
CREATE OR REPLACE FUNCTION kzm_sort_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
	SELECT translate(
		translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(input, 'LJ', 'љ'), 'Lj', 'љ'), 'lj', 'љ'), 'NJ', 'њ'), 'Nj', 'њ'), 'nj', 'њ'), 'DŽ', 'џ'), 'Dž', 'џ'), 'dž', 'џ'), 'Ǆ', 'џ'), 'ǅ', 'џ'), 'ǆ', 'џ'), 'Ǉ', 'љ'), 'ǈ', 'љ'), 'ǉ', 'љ'), 'Ǌ', 'њ'), 'ǋ', 'њ'), 'ǌ', 'њ'), 'abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ', 'абцчћдђефгхијклмнопрсштувзжабцчћдђефгхијклмнопрсштувзж'),
		'абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ',
		'abcdefghijklmnopqrstuvwxyz{|}~abcdefghijklmnopqrstuvwxyz{|}~'
	)
$$;
