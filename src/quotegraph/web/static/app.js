// quotegraph article page: click (or Enter on) a highlight to select its attribution and show its details.
// Plain DOM, no framework; only server-rendered nodes are cloned, never HTML built from strings.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var pop = document.getElementById("pop");
  if (!text || !pop) return;

  function indices(el) {
    return (el.getAttribute("data-a") || "").split(" ").filter(function (s) { return /^\d+$/.test(s); });
  }

  function card(i) {
    return document.querySelector('.cards .card[data-i="' + i + '"]');
  }

  function clear() {
    document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel"); });
    pop.hidden = true;
    pop.replaceChildren();
  }

  function select(i, anchor) {
    clear();
    text.querySelectorAll("mark[data-a]").forEach(function (m) {
      if (indices(m).indexOf(i) >= 0) m.classList.add("sel");
    });
    var c = card(i);
    if (!c) return;
    c.classList.add("sel");
    c.scrollIntoView({ block: "nearest" });
    if (anchor) {
      var copy = c.cloneNode(true);
      copy.removeAttribute("id");
      copy.classList.remove("sel");
      pop.appendChild(copy);
      var r = anchor.getBoundingClientRect();
      pop.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 380)) + "px";
      pop.style.top = (window.scrollY + r.bottom + 6) + "px";
      pop.hidden = false;
    }
  }

  text.addEventListener("click", function (e) {
    var m = e.target.closest("mark[data-a]");
    if (m) { select(indices(m)[0], m); e.stopPropagation(); }
  });
  text.addEventListener("keydown", function (e) {
    var m = e.target.closest("mark[data-a]");
    if (m && (e.key === "Enter" || e.key === " ")) { select(indices(m)[0], m); e.preventDefault(); }
  });
  document.querySelectorAll(".cards .card").forEach(function (c) {
    c.addEventListener("click", function (e) {
      if (e.target.closest("a")) return;
      var i = c.getAttribute("data-i");
      select(i, null);
      var first = Array.prototype.find.call(text.querySelectorAll("mark[data-a]"), function (m) {
        return indices(m).indexOf(i) >= 0;
      });
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") clear(); });
  document.addEventListener("click", function (e) { if (!pop.contains(e.target) && !e.target.closest(".cards")) { pop.hidden = true; } });
  if (location.hash) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.hasAttribute("data-i")) select(target.getAttribute("data-i"), null);
  }
})();
