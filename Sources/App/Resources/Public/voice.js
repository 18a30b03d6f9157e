// Saves the participant's thoughts as a draft while they type, so nothing is lost if the
// phone locks or the page is closed. The form still works without this script: its button
// saves too. Only forms marked data-autosave take part.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-autosave]");
  Array.prototype.forEach.call(forms, function (form) {
    var status = form.querySelector("[data-autosave-status]");
    var timer = null;
    function save() {
      timer = null;
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { "X-Autosave": "1" },
        credentials: "same-origin"
      }).then(function (response) {
        if (status && response.ok) { status.textContent = form.getAttribute("data-autosave"); }
      }).catch(function () { /* the button still works */ });
    }
    form.addEventListener("input", function () {
      if (status) { status.textContent = ""; }
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 1500);
    });
  });
})();

// The summary's print button only makes sense with a script, so it starts hidden.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
