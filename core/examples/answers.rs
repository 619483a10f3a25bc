//! Writes every place × feeling answer at each timing (no sign ticked) and a few others as plain
//! text, for people to read as a clinician would: `cargo run -p lpm-core --example answers`
//! writes `target/answers/en.txt` and `es.txt`.

use lpm_core::answer::{answer, heading, Spa};
use lpm_core::content::rules::{FactSet, SignSet};
use lpm_core::content::{builtin, Fact, Pain, Part, RegionId, Side, Sign, Timing};
use lpm_core::docs::every_input;

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
        std::fs::write(format!("{dir}/{code}.txt"), text).unwrap();
    }
    println!("answers written to {dir}/en.txt and es.txt");
}
