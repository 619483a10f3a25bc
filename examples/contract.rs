//! The contract file: `cargo run --example contract -- FILE` writes what the JS side and the tests
//! need to know of the widget (`leg_pain_map::embed::contract`) as JSON. `scripts/bundle.mjs` runs
//! it into `target/contract.json` before it bundles; the e2e page object and the benchmark read it.
fn main() {
    let out = std::env::args().nth(1).expect("usage: contract FILE");
    let path = std::path::Path::new(&out);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("the contract's folder");
    }
    std::fs::write(path, leg_pain_map::embed::contract::json()).expect("the contract file");
}
