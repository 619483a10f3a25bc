//! A tap shows an answer: the least a Yew widget can do.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The widget's allocator (src/lib.rs), so the floor carries what the widget's wasm carries.
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[function_component]
fn Floor() -> Html {
    let answered = use_state(|| false);
    let onclick = {
        let answered = answered.clone();
        Callback::from(move |_| answered.set(true))
    };
    html! {
        <div>
            <button type="button" {onclick}>{ "Calf" }</button>
            if *answered { <p>{ "A knot." }</p> }
        </div>
    }
}

#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<Floor>::with_root(root).render();
}
