/* graphbuild view, part 1 of 7 (data and network). The parts (app.js, app_panel.js, app_labels.js,
 * app_filters.js, app_table.js, app_timeline.js, app_search.js) are joined into one function by html.py,
 * so they share these names. Every piece of document-derived text goes into the page through textContent
 * (the el() helper), canvas fillText, or vis-network's tooltips (innerText); never as markup. */
performance.mark("gb:start");
const data = JSON.parse(document.getElementById("gb-data").textContent);
const graph = data.graph, styles = data.styles, relStyles = data.relations, opts = data.options;
const large = !!opts.large;   // large graphs: links drawn in one canvas pass (app_labels.js), no hover tooltips
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
  n.designated = !!n.designated; n.hub = !!n.hub; n.importance = n.importance || 0; n.facts = [];
  byNode.set(n.id, n); nodeEdges.set(n.id, []);
});
graph.edges.forEach(function (e, i) {
  e.id = "e" + i; e.index = i; e.from = graph.nodes[e.from].id; e.to = graph.nodes[e.to].id;
  e.foldable = e.relation === "designated_by" && byNode.get(e.to).hub;
  byEdge.set(e.id, e);
  nodeEdges.get(e.from).push(e.id);
  byNode.get(e.from).facts.push.apply(byNode.get(e.from).facts, e.facts);
  if (e.to !== e.from) { nodeEdges.get(e.to).push(e.id); byNode.get(e.to).facts.push.apply(byNode.get(e.to).facts, e.facts); }
});
graph.facts.forEach(function (f, i) {
  const e = graph.edges[f.edge];
  f.index = i; f.from = e.from; f.to = e.to; f.relation = e.relation;
  f.sentences = f.sentences || []; f.measures = f.measures || []; f.current = !f.former;
  f.confidence = typeof f.confidence === "number" ? f.confidence : 0;
});
graph.nodes.forEach(function (n) { n.facts.sort(function (a, b) { return a - b; }); });
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
function nodeSize(n) { return Math.min(40, 8 + 4 * Math.sqrt(n.degree)); }
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
const nodes = new vis.DataSet(graph.nodes.map(visNode));
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

/** Fit the shown entities in the window with a margin for labels and badges. */
function fitAll() {
  network.fit({ animation: false });
  network.moveTo({ scale: network.getScale() * 0.92, animation: false });
}
function markReady() {
  if (api.ready) return;
  api.ready = true;
  api.readyAt = performance.now();
  performance.mark("gb:ready");
  document.documentElement.setAttribute("data-ready", "1");
}
