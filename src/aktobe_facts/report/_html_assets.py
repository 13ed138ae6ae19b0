"""The style sheet and script the HTML report carries inline (no external assets, no web fonts)."""

from __future__ import annotations

CSS = """
:root {
  --ink: #1d2330; --muted: #5b6475; --line: #d8dde6; --paper: #ffffff; --ground: #f3f5f8;
  --focus: #1a4fd8;
}
* { box-sizing: border-box; }
html { background: var(--ground); }
body {
  margin: 0; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 78rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
h1 { font-size: 1.45rem; margin: 0 0 .35rem; }
h2 { font-size: 1.15rem; margin: 0 0 .6rem; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1.4rem 0 .5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: .88em; overflow-wrap: break-word; }
a { color: #1c4fb8; }

/* verdict colours: --c for lines and text, --bg for fills */
.v-pass { --c: #1e7b34; --bg: #d9f2df; }
.v-warning { --c: #9a5b00; --bg: #ffe6a8; }
.v-error { --c: #b3261e; --bg: #fdd6d2; }
.v-info { --c: #2459a8; --bg: #dae7fa; }
.v-waived { --c: #6b7280; --bg: #eceef2; }
.v-none { --c: #8c8474; --bg: #efebe3; }
.v-uncovered { --c: #7d838d; --bg: transparent; }
.v-ignored { --c: #a0a6b0; --bg: #f1f2f4; }

.banner { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1rem;
  border-left: 6px solid var(--c); background: var(--paper); padding: .9rem 1.2rem;
  border-radius: 8px; box-shadow: 0 1px 2px rgba(20, 30, 50, .08); }
.banner h1 { color: var(--c); }
.banner p { margin: 0; color: var(--muted); }

table { border-collapse: collapse; background: var(--paper); }
th, td { text-align: left; padding: .35rem .65rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
table.counts { margin-top: .9rem; border: 1px solid var(--line); border-radius: 8px; }
table.counts th, table.counts td { text-align: center; min-width: 5.2rem; }
table.counts td { font-variant-numeric: tabular-nums; font-size: 1.05rem; font-weight: 600; }
table.counts td.v-error, table.counts td.v-warning { color: var(--c); }
.scroll { overflow-x: auto; }
table.relations { width: 100%; font-size: .92rem; }
table.relations td.msg { white-space: pre-line; }
td.num-cell { text-align: right; font-variant-numeric: tabular-nums; }

section.file { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 1.2rem 1.5rem 1.4rem; margin: 1.4rem 0; box-shadow: 0 1px 2px rgba(20, 30, 50, .06); }
.file-meta { color: var(--muted); margin: -.3rem 0 .8rem; }
.load-error { border-left: 5px solid var(--c); background: var(--bg); padding: .7rem 1rem;
  border-radius: 6px; white-space: pre-line; }

.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem 1.1rem; margin: 0 0 1rem;
  padding: .55rem .8rem; background: var(--ground); border-radius: 8px; font-size: .86rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }

.reading { display: grid; grid-template-columns: minmax(0, 3fr) minmax(17rem, 2fr); gap: 1.6rem;
  align-items: start; }
@media (max-width: 62rem) {
  .reading { grid-template-columns: minmax(0, 1fr); }
  .panel.open { position: fixed; left: .5rem; right: .5rem; bottom: .5rem; top: auto;
    max-height: 55vh; z-index: 10; box-shadow: 0 -4px 18px rgba(20, 30, 50, .25); }
}
.article-text { font-family: Georgia, "Times New Roman", Times, serif; font-size: 1.06rem;
  line-height: 1.75; max-width: 44rem; }
.article-text p { margin: 0 0 .85em; white-space: pre-line; }

.num { color: inherit; background: var(--bg); box-shadow: inset 0 -2px 0 var(--c);
  border-radius: 3px; padding: 0 .12em; cursor: pointer;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.num.v-uncovered { box-shadow: none; outline: 1px dashed var(--c); outline-offset: -1px; }
.num.v-ignored { color: #868c96; box-shadow: none; }
.num.v-none { box-shadow: inset 0 -2px 0 var(--c); background-image: none; }
.num.v-pass::after, .num.v-warning::after, .num.v-error::after,
.num.v-info::after { font: 700 .68em/1 system-ui, sans-serif; vertical-align: super;
  margin-left: .12em; color: var(--c); }
.num.v-pass::after { content: "✓"; }
.num.v-warning::after { content: "!"; }
.num.v-error::after { content: "✗"; }
.num.v-info::after { content: "i"; }
mark.num:hover { filter: brightness(.95); }
mark.num:focus-visible, mark.num.selected { outline: 3px solid var(--focus); outline-offset: 1px; }
span.num { cursor: default; }

.panel { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto;
  border: 1px solid var(--line); border-radius: 10px; background: #fafbfd; padding: .9rem 1rem; }
.panel-top { display: flex; justify-content: space-between; align-items: center; }
.panel-top h4 { margin: 0; font-size: .95rem; }
.panel-close { font: inherit; font-size: .85rem; border: 1px solid var(--line); background: var(--paper);
  border-radius: 6px; padding: .15rem .6rem; cursor: pointer; }
.panel-close:focus-visible { outline: 3px solid var(--focus); }
.hint { color: var(--muted); font-size: .9rem; }
html.js .hint-nojs, html:not(.js) .hint-js { display: none; }
.panel-head { margin: .6rem 0 .3rem; }
.panel-head q { font-family: Georgia, serif; font-weight: 600; }

.badge { display: inline-block; padding: .02rem .5rem; border-radius: 999px; font-size: .8rem;
  font-weight: 650; color: var(--c); background: var(--bg); white-space: nowrap;
  border: 1px solid var(--c); }
.card { border: 1px solid var(--line); border-left: 5px solid var(--c); border-radius: 7px;
  padding: .65rem .9rem; margin: .7rem 0; background: var(--paper); }
.card header { font-size: .9rem; }
.card .message { margin: .45rem 0 0; white-space: pre-line; }
.card .waived-note { margin: .45rem 0 0; font-style: italic; color: var(--muted); }
dl.arith { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem .9rem;
  margin: .55rem 0 0; font-size: .88rem; }
dl.arith dt { font-weight: 600; color: var(--muted); overflow-wrap: anywhere; max-width: 14rem; }
dl.arith dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere;
  font-variant-numeric: tabular-nums; }
.panel dl.arith { grid-template-columns: minmax(0, 1fr); gap: 0; }
.panel dl.arith dt { max-width: none; margin-top: .35rem; }
.panel dl.arith dd { padding-left: .8rem; }
.clean { color: var(--muted); }
footer { color: var(--muted); font-size: .88rem; margin-top: 1.5rem; }

@media print {
  html { background: #fff; }
  .panel, .legend { display: none; }
  .reading { display: block; }
  section.file { box-shadow: none; break-inside: avoid-page; }
}
"""

