// The floor's entry: boots the wasm and mounts the app. scripts/bundle.mjs bundles the
// wasm-bindgen glue into it and minifies it exactly as it does the widget's entry.
import init, { mount } from '__GLUE__';

await init({ module_or_path: new URL(__WASM__, import.meta.url) });
mount(document.getElementById('floor'));
