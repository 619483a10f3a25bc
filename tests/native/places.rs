//! The pain drawing's pieces (issue 22), server-side rendered and parsed: the map with several
//! places, the answer's picture, the rating step and the list of places.
#![cfg(not(target_arch = "wasm32"))]
use crate::common::builtin;
use crate::ssr::{attr, one, render_map_with, select};

use leg_pain_map::components::{place_list, rating_picker};
use leg_pain_map::content::{Pain, Part, RegionId, Side, View};
use leg_pain_map::diagram::picture;
use leg_pain_map::drawing::HashPlace;
use scraper::Html;
use yew::{function_component, Callback, LocalServerRenderer, Properties};

/// A calf (2), a hamstring (5), the other buttock (9): three ratings, three steps, all on the back.
fn three() -> Vec<HashPlace> {
    vec![
        (
            RegionId::new(Side::Left, Part::Calf),
            Some(Pain::Knot),
            Some(2),
        ),
        (
            RegionId::new(Side::Left, Part::ThighBack),
            Some(Pain::Ache),
            Some(5),
        ),
        (
            RegionId::new(Side::Right, Part::Buttock),
            Some(Pain::Tingling),
            Some(9),
        ),
    ]
}

/// A plain function's markup, rendered as the App renders it.
#[derive(Properties, PartialEq)]
struct Fixed {
    html: yew::Html,
}

#[function_component]
fn Show(props: &Fixed) -> yew::Html {
    props.html.clone()
}

async fn render(html: yew::Html) -> Html {
    let out = LocalServerRenderer::<Show>::with_props(Fixed { html })
        .hydratable(false)
        .render()
        .await;
    Html::parse_fragment(&out)
}

#[tokio::test]
async fn the_map_marks_every_place_by_its_rating_and_names_it() {
    let places = three();
    let current = Some(places[1].0);
    let doc = Html::parse_fragment(
        &render_map_with(builtin("en"), View::Back, places.clone(), current).await,
    );
    let pressed = select(&doc, ".lpm-region[aria-pressed=true]");
    assert_eq!(pressed.len(), 3, "every place is pressed");
    // A step each, not colour alone: three levels, three patterns.
    let mut levels: Vec<&str> = pressed
        .iter()
        .map(|r| attr(*r, "data-level").expect("a level"))
        .collect();
    levels.sort_unstable();
    assert_eq!(levels, ["1", "2", "3"]);
    let mut fills: Vec<&str> = select(&doc, ".lpm-hatch")
        .iter()
        .map(|h| attr(*h, "fill").expect("a pattern"))
        .collect();
    fills.sort_unstable();
    assert_eq!(
        fills,
        [
            "url(#lpm-rate1-back)",
            "url(#lpm-rate2-back)",
            "url(#lpm-rate3-back)"
        ]
    );
    for id in ["lpm-rate1-back", "lpm-rate2-back", "lpm-rate3-back"] {
        assert_eq!(
            one(&doc, &["pattern#", id].concat()).value().name(),
            "pattern"
        );
    }
    // Names say the feeling and the rating.
    let calf = one(&doc, "[data-region=left-calf]");
    assert_eq!(
        attr(calf, "aria-label"),
        Some("Left calf, back of leg: tender knot, 2 out of 10")
    );
    for region in &pressed {
        assert!(attr(*region, "aria-label").unwrap().contains("out of 10"));
    }
    // The place being edited is the back view's tab stop and outlined as such.
    let thigh = one(&doc, "[data-region=left-thigh-back]");
    assert_eq!(attr(thigh, "tabindex"), Some("0"));
    assert_eq!(select(&doc, ".lpm-selection[data-current=true]").len(), 1);
    assert_eq!(select(&doc, ".lpm-selection:not([data-current])").len(), 2);
    // The place on the right leg is drawn on the mirrored copy.
    assert!(select(&doc, ".lpm-selection")
        .iter()
        .any(|m| attr(*m, "transform").is_some()));
    assert!(select(&doc, "[style]").is_empty(), "no inline styles");
}

