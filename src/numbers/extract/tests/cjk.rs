//! Chinese and Japanese notations: numeral characters, myriads, counters,
//! tenths, halves, lengths in two units, weekdays and months.

use super::*;

#[test]
fn reads_cjk_notations() {
    assert_eq!(values("470 万美元", Lang::Zh), vec![4.7e6]);
    assert_eq!(values("60余万元", Lang::Zh), vec![600000.0]);
    assert!(extract("60余万元", Lang::Zh)[0].approx);
    assert_eq!(values("5億3,200万円", Lang::Ja), vec![532e6]);
    // A smaller group in digits with the thousands character: 4千万 is
    // 40 million, 1千 a thousand.
    assert_eq!(values("約3億6千万円", Lang::Ja), vec![3.6e8]);
    assert_eq!(values("约2万7千人", Lang::Zh), vec![27000.0]);
    assert_eq!(values("1万5百本", Lang::Ja), vec![10500.0]);
    // 千 before a unit is its kilo- prefix: 0.45 kWh, not 450.
    assert_eq!(values("耗电约0.45千瓦时", Lang::Zh), vec![0.45]);
    assert_eq!(values("全长12千米", Lang::Zh), vec![12.0]);
    assert_eq!(values("２．５％", Lang::Ja), vec![2.5]);
    let r = |t: &str, l| extract(t, l).first().map(|m| m.primary());
    let time = |h: f64| {
        Some(Reading {
            domain: Domain::Time,
            value: h * HOUR,
        })
    };
    assert_eq!(r("下午3点半", Lang::Zh), time(15.5));
    assert_eq!(r("午後４：１５", Lang::Ja), time(16.25));
    assert_eq!(r("午後７時", Lang::Ja), time(19.0));
    assert_eq!(r("PM4:30まで", Lang::Ja), time(16.5));
    assert_eq!(r("AM10:00", Lang::Ja), time(10.0));
    // Offsets point into the text as given, full-width digits and all.
    let t = "午後４：１５";
    let m = &extract(t, Lang::Ja)[0];
    assert_eq!(&t[m.range.clone()], "４：１５");
    assert_eq!(
        r("2023.9.4", Lang::Zh).map(|x| (x.domain, x.value)),
        Some((Domain::Date, 904.0))
    );
    assert_eq!(r("5至8月", Lang::Zh).map(|x| x.domain), Some(Domain::Month));
    assert_eq!(extract("00后", Lang::Zh)[0].kind, Kind::Decade);
    assert_eq!(r("上午 11 点 20 分", Lang::Zh), time(11.0 + 1.0 / 3.0));
    assert_eq!(r("晚上 7 点半", Lang::Zh), time(19.5));
    assert_eq!(r("晚7时35分", Lang::Zh), time(19.0 + 35.0 / 60.0));
    // The end of a range is in its start's half of the day, an evening in
    // one character too.
    let end = |t: &str| extract(t, Lang::Zh).last().map(|m| m.primary());
    assert_eq!(end("每周五晚6点至10点开放"), time(22.0));
    assert_eq!(end("每周五下午2点至4点开放"), time(16.0));
    assert_eq!(r("夜8時", Lang::Ja), time(20.0));
    let decade = &extract("18 世纪 70 年代", Lang::Zh)[0];
    assert_eq!(decade.kind, Kind::Decade);
    assert!(decade.readings.contains(&Reading::q(1770.0)));
    assert_eq!(extract("21世纪", Lang::Zh)[0].kind, Kind::Ordinal);
    let decades = &extract("20世纪六七十年代", Lang::Zh)[0];
    assert_eq!(decades.kind, Kind::Decade);
    for year in [1960.0, 1970.0] {
        assert!(decades.readings.contains(&Reading::q(year)));
    }
    assert!(!decades.readings.contains(&Reading::q(1980.0)));
    assert_eq!(r("2019 年", Lang::Zh).map(|x| x.value), Some(2019.0));
}

#[test]
fn numeral_characters_in_words_are_no_numbers() {
    assert_eq!(strong("服务十分周到", Lang::Zh), Vec::<f64>::new());
    assert_eq!(strong("九州と四国", Lang::Ja), Vec::<f64>::new());
    assert_eq!(strong("一二三号线", Lang::Zh), Vec::<f64>::new());
    assert_eq!(strong("三四天", Lang::Zh), Vec::<f64>::new());
    assert_eq!(strong("几十项", Lang::Zh), Vec::<f64>::new());
    assert_eq!(values("一九八五年", Lang::Zh), vec![1985.0]);
    // One numeral character with a counter is no longer reported alone.
    let m = &extract("两国", Lang::Zh)[0];
    assert_eq!(m.strength, Strength::PairOnly);
    assert_eq!(strong("十五人", Lang::Zh), vec![15.0]);
}

