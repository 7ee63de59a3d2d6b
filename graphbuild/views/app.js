(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("gb-data").textContent);
  var graph = payload.graph, styles = payload.styles;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; }
  var nodes = new vis.DataSet(graph.nodes.map(function (n) {
    var s = styles[n.type] || styles.Organization;
    return { id: n.id, label: n.label, shape: s.shape, color: { background: s.color, border: n.designated ? "#d62728" : s.color },
             borderWidth: n.designated ? 4 : 1, size: 10 + Math.min(30, n.degree * 3), title: undefined };
  }));
  var edges = new vis.DataSet(graph.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, arrows: "to", font: { size: 10 },
             color: { color: e.relation === "designated_by" ? "#d62728" : (e.relation === "part_of" ? "#999" : "#4e79a7") } };
  }));
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, { physics: { stabilization: { iterations: 200 } }, interaction: { hover: true } });
  window.network = network;
  var byNode = {}; graph.nodes.forEach(function (n) { byNode[n.id] = n; });
  var byEdge = {}; graph.edges.forEach(function (e) { byEdge[e.id] = e; });
  var panel = document.getElementById("panel");
  function showFacts(title, facts) {
    panel.replaceChildren();
    panel.appendChild(el("h3", title));
    facts.forEach(function (f) {
      var box = el("div", null, "fact");
      var head = f.relation === "holds_role" ? f.subject + " — " + f.role + " — " + f.object : f.subject + " — " + f.relation.replace("_", " ") + " — " + f.object;
      box.appendChild(el("div", head));
      f.sentences.forEach(function (s) { box.appendChild(el("div", s, "sentence")); });
      var meta = el("div", null, "meta");
      meta.appendChild(el("span", "Source: "));
      if (f.url) { var a = el("a", f.doc); a.href = f.url; a.rel = "noopener noreferrer"; meta.appendChild(a); } else { meta.appendChild(el("span", f.doc)); }
      meta.appendChild(el("span", " · confidence " + f.confidence + (f.date ? " · " + f.date : "") + (f.program ? " · " + f.program : "")));
      box.appendChild(meta);
      panel.appendChild(box);
    });
  }
  network.on("click", function (params) {
    if (params.nodes.length) { var n = byNode[params.nodes[0]]; showFacts(n.label + " (" + n.type + ")", n.facts); }
    else if (params.edges.length) { var e = byEdge[params.edges[0]]; showFacts(e.label, e.facts); }
  });
  var legend = document.getElementById("legend");
  Object.keys(styles).forEach(function (t) { var item = el("span", null, "legend-item"); var sw = el("span", null, "swatch"); sw.style.background = styles[t].color; item.appendChild(sw); item.appendChild(el("span", t)); legend.appendChild(item); });
  document.getElementById("search").addEventListener("change", function (ev) {
    var q = ev.target.value.toLowerCase(); var hit = graph.nodes.find(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    if (hit) { network.selectNodes([hit.id]); network.focus(hit.id, { scale: 1.2 }); showFacts(hit.label + " (" + hit.type + ")", hit.facts); }
  });
})();
