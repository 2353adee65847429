//! The values of a run of number words, split into groups where the run
//! stops being one number: the arithmetic of cardinals, ordinals, fractions
//! and scale words.

use super::*;

pub(super) struct Group {
    pub(super) value: f64,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
    pub(super) weak: bool,
    pub(super) scale: Option<f64>,
}

/// Values of a run of number words, split where the run stops being one
/// number ("deux trois" is two numbers; "vingt-deux" one).
pub(super) fn evaluate(parts: &[(Entry, usize, usize)], lang: Lang) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut cur: Option<Group> = None;
    let (mut total, mut current, mut last_scale) = (0.0f64, 0.0f64, f64::INFINITY);
    let mut after_connector = false;
    let mut all_weak = true;
    let mut has_article = false;
    // The group opens on a vague collective ("tens", "десятки", "dozens"):
    // a scale after it ("десятки тисяч", tens of thousands) stays vague.
    let mut vague = false;
    let flush = |cur: &mut Option<Group>,
                 total: f64,
                 current: f64,
                 all_weak: bool,
                 groups: &mut Vec<Group>| {
        if let Some(mut g) = cur.take() {
            g.value = total + current;
            g.weak = all_weak;
            groups.push(g);
        }
    };
    for (idx, &(e, s, t)) in parts.iter().enumerate() {
        if e.class == Class::Connector {
            after_connector = true;
            continue;
        }
        let next = parts.get(idx + 1).map(|p| p.0.class);
        // "eight and a half" (the connector is not among the parts), "half a
        // million": the article belongs to the fraction, or joins the
        // fraction to its scale.
        if e.class == Class::Article && cur.is_some() {
            if next == Some(Class::Fraction) && current >= 1.0 {
                after_connector = true;
                continue;
            }
            if cur.as_ref().is_some_and(|g| g.kind == Kind::Fraction)
                && total == 0.0
                && next == Some(Class::Scale)
            {
                continue;
            }
        }
        let v = e.value;
        // "a third", "two thirds", "three quarters", "un tercio": a fraction.
        let as_fraction = total == 0.0
            && current.fract() == 0.0
            && (1.0..=10.0).contains(&current)
            && ((e.class == Class::Ordinal && (3.0..=10.0).contains(&v))
                || (e.class == Class::Fraction && !after_connector))
            && cur.as_ref().is_some_and(|g| g.kind == Kind::Cardinal);
        if as_fraction {
            if let Some(g) = cur.as_mut() {
                g.kind = Kind::Fraction;
                g.end = t;
                current = if e.class == Class::Ordinal {
                    current / v
                } else {
                    current * v
                };
                has_article = false;
                after_connector = false;
                continue;
            }
        }
        // "vigésimo quinto", "dvacátý pátý", "dwudziesty piąty": a compound
        // ordinal written as the ordinals of its tens and its units.
        let ordinal_units = e.class == Class::Ordinal
            && v < 10.0
            && total == 0.0
            && current % 10.0 == 0.0
            && (20.0..100.0).contains(&current)
            && cur.as_ref().is_some_and(|g| g.kind == Kind::Ordinal);
        let fits = ordinal_units
            || cur.is_some()
                && match e.class {
                    Class::Article => false,
                    Class::Fraction => after_connector,
                    // "mil quinientos millones", "quattromila cinquecento
                    // milioni": a scale above the last one multiplies the
                    // whole number before it (1,500 millions), as in
                    // "three thousand million".
                    Class::Scale | Class::ScaleAbbrev => {
                        v < last_scale
                            || (current == 0.0 && total > 0.0)
                            || (last_scale.is_finite() && v > last_scale && total + current < v)
                    }
                    Class::Ordinal
                        if current >= 10.0
                            && v < 10.0
                            && !conventions::ordinal_after_tens(lang) =>
                    {
                        false
                    }
                    _ if v == 100.0 => current % 100.0 != 0.0 || current == 0.0 || current < 100.0,
                    _ if v > 100.0 && v < 1000.0 => current % 1000.0 == 0.0 && current == 0.0,
                    _ => {
                        let r = current % 100.0;
                        current == 0.0
                        || r == 0.0
                        || (r % 10.0 == 0.0 && r >= 20.0 && v < 10.0)
                        || (lang == Lang::Fr
                            && (r == 60.0 || r == 80.0)
                            && (10.0..20.0).contains(&v))
                        || (lang == Lang::Fr && r == 4.0 && v == 20.0)
                        // "dix-sept", "dix-huit", "dix-neuf" (17 to 19).
                        || (lang == Lang::Fr && r == 10.0 && (7.0..10.0).contains(&v))
                        || (conventions::units_first(lang)
                            && after_connector
                            && r < 10.0
                            && v >= 20.0
                            && v % 10.0 == 0.0)
                    }
                }
                && cur.as_ref().is_some_and(|g| {
                    g.kind != Kind::Ordinal
                        && (g.kind != Kind::Fraction || (e.class == Class::Scale && total == 0.0))
                });
        if !fits {
            // A lone article before a non-scale word is no number.
            if cur.is_some() && !(has_article && total + current == 1.0 && current == 1.0) {
                flush(&mut cur, total, current, all_weak, &mut groups);
            }
            total = 0.0;
            current = 0.0;
            last_scale = f64::INFINITY;
            all_weak = true;
            has_article = false;
            vague = e.weak && v >= 10.0 && e.class != Class::Article;
            cur = Some(Group {
                value: 0.0,
                start: s,
                end: t,
                kind: Kind::Cardinal,
                weak: true,
                scale: None,
            });
        }
        after_connector = false;
        let g = match cur.as_mut() {
            Some(g) => g,
            None => continue,
        };
        g.end = t;
        // A scale word with no number before it ("Millionen Menschen",
        // "тисячі жителів", "des milliers") is a vague plural, not a count.
        let lone_scale = e.class == Class::Scale && current == 0.0 && total == 0.0;
        match e.class {
            Class::Article => {
                has_article = true;
                current = 1.0;
                continue;
            }
            Class::Fraction => {
                if current == 0.0 && total == 0.0 {
                    g.kind = Kind::Fraction;
                }
                current += v;
            }
            Class::Scale | Class::ScaleAbbrev => {
                if last_scale.is_finite() && v > last_scale {
                    total = (total + current) * v;
                } else {
                    // A fraction ("half a million") scales as it stands.
                    total += if current > 0.0 { current } else { 1.0 } * v;
                }
                current = 0.0;
                last_scale = v;
                g.scale = Some(v);
            }
            _ if v == 100.0 => current = current.max(1.0) * 100.0,
            _ if lang == Lang::Fr && current % 100.0 == 4.0 && v == 20.0 => current += 76.0,
            _ => current += v,
        }
        if e.class == Class::Ordinal {
            g.kind = Kind::Ordinal;
        }
        let vague_scale = vague && matches!(e.class, Class::Scale | Class::ScaleAbbrev);
        if !e.weak && !lone_scale && !vague_scale {
            all_weak = false;
        }
        if has_article && (matches!(e.class, Class::Scale) || v == 100.0 || v == 12.0) {
            all_weak = false;
        }
    }
    // A lone article is no number at all.
    if !(has_article && total == 0.0 && current == 1.0) {
        flush(&mut cur, total, current, all_weak, &mut groups);
    }
    groups
}
