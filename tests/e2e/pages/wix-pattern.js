// How Wix's Custom Element (and some tag managers) set the widget up: the element is created and
// attached before the script has loaded, its attributes are set afterwards, and the script is
// added twice (the second time under another URL, so the module really runs twice).
const el = document.createElement('leg-pain-map');
el.id = 'pain-map';
document.getElementById('slot').append(el);
const entry = new URL('/cdn/leg-pain-map/leg-pain-map.js', location.href);
setTimeout(() => {
  el.setAttribute('lang', 'es');
  el.setAttribute('booking-url', '/host/booking-echo.html?n={summary}');
  el.setAttribute('emergency-number', '112');
  for (const src of [entry.href, entry.href + '?again']) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  }
}, 50);
