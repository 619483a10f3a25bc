// Loaded before the widget's entry by the engines-*.html host pages: records every uncaught
// exception, unhandled promise rejection, failed resource load and console.error in
// window.__errors, which tests/e2e/engines.test.mjs reads over WebDriver (WebDriver has no
// portable console log). A file, not an inline script, so it also works under a strict CSP.
(function () {
  var errors = (window.__errors = []);
  function text(value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    try { return typeof value === 'string' ? value : JSON.stringify(value) || String(value); } catch (e) { return String(value); }
  }
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) errors.push('failed to load ' + (target.src || target.href));
    else errors.push('uncaught: ' + (event.error ? text(event.error) : event.message));
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    errors.push('unhandled rejection: ' + text(event.reason));
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, text).join(' '));
    return consoleError.apply(this, arguments);
  };
})();
