//! One `<leg-pain-map>` element's widget: mounted by the entry script into a `div` inside the
//! element's open shadow root, fed attributes and content, and destroyed when the element leaves
//! the page. Each element has its own `Widget`, so two on a page share nothing.

use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, Callback, Renderer};

use super::attributes::{self, OBSERVED};
use crate::app::{App, AppProps};
use crate::config::Config;
use crate::content::merge::MAX_DEPTH;
use crate::content::{self, Json, Problem};
use crate::embed::events::WidgetEvent;
use crate::text::{concat, primary_lang};

#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<App>,
    props: AppProps,
    /// The element: content problems are dispatched on it.
    host: HtmlElement,
}

#[wasm_bindgen]
impl Widget {
    /// Mounts into `root` (a `div` in `host`'s shadow root), reading `host`'s attributes.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: Element) -> Widget {
        let mut config = Config::default();
        for name in OBSERVED {
            warn_if(attributes::apply(
                &mut config,
                name,
                host.get_attribute(name).as_deref(),
            ));
        }
        let on_event = {
            let host = host.clone();
            Callback::from(move |event| dispatch(&host, &WidgetEvent::Journey(event)))
        };
        let props = AppProps {
            lang: None,
            config,
            on_event,
            early: None,
        };
        let app = Renderer::<App>::with_root_and_props(root, props.clone()).render();
        Widget { app, props, host }
    }

    /// `attributeChangedCallback`: honoured at once, without losing the visitor's place.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self, name: &str, value: Option<String>) {
        warn_if(attributes::apply(
            &mut self.props.config,
            name,
            value.as_deref(),
        ));
        self.app.update(self.props.clone());
    }

    /// Shows content: `builtin` is the parsed built-in file of `builtin_code`; `overrides` is a
    /// spa's JSON text (or nothing); `code` is the language the page asked for.
    #[wasm_bindgen(js_name = setContent)]
    pub fn set_content(
        &mut self,
        code: &str,
        builtin_code: &str,
        builtin: JsValue,
        overrides: Option<String>,
    ) {
        let (mut lang, mut problems) = content::read(&to_json(&builtin, 0), builtin_code);
        let mut shown = builtin_code.to_owned();
        if let Some(text) = overrides {
            match js_sys::JSON::parse(&text) {
                Ok(json) => {
                    let json = to_json(&json, 0);
                    problems.extend(content::apply_overrides(&mut lang, code, &json));
                    let primary = primary_lang(code);
                    if matches!(&json, Json::Object(langs) if langs.iter().any(|(key, _)| key == code || key == primary))
                    {
                        shown = code.to_owned();
                    }
                }
                Err(_) => problems.push(Problem {
                    path: "content-src".into(),
                    expected: "valid JSON".into(),
                    found: "text that is not JSON".into(),
                }),
            }
        }
        if primary_lang(&shown) != primary_lang(code) {
            warn(&concat(&[
                "no content for lang=\"",
                code,
                "\": showing ",
                &shown,
            ]));
        }
        for problem in problems {
            self.report("content-invalid", problem);
        }
        self.props.config.lang = shown.clone();
        self.props.lang = Some(Rc::new(lang));
        self.app.update(self.props.clone());
        dispatch(&self.host, &WidgetEvent::ContentShow { lang: shown });
    }

    /// The entry could not load something (`what`: `content-src`, …): say so, carry on.
    #[wasm_bindgen(js_name = loadFailed)]
    pub fn load_failed(&self, what: &str) {
        let problem = Problem {
            path: what.into(),
            expected: "a file that loads".into(),
            found: "a failed request".into(),
        };
        self.report("content-load", problem);
    }

    /// The hand-over from the prerendered start screen: what the visitor chose there before the
    /// wasm was ready, a place (`left-calf`: the feeling step opens for it) or else the view they
    /// switched to (`back`: it is shown). Anything else is ignored.
    #[wasm_bindgen(js_name = handOver)]
    pub fn hand_over(&mut self, choice: &str) {
        if let Some(region) = content::RegionId::from_id(choice) {
            self.props.early = Some(region);
        } else if let Some(view) = content::View::from_id(choice) {
            self.props.config.start_view = view;
        } else {
            return;
        }
        self.app.update(self.props.clone());
    }

    /// `disconnectedCallback`: unmounts the app and drops its listeners.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

impl Widget {
    fn report(&self, code: &'static str, problem: Problem) {
        warn(&concat(&["content problem: ", &problem.message()]));
        let event = WidgetEvent::ContentError {
            code,
            path: problem.path,
            expected: problem.expected,
        };
        dispatch(&self.host, &event);
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&concat(&["<leg-pain-map>: ", message]).into());
}

fn warn_if(result: Result<(), String>) {
    if let Err(message) = result {
        warn(&message);
    }
}

/// `bubbles` and `composed`, so a host page hears it from outside the shadow root.
fn dispatch(host: &HtmlElement, event: &WidgetEvent) {
    let detail = Object::new();
    for (key, value) in event.detail() {
        let _ = Reflect::set(&detail, &key.into(), &value.into());
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// What the browser's `JSON.parse` made, as [`Json`] for the content walk; read no deeper than
/// [`MAX_DEPTH`], so a hostile page's deeply nested JSON never exhausts the stack.
fn to_json(value: &JsValue, depth: usize) -> Json {
    if depth > MAX_DEPTH {
        Json::TooDeep
    } else if let Some(text) = value.as_string() {
        Json::Text(text)
    } else if let Some(number) = value.as_f64() {
        Json::Number(number)
    } else if let Some(flag) = value.as_bool() {
        Json::Bool(flag)
    } else if Array::is_array(value) {
        Json::Array(
            Array::from(value)
                .iter()
                .map(|item| to_json(&item, depth + 1))
                .collect(),
        )
    } else if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        Json::Object(
            entries
                .iter()
                .map(|pair| {
                    let pair = Array::from(&pair);
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        to_json(&pair.get(1), depth + 1),
                    )
                })
                .collect(),
        )
    } else {
        Json::Null
    }
}
