/* crosswire web app: small progressive enhancements; the pages work without it.
 * Never builds HTML from strings: only textContent and classList. */
(function () {
  "use strict";

  /* Article view: #span-START-END highlights (and scrolls to) every piece of
   * text inside that character span, even one the server did not cut at. */
  function showTarget() {
    var text = document.getElementById("text");
    if (!text) { return; }
    var old = text.querySelectorAll(".is-target");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("is-target"); }
    var m = /^#span-(\d+)-(\d+)$/.exec(window.location.hash);
    var status = document.getElementById("target-status");
    if (!m) { if (status) { status.textContent = ""; } return; }
    var start = parseInt(m[1], 10), end = parseInt(m[2], 10), first = null;
    var pieces = text.querySelectorAll("[data-s]");
    for (var j = 0; j < pieces.length; j++) {
      var s = parseInt(pieces[j].getAttribute("data-s"), 10);
      var e = parseInt(pieces[j].getAttribute("data-e"), 10);
      if (s < end && e > start) {
        pieces[j].classList.add("is-target");
        if (first === null) { first = pieces[j]; }
      }
    }
    if (first !== null) {
      /* after the browser's own jump to the anchor, so that the span ends up mid-screen */
      window.requestAnimationFrame(function () { first.scrollIntoView({ block: "center" }); });
      if (status) { status.textContent = "Showing the finding at characters " + start + "–" + end + "."; }
    } else if (status) {
      status.textContent = "Characters " + start + "–" + end + " are not in this article.";
    }
  }

  /* Article view: the legend's checkboxes hide or show each kind of highlight. */
  function legend() {
    var boxes = document.querySelectorAll("#legend input[data-kind]");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].addEventListener("change", function (ev) {
        var box = ev.target;
        document.body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
      });
    }
  }

  /* Ingest page (only with --allow-ingest): each file is posted as its raw bytes. */
  function ingest() {
    var form = document.getElementById("ingest-form");
    if (!form) { return; }
    var log = document.getElementById("ingest-log");
    function say(line, cls) {
      var li = document.createElement("li");
      li.textContent = line;
      if (cls) { li.className = cls; }
      log.appendChild(li);
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var files = Array.prototype.slice.call(document.getElementById("ingest-files").files);
      var next = function () {
        var f = files.shift();
        if (!f) { say("Done. The stories list shows the new articles."); return; }
        say("Ingesting " + f.name + "…");
        fetch("/ingest?filename=" + encodeURIComponent(f.name), {
          method: "POST",
          headers: { "Content-Type": "application/octet-stream" },
          body: f
        }).then(function (r) { return r.json(); }).then(function (rep) {
          if (rep.error) { say(f.name + ": " + rep.error, "fail"); }
          else {
            say(f.name + ": " + rep.ingested + " ingested, " + rep.duplicates + " duplicate(s), " +
                rep.failed + " failed; " + rep.stories + " stories");
            (rep.failures || []).forEach(function (x) { say("  " + x.path + ": " + x.reason, "fail"); });
          }
          next();
        }).catch(function (err) { say(f.name + ": " + err, "fail"); next(); });
      };
      next();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    legend();
    ingest();
  });
  window.addEventListener("load", showTarget);
  window.addEventListener("hashchange", showTarget);
})();
