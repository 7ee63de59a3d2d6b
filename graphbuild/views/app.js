/* graphbuild view, part 1 of 8 (data and network). The parts (app.js, app_panel.js, app_labels.js,
 * app_filters.js, app_table.js, app_timeline.js, app_arrange.js, app_search.js) are joined into one function by html.py,
 * so they share these names. Every piece of document-derived text goes into the page through textContent
 * (the el() helper), canvas fillText, or vis-network's tooltips (innerText); never as markup. */
performance.mark("gb:start");
const data = JSON.parse(document.getElementById("gb-data").textContent);
const graph = data.graph, styles = data.styles, relStyles = data.relations, opts = data.options;
const large = !!opts.large;   // large graphs: entities and links drawn in one canvas pass each (app_labels.js)
const api = { data: data, ready: false };
window.graphbuild = api;

// ---- helpers ------------------------------------------------------------------------------
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function norm(s) { return String(s || "").toLowerCase().replace(/\s+/g, " ").trim(); }
function styleOf(type) { return styles[type] || styles.Organization; }
function relStyle(kind) { return relStyles[kind] || { color: "#8c8c8c", label: String(kind).replace(/_/g, " ") }; }
function darken(hex) {
  const n = parseInt(hex.slice(1), 16), f = 0.7;
  return "rgb(" + [n >> 16, (n >> 8) & 255, n & 255].map(function (c) { return Math.round(c * f); }).join(",") + ")";
}
function safeUrl(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null; }
function fmtConf(c) { return (typeof c === "number" ? c : 0).toFixed(2); }
function plural(n, one, many) { return n + " " + (n === 1 ? one : (many || one + "s")); }

// ---- data ---------------------------------------------------------------------------------
const byNode = new Map(), byEdge = new Map(), nodeEdges = new Map();
graph.nodes.forEach(function (n) {
  n.aliases = n.aliases || []; n.programs = n.programs || []; n.lists = n.lists || [];
  n.designated = !!n.designated; n.hub = !!n.hub; n.importance = n.importance || 0;
  byNode.set(n.id, n); nodeEdges.set(n.id, []);
});
graph.edges.forEach(function (e, i) {
  e.id = "e" + i; e.index = i; e.from = graph.nodes[e.from].id; e.to = graph.nodes[e.to].id;
  e.foldable = e.relation === "designated_by" && byNode.get(e.to).hub;
  byEdge.set(e.id, e);
  nodeEdges.get(e.from).push(e.id);
  if (e.to !== e.from) nodeEdges.get(e.to).push(e.id);
});
graph.facts.forEach(function (f, i) {
  const e = graph.edges[f.edge];
  f.index = i; f.from = e.from; f.to = e.to; f.relation = e.relation;
  f.sentences = f.sentences || []; f.measures = f.measures || []; f.current = !f.former;
  f.confidence = typeof f.confidence === "number" ? f.confidence : 0;
});
/** The facts of an entity, in document order (worked out when asked: most entities are never opened). */
function factsOf(id) {
  const out = [];
  nodeEdges.get(id).forEach(function (eid) { Array.prototype.push.apply(out, byEdge.get(eid).facts); });
  return out.sort(function (a, b) { return a - b; });
}
const hubIds = graph.nodes.filter(function (n) { return n.hub; }).map(function (n) { return n.id; });

