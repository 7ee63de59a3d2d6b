/* graphbuild view, part 2 of 8: the side panel (facts with their sentences and sources) and selection. */
const MAX_FACTS = 300;     // facts listed before a "show all" button
const panel = document.getElementById("panel");
const selection = { nodes: [], edge: null };   // what the labels layer highlights

function nodeButton(id, fallback) {
  const n = byNode.get(id);
  const b = el("button", n ? n.label : fallback, "linkish");
  b.type = "button";
  b.addEventListener("click", function () { selectNode(id, true); });
  return b;
}
function factView(f) {
  const box = el("div", null, "fact");
  const head = el("div", null, "head");
  head.appendChild(nodeButton(f.from, f.from));
  const verb = f.relation === "holds_role" ? (f.role || "holds role") + (f.current ? "" : " (former)") + " at"
    : relStyle(f.relation).label;
  head.appendChild(el("span", " " + verb + " "));
  head.appendChild(nodeButton(f.to, f.to));
  box.appendChild(head);
  if (f.sentences.length === 0) box.appendChild(el("div", "(no sentence recorded)", "muted"));
  f.sentences.forEach(function (s) { box.appendChild(el("blockquote", s, "sentence")); });
  const meta = el("div", null, "meta");
  const doc = graph.documents[f.doc] || {};
  meta.appendChild(el("span", "Source: "));
  const url = safeUrl(doc.url);
  if (url) {
    const a = el("a", f.doc || url);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    meta.appendChild(a);
  } else {
    meta.appendChild(el("span", f.doc || "(unknown document)", "doc"));
  }
  if (doc.title) meta.appendChild(el("span", " — " + doc.title));
  const bits = [];
  if (f.date) bits.push("date " + f.date);
  else if (doc.date) bits.push("published " + doc.date);
  bits.push("confidence " + fmtConf(f.confidence));
  if (f.program) bits.push("program " + f.program);
  if (f.measures.length) bits.push(f.measures.join(", "));
  meta.appendChild(el("div", bits.join(" · ")));
  box.appendChild(meta);
  return box;
}
/** A list that stops at `limit` items with a "show all" button. */
function longList(parent, items, render, limit, what) {
  const list = el("div", null, what === "facts" ? "facts" : "members");
  function fill(n) {
    list.replaceChildren();
    items.slice(0, n).forEach(function (item) { list.appendChild(render(item)); });
    if (items.length > n) {
      const more = el("button", "Show all " + items.length + " " + what, "linkish");
      more.type = "button";
      more.addEventListener("click", function () { fill(items.length); });
      list.appendChild(more);
    }
  }
  fill(limit);
  parent.appendChild(list);
}
function showFacts(indices) {
  const facts = indices.map(function (i) { return graph.facts[i]; });
  panel.appendChild(el("h3", plural(facts.length, "fact")));
  longList(panel, facts, factView, MAX_FACTS, "facts");
}
function showNode(id) {
  const n = byNode.get(id);
  if (!n) return;
  panel.replaceChildren();
  panel.appendChild(el("h2", n.label));
  const kind = el("p");
  const sw = el("span", null, "swatch shape-" + styleOf(n.type).shape);
  sw.style.background = styleOf(n.type).color;
  kind.appendChild(sw);
  kind.appendChild(el("span", " " + n.type + " · " + plural(n.degree, "link")));
  panel.appendChild(kind);
  if (n.designated) {
    const d = el("p");
    d.appendChild(el("span", "designated", "badge"));
    d.appendChild(el("span", n.programs.length ? "Programs: " + n.programs.join(", ") : "Program not stated"));
    panel.appendChild(d);
  }
  if (n.lists.length) {
    const l = el("p", null, "listed");
    l.appendChild(el("span", "on a list", "badge list-badge"));
    l.appendChild(el("span", n.lists.join("; ")));
    panel.appendChild(l);
  }
  if (n.aliases.length) panel.appendChild(el("p", "Also called: " + n.aliases.join("; "), "muted"));
  if (!view.nodes.has(id)) panel.appendChild(el("p", "Hidden by the current filters.", "muted"));
  if (n.hub) {
    const designees = nodeEdges.get(id).map(function (eid) { return byEdge.get(eid); })
      .filter(function (e) { return e.foldable; }).map(function (e) { return e.from; })
      .filter(function (v, i, all) { return all.indexOf(v) === i; });
    panel.appendChild(el("h3", "Designates " + plural(designees.length, "entity", "entities")
      + (state.fold ? " (shown as “" + n.abbr + "” badges)" : "")));
    designees.sort(function (a, b) { return byNode.get(a).label.localeCompare(byNode.get(b).label); });
    longList(panel, designees, function (d) { const p = el("div", null, "member"); p.appendChild(nodeButton(d, d)); return p; },
             MAX_FACTS, "designees");
    const others = factsOf(id).filter(function (i) { return !byEdge.get("e" + graph.facts[i].edge).foldable; });
    showFacts(others);
    return;
  }
  showFacts(factsOf(id));
}
function showEdge(id) {
  const e = byEdge.get(id);
  if (!e) return;
  panel.replaceChildren();
  panel.appendChild(el("h2", e.label));
  const p = el("p");
  p.appendChild(nodeButton(e.from, e.from));
  p.appendChild(el("span", " → "));
  p.appendChild(nodeButton(e.to, e.to));
  panel.appendChild(p);
  panel.appendChild(el("p", relStyle(e.relation).label + " · highest confidence " + fmtConf(e.confidence), "muted"));
  showFacts(e.facts);
}
function selectNode(id, focus) {
  if (!byNode.has(id)) return false;
  if (!large) network.selectNodes([id]);
  selection.nodes = [id]; selection.edge = null;
  if (focus) network.moveTo({ position: positionOf(id), scale: Math.max(network.getScale(), 1.0), animation: false });
  showNode(id);
  state.sel = id; writeHash();
  network.redraw();
  return true;
}
function selectEdge(id) {
  selection.nodes = []; selection.edge = id;
  if (!large) network.selectEdges([id]);
  showEdge(id);
  network.redraw();
}
network.on("click", function (params) {
  const nodeId = params.nodes.length ? params.nodes[0] : (large ? nodeAt(params.pointer.canvas) : null);
  if (nodeId) { selectNode(nodeId, false); return; }
  const edgeId = params.edges.length ? params.edges[0] : (large ? edgeAt(params.pointer.canvas) : null);
  if (edgeId) { selectEdge(edgeId); return; }
  selection.nodes = []; selection.edge = null;
  if (state.sel) { state.sel = ""; writeHash(); }
  network.redraw();
});
