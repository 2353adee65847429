//! What the characters after a number's digits make of it in Chinese and
//! Japanese: scales (万, 亿, 兆, a kilo- 千 of a unit), groups written
//! largest first ("5億3,200万"), years, months and days, decades and
//! centuries ("19世纪80年代"), counts of tenths ("3割"), yen and sen.

use super::*;

/// A number as the characters after its digits leave it: its value and
/// scale, the index after what was read, further decades ("六七十年代"),
/// whether it is a year of two digits ("22年"), and the tenths it counts
/// ("3割").
pub(super) struct Counted {
    pub(super) value: f64,
    pub(super) scale: f64,
    pub(super) j: usize,
    pub(super) more_decades: Vec<f64>,
    pub(super) short_year: bool,
    pub(super) tenths: Option<f64>,
}

impl Scanner<'_> {
    /// Reads the counters and scale characters after the digits of `lit`
    /// (at char `i`) into `m` and `st`. A month ("5月", "5至8月") is a
    /// mention of its own: it is pushed, and the index after it returned.
    pub(super) fn cjk_counters(
        &self,
        i: usize,
        lit: &Literal,
        plain_int: bool,
        m: &mut Mention,
        st: &mut Counted,
        out: &mut Vec<Mention>,
    ) -> Option<usize> {
        // "154円35銭": yen and sen, a hundredth of a yen (154.35 yen).
        if self.lang == Lang::Ja
            && plain_int
            && self.at(st.j) == '円'
            && is_digit(self.at(st.j + 1))
        {
            let l2 = self.literal(st.j + 1);
            let (sen, _) = self.interpret(&l2);
            if self.at(l2.end) == '銭' && l2.groups.len() == 1 && sen < 100.0 {
                st.value += sen / 100.0;
                m.unit = Some("JPY");
                st.j = l2.end + 1;
            }
        }
        // CJK units and counters.
        if self.cjk()
            || matches!(
                self.at(st.j),
                '万' | '億' | '亿' | '兆' | '年' | '月' | '日'
            )
        {
            let big = |c: char| matches!(c, '万' | '萬' | '亿' | '億' | '兆');
            // "470 万", "2021 年", "19 世纪": Chinese often spaces digits off
            // from the characters that follow them.
            if self.cjk() && is_group_space(self.at(st.j)) && is_cjk(self.at(st.j + 1)) {
                st.j += 1;
            }
            // "60余万" (more than 600,000), "3多亿".
            if matches!(self.at(st.j), '余' | '多' | '餘') && big(self.at(st.j + 1)) {
                m.approx = true;
                st.j += 1;
            }
            loop {
                match self.at(st.j) {
                    '万' | '萬' => st.scale *= 1e4,
                    '亿' | '億' => st.scale *= 1e8,
                    // 兆瓦, 兆赫: Chinese writes mega- of a unit with 兆
                    // ("40兆瓦时" is 40 MWh), not a trillion of the number.
                    '兆' if self.lang == Lang::Zh && KILO_UNITS.contains(self.at(st.j + 1)) => {
                        break
                    }
                    '兆' => st.scale *= 1e12,
                    // 千瓦, 千米, 千克: kilo- of a unit, not a thousand of
                    // the number ("0.45千瓦时" is 0.45 kWh).
                    '千' if self.cjk() && !KILO_UNITS.contains(self.at(st.j + 1)) => {
                        st.scale *= 1e3
                    }
                    _ => break,
                }
                st.j += 1;
            }
            // "１万１０００", "5億3,200万", "13兆9000億", "2億4千万", "1万1千":
            // the smaller units after the larger, each group below the one
            // before.
            let mut unit = st.scale;
            while unit > 1.0 && is_digit(self.at(st.j)) {
                let l2 = self.literal(st.j);
                let (mut v2, _) = self.interpret(&l2);
                let mut e2 = l2.end;
                let mut u = 1.0;
                loop {
                    match self.at(e2) {
                        '亿' | '億' => u *= 1e8,
                        '万' | '萬' => u *= 1e4,
                        '千' if self.cjk() => u *= 1e3,
                        '百' if self.cjk() => u *= 1e2,
                        _ => break,
                    }
                    e2 += 1;
                }
                if u >= unit {
                    break;
                }
                v2 *= u;
                if v2 >= unit {
                    break;
                }
                st.value = if st.scale > 1.0 {
                    st.value * st.scale
                } else {
                    st.value
                } + v2;
                st.scale = 1.0;
                unit = u;
                st.j = e2;
            }
            // "5至8月", "14、15日": the first of a range or list takes the
            // unit of the last.
            match self.range_unit(st.j) {
                Some('月') if plain_int && (1.0..=12.0).contains(&st.value) => {
                    m.kind = Kind::Month;
                    m.readings = vec![Reading {
                        domain: Domain::Month,
                        value: st.value,
                    }];
                    m.strength = Strength::PairOnly;
                    m.range.end = self.offs[st.j];
                    out.push(m.clone());
                    return Some(st.j);
                }
                Some(_) if plain_int && (1.0..=31.0).contains(&st.value) => m.kind = Kind::Ordinal,
                _ => {}
            }
            // "19世纪80年代": the 1880s; "21世纪": the 21st century.
            if plain_int
                && self.at(st.j) == '世'
                && matches!(self.at(st.j + 1), '纪' | '紀')
                && (1.0..=30.0).contains(&st.value)
            {
                st.j += 2;
                m.kind = Kind::Ordinal;
                let mut k = st.j;
                if is_group_space(self.at(k)) {
                    k += 1;
                }
                if is_digit(self.at(k)) {
                    let l2 = self.literal(k);
                    let (v2, _) = self.interpret(&l2);
                    let mut e = l2.end;
                    if is_group_space(self.at(e)) {
                        e += 1;
                    }
                    if v2 < 100.0 && self.at(e) == '年' && self.at(e + 1) == '代' {
                        st.value = (st.value - 1.0) * 100.0 + v2;
                        m.kind = Kind::Decade;
                        st.j = e + 2;
                    }
                } else if let Some((decades, e)) = self.han_decades(k) {
                    // "20世纪六七十年代": the 1960s and 1970s.
                    let century = (st.value - 1.0) * 100.0;
                    st.value = century + decades[0];
                    st.more_decades = decades[1..].iter().map(|d| century + d).collect();
                    m.kind = Kind::Decade;
                    st.j = e;
                }
            }
            // "80后", "00后": the generation born in the 1980s, in the 2000s.
            if self.lang == Lang::Zh
                && plain_int
                && lit.groups[0].len() == 2
                && matches!(self.at(st.j), '后' | '後')
            {
                m.kind = Kind::Decade;
            }
            match self.at(st.j) {
                '年' if self.at(st.j + 1) == '代' => {
                    m.kind = Kind::Decade;
                    st.j += 2;
                }
                '年' => {
                    if (1000.0..=2200.0).contains(&st.value) {
                        m.kind = Kind::Year;
                    }
                    // "22年", "22年度": Japanese and Chinese write a year of
                    // this century or the last with two digits too.
                    st.short_year = plain_int && lit.groups[0].len() == 2 && st.scale == 1.0;
                    st.j += 1;
                }
                '月' if plain_int
                    && (1.0..=12.0).contains(&st.value)
                    && self.at(st.j + 1) != '間' =>
                {
                    m.kind = Kind::Month;
                    m.readings = vec![Reading {
                        domain: Domain::Month,
                        value: st.value,
                    }];
                    m.strength = Strength::PairOnly;
                    m.range.end = self.offs[st.j + 1];
                    out.push(m.clone());
                    return Some(st.j + 1);
                }
                '日' | '号' | '號' if plain_int && (1.0..=31.0).contains(&st.value) => {
                    m.kind = Kind::Ordinal;
                    st.j += 1;
                }
                '代' => {
                    m.kind = Kind::Decade;
                    st.j += 1;
                }
                // "5割", "3成": Japanese and Chinese count proportions in
                // tenths (50%, 30%).
                // The first of a range counts them too ("7～8割").
                c if (self.tenths_mark(c) || self.range_of_tenths(st.j))
                    && st.scale == 1.0
                    && st.value <= 10.0 =>
                {
                    st.tenths = Some(st.value);
                    st.value *= 10.0;
                    m.kind = Kind::Percent;
                    m.unit = Some("%");
                    if self.tenths_mark(c) {
                        st.j += 1;
                    }
                    // "3割8分5厘": tenths, hundredths and thousandths, as
                    // Japanese writes a rate (a batting average of .385).
                    let mut finer = false;
                    for (mark, percent) in [('分', 1.0), ('厘', 0.1)] {
                        let d = self.at(st.j).to_digit(10).filter(|_| self.lang == Lang::Ja);
                        if let Some(d) = d.filter(|_| self.at(st.j + 1) == mark) {
                            st.value += f64::from(d) * percent;
                            st.j += 2;
                            finer = true;
                        }
                    }
                    if finer {
                        // Not "n in ten": a rate, compared as its percentage.
                        st.tenths = None;
                    }
                }
                '第' => {}
                _ => {}
            }
            if i > 0 && self.chars[i - 1] == '第' {
                m.kind = Kind::Ordinal;
            }
        }
        None
    }
}

/// Units Chinese and Japanese write with 千 as their kilo- prefix (千瓦
/// kilowatt, 千米 kilometre, 千克 kilogram, 千卡 kilocalorie, 千焦, 千帕,
/// 千赫, 千伏, 千字节), and Chinese with 兆 as mega- (兆瓦, 兆赫, 兆字节).
pub(super) const KILO_UNITS: &str = "瓦米克卡焦帕赫伏字";
