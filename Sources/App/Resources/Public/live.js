// The live parts of a running meeting. Without this script the pages still work: the
// facilitator's view shows the clocks as they were when it loaded, and the shared screen
// reloads itself every few seconds.
(function () {
  "use strict";

  // Clocks: the server gives each its start, its length, when to warn and the words for each
  // level; this only counts. Times are corrected by the server's own clock.
  var serverOffset = 0;
  var body = document.querySelector("[data-server-now]");
  if (body) { serverOffset = Number(body.getAttribute("data-server-now")) - Date.now(); }

  function format(seconds) {
    var sign = seconds < 0 ? "-" : "";
    var s = Math.abs(Math.round(seconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return sign + m + ":" + (r < 10 ? "0" : "") + r;
  }

  function tick() {
    var now = Date.now() + serverOffset;
    var clocks = document.querySelectorAll("[data-clock]");
    Array.prototype.forEach.call(clocks, function (clock) {
      var started = Number(clock.getAttribute("data-started"));
      var planned = Number(clock.getAttribute("data-planned"));
      var warn = Number(clock.getAttribute("data-warn"));
      var elapsed = (now - started) / 1000;
      var remaining = planned - elapsed;
      var level = remaining <= 0 ? "over" : remaining <= warn ? "near_end" : "calm";
      var time = clock.querySelector("[data-clock-time]");
      if (time) { time.textContent = format(remaining > 0 ? remaining : -remaining); }
      var label = clock.querySelector("[data-clock-label]");
      if (label) { label.textContent = clock.getAttribute(remaining > 0 ? "data-left" : "data-overrun"); }
      if (clock.getAttribute("data-level") !== level) {
        clock.setAttribute("data-level", level);
        clock.className = clock.className.replace(/clock--\S+/g, "").trim() + " clock--" + level;
        var message = clock.querySelector("[data-clock-message]");
        var text = clock.getAttribute("data-message-" + level);
        if (message && text !== null) { message.textContent = text; }
      }
    });
  }
  if (document.querySelector("[data-clock]")) {
    tick();
    setInterval(tick, 1000);
  }

  // The shared screen follows the facilitator: it asks every second whether anything changed
  // and, if so, swaps in the new content. A failed request waits a little longer.
  var screen = document.querySelector("[data-follow]");
  if (screen) {
    var refresh = document.querySelector("noscript");
    var revision = screen.getAttribute("data-revision");
    var url = screen.getAttribute("data-follow");
    var delay = 1000;
    var poll = function () {
      fetch(url + "?since=" + encodeURIComponent(revision), { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          if (response.status === 200) {
            revision = response.headers.get("X-Revision") || revision;
            return response.text().then(function (html) { screen.innerHTML = html; tick(); });
          }
          if (response.status !== 204) { throw new Error("status " + response.status); }
        })
        .then(function () { delay = 1000; }, function () { delay = Math.min(delay * 2, 10000); })
        .then(function () { setTimeout(poll, delay); });
    };
    if (refresh) { refresh.remove(); }
    setTimeout(poll, delay);
  }
})();
