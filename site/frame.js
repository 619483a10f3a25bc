// The iframe fallback: frame.html?lang=es&booking-url=…&accent=%237c3aed shows the widget with the
// same settings as the snippet, for site builders that strip <script> from a page. It tells its
// parent page its height (postMessage) so the optional frame-resize.js can fit the frame.
import { apply, read } from './settings.mjs';

const settings = read(location.search);
const el = document.querySelector('leg-pain-map');
apply(el, settings, 'lpm-frame-words');
document.documentElement.lang = settings.attrs.lang || 'en';
if (parent !== window) {
  const post = () => parent.postMessage({ type: 'leg-pain-map:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}
