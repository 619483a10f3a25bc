//! Writes every place × feeling answer at each timing (no sign ticked) and a few others as plain
//! text, for people to read as a clinician would: `cargo run -p lpm-core --example answers`
//! writes `target/answers/en.txt` and `es.txt`.

use lpm_core::answer::{answer, heading, Spa};
use lpm_core::content::rules::{FactSet, SignSet};
use lpm_core::content::{builtin, Fact, Pain, Part, RegionId, Side, Sign, Timing};
use lpm_core::docs::every_input;

use lpm_core::drawing::{answer as drawing_answer, Place};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/answers");
    std::fs::create_dir_all(dir).unwrap();
    let mut cases: Vec<(Part, Pain, Timing, SignSet, FactSet)> = every_input()
        .map(|(part, pain, timing)| (part, pain, timing, SignSet::NONE, FactSet::NONE))
        .collect();
    cases.extend([
        (
            Part::Calf,
            Pain::Swollen,
            Timing::Unrelated,
            SignSet::NONE,
            FactSet::of(&[Fact::Surgery]),
        ),
        (
            Part::Calf,
            Pain::Knot,
            Timing::After,
            SignSet::NONE,
            FactSet::of(&[Fact::Hormones]),
        ),
        (
            Part::Calf,
            Pain::Ache,
            Timing::Unrelated,
            SignSet::of(&[Sign::Clot]),
            FactSet::of(&[Fact::Journey]),
        ),
        (
            Part::Calf,
            Pain::Cramp,
            Timing::After,
            SignSet::of(&[Sign::Breathless]),
            FactSet::NONE,
        ),
        (
            Part::Buttock,
            Pain::Tingling,
            Timing::Lasting,
            SignSet::of(&[Sign::NerveSudden]),
            FactSet::NONE,
        ),
        (
            Part::Achilles,
            Pain::Ache,
            Timing::Unrelated,
            SignSet::of(&[Sign::Fracture]),
            FactSet::NONE,
        ),
    ]);
    for code in ["en", "es"] {
        let lang = builtin(code);
        let spa = Spa {
            lang: code,
            emergency_number: Some("112"),
            booking_url: Some("https://spa.example/book?notes={summary}"),
        };
        let mut text = String::new();
        for &(part, pain, timing, signs, facts) in &cases {
            let region = RegionId::new(Side::Left, part);
            let card = answer(&lang, spa, region, pain, timing, signs, facts);
            let ids = |ids: Vec<&str>| ids.join(", ");
            text += &format!(
                "\n\n==== {} × {} × {} × [{}] × [{}]\n",
                part.id(),
                pain.id(),
                timing.id(),
                ids(signs.iter().map(|s| s.id()).collect()),
                ids(facts.iter().map(|f| f.id()).collect()),
            );
            text += &heading(&lang, region, pain);
            text.push('\n');
            text += &card.texts(&lang, None).join("\n");
        }
        // Drawings: several places, each card as the visitor reads it.
        let at = |side, part, pain, rating, timing| Place {
            region: RegionId::new(side, part),
            pain,
            rating,
            timing,
        };
        let (l, r, t) = (Side::Left, Side::Right, Pain::Tingling);
        let drawings: Vec<(&str, Vec<Place>, SignSet)> = vec![
            (
                "down one leg, after a massage",
                vec![
                    at(l, Part::Buttock, t, 6, Timing::After),
                    at(l, Part::ThighBack, t, 5, Timing::After),
                    at(l, Part::Calf, t, 4, Timing::After),
                ],
                SignSet::NONE,
            ),
            (
                "down one leg, not after a massage",
                vec![
                    at(l, Part::Buttock, t, 6, Timing::Unrelated),
                    at(l, Part::ThighBack, Pain::Ache, 5, Timing::Unrelated),
                    at(l, Part::Calf, t, 4, Timing::Unrelated),
                ],
                SignSet::NONE,
            ),
            (
                "down both legs, not after a massage",
                vec![
                    at(l, Part::Buttock, t, 5, Timing::Unrelated),
                    at(l, Part::Calf, t, 5, Timing::Unrelated),
                    at(r, Part::ThighBack, t, 4, Timing::Unrelated),
                    at(r, Part::Sole, t, 4, Timing::Unrelated),
                ],
                SignSet::NONE,
            ),
            (
                "both calves and thighs after a run",
                vec![
                    at(l, Part::Calf, Pain::SoreAfter, 5, Timing::Unrelated),
                    at(r, Part::Calf, Pain::SoreAfter, 5, Timing::Unrelated),
                    at(l, Part::ThighFront, Pain::Ache, 4, Timing::Unrelated),
                    at(r, Part::ThighFront, Pain::Ache, 4, Timing::Unrelated),
                ],
                SignSet::NONE,
            ),
            (
                "a knot rated 9 and a tight calf, after a massage",
                vec![
                    at(l, Part::OuterThigh, Pain::Knot, 9, Timing::After),
                    at(l, Part::Calf, Pain::Tight, 3, Timing::After),
                ],
                SignSet::NONE,
            ),
        ];
        for (name, places, signs) in &drawings {
            let same = places.iter().all(|p| p.timing == places[0].timing);
            let card = drawing_answer(&lang, spa, places, same, *signs, FactSet::NONE);
            text += &format!("\n\n==== drawing: {name}\n");
            text += &card.texts(&lang, None).join("\n");
        }
        std::fs::write(format!("{dir}/{code}.txt"), text).unwrap();
    }
    println!("answers written to {dir}/en.txt and es.txt");
}