#[tokio::test]
async fn a_place_not_rated_yet_keeps_the_hatch_and_says_what_is_chosen() {
    let calf = RegionId::new(Side::Left, Part::Calf);
    let shin = RegionId::new(Side::Right, Part::Shin);
    let places = vec![(calf, Some(Pain::Knot), None), (shin, None, None)];
    let doc =
        Html::parse_fragment(&render_map_with(builtin("en"), View::Front, places, None).await);
    let calf = one(&doc, "[data-region=left-calf]");
    assert_eq!(attr(calf, "data-level"), Some("0"));
    assert_eq!(
        attr(calf, "aria-label"),
        Some("Left calf, back of leg: tender knot")
    );
    assert_eq!(
        attr(one(&doc, "[data-region=right-shin]"), "aria-label"),
        Some("Right shin, front of leg")
    );
    assert_eq!(select(&doc, "[fill=\"url(#lpm-hatch-back)\"]").len(), 1);
    assert_eq!(select(&doc, "[fill=\"url(#lpm-hatch-front)\"]").len(), 1);
    // An unmarked region has no level.
    assert_eq!(
        attr(one(&doc, "[data-region=left-hip]"), "data-level"),
        None
    );
}

#[tokio::test]
async fn the_picture_is_hidden_and_shows_only_the_views_with_places() {
    // Back only.
    let doc = render(picture(&three())).await;
    let svg = one(&doc, "svg.lpm-picture");
    assert_eq!(attr(svg, "aria-hidden"), Some("true"));
    assert_eq!(attr(svg, "part"), Some("picture"));
    assert_eq!(attr(svg, "viewBox"), Some("0 20 328 588"), "one view");
    assert_eq!(select(&doc, ".lpm-selection").len(), 3);
    assert!(select(&doc, "[role], [tabindex], [aria-label]").is_empty());
    let mut levels: Vec<&str> = select(&doc, ".lpm-selection")
        .iter()
        .map(|m| attr(*m, "data-level").unwrap())
        .collect();
    levels.sort_unstable();
    assert_eq!(levels, ["1", "2", "3"]);
    // Its pattern ids are its own: never the map's.
    for pattern in select(&doc, "pattern") {
        assert!(attr(pattern, "id").unwrap().ends_with("-pic"));
    }
    let back = leg_pain_map::diagram::geometry::leg_outline(View::Back);
    let front = leg_pain_map::diagram::geometry::leg_outline(View::Front);
    let outlines = |doc: &Html, d: &str| {
        select(doc, ".lpm-silhouette")
            .iter()
            .filter(|p| attr(**p, "d") == Some(d))
            .count()
    };
    assert_eq!(outlines(&doc, back), 2, "both legs of the back view");
    assert_eq!(outlines(&doc, front), 0, "no front view");

    // Both views, side by side.
    let mut both = three();
    both.push((
        RegionId::new(Side::Right, Part::Shin),
        Some(Pain::Sharp),
        Some(7),
    ));
    let doc = render(picture(&both)).await;
    assert_eq!(
        attr(one(&doc, "svg.lpm-picture"), "viewBox"),
        Some("0 20 688 588")
    );
    assert_eq!(outlines(&doc, back), 2);
    assert_eq!(outlines(&doc, front), 2);

    // Nothing marked, nothing drawn.
    let doc = render(picture(&[])).await;
    assert!(select(&doc, "svg").is_empty());
}

