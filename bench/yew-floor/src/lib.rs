//! A tap shows an answer: the least a Yew widget can do.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: one thread, as in the widget.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