#[test]
fn adjacent_cjk_digits_read_as_each_neighbouring_value() {
    assert_eq!(all_readings("七八公里", Lang::Zh), vec![7.0, 8.0]);
    assert_eq!(all_readings("三四十户", Lang::Zh), vec![30.0, 40.0]);
    assert_eq!(all_readings("十七八岁", Lang::Zh), vec![17.0, 18.0]);
    assert_eq!(all_readings("五六千人", Lang::Zh), vec![5000.0, 6000.0]);
    // Still approximate: never reported on their own.
    assert_eq!(strong("七八公里", Lang::Zh), Vec::<f64>::new());
    // A year written digit by digit is one value.
    assert_eq!(all_readings("一九八五年", Lang::Zh), vec![1985.0]);
}

#[test]
fn chinese_numerals_with_gaps_and_both_myriads() {
    assert_eq!(values("一千零五人", Lang::Zh), vec![1005.0]);
    assert_eq!(values("三亿零五十万人", Lang::Zh), vec![300_500_000.0]);
    assert_eq!(values("一万二千亿元", Lang::Zh), vec![1.2e12]);
    assert_eq!(strong("一千零五人", Lang::Zh), vec![1005.0]);
}

#[test]
fn reads_japanese_trillions_tenths_signs_eras_fractions_and_sen() {
    // 兆 (10¹²) with the smaller units after it.
    assert_eq!(values("約13兆9000億円", Lang::Ja), vec![1.39e13]);
    assert_eq!(values("1兆8200億5000万円", Lang::Ja), vec![1.82e12 + 5e7]);
    assert_eq!(values("一兆二千億", Lang::Ja), vec![1.2e12]);
    // 割: tenths, a percentage.
    let m = &extract("5割を超えた", Lang::Ja)[0];
    assert_eq!((m.kind, m.primary().value), (Kind::Percent, 50.0));
    // A minus word against the number: the sign below zero, and either
    // sign elsewhere ("down 2.5%").
    assert_eq!(values("マイナス5度", Lang::Ja), vec![-5.0]);
    assert_eq!(values("氷点下3度", Lang::Ja), vec![-3.0]);
    assert_eq!(values("零下12度", Lang::Zh), vec![-12.0]);
    let m = &extract("前年比マイナス2.5%", Lang::Ja)[0];
    assert!(m.readings.contains(&Reading::q(-2.5)) && m.readings.contains(&Reading::q(2.5)));
    // An era year is its Western year too.
    let m = &extract("令和2年度", Lang::Ja)[0];
    assert_eq!(m.kind, Kind::Year);
    assert!(m.readings.contains(&Reading::q(2020.0)));
    assert!(extract("昭和47年", Lang::Ja)[0]
        .readings
        .contains(&Reading::q(1972.0)));
    // A fraction, denominator first; never reported alone.
    let ms = extract("3分の2", Lang::Ja);
    let m = ms.iter().find(|m| m.kind == Kind::Fraction).unwrap();
    assert!((m.primary().value - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(strong("3分の2", Lang::Ja), Vec::<f64>::new());
    // Yen and sen.
    assert_eq!(values("154円35銭", Lang::Ja), vec![154.35]);
}

#[test]
fn a_chinese_month_before_jian_is_the_month() {
    // "8月间": during August (a Japanese "3月間" is three months).
    let kinds: Vec<Kind> = extract("2017年3月至2022年8月间", Lang::Zh)
        .iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![Kind::Year, Kind::Month, Kind::Year, Kind::Month]
    );
}

#[test]
fn shi_after_a_score_is_no_hour() {
    let no_time = |text: &str| {
        extract(text, Lang::Zh)
            .iter()
            .all(|m| m.primary().domain != Domain::Time)
    };
    assert!(no_time("她在决胜盘5:4时发球胜赛"));
    assert!(!no_time("比赛于4时开始"));
}

#[test]
fn a_japanese_match_minute_counts_from_its_half() {
    let readings = |text: &str| -> Vec<f64> {
        extract(text, Lang::Ja)[0]
            .readings
            .iter()
            .map(|r| r.value)
            .collect()
    };
    assert_eq!(readings("日本は後半22分、PKを決めた"), vec![22.0, 67.0]);
    // A rugby match's halves last 40 minutes.
    assert_eq!(readings("後半22分にトライを挙げた"), vec![22.0, 67.0, 62.0]);
    assert_eq!(readings("延長後半3分に決勝点"), vec![3.0, 108.0]);
    assert_eq!(readings("前半7分に先制"), vec![7.0]);
}

#[test]
fn a_length_in_two_units_is_one_value() {
    assert_eq!(
        values("積雪は2メートル40センチに達した", Lang::Ja),
        vec![2.4]
    );
    assert_eq!(values("他身高1米85", Lang::Zh), vec![1.85]);
    assert_eq!(values("全长3公里200米", Lang::Zh), vec![3.2]);
    // A length in one unit stays as it is.
    assert_eq!(values("高さ3メートルの壁", Lang::Ja), vec![3.0]);
}

#[test]
fn reads_chinese_and_japanese_weekdays_and_month_ranges() {
    let kinds = |text: &str, lang| -> Vec<(Kind, f64)> {
        extract(text, lang)
            .iter()
            .map(|m| (m.kind, m.primary().value))
            .collect()
    };
    assert!(kinds("8月16日（金）", Lang::Ja).contains(&(Kind::Weekday, 5.0)));
    assert!(kinds("会議は木曜日に", Lang::Ja).contains(&(Kind::Weekday, 4.0)));
    assert!(kinds("星期五下午", Lang::Zh).contains(&(Kind::Weekday, 5.0)));
    assert!(kinds("周日", Lang::Zh).contains(&(Kind::Weekday, 7.0)));
    // "一周" is a week, not a weekday.
    assert!(!kinds("一周后", Lang::Zh)
        .iter()
        .any(|(k, _)| *k == Kind::Weekday));
    // "4〜12月期": April to December.
    assert_eq!(
        kinds("4〜12月期", Lang::Ja),
        vec![(Kind::Month, 4.0), (Kind::Month, 12.0)]
    );
}

#[test]
fn reads_a_half_after_a_cjk_count_and_its_measure_word() {
    assert_eq!(values("约两个半小时", Lang::Zh), vec![2.5]);
    assert_eq!(values("工期为3年半", Lang::Zh), vec![3.5]);
    assert_eq!(values("移動に1時間半かかる", Lang::Ja), vec![1.5]);
    assert_eq!(values("待ち時間は3分半", Lang::Ja), vec![3.5]);
    assert_eq!(values("3月半ばに", Lang::Ja), values("3月に", Lang::Ja));
}

#[test]
fn tenths_are_a_share_and_also_n_in_ten() {
    // Chinese 成 and Japanese 割 count tenths: 三成 is 30%, 6割 60%.
    for (text, lang, share) in [
        ("出口占比超过三成", Lang::Zh, 30.0),
        ("价格下跌约4成", Lang::Zh, 40.0),
        ("回答者の6割が賛成した", Lang::Ja, 60.0),
        ("七割の店舗が閉店", Lang::Ja, 70.0),
    ] {
        let m = extract(text, lang);
        let p = m.iter().find(|m| m.kind == Kind::Percent).unwrap();
        assert_eq!(p.primary().value, share, "{text}");
        assert_eq!(p.unit, Some("%"));
        // "three in ten" on the other side: the count and the ten match,
        // and are never reported alone.
        let mut counts: Vec<f64> = m
            .iter()
            .filter(|m| m.strength == Strength::MatchOnly)
            .map(|m| m.primary().value)
            .collect();
        counts.sort_by(f64::total_cmp);
        assert_eq!(counts, vec![share / 10.0, 10.0], "{text}");
    }
    // 成 is no share in Japanese, nor 割 in Chinese; nor a word like 成功.
    assert!(extract("三成の", Lang::Ja)
        .iter()
        .all(|m| m.kind != Kind::Percent));
    assert!(extract("项目成功", Lang::Zh).is_empty());
}

#[test]
fn the_count_after_a_list_is_the_lists_own() {
    let strength_of = |text: &str, lang: Lang, value: f64| {
        extract(text, lang)
            .into_iter()
            .find(|m| m.primary().value == value)
            .map(|m| m.strength)
    };
    // As many items as the count: matched if the other side has it, never
    // reported alone.
    for (text, lang) in [
        ("大阪、京都、奈良の3府県で", Lang::Ja),
        ("トヨタとホンダの2社が", Lang::Ja),
        ("金曜日、リマ、サンティアゴ、キトの3都市で", Lang::Ja),
        ("秘鲁、智利和厄瓜多尔3国外长", Lang::Zh),
    ] {
        let n = if text.contains('2') { 2.0 } else { 3.0 };
        assert_eq!(
            strength_of(text, lang, n),
            Some(Strength::MatchOnly),
            "{text}"
        );
    }
    // More than the list holds, no list, or no Japanese "の": a number.
    for (text, lang, n) in [
        ("大阪、京都の3府県で", Lang::Ja, 3.0),
        ("会議には3府県が参加した", Lang::Ja, 3.0),
        ("大阪、京都、奈良3府県", Lang::Ja, 3.0),
        ("Osaka, Kyoto and Nara, 3 prefectures", Lang::En, 3.0),
    ] {
        assert_eq!(strength_of(text, lang, n), Some(Strength::Strong), "{text}");
    }
}
