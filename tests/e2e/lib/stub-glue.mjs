// Stands in for the wasm-bindgen glue in tests/e2e/entry.test.mjs, which bundles the entry with
// this instead (scripts/entry.mjs). `init` awaits the wasm request as the real glue does, so a
// test can hold it back or fail it, but runs no wasm; `Widget` has the real one's methods, draws
// a title once it has words (as Yew does, into the entry's mount) and writes every call the entry
// makes into `window.__glue`, as [method, the element's id, ...arguments].
const calls = (window.__glue = []);

export default async function init({ module_or_path }) {
  const response = await module_or_path;
  if (!response.ok) throw new Error(`the wasm: ${response.status}`);
  calls.push(['init']);
}

export class Widget {
  #host;
  #root;
  constructor(host, root) {
    this.#host = host;
    this.#root = root;
    const attributes = Object.fromEntries([...host.attributes].map((a) => [a.name, a.value]));
    this.#call('new', attributes);
    root.replaceChildren(); // Yew clears the placeholder when it mounts
  }
  #call(name, ...args) {
    calls.push([name, this.#host.id, ...args]);
  }
  attributeChanged(name, value) {
    this.#call('attributeChanged', name, value ?? null);
  }
  setContent(code, base, words, overrides) {
    this.#call('setContent', code, base, overrides ?? null);
    const root = document.createElement('div');
    root.className = 'lpm';
    root.lang = code;
    const title = document.createElement('h2');
    title.className = 'lpm-title';
    title.textContent = words.ui.title;
    root.append(title);
    this.#root.replaceChildren(root);
  }
  handOver(choice) {
    this.#call('handOver', choice);
  }
  loadFailed(what) {
    this.#call('loadFailed', what);
  }
  destroy() {
    this.#call('destroy');
    this.#root.replaceChildren();
  }
}
