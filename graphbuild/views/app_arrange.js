/* graphbuild view, part 7 of 8: a focused view packed tight. When filters leave at most ARRANGE_MAX
 * entities, the connected pieces they form keep their shape from the full layout but are packed in rows
 * that fill the window, so a focus on a few designees does not leave them scattered across the whole
 * graph's layout; clearing the filters puts every entity back where the full layout had it. */
const ARRANGE_MAX = 400;
const GAP = { x: 120, y: 60 };   // the layout's grid slot (views/layout.py CELL)
const home = new Map();          // entity id -> its place in the full layout, for the entities moved
function placeAt(id, x, y) {
  if (large) { const n = byNode.get(id); n.x = x; n.y = y; }
  else network.moveNode(id, x, y);
}
function restoreLayout() {
  const moved = home.size > 0;
  home.forEach(function (p, id) { placeAt(id, p.x, p.y); });
  home.clear();
  return moved;
}
/** Pack the shown entities' connected pieces in rows about as wide, relative to their height, as the window;
 * true when any entity moved (the view then needs fitting again). */
function arrangeShown() {
  const restored = restoreLayout();
  if (!filtering() || view.nodes.size > ARRANGE_MAX || view.nodes.size === 0) return restored;
  const parent = new Map();
  function find(a) { while (parent.get(a) !== a) { parent.set(a, parent.get(parent.get(a))); a = parent.get(a); } return a; }
  view.nodes.forEach(function (id) { parent.set(id, id); });
  view.edges.forEach(function (eid) {
    const e = byEdge.get(eid);
    if (edgeShown(e) && parent.has(e.from) && parent.has(e.to)) parent.set(find(e.from), find(e.to));
  });
  const groups = new Map();
  view.nodes.forEach(function (id) { const root = find(id); if (!groups.has(root)) groups.set(root, []); groups.get(root).push(id); });
  const pieces = Array.from(groups.values()).map(function (ids) {
    ids.sort();
    const pos = ids.map(positionOf), xs = pos.map(function (p) { return p.x; }), ys = pos.map(function (p) { return p.y; });
    const left = Math.min.apply(null, xs), top = Math.min.apply(null, ys);
    return { ids: ids, pos: pos, left: left, top: top,
             w: Math.max.apply(null, xs) - left + GAP.x, h: Math.max.apply(null, ys) - top + GAP.y };
  }).sort(function (a, b) { return b.ids.length - a.ids.length || b.w * b.h - a.w * a.h || (a.ids[0] < b.ids[0] ? -1 : 1); });
  const aspect = Math.max(0.3, container.clientWidth / Math.max(container.clientHeight, 1));
  function pack(rowWidth) {
    let x = 0, y = 0, rowH = 0, width = 0;
    const corners = pieces.map(function (p) {
      if (x > 0 && x + p.w > rowWidth) { x = 0; y += rowH; rowH = 0; }
      const c = { x: x, y: y };
      width = Math.max(width, x + p.w); x += p.w + GAP.x; rowH = Math.max(rowH, p.h + GAP.y);
      return c;
    });
    return { corners: corners, ratio: width / Math.max(y + rowH, 1) };
  }
  const widest = Math.max.apply(null, pieces.map(function (p) { return p.w; }));
  const total = pieces.reduce(function (s, p) { return s + p.w + GAP.x; }, 0);
  let best = null;
  for (let k = 0; k <= 30; k++) {
    const tried = pack(widest + (total - widest) * k / 30);
    if (!best || Math.abs(Math.log(tried.ratio / aspect)) < Math.abs(Math.log(best.ratio / aspect))) best = tried;
  }
  pieces.forEach(function (piece, i) {
    piece.ids.forEach(function (id, j) {
      home.set(id, piece.pos[j]);
      placeAt(id, best.corners[i].x + piece.pos[j].x - piece.left, best.corners[i].y + piece.pos[j].y - piece.top);
    });
  });
  return true;
}
