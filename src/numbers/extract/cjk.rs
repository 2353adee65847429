//! CJK numerals: 一二三, 十百千万亿, mixed forms ("1000万", "3.5亿"), counters,
//! and the words written with numeral characters that are no numbers.

use super::*;

pub(super) const HAN_DIGITS: &[(char, u32)] = &[
    ('零', 0),
    ('〇', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('兩', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];

pub(super) fn han_digit(c: char) -> Option<u32> {
    HAN_DIGITS.iter().find(|(h, _)| *h == c).map(|(_, v)| *v)
}

pub(super) fn han_unit(c: char) -> Option<f64> {
    match c {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1000.0),
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        '兆' => Some(1e12),
        _ => None,
    }
}

/// Counters and measure words: a CJK numeral followed by one of these is a
/// count ("三天", "两个", "五人"), not part of a word ("统一", "十分").
pub(super) const COUNTERS: &str = "个個名人位天日年月周週次条條座家所项項种種台件只隻辆輛架艘枚本冊册回倍岁歳歲分秒小时時点點公米里吨頓元円美欧场場届屆轮輪起例批国國省市县縣区區颗顆棵头頭匹张張篇部首杯间間层層期号號支队隊组組片局票笔筆份度成季代线線世纪紀星课課章节節级級款门門道段遍趟番克斤升亩畝英海钟鐘周週男女对對万亿億千百多余餘";

/// The value of a run of CJK numerals read by units ("三千五百" = 3500).
fn han_value(run: &[char]) -> f64 {
    // `top`: the part in 兆 (10¹²), `high`: in 亿 (10⁸), `mid`: in 万 (10⁴),
    // `section`: below 10⁴.
    let (mut top, mut high, mut mid, mut section, mut num) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for c in run {
        if let Some(d) = han_digit(*c) {
            num = f64::from(d);
        } else if let Some(u) = han_unit(*c) {
            if u >= 1e12 {
                top = (top + high + mid + section + num).max(1.0) * u;
                high = 0.0;
                mid = 0.0;
                section = 0.0;
            } else if u >= 1e8 {
                high = (high + mid + section + num).max(1.0) * u;
                mid = 0.0;
                section = 0.0;
            } else if u >= 1e4 {
                mid += (section + num).max(1.0) * u;
                section = 0.0;
            } else {
                section += num.max(1.0) * u;
            }
            num = 0.0;
        }
    }
    top + high + mid + section + num
}

/// The values an approximate run stands for: adjacent digits name neighbouring
/// values ("三四" three or four, "五六十" fifty or sixty), so the run is read once
/// with each of the digits of its first group of adjacent digits in their place.
fn vague_readings(run: &[char]) -> Vec<Reading> {
    let is_d = |k: usize| {
        run.get(k)
            .is_some_and(|c| han_digit(*c).is_some_and(|d| d > 0))
    };
    let Some(start) = (0..run.len()).find(|&k| is_d(k) && is_d(k + 1)) else {
        return vec![Reading::q(han_value(run))];
    };
    let mut end = start;
    while is_d(end) {
        end += 1;
    }
    let mut out: Vec<Reading> = Vec::new();
    for k in start..end {
        let mut one: Vec<char> = run[..start].to_vec();
        one.push(run[k]);
        one.extend_from_slice(&run[end..]);
        let r = Reading::q(han_value(&one));
        if !out.iter().any(|o| o.equals(&r)) {
            out.push(r);
        }
    }
    out
}

impl Scanner<'_> {
    /// A decade written in CJK numerals before 年代 at `k` ("八十年代" the
    /// eighties, "六七十年代" the sixties and seventies): the decades' values
    /// within their century and the index after 年代.
    pub(super) fn han_decades(&self, k: usize) -> Option<(Vec<f64>, usize)> {
        let mut j = k;
        while han_digit(self.at(j)).is_some() || self.at(j) == '十' {
            j += 1;
        }
        if j == k || self.at(j) != '年' || self.at(j + 1) != '代' {
            return None;
        }
        let values: Vec<f64> = vague_readings(&self.chars[k..j])
            .iter()
            .map(|r| r.value)
            .filter(|v| *v < 100.0 && *v % 10.0 == 0.0)
            .collect();
        (!values.is_empty()).then_some((values, j + 2))
    }

    /// A weekday written the Chinese or Japanese way at char `i`: "星期五",
    /// "周五", "礼拜五" (Chinese), "金曜日", "金曜", and after a date "（金）",
    /// "(金)" (Japanese). Pushes it and returns the index after it.
    pub(super) fn cjk_weekday_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        let c = self.chars[i];
        let (day, end) = match self.lang {
            Lang::Zh => {
                let len = match c {
                    '星' if self.at(i + 1) == '期' => 2,
                    '礼' | '禮' if self.at(i + 1) == '拜' => 2,
                    '周' | '週' => 1,
                    _ => return None,
                };
                let d = match self.at(i + len) {
                    '一' => 1,
                    '二' => 2,
                    '三' => 3,
                    '四' => 4,
                    '五' => 5,
                    '六' => 6,
                    '日' | '天' => 7,
                    _ => return None,
                };
                (d, i + len + 1)
            }
            Lang::Ja => {
                let d = |x: char| {
                    Some(match x {
                        '月' => 1,
                        '火' => 2,
                        '水' => 3,
                        '木' => 4,
                        '金' => 5,
                        '土' => 6,
                        '日' => 7,
                        _ => return None,
                    })
                };
                if matches!(c, '（' | '(')
                    && matches!(self.at(i + 2), '）' | ')')
                    && i > 0
                    && (self.chars[i - 1] == '日' || is_digit(self.chars[i - 1]))
                {
                    (d(self.at(i + 1))?, i + 3)
                } else if self.at(i + 1) == '曜' {
                    let end = if self.at(i + 2) == '日' {
                        i + 3
                    } else {
                        i + 2
                    };
                    (d(c)?, end)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        out.push(self.calendar_word(i, end, Kind::Weekday, Domain::Weekday, day));
        Some(end)
    }

    /// Whether the mark at `j` opens the second number of a range that
    /// counts tenths ("7～8割", "三至四成"): the first number counts them too.
    pub(super) fn range_of_tenths(&self, j: usize) -> bool {
        if !matches!(
            self.at(j),
            '至' | '到' | '-' | '~' | '～' | '〜' | '—' | '–'
        ) {
            return false;
        }
        let mut k = j + 1;
        while is_digit(self.at(k)) || han_digit(self.at(k)).is_some() {
            k += 1;
        }
        k > j + 1 && self.tenths_mark(self.at(k))
    }

    /// The unit ('月' or '日') after the second number of a range or list
    /// starting with the mark at `j` ("至6月", "、22日", "〜12月").
    pub(super) fn range_unit(&self, j: usize) -> Option<char> {
        if !matches!(
            self.at(j),
            '至' | '到' | '-' | '~' | '～' | '〜' | '—' | '、' | '–'
        ) || !is_digit(self.at(j + 1))
        {
            return None;
        }
        let mut k = j + 1;
        while is_digit(self.at(k)) {
            k += 1;
        }
        matches!(self.at(k), '月' | '日').then(|| self.at(k))
    }

    /// The Western year of the first year of the era named just before char
    /// `i` ("令和" 2019), from the language's `era` phrases.
    pub(super) fn era_epoch(&self, i: usize) -> Option<f64> {
        let before: String = self.chars[i.saturating_sub(2)..i].iter().collect();
        conventions::context(self.lang, "era")
            .iter()
            .find(|p| p.first() == Some(&before.as_str()))
            .and_then(|p| p.get(1)?.parse().ok())
    }

    pub(super) fn han_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        let mut j = i;
        while j < self.n()
            && (han_digit(self.chars[j]).is_some() || han_unit(self.chars[j]).is_some())
        {
            j += 1;
        }
        if j == i {
            return None;
        }
        let run: Vec<char> = self.chars[i..j].to_vec();
        if let Some(end) = self.han_word(i) {
            // "十分" (very), "统一", "四国", "九州": words, not numbers.
            return Some(end);
        }
        // "千瓦", "千米": 千 alone before a unit is its kilo- prefix.
        if run == ['千'] && super::cjk_counters::KILO_UNITS.contains(self.at(j)) {
            return Some(j);
        }
        // "三四天", "五六个", "五六十年代": digits side by side are "three
        // or four"; "一二三号线" is a list. Only a year ("一九八五年",
        // "二〇二一") is written digit by digit.
        let all_digits = run.iter().all(|c| han_digit(*c).is_some());
        let year_like = all_digits
            && run.len() >= 3
            && (run.iter().any(|c| matches!(c, '〇' | '零'))
                || (self.at(j) == '年' && !matches!(self.at(j + 1), '级' | '級')));
        // "零" marks a gap ("一千零五" = 1005), not a neighbouring value.
        let vague_digits = !year_like
            && run.windows(2).any(|w| {
                han_digit(w[0]).is_some_and(|d| d > 0) && han_digit(w[1]).is_some_and(|d| d > 0)
            });
        let value = if year_like {
            // "一九八五" is written digit by digit.
            run.iter().fold(0.0, |acc, c| {
                acc * 10.0 + f64::from(han_digit(*c).unwrap_or(0))
            })
        } else {
            han_value(&run)
        };
        // "七八" is seven or eight, "五六十" fifty or sixty, "十七八"
        // seventeen or eighteen: one reading for each of the digits side by side.
        let mut readings = if vague_digits {
            vague_readings(&run)
        } else {
            vec![Reading::q(value)]
        };
        // "二十多万" (more than 200,000), "十余亿": 多 or 余 between the
        // numeral and the scale it counts in.
        let mut value = value;
        let mut approx = false;
        if matches!(self.at(j), '余' | '多' | '餘')
            && matches!(self.at(j + 1), '万' | '萬' | '亿' | '億')
            && run.iter().all(|c| han_unit(*c).is_none_or(|u| u < 1e4))
        {
            let mut scale = 1.0;
            j += 1;
            while matches!(self.at(j), '万' | '萬' | '亿' | '億') {
                scale *= han_unit(self.at(j)).unwrap_or(1.0);
                j += 1;
            }
            value *= scale;
            for r in &mut readings {
                r.value *= scale;
            }
            approx = true;
        }
        let next = self.at(j);
        let ordinal = i > 0 && self.chars[i - 1] == '第';
        if !ordinal && !approx && !vague_digits {
            if let Some(end) = self.han_clock(i, j, value, out) {
                return Some(end);
            }
        }
        let counted =
            COUNTERS.contains(next) || (self.lang == Lang::Ja && matches!(next, 'つ' | '人'));
        let mut m = self.mention(if ordinal { i - 1 } else { i }, j, Kind::Cardinal, readings);
        m.words = true;
        m.approx |= approx;
        if ordinal {
            m.kind = Kind::Ordinal;
        }
        // "一" is as often "a" or part of a word ("统一", "一些") as a count.
        let lone_one = run.len() == 1 && value == 1.0;
        // "千年", "万一", "百姓": a numeral that opens with a unit is as often
        // part of a word or a round figure of speech as a count.
        let unit_first = run
            .first()
            .is_some_and(|c| matches!(c, '百' | '千' | '万' | '萬' | '亿' | '億'));
        // "几十" (some tens), "数百" (several hundred): vague.
        let vague = i > 0 && matches!(self.chars[i - 1], '几' | '幾' | '数' | '數');
        m.strength = if !(ordinal || counted) || lone_one || unit_first || vague || vague_digits {
            Strength::MatchOnly
        } else if run.len() == 1 && !ordinal {
            // A single numeral character with a counter ("两国", "三次", "三天")
            // is as often idiom as count ("the couple", "secondary", "a few
            // days"): held against a different value, never reported alone.
            Strength::PairOnly
        } else {
            Strength::Strong
        };
        let mut end = j;
        let mut tenths = None;
        match next {
            c if (self.tenths_mark(c) || self.range_of_tenths(j))
                && !ordinal
                && value <= 10.0
                && !vague_digits =>
            {
                let c_is_mark = self.tenths_mark(c);
                tenths = Some(value);
                m.kind = Kind::Percent;
                m.unit = Some("%");
                m.readings = vec![Reading::q(value * 10.0)];
                m.strength = Strength::PairOnly;
                if c_is_mark {
                    end += 1;
                }
            }
            '年' if value >= 1000.0 => {
                m.kind = Kind::Year;
                end += 1;
            }
            '月' if (1.0..=12.0).contains(&value) && self.at(j + 1) != '間' => {
                m.kind = Kind::Month;
                m.readings = vec![Reading {
                    domain: Domain::Month,
                    value,
                }];
                m.strength = Strength::PairOnly;
                end += 1;
            }
            '日' | '号' if (1.0..=31.0).contains(&value) => {
                m.kind = Kind::Ordinal;
                end += 1;
            }
            _ => {}
        }
        m.range.end = self.offs[end];
        self.push_with_tenths(out, m, tenths);
        Some(end)
    }

    /// A time of day in numeral characters, chars `i..j` holding the hour:
    /// "午後三時半" (3:30 p.m.), "十时二十分", "下午三点". Only where the
    /// characters cannot be anything else: Japanese tells the hour by 時
    /// alone, and Chinese 点 is as often "point" ("以下三点") or "a bit"
    /// ("一点"), so a bare 点 is an hour only after a part of the day
    /// ("上午", "晚上"); "一時" and "一时" alone are "for a while".
    fn han_clock(&self, i: usize, j: usize, h: f64, out: &mut Vec<Mention>) -> Option<usize> {
        let mark = self.at(j);
        let point = matches!(mark, '点' | '點');
        if !(h.fract() == 0.0 && h < 24.0)
            || !(matches!(mark, '時' | '时') || (point && self.lang == Lang::Zh))
            || matches!(self.at(j + 1), '間' | '间' | '代' | '期' | '点' | '點')
        {
            return None;
        }
        let mut end = j + 1;
        let mut minutes = None;
        if self.at(end) == '半' {
            minutes = Some(30.0);
            end += 1;
        } else {
            let mut k = end;
            while han_digit(self.at(k)).is_some() || self.at(k) == '十' {
                k += 1;
            }
            if k > end && self.at(k) == '分' {
                let m = han_value(&self.chars[end..k]);
                if m < 60.0 {
                    minutes = Some(m);
                    end = k + 1;
                }
            }
        }
        let afternoon = self.afternoon_before(i);
        let day_part = afternoon || self.morning_before(i);
        if minutes.is_none() && !day_part && (point || h == 1.0) {
            return None;
        }
        let hour = if afternoon && h < 12.0 { h + 12.0 } else { h };
        let mut m = self.mention(
            i,
            end,
            Kind::Time,
            vec![Reading {
                domain: Domain::Time,
                value: hour * HOUR + minutes.unwrap_or(0.0) * 60.0,
            }],
        );
        m.words = true;
        if minutes.is_none() && !day_part {
            // "三時" alone: a single numeral and its counter, as above.
            m.strength = Strength::PairOnly;
        }
        out.push(m);
        Some(end)
    }

    /// Whether a CJK time at char `i` is marked as morning ("午前", "上午",
    /// "早上", "凌晨", "AM").
    fn morning_before(&self, i: usize) -> bool {
        let (k, before) = self.two_chars_before(i);
        matches!(
            before.as_str(),
            "午前" | "上午" | "早上" | "凌晨" | "清晨" | "朝の" | "AM" | "am"
        ) || (k > 0 && self.chars[k - 1] == '朝')
    }

    /// Whether `c` after a number makes it a count of tenths: Japanese 割
    /// ("6割" = 60%), Chinese 成 ("三成" = 30%).
    pub(super) fn tenths_mark(&self, c: char) -> bool {
        matches!((self.lang, c), (Lang::Ja, '割') | (Lang::Zh, '成'))
    }

    /// Push `m`; when it is a proportion of `tenths` tenths, push it as
    /// also "n in ten" ("six in ten patients" / 患者の6割): the count and the
    /// ten, each satisfying a match on the other side, never reported alone.
    /// The proportion itself is then held against a different value only
    /// (`PairOnly`): where the other side gives the count, the share has no
    /// figure to match.
    pub(super) fn push_with_tenths(
        &self,
        out: &mut Vec<Mention>,
        mut m: Mention,
        tenths: Option<f64>,
    ) {
        let Some(n) = tenths else {
            out.push(m);
            return;
        };
        let companion = |value: f64| {
            let mut c = m.clone();
            c.kind = Kind::Cardinal;
            c.unit = None;
            c.readings = vec![Reading::q(value)];
            c.strength = Strength::MatchOnly;
            c
        };
        let companions = [companion(n), companion(10.0)];
        if m.strength == Strength::Strong {
            m.strength = Strength::PairOnly;
        }
        out.push(m);
        out.extend(companions);
    }

    /// The end of a word written with numeral characters that is no number
    /// ("十分" very, "一些" some, "四国" Shikoku), starting at char `i`.
    pub(super) fn han_word(&self, i: usize) -> Option<usize> {
        crate::lang::words::lines(self.lang, "numeral-words")
            .iter()
            .find_map(|w| {
                let n = w.chars().count();
                (i + n <= self.n() && self.chars[i..i + n].iter().copied().eq(w.chars()))
                    .then_some(i + n)
            })
    }
}
