/* graphbuild view, part 4 of 8: filters that focus, and their state in the URL fragment.
 * A filter (program, authority, document, date range) selects facts; the entities they name (the designee
 * of a designation) and those entities' direct posts and parts are shown, everything else is hidden.
 * An entity type narrows the selected entities to that type. The fragment (#program=...&type=...) holds
 * every filter, the search text, the selected entity, the tab and the table's sort, so a link reopens it. */
const DEFAULTS = { program: "", authority: "", doc: "", type: "", from: "", to: "", conf: opts.minConfidence || 0,
                   fold: opts.fold !== false, q: "", sel: "", tab: "graph", sort: "" };
const state = Object.assign({}, DEFAULTS);
const view = { facts: [], nodes: new Set(), edges: new Set() };
const CONTEXT = { holds_role: true, part_of: true };   // the "direct posts and parts" kept around a selection

function designationCriteria() { return !!(state.program || state.authority || state.from || state.to); }
function isoRange(iso) {   // [first day, last day] of "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  return [iso + "-01-01".slice(iso.length - 4), iso.length === 10 ? iso : iso.length === 7 ? iso + "-31" : iso + "-12-31"];
}
function factMatches(f) {
  if (f.confidence < state.conf - 1e-9) return false;
  if (state.doc && f.doc !== state.doc) return false;
  if (!designationCriteria()) return true;
  if (f.relation !== "designated_by") return false;
  if (state.program && f.program !== state.program) return false;
  if (state.authority && f.to !== state.authority) return false;
  if (state.from || state.to) {
    if (!f.iso) return false;
    const r = isoRange(f.iso);
    if (state.from && r[1] < state.from) return false;
    if (state.to && r[0] > state.to) return false;
  }
  return true;
}
function filtering() { return !!(state.program || state.authority || state.doc || state.type || state.from || state.to); }

/** The facts, entities and links the current filters show (see the header comment). */
function computeView() {
  const shown = new Set(), seeds = new Set();
  const designee = designationCriteria();
  graph.facts.forEach(function (f) {
    if (!factMatches(f)) return;
    const ends = designee ? [f.from] : f.from === f.to ? [f.from] : [f.from, f.to];
    const picked = state.type ? ends.filter(function (id) { return byNode.get(id).type === state.type; }) : ends;
    if (!picked.length) return;
    shown.add(f.index);
    picked.forEach(function (id) { seeds.add(id); });
  });
  if (filtering()) {
    graph.facts.forEach(function (f) {
      if (CONTEXT[f.relation] && f.confidence >= state.conf - 1e-9 && (seeds.has(f.from) || seeds.has(f.to))) shown.add(f.index);
    });
  }
  view.facts = Array.from(shown).sort(function (a, b) { return a - b; });
  view.nodes = new Set(); view.edges = new Set();
  view.facts.forEach(function (i) {
    const f = graph.facts[i];
    view.edges.add("e" + f.edge); view.nodes.add(f.from); view.nodes.add(f.to);
  });
  return view;
}

const hiddenNow = { nodes: new Set(), edges: new Set() };
/** Recompute what is shown and update the network, counts, table, timeline and URL. */
function applyFilters(how) {
  how = how || {};
  computeView();
  linkGroups = null;
  const nodeUpdates = [], edgeUpdates = [];
  if (!large) graph.nodes.forEach(function (n) {
    const hide = !view.nodes.has(n.id);
    if (hide !== hiddenNow.nodes.has(n.id)) {
      nodeUpdates.push({ id: n.id, hidden: hide });
      if (hide) hiddenNow.nodes.add(n.id); else hiddenNow.nodes.delete(n.id);
    }
  });
  if (!large) graph.edges.forEach(function (e) {
    const hide = !edgeShown(e);
    if (hide !== hiddenNow.edges.has(e.id)) {
      edgeUpdates.push({ id: e.id, hidden: hide });
      if (hide) hiddenNow.edges.add(e.id); else hiddenNow.edges.delete(e.id);
    }
  });
  if (nodeUpdates.length) nodes.update(nodeUpdates);
  if (edgeUpdates.length) edges.update(edgeUpdates);
  syncControls();
  updateStats();
  renderTable();
  drawTimeline();
  if (how.write !== false) writeHash();
  if (arrangeShown() || how.fit) fitAll();
  network.redraw();
}
function updateStats() {
  const sel = opts.selection || {};
  let text = "Showing " + view.nodes.size + " of " + plural(graph.nodes.length, "entity", "entities") + " · "
    + view.facts.length + " of " + plural(graph.facts.length, "fact");
  if (sel.relationsShown !== sel.relationsIn) text += " · " + sel.relationsShown + " of " + sel.relationsIn + " relations selected";
  if (sel.focus) text += " · around “" + sel.focus + "”, depth " + sel.depth;
  document.getElementById("stats").textContent = text;
  document.getElementById("clear").disabled = !filtering() && state.conf === DEFAULTS.conf;
  document.getElementById("tab-table").textContent = "Facts (" + view.facts.length + ")";
}

