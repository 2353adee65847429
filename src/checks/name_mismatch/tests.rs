//! Tests of the name check as a whole: respelt names, swaps, sides.

use super::*;

/// A missing name and an added one that open on the same sound and are
/// alike are one name spelt two ways; others are not.
#[test]
fn names_spelt_alike_are_no_swap() {
    assert!(spelt_alike("Siobhán Kelly", "Шивон"));
    assert!(!spelt_alike("Siobhán Kelly", "Мерфі"));
    assert!(!spelt_alike("Emmanuel Bonne", "Good"));
}

/// A name of several words respelt word by word in another script,
/// weak words and a г for an h included; another name is not it.
#[test]
fn whole_names_respelt_across_scripts() {
    let doc = crate::document::test_document(
        "Вулиці перекрили у Ловер Гайт, біля Стоун Хіта та на Роуз-Гілл.",
        Lang::Uk,
    );
    let paras: Vec<&Paragraph> = doc.paragraphs.iter().collect();
    let side = Side::new(&doc, &paras);
    assert!(phrase_respelt_across_scripts(
        &["Lower", "Hythe"],
        Lang::En,
        &side
    ));
    assert!(phrase_respelt_across_scripts(
        &["Stone", "Heath"],
        Lang::En,
        &side
    ));
    assert!(!phrase_respelt_across_scripts(
        &["Lower", "Hatton"],
        Lang::En,
        &side
    ));
    // Three consonants in two words are enough; another hill is not it.
    assert!(phrase_respelt_across_scripts(
        &["Rose", "Hill"],
        Lang::En,
        &side
    ));
    assert!(!phrase_respelt_across_scripts(
        &["Rose", "Mill"],
        Lang::En,
        &side
    ));
    assert!(
        !phrase_respelt_across_scripts(&["Hythe"], Lang::En, &side),
        "one word is too short"
    );
}

/// German and Dutch say v as f, and Cyrillic writes it so: "de Vries"
/// is "де Фріс"; "de Bries" is not.
#[test]
fn a_v_said_as_f_is_respelt_with_f() {
    let doc = crate::document::test_document(
        "Директорка музею Анна де Фріс повідомила про продовження.",
        Lang::Uk,
    );
    let paras: Vec<&Paragraph> = doc.paragraphs.iter().collect();
    let side = Side::new(&doc, &paras);
    assert!(phrase_respelt_across_scripts(
        &["Anna", "de", "Vries"],
        Lang::En,
        &side
    ));
    assert!(!phrase_respelt_across_scripts(
        &["Anna", "de", "Bries"],
        Lang::En,
        &side
    ));
}

#[test]
fn demonyms() {
    assert!(places::is_demonym_of("czech", "czechia"));
    // The Romance languages by their own endings (demonym-endings.txt).
    let named = |lang: Lang, w: &str, code: &str| {
        places::demonym_of(lang, w, places::ANY)
            .iter()
            .any(|p| p.0 == code)
    };
    assert!(named(Lang::Es, "chipriota", "CY"));
    assert!(named(Lang::Es, "letones", "LV"));
    assert!(named(Lang::Fr, "autrichienne", "AT"));
    assert!(named(Lang::It, "norvegesi", "NO"));
    // Rivers, seas and regions by each language's own name, inflected
    // (features.txt).
    let feature = |lang: Lang, w: &str, id: &str| {
        places::lookup(lang, w, places::ANY)
            .iter()
            .any(|p| p.0 == id)
    };
    assert!(feature(Lang::De, "Ostsee", "sea-baltic"));
    assert!(feature(Lang::En, "Baltic Sea", "sea-baltic"));
    assert!(feature(Lang::Cs, "Labi", "river-elbe"));
    assert!(feature(Lang::Fr, "Baltique", "sea-baltic"));
    // International bodies by their names and acronyms (bodies.txt).
    assert!(feature(Lang::It, "Nazioni Unite", "body-un"));
    assert!(feature(Lang::Es, "ONU", "body-un"));
    assert!(feature(Lang::De, "UNO", "body-un"));
    // In both of English's spellings (spelling-variants.txt), though the
    // table lists one.
    assert!(feature(Lang::En, "World Health Organization", "body-who"));
    assert!(feature(Lang::En, "World Health Organisation", "body-who"));
    // A common word of a feature's name does not stand for it.
    assert!(!feature(Lang::Es, "Negro", "sea-black"));
    // Australia is not Austria; English has no such endings.
    assert!(!named(Lang::Es, "australiano", "AT"));
    assert!(!named(Lang::En, "autrichienne", "AT"));
}

