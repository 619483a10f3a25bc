//! In a real DOM (headless Chromium): the widget mounted the way the entry script mounts it,
//! clicked like a visitor, and its DOM events heard like a host page.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leg_pain_map::embed::element::Widget;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const EN: &str = include_str!("../content/en.json");
const ES: &str = include_str!("../content/es.json");

struct Mounted {
    host: HtmlElement,
    root: Element,
    widget: Option<Widget>,
    events: Rc<RefCell<Vec<(String, String)>>>,
    _listeners: Vec<Closure<dyn FnMut(web_sys::CustomEvent)>>,
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(0)).await;
    yew::platform::time::sleep(Duration::from_millis(0)).await;
}

/// Waits until `ready` holds, as a person waits for the screen, and fails naming `what` after two
/// seconds: where a step moves focus, `settle`'s two turns were once not enough on a busy CI machine.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("waited 2 s for {what}");
}

async fn mount(attrs: &[(&str, &str)], lang: &str, overrides: Option<&str>) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    // A test that failed never dropped its `Mounted` (a panic aborts): take its widget off the
    // page, so its late events and focus cannot reach this test.
    let stale = document.query_selector_all("leg-pain-map-test").unwrap();
    for i in 0..stale.length() {
        stale.get(i).unwrap().unchecked_into::<Element>().remove();
    }
    let host: HtmlElement = document
        .create_element("leg-pain-map-test")
        .unwrap()
        .unchecked_into();
    for (name, value) in attrs {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let root = document.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();

    let events = Rc::new(RefCell::new(Vec::new()));
    let mut listeners = Vec::new();
    for name in leg_pain_map::embed::events::EVENTS {
        let events = events.clone();
        let listener =
            Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
                let detail = js_sys::JSON::stringify(&e.detail())
                    .unwrap()
                    .as_string()
                    .unwrap();
                assert!(
                    e.bubbles() && e.composed(),
                    "host pages hear it from outside the shadow root"
                );
                events.borrow_mut().push((e.type_(), detail));
            });
        document
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .unwrap();
        listeners.push(listener);
    }

    let mut widget = Widget::new(host.clone(), root.clone());
    let builtin = js_sys::JSON::parse(if lang == "es" { ES } else { EN }).unwrap();
    widget.set_content(
        lang,
        if lang == "es" { "es" } else { "en" },
        builtin,
        overrides.map(str::to_owned),
    );
    // Drawn, as a visitor would see it (`content-show` itself is sent before the render).
    until("the map drawn", || {
        root.query_selector(".lpm-view").unwrap().is_some()
    })
    .await;
    // The words are on screen: `content-show` comes last, after any `content-error` they had.
    let shown = ["{\"lang\":\"", lang, "\"}"].concat();
    assert_eq!(
        events.borrow_mut().pop(),
        Some(("content-show".to_owned(), shown)),
        "content-show after setContent"
    );
    Mounted {
        host,
        root,
        widget: Some(widget),
        events,
        _listeners: listeners,
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> HtmlElement {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
            .unchecked_into()
    }
    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }
    /// A real `click` event, as a tap or a mouse gives (SVG elements have no `.click()`).
    async fn click(&self, selector: &str) {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_composed(true);
        let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
        self.find(selector).dispatch_event(&event).unwrap();
        settle().await;
    }
    /// Picks a feeling, rates it 5, "in the day or two after", "None of these" for the signs
    /// and for the health facts: the answer's five taps.
    async fn feel(&self, pain: &str) {
        self.click(&["input[value=\"", pain, "\"]"].concat()).await;
        self.click(r#"input[name="lpm-rating"][value="5"]"#).await;
        self.click(r#"input[value="after"]"#).await;
        self.click(r#"[data-action="no-signs"]"#).await;
        self.click(r#"[data-action="no-facts"]"#).await;
    }
    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let document = web_sys::window().unwrap().document().unwrap();
        for (listener, name) in self
            ._listeners
            .iter()
            .zip(leg_pain_map::embed::events::EVENTS)
        {
            let _ = document
                .remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        if let Some(widget) = self.widget.take() {
            widget.destroy();
        }
        self.host.remove();
    }
}

#[wasm_bindgen_test]
async fn a_tap_on_the_calf_and_a_feeling_give_the_calf_answer() {
    let m = mount(&[], "en", None).await;
    assert!(!m.has(".lpm-answer"));
    m.click(r#"[data-region="left-calf"]"#).await;
    assert_eq!(
        m.find(r#"[data-region="left-calf"]"#)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(
        m.text(".lpm-places").contains("Left calf"),
        "listed under the map"
    );
    assert_eq!(
        m.find(".lpm-select")
            .unchecked_into::<web_sys::HtmlSelectElement>()
            .value(),
        "left-calf",
        "list in sync"
    );
    m.feel("knot").await;
    let card = m.find(".lpm-answer");
    assert_eq!(
        card.get_attribute("data-region").as_deref(),
        Some("left-calf")
    );
    assert_eq!(card.get_attribute("data-cause").as_deref(), Some("knots"));
    assert_eq!(
        card.get_attribute("data-tier").as_deref(),
        Some("self-care")
    );
    assert!(
        m.text(".lpm-sr[aria-live]")
            .contains("Look after it at home"),
        "the outcome is announced"
    );
    // Ticking the clot sign on the answer turns it urgent at once: no self-care, no booking.
    m.click(r#"input[value="clot"]"#).await;
    assert_eq!(
        m.find(".lpm-answer").get_attribute("data-tier").as_deref(),
        Some("urgent")
    );
    assert!(!m.has(".lpm-tips") && m.text(".lpm-sr[aria-live]").contains("See a doctor today"));
    let events = m.events.borrow().clone();
    let names: Vec<&str> = events.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["region-select", "pain-select", "answer-show"]);
    assert_eq!(
        events[2].1,
        r#"{"region":"left-calf","pain":"knot","regions":"left-calf","pains":"knot","cause":"knots"}"#
    );
}

#[wasm_bindgen_test]
async fn change_buttons_step_back_and_start_over_clears() {
    let m = mount(&[], "en", None).await;
    m.click(r#"[data-region="right-shin"]"#).await;
    m.feel("sharp").await;
    assert!(m.has(".lpm-answer"));
    m.click(r#"[data-action="change-feeling"]"#).await; // change the feeling
    assert!(!m.has(".lpm-answer") && m.has(".lpm-choices"));
    m.feel("cramp").await;
    assert_eq!(
        m.find(".lpm-answer").get_attribute("data-pain").as_deref(),
        Some("cramp")
    );
    m.click(r#"[data-action="start-over"]"#).await; // start over
    assert!(
        !m.has(".lpm-answer")
            && !m.has(".lpm-choices")
            && !m.has(r#".lpm-region[aria-pressed="true"]"#)
    );
}

#[wasm_bindgen_test]
async fn spanish_answers_in_spanish() {
    let m = mount(&[("lang", "es")], "es", None).await;
    m.click(r#"[data-region="left-calf"]"#).await;
    m.feel("knot").await;
    let es: serde_like::Value = serde_like::parse(ES);
    assert_eq!(m.find(".lpm").get_attribute("lang").as_deref(), Some("es"));
    assert!(m
        .text(".lpm-note")
        .contains(&es.get(&["notes", "calf", "knot"])));
}

#[wasm_bindgen_test]
async fn an_override_changes_the_answer_and_a_bad_one_is_reported() {
    let m = mount(
        &[],
        "en",
        Some(r#"{"en": {"causes": {"knots": {"title": "Spa words: <b>knots</b>"}}}}"#),
    )
    .await;
    m.click(r#"[data-region="left-calf"]"#).await;
    m.feel("knot").await;
    assert!(
        m.text(".lpm-cause strong")
            .contains("Spa words: <b>knots</b>"),
        "shown as text"
    );
    assert!(!m.has(".lpm-cause b"), "never as markup");
    drop(m);

    let m = mount(&[], "en", Some("{ not json")).await;
    assert!(
        m.has("[data-region]"),
        "still works on the built-in content"
    );
    let events = m.events.borrow().clone();
    assert_eq!(
        events,
        vec![(
            "content-error".into(),
            r#"{"code":"content-invalid","path":"content-src","expected":"valid JSON"}"#.into()
        )]
    );
    drop(m);

    let m = mount(&[], "en", Some(r#"{"en": {"causes": {"gremlins": {}}}}"#)).await;
    let events = m.events.borrow().clone();
    assert_eq!(
        events,
        vec![(
            "content-error".into(),
            r#"{"code":"content-invalid","path":"en.causes.gremlins","expected":"a known key"}"#
                .into()
        )]
    );
}

/// The entry's hand-over from the prerendered start screen: a view switched to there is shown, a
/// place chosen there opens its feeling step (and wins over the view), anything else is ignored.
#[wasm_bindgen_test]
async fn the_hand_over_shows_the_view_or_opens_the_place_chosen_before_the_wasm() {
    let mut m = mount(&[], "en", None).await;
    let current = |m: &Mounted| {
        m.find(r#".lpm-view[data-current="true"]"#)
            .get_attribute("data-view")
    };
    m.widget.as_mut().unwrap().hand_over("back");
    settle().await;
    assert_eq!(current(&m).as_deref(), Some("back"));
    assert!(!m.has(".lpm-step-feel"));
    m.widget.as_mut().unwrap().hand_over("nonsense");
    m.widget.as_mut().unwrap().hand_over("");
    settle().await;
    assert_eq!(current(&m).as_deref(), Some("back"), "ignored");
    assert!(m.events.borrow().is_empty(), "no event for a view");
    m.widget.as_mut().unwrap().hand_over("right-thigh-front");
    settle().await;
    assert!(m.has(r#".lpm-region[data-region="right-thigh-front"][aria-pressed="true"]"#));
    assert!(m.has(".lpm-step-feel"), "the feeling step is open");
    assert_eq!(current(&m).as_deref(), Some("front"), "the place's view");
    assert_eq!(
        m.events.borrow().clone(),
        [(
            "region-select".to_owned(),
            r#"{"region":"right-thigh-front","view":"front"}"#.to_owned()
        )]
    );
}

#[wasm_bindgen_test]
async fn attributes_changed_later_are_honoured() {
    let mut m = mount(&[], "en", None).await;
    m.click(r#"[data-region="left-calf"]"#).await;
    m.feel("cramp").await;
    assert!(!m.has(".lpm-book"));
    let widget = m.widget.as_mut().unwrap();
    widget.attribute_changed("booking-url", Some("https://spa.example/book".into()));
    widget.attribute_changed("theme", Some("dark".into()));
    widget.attribute_changed("theme", Some("neon".into())); // warns, stays on the default
    widget.attribute_changed("theme", Some("dark".into()));
    settle().await;
    assert_eq!(
        m.find(".lpm-book").get_attribute("href").as_deref(),
        Some("https://spa.example/book")
    );
    assert_eq!(
        m.find(".lpm").get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    assert!(m.has(".lpm-answer"), "the visitor keeps their place");
    // The calf put the map on the back view; the host page sets view="back", then "front".
    m.widget
        .as_mut()
        .unwrap()
        .attribute_changed("view", Some("back".into()));
    settle().await;
    m.widget
        .as_mut()
        .unwrap()
        .attribute_changed("view", Some("front".into()));
    settle().await;
    assert_eq!(
        m.find(r#".lpm-view[data-current="true"]"#)
            .get_attribute("data-view")
            .as_deref(),
        Some("front"),
        "view changed later moves the map"
    );
    m.click(".lpm-book").await;
    let events = m.events.borrow().clone();
    let (name, detail) = events.last().unwrap();
    assert_eq!(name, "booking-click");
    assert_eq!(
        detail, r#"{"region":"left-calf","pain":"cramp","regions":"left-calf","pains":"cramp"}"#,
        "ids only: the summary travels in the link"
    );
}

#[wasm_bindgen_test]
async fn the_keyboard_reaches_an_answer() {
    let m = mount(&[], "en", None).await;
    let first = m.find(r#".lpm-view[data-current="true"] [tabindex="0"]"#);
    first.focus().unwrap();
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        init.set_cancelable(true);
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    let active = || {
        m.root
            .get_root_node()
            .unchecked_into::<web_sys::ShadowRoot>()
            .active_element()
    };
    first.dispatch_event(&key("ArrowDown")).unwrap();
    until("focus to move to the next place", || {
        active()
            .is_some_and(|e| e.get_attribute("data-region") != first.get_attribute("data-region"))
    })
    .await;
    let second = active().expect("focus moved");
    second.dispatch_event(&key("Enter")).unwrap();
    // Focus follows to step 2's heading.
    until("focus on the feeling step's heading", || {
        active().and_then(|e| e.get_attribute("id")).as_deref() == Some("lpm-feel")
    })
    .await;
    assert!(m.has(".lpm-choices"));
}

/// A tiny JSON path reader for the tests (serde_json is native-only here).
mod serde_like {
    use wasm_bindgen::JsValue;
    pub struct Value(JsValue);
    pub fn parse(text: &str) -> Value {
        Value(js_sys::JSON::parse(text).unwrap())
    }
    impl Value {
        pub fn get(&self, path: &[&str]) -> String {
            path.iter()
                .fold(self.0.clone(), |v, k| {
                    js_sys::Reflect::get(&v, &(*k).into()).unwrap()
                })
                .as_string()
                .unwrap()
        }
    }
}