// ---- controls -----------------------------------------------------------------------------
const controls = { program: document.getElementById("f-program"), authority: document.getElementById("f-authority"),
                   doc: document.getElementById("f-doc"), type: document.getElementById("f-type"),
                   from: document.getElementById("f-from"), to: document.getElementById("f-to") };
function fillSelect(select, counts, labelOf) {
  select.appendChild(el("option", "all", null));
  select.lastChild.value = "";
  Object.keys(counts).sort(function (a, b) { return labelOf(a).localeCompare(labelOf(b)); }).forEach(function (value) {
    const o = el("option", labelOf(value) + " (" + counts[value] + ")");
    o.value = value;
    select.appendChild(o);
  });
}
function tally(items, key) {
  const c = {};
  items.forEach(function (x) { const k = key(x); if (k) c[k] = (c[k] || 0) + 1; });
  return c;
}
const designations = graph.facts.filter(function (f) { return f.relation === "designated_by"; });
fillSelect(controls.program, tally(designations, function (f) { return f.program; }), String);
fillSelect(controls.authority, tally(designations, function (f) { return f.to; }), function (id) { return byNode.get(id).label; });
fillSelect(controls.doc, tally(graph.facts, function (f) { return f.doc; }), function (d) {
  const meta = graph.documents[d] || {};
  return meta.title ? d + " — " + meta.title : d;
});
fillSelect(controls.type, tally(graph.nodes, function (n) { return n.type; }), String);
Object.keys(controls).forEach(function (key) {
  controls[key].addEventListener("change", function () { state[key] = controls[key].value; applyFilters({ fit: true }); });
});
const foldBox = document.getElementById("fold");
foldBox.parentNode.hidden = hubIds.length === 0;
foldBox.addEventListener("change", function () { state.fold = foldBox.checked; applyFilters(); });
const conf = document.getElementById("f-confidence"), confValue = document.getElementById("conf-value");
conf.min = String(Math.floor(DEFAULTS.conf * 20) / 20);
conf.addEventListener("input", function () { state.conf = parseFloat(conf.value); applyFilters(); });
document.getElementById("clear").addEventListener("click", function () {
  ["program", "authority", "doc", "type", "from", "to"].forEach(function (k) { state[k] = ""; });
  state.conf = DEFAULTS.conf;
  applyFilters({ fit: true });
});
function syncControls() {
  Object.keys(controls).forEach(function (key) { if (controls[key].value !== state[key]) controls[key].value = state[key]; });
  foldBox.checked = state.fold;
  conf.value = String(state.conf);
  confValue.textContent = fmtConf(state.conf);
}

// ---- the URL fragment ---------------------------------------------------------------------
function writeHash() {
  const params = new URLSearchParams();
  Object.keys(DEFAULTS).forEach(function (k) {
    if (state[k] !== DEFAULTS[k]) params.set(k, typeof state[k] === "boolean" ? (state[k] ? "1" : "0") : String(state[k]));
  });
  const hash = params.toString();
  if (hash === location.hash.replace(/^#/, "")) return;
  try { history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search); }
  catch (err) { /* a sandboxed srcdoc frame may refuse; the view still works */ }
}
function readHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  Object.keys(DEFAULTS).forEach(function (k) {
    const v = params.get(k);
    if (v === null) state[k] = DEFAULTS[k];
    else if (typeof DEFAULTS[k] === "boolean") state[k] = v === "1";
    else if (typeof DEFAULTS[k] === "number") state[k] = Math.max(0, Math.min(1, parseFloat(v) || 0));
    else state[k] = v;
  });
  if (state.tab !== "table") state.tab = "graph";
}
window.addEventListener("hashchange", function () { readHash(); restoreView(); });

// ---- legend -------------------------------------------------------------------------------
(function legend() {
  const box = document.getElementById("legend"), types = tally(graph.nodes, function (n) { return n.type; });
  function item(mark, text) { const d = el("div", null, "legend-item"); d.appendChild(mark); d.appendChild(el("span", text)); box.appendChild(d); }
  Object.keys(styles).concat(Object.keys(types).filter(function (t) { return !styles[t]; })).forEach(function (t) {
    const sw = el("span", null, "swatch shape-" + styleOf(t).shape);
    sw.style.background = styleOf(t).color;
    item(sw, t + (types[t] ? " (" + types[t] + ")" : ""));
  });
  item(el("span", null, "swatch shape-dot designated-swatch"), "red border: designated");
  Object.keys(relStyles).forEach(function (r) {
    const line = el("span", null, "line");
    line.style.borderTopColor = relStyle(r).color;
    item(line, relStyle(r).label);
  });
  item(el("span", null, "line dashed"), "dashed: former role, ended designation");
  item(el("span", "OFAC", "badge"), "badge: designated by a hub authority");
  item(el("span", "list", "badge list-badge"), "found on a sanctions list");
})();
