/* graphbuild view: draws the graph in #gb-data with vis-network, with legend, filters, search and a
 * provenance panel. Every piece of document-derived text goes into the page through textContent
 * (the el() helper) or vis-network's tooltips (innerText); never as markup. */
(function () {
  "use strict";
  performance.mark("gb:start");
  const data = JSON.parse(document.getElementById("gb-data").textContent);
  const graph = data.graph, styles = data.styles, relStyles = data.relations, opts = data.options;
  const large = !!opts.precomputed;
  const MAX_FACTS = 300;     // facts listed before a "show all" button
  const EDGE_FONT = 12;      // edge label size; 0 hides a label
  const READABLE_SCALE = 0.7; // small graphs open at least this zoomed in, so labels can be read
  const MAX_LABELLED = 300;  // large graphs: edge labels shown at once (those of the selection)
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

  // ---- data ---------------------------------------------------------------------------------
  const byNode = new Map(), byEdge = new Map();
  graph.nodes.forEach(function (n) {
    n.aliases = n.aliases || []; n.programs = n.programs || []; n.designated = !!n.designated; n.facts = [];
    byNode.set(n.id, n);
  });
  graph.edges.forEach(function (e, i) {
    e.id = "e" + i; e.from = graph.nodes[e.from].id; e.to = graph.nodes[e.to].id;
    byEdge.set(e.id, e);
    byNode.get(e.from).facts.push.apply(byNode.get(e.from).facts, e.facts);
    if (e.to !== e.from) byNode.get(e.to).facts.push.apply(byNode.get(e.to).facts, e.facts);
  });
  graph.facts.forEach(function (f) {
    const e = graph.edges[f.edge];
    f.from = e.from; f.to = e.to; f.relation = e.relation;
    f.sentences = f.sentences || []; f.measures = f.measures || []; f.current = !f.former;
  });
  graph.nodes.forEach(function (n) { n.facts.sort(function (a, b) { return a - b; }); });

  function tooltip(n) {
    let t = n.label + "\n" + n.type + " · " + n.degree + (n.degree === 1 ? " link" : " links");
    if (n.designated) t += "\nDesignated" + (n.programs.length ? ": " + n.programs.join(", ") : "");
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
  function visNode(n) {
    const item = { id: n.id, label: n.label, group: (styles[n.type] ? n.type : "Organization") + (n.designated ? "/designated" : ""),
                   size: Math.min(48, 9 + 5 * Math.sqrt(n.degree)) };
    if (!large) item.title = tooltip(n);  // large graphs: no tooltips (they cost load time); click for details
    if (typeof n.x === "number") { item.x = n.x; item.y = n.y; }
    return item;
  }
  function visEdge(e) {
    const item = { id: e.id, from: e.from, to: e.to, label: e.label, color: relStyle(e.relation).color };
    if (e.former) item.dashes = true;
    if (e.facts.length > 1) item.width = Math.min(4, 1 + 0.5 * (e.facts.length - 1));
    if (!large) item.title = e.label + " · " + e.facts.length + (e.facts.length === 1 ? " source" : " sources") + " · confidence " + fmtConf(e.confidence);
    return item;
  }
  const nodes = new vis.DataSet(graph.nodes.map(visNode));
  const edges = new vis.DataSet(graph.edges.map(visEdge));
  performance.mark("gb:data");

  // ---- network ------------------------------------------------------------------------------
  const options = {
    groups: groupsFor(),
    nodes: { font: { size: 16, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { arrows: { to: { enabled: !large, scaleFactor: 0.5 } }, selectionWidth: 2, color: { opacity: 0.85 },
             font: { size: large ? 0 : EDGE_FONT, align: "middle", strokeWidth: 3, strokeColor: "#ffffff", color: "#444" },
             smooth: large ? false : { type: "continuous" } },
    physics: large ? { enabled: false } : {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -3000, centralGravity: 0.3, springLength: 140, springConstant: 0.04, avoidOverlap: 0.5 },
      stabilization: { enabled: true, iterations: 400, fit: true } },
    layout: { improvedLayout: !large && graph.nodes.length <= 150, randomSeed: 7 },
    interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: true },
  };
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  performance.mark("gb:network");
  Object.assign(api, { network: network, nodes: nodes, edges: edges });

  const physicsBox = document.getElementById("physics");
  physicsBox.checked = !large;
  physicsBox.addEventListener("change", function () { network.setOptions({ physics: { enabled: physicsBox.checked } }); });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("title").textContent = opts.title;

  function markReady() {
    if (api.ready) return;
    api.ready = true;
    api.readyAt = performance.now();
    performance.mark("gb:ready");
    document.documentElement.setAttribute("data-ready", "1");
    if (opts.focus && opts.focus.length) {
      network.selectNodes(opts.focus.filter(function (id) { return byNode.has(id); }));
      selectNode(opts.focus[0], true);
    }
  }
  if (large || graph.nodes.length === 0) {
    network.once("afterDrawing", markReady);
    if (graph.nodes.length === 0) { markReady(); }
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      network.fit({ animation: false });
      if (network.getScale() < READABLE_SCALE) network.moveTo({ scale: READABLE_SCALE, animation: false });
      markReady();
    });
  }

  // ---- side panel ---------------------------------------------------------------------------
  const panel = document.getElementById("panel");
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
    if (f.measures && f.measures.length) bits.push(f.measures.join(", "));
    meta.appendChild(el("div", bits.join(" · ")));
    box.appendChild(meta);
    return box;
  }
  function showFacts(indices) {
    const facts = indices.map(function (i) { return graph.facts[i]; });
    panel.appendChild(el("h3", facts.length + (facts.length === 1 ? " fact" : " facts")));
    const list = el("div", null, "facts");
    function render(limit) {
      list.replaceChildren();
      facts.slice(0, limit).forEach(function (f) { list.appendChild(factView(f)); });
      if (facts.length > limit) {
        const more = el("button", "Show all " + facts.length + " facts", "linkish");
        more.type = "button";
        more.addEventListener("click", function () { render(facts.length); });
        list.appendChild(more);
      }
    }
    render(MAX_FACTS);
    panel.appendChild(list);
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
    kind.appendChild(el("span", " " + n.type + " · " + n.degree + (n.degree === 1 ? " link" : " links")));
    panel.appendChild(kind);
    if (n.designated) {
      const d = el("p");
      d.appendChild(el("span", "designated", "badge"));
      d.appendChild(el("span", n.programs.length ? "Programs: " + n.programs.join(", ") : "Program not stated"));
      panel.appendChild(d);
    }
    if (n.aliases.length) panel.appendChild(el("p", "Also called: " + n.aliases.join("; "), "muted"));
    if (nodes.get(id) && nodes.get(id).hidden) panel.appendChild(el("p", "Hidden by the current filters.", "muted"));
    showFacts(n.facts);
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
  // Large graphs draw no edge labels or arrows (10,000 of them make every frame slow), except the selection's.
  let labelled = [];
  function labelEdges(edgeIds) {
    if (!large) return;
    const updates = labelled.map(function (id) { return { id: id, font: { size: 0 }, arrows: { to: { enabled: false } } }; });
    labelled = edgeIds.slice(0, MAX_LABELLED);
    labelled.forEach(function (id) { updates.push({ id: id, font: { size: EDGE_FONT }, arrows: { to: { enabled: true, scaleFactor: 0.5 } } }); });
    if (updates.length) edges.update(updates);
  }
  function selectNode(id, focus) {
    if (!byNode.has(id)) return false;
    network.selectNodes([id]);
    labelEdges(network.getConnectedEdges(id));
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: large ? false : { duration: 300 } });
    showNode(id);
    return true;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); labelEdges(network.getConnectedEdges(params.nodes[0])); }
    else if (params.edges.length) { showEdge(params.edges[0]); labelEdges([params.edges[0]]); }
    else labelEdges([]);
  });

  // ---- search -------------------------------------------------------------------------------
  const searchIndex = graph.nodes.map(function (n) { return { id: n.id, keys: [n.label].concat(n.aliases).map(norm) }; });
  function search(query, limit) {
    const q = norm(query);
    if (!q) return [];
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
  searchBox.addEventListener("input", function () { showResults(search(searchBox.value)); });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      const ids = search(searchBox.value, 1);
      if (ids.length) { results.hidden = true; selectNode(ids[0], true); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  document.addEventListener("click", function (ev) { if (!document.getElementById("searchbox").contains(ev.target)) results.hidden = true; });

  // ---- legend and filters -------------------------------------------------------------------
  const state = {
    types: new Set(graph.nodes.map(function (n) { return n.type; })),
    relations: new Set(graph.edges.map(function (e) { return e.relation; })),
    programs: new Set(graph.edges.filter(function (e) { return e.relation === "designated_by"; }).map(function (e) { return e.program || ""; })),
    minConfidence: opts.minConfidence || 0,
  };
  function checkbox(parent, set, value, swatch, text) {
    const label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = value;
    box.addEventListener("change", function () { if (box.checked) set.add(value); else set.delete(value); applyFilters(); });
    label.appendChild(box);
    if (swatch) label.appendChild(swatch);
    label.appendChild(el("span", text));
    parent.appendChild(label);
  }
  const count = function (items, key) { const c = {}; items.forEach(function (x) { c[key(x)] = (c[key(x)] || 0) + 1; }); return c; };
  const typeCounts = count(graph.nodes, function (n) { return n.type; });
  Object.keys(styles).concat(Object.keys(typeCounts).filter(function (t) { return !styles[t]; })).forEach(function (t) {
    const sw = el("span", null, "swatch shape-" + styleOf(t).shape);
    sw.style.background = styleOf(t).color;
    if (typeCounts[t]) checkbox(document.getElementById("f-types"), state.types, t, sw, t + " (" + typeCounts[t] + ")");
    else { const item = el("div", null, "legend-item muted"); item.appendChild(sw); item.appendChild(el("span", t)); document.getElementById("f-types").appendChild(item); }
  });
  const relCounts = count(graph.edges, function (e) { return e.relation; });
  Object.keys(relCounts).sort().forEach(function (r) {
    const line = el("span", null, "line");
    line.style.borderTopColor = relStyle(r).color;
    checkbox(document.getElementById("f-relations"), state.relations, r, line, relStyle(r).label + " (" + relCounts[r] + ")");
  });
  const programs = Array.from(state.programs).sort();
  programs.forEach(function (p) { checkbox(document.getElementById("f-programs"), state.programs, p, null, p || "(none stated)"); });
  document.getElementById("s-programs").hidden = programs.length === 0;
  const conf = document.getElementById("f-confidence"), confValue = document.getElementById("conf-value");
  conf.min = String(Math.floor(state.minConfidence * 20) / 20);
  conf.value = String(state.minConfidence);
  confValue.textContent = fmtConf(state.minConfidence);
  conf.addEventListener("input", function () { state.minConfidence = parseFloat(conf.value); confValue.textContent = fmtConf(state.minConfidence); applyFilters(); });

  const hidden = { nodes: new Set(), edges: new Set() };
  function edgeVisible(e) {
    return state.relations.has(e.relation) && e.confidence >= state.minConfidence - 1e-9
      && (e.relation !== "designated_by" || state.programs.has(e.program || ""))
      && state.types.has(byNode.get(e.from).type) && state.types.has(byNode.get(e.to).type);
  }
  function applyFilters() {
    const shownNodes = new Set(), edgeUpdates = [], nodeUpdates = [];
    graph.edges.forEach(function (e) {
      const show = edgeVisible(e);
      if (show) { shownNodes.add(e.from); shownNodes.add(e.to); }
      if (show === hidden.edges.has(e.id)) {
        edgeUpdates.push({ id: e.id, hidden: !show });
        if (show) hidden.edges.delete(e.id); else hidden.edges.add(e.id);
      }
    });
    graph.nodes.forEach(function (n) {
      const show = shownNodes.has(n.id);
      if (show === hidden.nodes.has(n.id)) {
        nodeUpdates.push({ id: n.id, hidden: !show });
        if (show) hidden.nodes.delete(n.id); else hidden.nodes.add(n.id);
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    updateStats();
  }
  function updateStats() {
    const sel = opts.selection || {};
    let text = (graph.nodes.length - hidden.nodes.size) + " of " + graph.nodes.length + " entities · "
      + (graph.edges.length - hidden.edges.size) + " of " + graph.edges.length + " links";
    if (sel.relationsShown !== sel.relationsIn) text += " · " + sel.relationsShown + " of " + sel.relationsIn + " relations selected";
    if (sel.focus) text += " · around “" + sel.focus + "”, depth " + sel.depth;
    if (large) text += " · layout precomputed; edge labels and arrows shown for the selection only";
    document.getElementById("stats").textContent = text;
  }
  updateStats();
  if (graph.nodes.length === 0) panel.replaceChildren(el("p", "Nothing to show: no relation matches the options this view was made with.", "hint"));

  Object.assign(api, { search: search, selectNode: selectNode, showNode: showNode, showEdge: showEdge,
                       applyFilters: applyFilters, filters: state, hidden: hidden });
})();