function tooltip(n) {
  let t = n.label + "\n" + n.type + " · " + plural(n.degree, "link");
  if (n.designated) t += "\nDesignated" + (n.programs.length ? ": " + n.programs.join(", ") : "");
  if (n.lists.length) t += "\nOn list: " + n.lists.join(", ");
  return t;
}
// One vis group per entity type, and one per designated entity type (red border).
function groupsFor() {
  const groups = {};
  Object.keys(styles).forEach(function (t) {
    const s = styles[t];
    [false, true].forEach(function (designated) {
      const border = designated ? data.designatedColor : darken(s.color);
      groups[t + (designated ? "/designated" : "")] = {
        shape: s.shape, borderWidth: designated ? 4 : 1, borderWidthSelected: designated ? 6 : 3,
        color: { background: s.color, border: border, highlight: { background: s.color, border: designated ? border : "#111" },
                 hover: { background: s.color, border: designated ? border : "#111" } } };
    });
  });
  return groups;
}
const MAX_NODE_SIZE = 40;
function nodeSize(n) { return Math.min(MAX_NODE_SIZE, 8 + 4 * Math.sqrt(n.degree)); }
function visNode(n) {
  const item = { id: n.id, label: n.label, group: (styles[n.type] ? n.type : "Organization") + (n.designated ? "/designated" : ""),
                 size: nodeSize(n), x: n.x || 0, y: n.y || 0 };
  if (!large) item.title = tooltip(n);
  return item;
}
function visEdge(e) {
  const item = { id: e.id, from: e.from, to: e.to, label: e.label, color: relStyle(e.relation).color };
  if (e.former) item.dashes = true;
  if (e.facts.length > 1) item.width = Math.min(4, 1 + 0.5 * (e.facts.length - 1));
  item.title = e.label + " · " + plural(e.facts.length, "source") + " · confidence " + fmtConf(e.confidence);
  return item;
}
// Large graphs give vis-network no items at all: it only pans and zooms the canvas that app_labels.js draws on
// (creating 20,000 vis nodes and 40,000 vis edges alone takes longer than the page may take to open).
const nodes = new vis.DataSet(large ? [] : graph.nodes.map(visNode));
const edges = new vis.DataSet(large ? [] : graph.edges.map(visEdge));
performance.mark("gb:data");

// ---- network ------------------------------------------------------------------------------
// Labels are drawn by app_labels.js (font size 0 here), so they can be kept legible and apart.
const PHYSICS = { enabled: true, solver: "barnesHut", stabilization: false,
  barnesHut: { gravitationalConstant: -3000, centralGravity: 0.3, springLength: 140, springConstant: 0.04, avoidOverlap: 0.5 } };
const options = {
  groups: groupsFor(),
  nodes: { font: { size: 0 } },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, selectionWidth: 2, color: { opacity: 0.7 },
           font: { size: 0 }, smooth: false },
  physics: { enabled: false },
  layout: { improvedLayout: false, randomSeed: 7 },
  interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, multiselect: true },
};
const container = document.getElementById("network");
const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
window.network = network;
performance.mark("gb:network");
Object.assign(api, { network: network, nodes: nodes, edges: edges });

const physicsBox = document.getElementById("physics");
physicsBox.checked = false;
physicsBox.addEventListener("change", function () { network.setOptions({ physics: physicsBox.checked ? PHYSICS : { enabled: false } }); });
document.getElementById("fit").addEventListener("click", function () { fitAll(); });
document.getElementById("title").textContent = opts.title;

/** Where an entity is on the canvas (vis-network's position, which physics may move; large graphs: the layout). */
function positionOf(id) {
  if (large) { const n = byNode.get(id); return n ? { x: n.x || 0, y: n.y || 0 } : null; }
  const b = network.body.nodes[id];
  return b ? { x: b.x, y: b.y } : null;
}
function sizeOf(id) { return large ? nodeSize(byNode.get(id)) : network.body.nodes[id].options.size; }
const fitted = { scale: 1, pending: false };   // the scale of the last fit: "close zoom" is relative to it
network.on("resize", function () { if (fitted.pending) { fitAll(); network.redraw(); } });
/** Fit the shown entities in the window, with room around them for labels and badges. */
function fitAll() {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  view.nodes.forEach(function (id) {
    const p = positionOf(id), r = sizeOf(id);
    if (!p) return;
    minX = Math.min(minX, p.x - r); maxX = Math.max(maxX, p.x + r); minY = Math.min(minY, p.y - r); maxY = Math.max(maxY, p.y + r);
  });
  if (minX === Infinity) return;
  const width = container.clientWidth, height = container.clientHeight, margin = 24;
  const scale = Math.min(2, (width - 2 * margin) / Math.max(maxX - minX, 1), (height - 2 * margin - 20) / Math.max(maxY - minY, 1));
  fitted.pending = !(scale > 0);   // a frame not laid out yet (a notebook's hidden output): fit when it gets a size
  if (fitted.pending) return;
  fitted.scale = scale;
  network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 + 10 / scale }, scale: scale, animation: false });
}
function markReady() {
  if (api.ready) return;
  api.ready = true;
  api.readyAt = performance.now();
  performance.mark("gb:ready");
  document.documentElement.setAttribute("data-ready", "1");
}
