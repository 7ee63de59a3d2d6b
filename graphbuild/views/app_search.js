/* graphbuild view, part 8 of 8: search by name or alias, then the first screen (state from the URL
 * fragment, the shown entities fitted in the window) and the page's scripting API. */
let searchIndex = null;   // built on the first search
function search(query, limit) {
  const q = norm(query);
  if (!q) return [];
  if (!searchIndex) searchIndex = graph.nodes.map(function (n) { return { id: n.id, keys: [n.label].concat(n.aliases).map(norm) }; });
  const hits = [];
  searchIndex.forEach(function (entry) {
    let rank = 9;
    entry.keys.forEach(function (k) {
      if (k === q) rank = Math.min(rank, 0);
      else if (k.startsWith(q)) rank = Math.min(rank, 1);
      else if (k.indexOf(q) >= 0) rank = Math.min(rank, 2);
    });
    if (rank < 9) hits.push({ id: entry.id, rank: rank, degree: byNode.get(entry.id).degree });
  });
  hits.sort(function (a, b) { return a.rank - b.rank || b.degree - a.degree; });
  return hits.slice(0, limit || 20).map(function (h) { return h.id; });
}
const searchBox = document.getElementById("search"), results = document.getElementById("results");
function showResults(ids) {
  results.replaceChildren();
  ids.forEach(function (id) {
    const n = byNode.get(id), li = el("li"), b = el("button");
    b.type = "button";
    b.appendChild(el("span", n.label));
    b.appendChild(el("span", n.type, "kind"));
    b.addEventListener("click", function () { results.hidden = true; selectNode(id, true); });
    li.appendChild(b);
    results.appendChild(li);
  });
  if (!ids.length && searchBox.value.trim()) results.appendChild(el("li", "No match", "muted"));
  results.hidden = !searchBox.value.trim();
}
searchBox.addEventListener("input", function () { state.q = searchBox.value; writeHash(); showResults(search(searchBox.value)); });
searchBox.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") {
    const ids = search(searchBox.value, 1);
    if (ids.length) { results.hidden = true; selectNode(ids[0], true); }
  } else if (ev.key === "Escape") { results.hidden = true; }
});
document.addEventListener("click", function (ev) { if (!document.getElementById("searchbox").contains(ev.target)) results.hidden = true; });

// ---- the first screen ---------------------------------------------------------------------
/** Show what `state` says: filters, fitted view, tab, search text and selected entity. */
function restoreView() {
  applyFilters({ write: false, fit: true });
  showTab(state.tab);
  searchBox.value = state.q;
  if (state.sel && byNode.has(state.sel)) {
    if (!large) network.selectNodes([state.sel]);
    selection.nodes = [state.sel];
    showNode(state.sel);
  }
}
readHash();
if (!state.sel && opts.focus && opts.focus.length) state.sel = opts.focus[0];
restoreView();
if (opts.focus && opts.focus.length && !large) network.selectNodes(opts.focus.filter(function (id) { return byNode.has(id); }));
if (graph.nodes.length === 0) panel.replaceChildren(el("p", "Nothing to show: no relation matches the options this view was made with.", "hint"));
network.once("afterDrawing", markReady);
network.redraw();
if (graph.nodes.length === 0) markReady();

Object.assign(api, { search: search, selectNode: selectNode, selectEdge: selectEdge, showNode: showNode, showEdge: showEdge,
                     applyFilters: applyFilters, position: positionOf, filters: state, state: state, view: view, fit: fitAll, tableRows: tableRows,
                     factsCsv: factsCsv, hidden: hiddenNow });
