// A fake booking tool: shows, as text, every query parameter that arrived (what a Calendly or
// Cal.com form would prefill), so a test can read back what the widget sent.
const list = document.getElementById('arrived');
for (const [key, value] of new URLSearchParams(location.search)) {
  const dt = document.createElement('dt');
  dt.textContent = key;
  const dd = document.createElement('dd');
  dd.dataset.key = key;
  dd.textContent = value;
  list.append(dt, dd);
}
document.body.dataset.ready = 'true';
