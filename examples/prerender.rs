//! The start screen, prerendered at build time: `cargo run --example prerender -- OUT_DIR` renders
//! `App` at its start (header, disclaimer, both views of the map, the region list, the questions
//! without their answers)
//! with Yew's server renderer for every built-in language, from the built-in words only, and
//! writes `OUT_DIR/{code}.html`. `scripts/bundle.mjs` ships them; the entry shows one before the
//! wasm has arrived, then the live widget replaces it in one frame. It is the same component code
//! as the live widget, rendered natively: no second copy of the markup.
use std::rc::Rc;

use leg_pain_map::config::Config;
use leg_pain_map::content::{self, Faq, Json};
use leg_pain_map::{App, AppProps};
use yew::{Callback, LocalServerRenderer};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let out = std::env::args().nth(1).expect("usage: prerender OUT_DIR");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("content/")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let code = path.file_stem().unwrap().to_string_lossy().into_owned();
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let (mut lang, problems) = content::read(&Json::from(value), &code);
        assert!(problems.is_empty(), "{code}.json: {problems:?}");
        // The questions without their answers: folded, they look the same, and the first request
        // a visitor waits for is 18% smaller (the words file has the answers anyway). The entry
        // fills in a question opened before the wasm is there from the words file, and the live
        // widget opens it again at the hand-over.
        for &faq in Faq::ALL {
            lang.faq[faq].a.clear();
        }
        let props = AppProps {
            lang: Some(Rc::new(lang)),
            config: Config {
                lang: code.clone(),
                ..Config::default()
            },
            on_event: Callback::noop(),
            early: None,
        };
        let html = LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render()
            .await;
        assert!(
            !html.contains("style=") && !html.contains("<script"),
            "{code}: the markup obeys the strict CSP"
        );
        std::fs::write(format!("{out}/{code}.html"), html).unwrap();
    }
}
