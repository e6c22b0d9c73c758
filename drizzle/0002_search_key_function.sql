-- Folds script, case and diacritics the way searchKey() in src/lib/i18n/script.ts does, so that a
-- query typed in either script, with or without diacritics, meets the stored text ("sumadija" finds "Шумадија").
-- Written with replace/translate only, so it is IMMUTABLE and can back generated columns and trigram indexes.
CREATE OR REPLACE FUNCTION kzm_search_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
	SELECT trim(regexp_replace(
		replace(
			lower(translate(
				replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(input, 'љ', 'lj'), 'Љ', 'lj'), 'њ', 'nj'), 'Њ', 'nj'), 'џ', 'dz'), 'Џ', 'dz'), 'ǅ', 'dz'), 'ǆ', 'dz'), 'Ǆ', 'dz'), 'Ǉ', 'lj'), 'ǈ', 'lj'), 'ǉ', 'lj'), 'Ǌ', 'nj'), 'ǋ', 'nj'), 'ǌ', 'nj'),
				'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШčćšžđČĆŠŽĐáàâäãåéèêëíìîïóòôöõúùûüýÿñçÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝÑÇ',
				'abvgddezzijklmnoprstcufhccsabvgddezzijklmnoprstcufhccsccszdccszdaaaaaaeeeeiiiiooooouuuuyyncaaaaaaeeeeiiiiooooouuuuync'
			)),
			'dj', 'd'
		),
		'[^a-z0-9]+', ' ', 'g'
	))
$$;
