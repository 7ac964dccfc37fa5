/* Clearpost console: plain script, no build step. Works with htmx (vendored beside it).
   1. Sends the page's CSRF token with every htmx request (X-CSRF-Token).
   2. Ticks deadline countdowns (the server rendered the remaining seconds).
   3. Keyboard shortcuts for the common actions, never while typing in a field. */
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="csrf-token"]');
  document.addEventListener("htmx:configRequest", function (event) {
    if (meta) { event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content"); }
  });

  function span(seconds) {
    seconds = Math.abs(Math.trunc(seconds));
    if (seconds < 60) { return seconds + " s"; }
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) { return minutes + " min"; }
    var hours = Math.floor(minutes / 60);
    minutes = minutes % 60;
    if (hours < 48) { return hours + " h " + (minutes < 10 ? "0" : "") + minutes + " min"; }
    return Math.floor(hours / 24) + " d " + (hours % 24) + " h";
  }
  function tick() {
    document.querySelectorAll("time.countdown[data-remaining]").forEach(function (el) {
      if (!el.dataset.loadedAt) { el.dataset.loadedAt = String(Date.now()); }
      var since = (Date.now() - Number(el.dataset.loadedAt)) / 1000;
      var left = Number(el.dataset.remaining) - since;
      el.textContent = left >= 0 ? span(left) + " left" : "overdue by " + span(left);
      el.classList.toggle("late", left < 0);
    });
  }
  tick();
  // Once a minute is enough for minutes; the text is read by screen readers on demand only.
  window.setInterval(tick, 30000);

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    if (target.isContentEditable) { return true; }
    var tag = target.tagName.toLowerCase();
    if (tag === "textarea" || tag === "select") { return true; }
    if (tag !== "input") { return false; }
    var type = (target.getAttribute("type") || "text").toLowerCase();
    return ["checkbox", "radio", "button", "submit", "reset", "hidden", "file"].indexOf(type) < 0;
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (typing(event.target)) { return; }
    var key = event.key;
    if (key === "q") {
      event.preventDefault();
      window.location.assign("/console");
      return;
    }
    if (key === "n") {
      var note = document.getElementById("note");
      if (note) { event.preventDefault(); note.focus(); }
      return;
    }
    var target = document.querySelector('[data-shortcut="' + key + '"]');
    if (!target || target.disabled) { return; }
    event.preventDefault();
    if (target.type === "radio") {
      target.checked = true;
      target.dispatchEvent(new Event("change", { bubbles: true }));
      var form = target.form;
      var noteField = form ? form.querySelector("textarea[name=note]") : null;
      if (target.dataset.noteRequired === "true" && noteField && !noteField.value.trim()) {
        noteField.focus();
      } else {
        var submit = form ? form.querySelector("button[type=submit]") : null;
        if (submit) { submit.focus(); }
      }
    } else {
      target.click();
    }
  });

  // A required note follows the chosen action (the server checks it too).
  document.addEventListener("change", function (event) {
    var radio = event.target;
    if (!radio || radio.name !== "action" || !radio.form) { return; }
    var note = radio.form.querySelector("textarea[name=note]");
    if (note) { note.required = radio.dataset.noteRequired === "true"; }
  });
})();
