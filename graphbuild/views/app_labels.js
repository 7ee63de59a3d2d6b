/* graphbuild view, part 3 of 8: the canvas layer drawn over vis-network. Node labels at a fixed, legible
 * screen size, most important entities first, none overlapping (others appear as you zoom or hover); edge
 * labels only for the hovered or selected links or at close zoom; hub badges; on large graphs the links
 * themselves (one canvas pass instead of 40,000 vis-network edges). Text reaches the canvas via fillText. */
const LABEL = { px: 12, pad: 2, gap: 2, font: "12px system-ui, -apple-system, 'Segoe UI', sans-serif" };
const EDGE_LABEL_FONT = "11px system-ui, -apple-system, 'Segoe UI', sans-serif";
const BADGE_FONT = "bold 10px system-ui, -apple-system, 'Segoe UI', sans-serif";
const MAX_NODE_LABELS = 250, MAX_EDGE_LABELS = 120, MAX_BADGES = 2000, MAX_TRIED = 3000, MAX_OBSTACLES = 5000;
const TOP_FIRST = 12;      // the most important entities' labels are placed before entities become obstacles
const CLOSE_ZOOM = 1.6;    // zoomed in this many times beyond the fitted view, the links in view get their labels
const CELL_PX = 96;        // bucket size of the overlap grid
const labelOrder = graph.nodes.slice().sort(function (a, b) {
  return b.importance - a.importance || b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}).map(function (n) { return n.id; });
const widths = new Map();
const hover = { node: null, edge: null };
api.labelRule = LABEL;
api.drawnLabels = []; api.drawnEdgeLabels = []; api.drawnBadges = [];

function textWidth(ctx, key, text) {
  let w = widths.get(key);
  if (w === undefined) { w = ctx.measureText(text).width; widths.set(key, w); }
  return w;
}
function screenOf(id) {
  const p = positionOf(id), v = network.body.view;
  return p ? { x: p.x * v.scale + v.translation.x, y: p.y * v.scale + v.translation.y, r: sizeOf(id) * v.scale } : null;
}
function edgeShown(e) { return view.edges.has(e.id) && !(state.fold && e.foldable); }

/** Boxes already placed, bucketed (numeric keys, no allocation per test) so each test looks at a few neighbours. */
function Placer(width, height) {
  const cells = new Map();
  function each(b, visit) {
    const x1 = Math.floor((b.x + b.w) / CELL_PX), y1 = Math.floor((b.y + b.h) / CELL_PX);
    for (let cx = Math.floor(b.x / CELL_PX); cx <= x1; cx++)
      for (let cy = Math.floor(b.y / CELL_PX); cy <= y1; cy++) if (visit(cx * 65536 + cy) === false) return false;
    return true;
  }
  function fits(b) {
    if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height) return false;
    return each(b, function (key) {
      const list = cells.get(key);
      if (list) for (let j = 0; j < list.length; j++) {
        const o = list[j];
        if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return false;
      }
      return true;
    });
  }
  /** Whether `b` could be placed (inside the window, clear of every placed box); `place` also keeps it. */
  this.free = fits;
  function add(b) { each(b, function (key) { if (!cells.has(key)) cells.set(key, []); cells.get(key).push(b); }); }
  /** Keep `b` as an obstacle without testing it (entities: labels keep off them). */
  this.add = add;
  this.place = function (b) {
    if (!fits(b)) return false;
    add(b);
    return true;
  };
}

