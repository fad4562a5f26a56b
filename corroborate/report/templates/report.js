// corroborate report: highlight every piece of the span a link points at (plain JS, no libraries).
(function () {
  "use strict";
  function highlight() {
    var current = document.querySelectorAll(".text .current");
    for (var i = 0; i < current.length; i++) { current[i].classList.remove("current"); }
    var wanted;
    try { wanted = decodeURIComponent(window.location.hash.slice(1)); } catch (error) { return; }
    if (!wanted) { return; }
    var pieces = document.querySelectorAll(".text [data-marks]");
    for (var j = 0; j < pieces.length; j++) {
      if (pieces[j].getAttribute("data-marks").split(" ").indexOf(wanted) >= 0) {
        pieces[j].classList.add("current");
      }
    }
  }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