#[tokio::test]
async fn the_rating_step_is_ten_radios_with_words_at_1_5_and_10() {
    let lang = builtin("en");
    let on_add = Callback::noop();
    let doc = render(rating_picker(
        &lang,
        Some(6),
        &Callback::noop(),
        Some((&on_add, false)),
    ))
    .await;
    let radios = select(&doc, "input[type=radio][name=lpm-rating]");
    assert_eq!(radios.len(), 10);
    for (i, radio) in radios.iter().enumerate() {
        let value = (i + 1).to_string();
        assert_eq!(attr(*radio, "value"), Some(value.as_str()));
        assert_eq!(
            attr(*radio, "id"),
            Some(["lpm-rating-", &value].concat().as_str())
        );
        let described = attr(*radio, "aria-describedby");
        let word = match i + 1 {
            1 => Some("Mild"),
            5 => Some("Moderate"),
            10 => Some("Worst imaginable"),
            _ => None,
        };
        match word {
            Some(word) => {
                let id = described.expect("described");
                let text: String = one(&doc, &["#", id].concat()).text().collect();
                assert_eq!(text, word);
            }
            None => assert_eq!(described, None, "{value}"),
        }
        // Each radio is inside its label, the number its name.
        let label = scraper::ElementRef::wrap(radio.parent().unwrap()).unwrap();
        assert_eq!(label.value().name(), "label");
        assert_eq!(label.text().collect::<String>(), value);
    }
    one(&doc, "input#lpm-rating-6[checked]");
    assert_eq!(select(&doc, "input[checked]").len(), 1);
    let legend: String = one(&doc, "form fieldset legend.lpm-sr").text().collect();
    assert_eq!(legend, "How bad is it at its worst?");
    assert!(select(&doc, "input[type=range]").is_empty(), "not a slider");
    let add = one(&doc, "button.lpm-btn[data-action=add-place]");
    assert_eq!(attr(add, "type"), Some("button"));
    assert_eq!(add.text().collect::<String>(), "Add another place");

    // Full: the reason instead of the button.
    let doc = render(rating_picker(
        &lang,
        None,
        &Callback::noop(),
        Some((&on_add, true)),
    ))
    .await;
    assert!(select(&doc, "[data-action=add-place]").is_empty());
    assert!(one(&doc, ".lpm-full")
        .text()
        .collect::<String>()
        .contains("five places"));
    assert!(select(&doc, "input[checked]").is_empty());
    // No adding offered at all.
    let doc = render(rating_picker(&lang, None, &Callback::noop(), None)).await;
    assert!(select(&doc, "[data-action=add-place], .lpm-full").is_empty());
}

#[tokio::test]
async fn the_list_names_each_place_with_change_remove_and_undo() {
    let lang = builtin("en");
    let noop = Callback::noop();
    let mut places = three();
    places.push((
        RegionId::new(Side::Right, Part::Shin),
        Some(Pain::Sharp),
        None,
    ));
    places.push((RegionId::new(Side::Left, Part::Knee), None, None));
    let doc = render(place_list(
        &lang,
        &places,
        None,
        &noop,
        &noop,
        &Callback::noop(),
    ))
    .await;
    let list = one(&doc, "ul.lpm-places");
    let title = attr(list, "aria-labelledby").expect("named");
    assert_eq!(
        one(&doc, &["#", title].concat()).text().collect::<String>(),
        "Your places"
    );
    assert!(
        select(&doc, "h1, h2, h3, h4, h5, h6").is_empty(),
        "no heading"
    );
    let items: Vec<String> = select(&doc, ".lpm-place-text")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert_eq!(
        items,
        [
            "Left calf, back of leg: tender knot, 2/10",
            "Left back of the thigh, back of leg: deep ache, 5/10",
            "Right buttock, back of leg: tingling or numb, 9/10",
            "Right shin, front of leg: sharp or stabbing",
            "Left knee, front of leg",
        ]
    );
    let change = select(&doc, "button[data-action=change-place]");
    let remove = select(&doc, "button[data-action=remove-place]");
    assert_eq!((change.len(), remove.len()), (5, 5));
    assert_eq!(
        attr(remove[0], "aria-label"),
        Some("Remove: Left calf, back of leg")
    );
    assert_eq!(
        attr(change[0], "aria-label"),
        Some("Change: Left calf, back of leg")
    );
    assert_eq!(remove[0].text().collect::<String>(), "Remove");
    // The live region is there before anything is removed, empty; no Undo yet.
    let status = one(&doc, "[role=status]");
    assert_eq!(status.text().collect::<String>(), "");
    assert!(select(&doc, "[data-action=undo]").is_empty());

    // After removing the last place: the line and Undo, no list.
    let knee = RegionId::new(Side::Left, Part::Knee);
    let doc = render(place_list(
        &lang,
        &[],
        Some(knee),
        &noop,
        &noop,
        &Callback::noop(),
    ))
    .await;
    assert!(select(&doc, "ul").is_empty());
    assert_eq!(
        one(&doc, "[role=status]").text().collect::<String>(),
        "Removed: Left knee, front of leg"
    );
    let undo = one(&doc, "button[data-action=undo]");
    assert_eq!(undo.text().collect::<String>(), "Undo");

    // Nothing marked, nothing removed: nothing at all.
    let doc = render(place_list(
        &lang,
        &[],
        None,
        &noop,
        &noop,
        &Callback::noop(),
    ))
    .await;
    assert!(select(&doc, "*").iter().all(|e| e.value().name() == "html"));
}