function drawText(ctx, text, x, y, color) {
  ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.strokeText(text, x, y);
  ctx.fillStyle = color; ctx.fillText(text, x, y);
}
const SIDES = ["below", "above", "right", "left"];   // where a label may go, in order of preference
/** The label box of a node on one side, in window pixels (the tests recompute it the same way). */
function labelBox(p, w, side) {
  const bw = w + 2 * LABEL.pad, bh = LABEL.px + 2 * LABEL.pad;
  if (side === "below") return { x: p.x - bw / 2, y: p.y + p.r + LABEL.gap, w: bw, h: bh };
  if (side === "above") return { x: p.x - bw / 2, y: p.y - p.r - LABEL.gap - bh, w: bw, h: bh };
  if (side === "right") return { x: p.x + p.r + LABEL.gap, y: p.y - bh / 2, w: bw, h: bh };
  return { x: p.x - p.r - LABEL.gap - bw, y: p.y - bh / 2, w: bw, h: bh };
}
function nodeLabel(ctx, placer, id) {
  const n = byNode.get(id), p = screenOf(id);
  if (!p || !view.nodes.has(id)) return false;
  if (!widths.has(id)) {   // skip measuring when even the narrowest possible text has no room (12 px: > 2.5 px a character)
    const narrow = n.label.length * 2.5;
    if (!SIDES.some(function (side) { return placer.free(labelBox(p, narrow - 2 * LABEL.pad, side)); })) return false;
  }
  ctx.font = LABEL.font;
  const w = textWidth(ctx, id, n.label);
  for (let i = 0; i < SIDES.length; i++) {
    const box = labelBox(p, w, SIDES[i]);
    if (placer.place(box)) {
      drawText(ctx, n.label, box.x + LABEL.pad, box.y + LABEL.pad, "#1b1b1b");
      api.drawnLabels.push({ id: id, text: n.label, side: SIDES[i], box: box });
      return true;
    }
  }
  return false;
}
function edgeLabel(ctx, placer, id) {
  const e = byEdge.get(id);
  if (!e || !edgeShown(e)) return false;
  const a = screenOf(e.from), b = screenOf(e.to);
  if (!a || !b) return false;
  ctx.font = EDGE_LABEL_FONT;
  const w = textWidth(ctx, id, e.label), x = (a.x + b.x) / 2, y = (a.y + b.y) / 2;
  const box = { x: x - w / 2 - LABEL.pad, y: y - 6 - LABEL.pad, w: w + 2 * LABEL.pad, h: 11 + 2 * LABEL.pad };
  if (!placer.place(box)) return false;
  drawText(ctx, e.label, x - w / 2, box.y + LABEL.pad, "#444");
  api.drawnEdgeLabels.push({ id: id, text: e.label, box: box });
  return true;
}
function pill(ctx, placer, text, x, y, color) {
  ctx.font = BADGE_FONT;
  const box = { x: x, y: y, w: textWidth(ctx, "badge:" + text, text) + 6, h: 13 };
  if (!placer.place(box)) return false;
  ctx.fillStyle = color; ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = "#fff"; ctx.fillText(text, x + 3, y + 1.5);
  api.drawnBadges.push({ text: text, box: box });
  return true;
}
/** The shown entities in the window as obstacles, so later labels keep off them (tiny ones excepted). */
function placeObstacles(placer, width, height) {
  let obstacles = 0;
  const vv = network.body.view;
  for (let i = 0; i < labelOrder.length && obstacles < MAX_OBSTACLES; i++) {
    const id = labelOrder[i];
    if (!view.nodes.has(id)) continue;
    const q = positionOf(id), r = sizeOf(id) * vv.scale;
    const x = q.x * vv.scale + vv.translation.x, y = q.y * vv.scale + vv.translation.y;
    if (r < 2 || x < -r || y < -r || x > width + r || y > height + r) continue;
    placer.add({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    obstacles++;
  }
}
const badged = new Set(), badgeCount = { n: 0 };
/** The hub badges ("designated by OFAC") and list marker of one entity, above its top right, where they fit. */
function nodeBadges(ctx, placer, id, width, height) {
  badged.add(id);
  const n = byNode.get(id);
  if ((!state.fold || !n.designated) && !n.lists.length) return;
  if (!view.nodes.has(id)) return;
  const p = screenOf(id);
  if (p.r < 3 || p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;   // too small to carry a badge
  const marks = state.fold ? badgesOf(id) : [];
  let x = p.x + p.r * 0.4;
  const y = p.y - p.r - 14;
  if (marks.length && pill(ctx, placer, marks.slice(0, 2).join(" ") + (marks.length > 2 ? " +" : ""), x, y, data.designatedColor)) {
    x += api.drawnBadges[api.drawnBadges.length - 1].box.w + 2; badgeCount.n++;
  }
  if (n.lists.length && pill(ctx, placer, "list", x, y, "#1f3a93")) badgeCount.n++;
}
function badgesOf(id) {
  const out = [];
  nodeEdges.get(id).forEach(function (eid) {
    const e = byEdge.get(eid);
    if (e.foldable && e.from === id && view.edges.has(eid)) {
      const abbr = byNode.get(e.to).abbr || "hub";
      if (out.indexOf(abbr) < 0) out.push(abbr);
    }
  });
  return out;
}

const frame = { labelsMs: 0, largeMs: 0 };   // the last frame's cost of each layer (benchmarks read it)
// While a large graph is dragged or zoomed, frames skip the links and the labels (as vis-network's
// hideEdgesOnDrag does) so it follows the hand; the full frame comes back once the hand stops.
const motion = { on: false, timer: 0 };
function moving() {
  if (!large) return;
  motion.on = true;
  clearTimeout(motion.timer);
  motion.timer = setTimeout(function () { motion.on = false; network.redraw(); }, 200);
}
network.on("dragging", moving);
network.on("zoom", moving);
api.frame = frame;
network.on("afterDrawing", function (ctx) {
  const began = performance.now();
  const ratio = network.canvas.pixelRatio || 1, width = container.clientWidth, height = container.clientHeight;
  const placer = new Placer(width, height), scale = network.getScale();
  api.drawnLabels = []; api.drawnEdgeLabels = []; api.drawnBadges = [];
  badged.clear(); badgeCount.n = 0;
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.textBaseline = "top"; ctx.textAlign = "left";
  // forced labels: hovered and selected entities, the selected or hovered links, then the neighbours
  const forced = [];
  if (hover.node) forced.push(hover.node);
  selection.nodes.forEach(function (id) { if (forced.indexOf(id) < 0) forced.push(id); });
  forced.forEach(function (id) { nodeLabel(ctx, placer, id); });
  const forcedEdges = [];
  if (hover.edge) forcedEdges.push(hover.edge);
  if (selection.edge) forcedEdges.push(selection.edge);
  selection.nodes.forEach(function (id) { Array.prototype.push.apply(forcedEdges, nodeEdges.get(id).slice(0, 60)); });
  forcedEdges.forEach(function (id) { edgeLabel(ctx, placer, id); });
  const neighbours = [];
  forcedEdges.forEach(function (id) { const e = byEdge.get(id); if (edgeShown(e)) neighbours.push(e.from, e.to); });
  neighbours.forEach(function (id) { nodeLabel(ctx, placer, id); });
  // the most important entities in view, as many as fit without overlapping (at most MAX_TRIED looked at);
  // the first TOP_FIRST may cover small entities, the others keep off every entity
  let count = api.drawnLabels.length, tried = 0;
  const v = network.body.view;
  let obstaclesPlaced = false;
  for (let i = 0; i < labelOrder.length && count < MAX_NODE_LABELS && tried < MAX_TRIED && !motion.on; i++) {
    const q = positionOf(labelOrder[i]), x = q.x * v.scale + v.translation.x, y = q.y * v.scale + v.translation.y;
    if (x < 0 || y < 0 || x > width || y > height || !view.nodes.has(labelOrder[i])) continue;
    tried++;
    if (tried > TOP_FIRST && !obstaclesPlaced) { if (MAX_NODE_SIZE * scale >= 2) placeObstacles(placer, width, height); obstaclesPlaced = true; }
    if (nodeLabel(ctx, placer, labelOrder[i])) count++;
    nodeBadges(ctx, placer, labelOrder[i], width, height);   // its badge next, before less important labels
  }
  if (scale >= CLOSE_ZOOM * fitted.scale && !motion.on) {
    let shown = 0;
    for (let i = 0; i < graph.edges.length && shown < MAX_EDGE_LABELS; i++) {
      const e = graph.edges[i], a = screenOf(e.from);
      if (a.x < 0 || a.y < 0 || a.x > width || a.y > height) continue;
      if (edgeLabel(ctx, placer, e.id)) shown++;
    }
  }
  // badges of the entities not looked at above, where room is left (none when every entity is too small for one)
  const roomy = MAX_NODE_SIZE * scale >= 3;
  for (let i = 0; i < labelOrder.length && badgeCount.n < MAX_BADGES && !motion.on && roomy; i++) {
    if (!badged.has(labelOrder[i])) nodeBadges(ctx, placer, labelOrder[i], width, height);
  }
  ctx.restore();
  frame.labelsMs = performance.now() - began;
});

// ---- large graphs: links and entities in one pass each; a click finds the nearest ---------
function shapePath(ctx, shape, x, y, r) {
  if (shape === "dot") { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); }
  else if (shape === "square") ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath(); }
}
let linkGroups = null;   // the shown links by colour; recomputed after the filters change
function groupLinks() {
  const byColor = {};
  graph.edges.forEach(function (e) {
    if (!edgeShown(e)) return;
    const c = relStyle(e.relation).color;
    (byColor[c] = byColor[c] || []).push(e);
  });
  return byColor;
}
function drawLarge(ctx) {
  const began = performance.now();
  const scale = network.getScale(), v = network.body.view, ratio = 1 / scale;
  const left = -v.translation.x * ratio, top = -v.translation.y * ratio;
  const right = left + container.clientWidth * ratio, bottom = top + container.clientHeight * ratio;
  const byColor = linkGroups || (linkGroups = groupLinks());
  ctx.save();
  ctx.globalAlpha = 0.45; ctx.lineWidth = ratio;
  if (!motion.on) Object.keys(byColor).forEach(function (c) {
    ctx.strokeStyle = c; ctx.beginPath();
    byColor[c].forEach(function (e) {
      const a = byNode.get(e.from), b = byNode.get(e.to);
      ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y);
    });
    ctx.stroke();
  });
  const marked = selection.edge ? [selection.edge] : [];
  selection.nodes.forEach(function (id) { Array.prototype.push.apply(marked, nodeEdges.get(id)); });
  ctx.globalAlpha = 1; ctx.lineWidth = 2.5 * ratio;
  marked.forEach(function (id) {
    const e = byEdge.get(id);
    if (!edgeShown(e)) return;
    const a = byNode.get(e.from), b = byNode.get(e.to);
    ctx.strokeStyle = relStyle(e.relation).color; ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
  });
  const groups = {}, minR = 1.5 * ratio;   // never smaller than 1.5 screen pixels
  graph.nodes.forEach(function (n) {
    const r = Math.max(nodeSize(n), minR);
    if (!view.nodes.has(n.id) || n.x + r < left || n.x - r > right || n.y + r < top || n.y - r > bottom) return;
    const key = n.type + (n.designated ? "/d" : "");
    (groups[key] = groups[key] || []).push(n);
  });
  Object.keys(groups).forEach(function (key) {
    const type = key.split("/")[0], style = styleOf(type), designated = key.slice(-2) === "/d";
    ctx.beginPath();
    groups[key].forEach(function (n) {   // under 3 screen pixels every shape looks the same: a square is cheapest
      const r = Math.max(nodeSize(n), minR);
      if (r < 3 * ratio) ctx.rect(n.x - r, n.y - r, 2 * r, 2 * r); else shapePath(ctx, style.shape, n.x, n.y, r);
    });
    ctx.fillStyle = style.color; ctx.fill();
    ctx.lineWidth = (designated ? 3 : 1) * Math.min(1, scale) * ratio;
    ctx.strokeStyle = designated ? data.designatedColor : darken(style.color); ctx.stroke();
  });
  ctx.lineWidth = 3 * ratio; ctx.strokeStyle = "#111";
  selection.nodes.forEach(function (id) {
    const n = byNode.get(id);
    ctx.beginPath(); shapePath(ctx, "dot", n.x, n.y, nodeSize(n) + 3 * ratio); ctx.stroke();
  });
  ctx.restore();
  frame.largeMs = performance.now() - began;
}
if (large) network.on("beforeDrawing", drawLarge);
/** The shown entity under a canvas point, for clicks on large graphs. */
function nodeAt(point) {
  const slack = 3 / network.getScale();
  let best = null, bestDist = Infinity;
  view.nodes.forEach(function (id) {
    const n = byNode.get(id), d = Math.hypot(point.x - n.x, point.y - n.y);
    if (d <= nodeSize(n) + slack && d < bestDist) { bestDist = d; best = id; }
  });
  return best;
}
/** The shown link nearest a canvas point (within 6 screen pixels), for clicks on large graphs. */
function edgeAt(point) {
  const limit = 6 / network.getScale();
  let best = null, bestDist = limit;
  graph.edges.forEach(function (e) {
    if (!edgeShown(e)) return;
    const a = byNode.get(e.from), b = byNode.get(e.to);
    const dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / len)) : 0;
    const d = Math.hypot(point.x - a.x - t * dx, point.y - a.y - t * dy);
    if (d < bestDist) { bestDist = d; best = e.id; }
  });
  return best;
}
network.on("hoverNode", function (p) { hover.node = p.node; network.redraw(); });
network.on("blurNode", function () { hover.node = null; network.redraw(); });
network.on("hoverEdge", function (p) { hover.edge = p.edge; network.redraw(); });
network.on("blurEdge", function () { hover.edge = null; network.redraw(); });