/// The side's indexes find the first token the comparisons they stand
/// for accept, as a scan of every token does.
#[test]
fn indexes_find_the_first_token_a_scan_finds() {
    let text = "Premiér Babiš jednal s Macronem v Česku. Kidawy a Kidawa, Putina, corona \
                virus, NGOs, Zelenskyj. Babišem, Macron a Putin.";
    let doc = crate::document::test_document(text, Lang::Cs);
    let paras: Vec<&Paragraph> = doc.paragraphs.iter().collect();
    let side = Side::new(&doc, &paras);
    let words = [
        "Babiš",
        "Macron",
        "Macrona",
        "Česko",
        "Kidawa",
        "Putin",
        "Coronavirus",
        "NGO",
        "Zelensky",
        "Babiše",
        "Nowhere",
    ];
    for la in [Lang::En, Lang::Pl, Lang::Cs] {
        for w in words {
            let scan = side
                .toks
                .iter()
                .position(|t| translit::same_up_to_endings(w, la, t.text, side.lang));
            let fresh = Side::new(&doc, &paras);
            assert_eq!(fresh.same_up_to_endings(w, la), scan, "{w} ({la:?})");
        }
    }
    for w in words {
        let k = names::key(w);
        let scan = side.toks.windows(2).position(|p| {
            p[0].key.len() + p[1].key.len() == k.len()
                && k.starts_with(p[0].key)
                && k.ends_with(p[1].key)
        });
        assert_eq!(side.index().pair(&side.toks, &k), scan, "{w}");
        let vk = translit::variant_key(w);
        let scan = side
            .toks
            .iter()
            .position(|t| translit::variant_key(t.text) == vk);
        assert_eq!(
            side.index().by_variant.get(vk.as_str()).copied(),
            scan,
            "{w}"
        );
    }
    assert!(side.same_up_to_endings("Macron", Lang::En).is_some());
    assert!(side.index().pair(&side.toks, "coronavirus").is_some());
}

#[test]
fn katakana_keeps_the_consonants_of_a_latin_name() {
    for (latin, kana) in [
        ("Dallas", "ダラス"),
        ("Portland", "ポートランド"),
        ("Walsh", "ウォルシュ"),
        ("Philadelphia", "フィラデルフィア"),
        ("Hancock", "ハンコック"),
        // A ts inside a name is two consonants across syllables, a last
        // ts the one sound of ツ.
        ("Watson", "ワトソン"),
        ("Whitsun", "ウィットサン"),
        ("Roberts", "ロバーツ"),
        // Polish cz is a ch.
        ("Kowalczyk", "コワルチク"),
    ] {
        assert!(kana_alike(latin, kana), "{latin} / {kana}");
    }
    assert!(!kana_alike("Walsh", "ミラー"));
    assert!(!kana_alike("Denver", "ダラス"));
}

/// An r closing a syllable is silent in katakana; a th is s or t.
#[test]
fn katakana_drops_a_closing_r_and_reads_th_both_ways() {
    for (latin, kana) in [
        ("Eleanor", "エレノア"),
        ("Porter", "ポーター"),
        ("Botha", "ボタ"),
        ("Smith", "スミス"),
        ("Thornton", "ソーントン"),
    ] {
        assert!(kana_alike(latin, kana), "{latin} / {kana}");
    }
    assert!(!kana_alike("Eleanor", "エリザベス"));
    assert!(!kana_alike("Botha", "ボイド"));
}

/// A whole name joined by a middle dot is matched on all its consonants,
/// a part too short alone ("Hayes") included.
#[test]
fn a_whole_name_in_katakana() {
    let doc = crate::document::test_document(
        "NHSの医療ディレクター、エレノア・ヘイズ教授は述べた。",
        Lang::Ja,
    );
    let paras: Vec<&Paragraph> = doc.paragraphs.iter().collect();
    let side = Side::new(&doc, &paras);
    assert!(super::phrase_respelt_in_kana(&["Eleanor", "Hayes"], &side));
    assert!(!super::phrase_respelt_in_kana(&["Eleanor", "Jones"], &side));
    assert!(!super::phrase_respelt_in_kana(&["Hayes"], &side));
}