JS = """
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var selected = null;

  function panelOf(mark) {
    return document.getElementById(mark.getAttribute("aria-controls"));
  }

  function clear(panel) {
    var body = panel.querySelector(".panel-body");
    while (body.firstChild) { body.removeChild(body.firstChild); }
    return body;
  }

  function unselect() {
    if (selected) {
      selected.classList.remove("selected");
      selected.setAttribute("aria-expanded", "false");
    }
  }

  function open(mark) {
    var panel = panelOf(mark);
    if (!panel) { return; }
    var body = clear(panel);
    var head = document.createElement("p");
    head.className = "panel-head";
    var quote = document.createElement("q");
    quote.textContent = mark.textContent;
    var badge = document.createElement("span");
    badge.className = "badge v-" + mark.getAttribute("data-verdict");
    badge.textContent = mark.getAttribute("data-head");
    head.appendChild(quote);
    head.appendChild(document.createTextNode(" "));
    head.appendChild(badge);
    body.appendChild(head);
    var note = mark.getAttribute("data-note");
    if (note) {
      var p = document.createElement("p");
      p.className = "hint";
      p.textContent = note;
      body.appendChild(p);
    }
    (mark.getAttribute("data-findings") || "").split(" ").forEach(function (id) {
      var template = id ? document.getElementById(id) : null;
      if (template && template.content) {
        body.appendChild(template.content.cloneNode(true));
      }
    });
    panel.classList.add("open");
    panel.querySelector(".panel-close").hidden = false;
    panel.querySelectorAll(".hint-js").forEach(function (hint) { hint.hidden = true; });
    unselect();
    selected = mark;
    mark.classList.add("selected");
    mark.setAttribute("aria-expanded", "true");
  }

  function close(panel) {
    clear(panel);
    panel.classList.remove("open");
    panel.querySelector(".panel-close").hidden = true;
    panel.querySelectorAll(".hint-js").forEach(function (hint) { hint.hidden = false; });
    if (selected && panelOf(selected) === panel) {
      var mark = selected;
      unselect();
      selected = null;
      mark.focus();
    }
  }

  document.querySelectorAll("mark.num").forEach(function (mark) {
    mark.setAttribute("aria-expanded", "false");
  });
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) { return; }
    var mark = target.closest("mark.num");
    if (mark) { open(mark); return; }
    var button = target.closest(".panel-close");
    if (button) { close(button.closest(".panel")); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var mark = target ? target.closest("mark.num") : null;
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      open(mark);
    } else if (event.key === "Escape" && selected) {
      close(panelOf(selected));
    }
  });
})();
"""
