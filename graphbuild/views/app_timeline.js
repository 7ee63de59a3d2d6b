/* graphbuild view, part 6 of 8: a histogram of designations by date (ISO dates only; free-text dates such
 * as "Friday" are counted apart) that filters by brushing: drag across bars to set the date range. */
const timeline = document.getElementById("timeline"), timelineNote = document.getElementById("timeline-note");
const dated = designations.filter(function (f) { return f.iso; });
const bins = (function () {
  if (!dated.length) return [];
  const years = dated.map(function (f) { return parseInt(f.iso.slice(0, 4), 10); });
  const first = Math.min.apply(null, years), last = Math.max.apply(null, years);
  const out = [];
  if (last - first < 3) {   // a short span: months
    for (let y = first; y <= last; y++) for (let m = 1; m <= 12; m++) {
      const key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push({ key: key, from: key + "-01", to: key + "-" + new Date(Date.UTC(y, m, 0)).getUTCDate() });
    }
  } else {
    for (let y = first; y <= last; y++) out.push({ key: String(y), from: y + "-01-01", to: y + "-12-31" });
  }
  return out;
})();
function binOf(f) {
  const r = isoRange(f.iso);
  for (let i = 0; i < bins.length; i++) if (r[0] <= bins[i].to && r[0] >= bins[i].from) return i;
  return -1;
}
const binOfFact = new Map(dated.map(function (f) { return [f.index, binOf(f)]; }));
let brush = null;   // [first bin, last bin] while dragging

function drawTimeline() {
  if (!bins.length) {
    timeline.hidden = true;
    timelineNote.textContent = designations.length ? "No designation has an ISO date (" + designations.length + " undated)." : "No designations.";
    return;
  }
  const ctx = timeline.getContext("2d"), ratio = window.devicePixelRatio || 1;
  const w = timeline.clientWidth || 190, h = 56;
  timeline.width = w * ratio; timeline.height = h * ratio;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const all = bins.map(function () { return 0; }), shown = bins.map(function () { return 0; });
  const visible = new Set(view.facts);
  dated.forEach(function (f) {
    const b = binOfFact.get(f.index);
    if (b < 0) return;
    all[b]++;
    if (visible.has(f.index)) shown[b]++;
  });
  const max = Math.max.apply(null, all) || 1, bw = w / bins.length;
  const range = brush || (state.from || state.to ? bins.map(function (b, i) { return i; }).filter(function (i) {
    return (!state.from || bins[i].to >= state.from) && (!state.to || bins[i].from <= state.to);
  }) : null);
  if (range && range.length) {
    const lo = Math.min(range[0], range[range.length - 1]), hi = Math.max(range[0], range[range.length - 1]);
    ctx.fillStyle = "#fde3e3"; ctx.fillRect(lo * bw, 0, (hi - lo + 1) * bw, h - 12);
  }
  bins.forEach(function (b, i) {
    const full = all[i] / max * (h - 14), part = shown[i] / max * (h - 14);
    ctx.fillStyle = "#d9d9d9"; ctx.fillRect(i * bw + 0.5, h - 12 - full, Math.max(1, bw - 1), full);
    ctx.fillStyle = data.designatedColor; ctx.fillRect(i * bw + 0.5, h - 12 - part, Math.max(1, bw - 1), part);
  });
  ctx.fillStyle = "#555"; ctx.font = "10px system-ui, sans-serif"; ctx.textBaseline = "bottom";
  ctx.textAlign = "left"; ctx.fillText(bins[0].key, 0, h);
  ctx.textAlign = "right"; ctx.fillText(bins[bins.length - 1].key, w, h);
  const undated = designations.length - dated.length;
  timelineNote.textContent = plural(dated.length, "dated designation") + (undated ? " · " + undated + " without an ISO date" : "")
    + (state.from || state.to ? " · " + (state.from || "…") + " to " + (state.to || "…") : " · drag to filter");
}
function binAt(ev) {
  const r = timeline.getBoundingClientRect();
  return Math.max(0, Math.min(bins.length - 1, Math.floor((ev.clientX - r.left) / r.width * bins.length)));
}
timeline.addEventListener("pointerdown", function (ev) {
  if (!bins.length) return;
  brush = [binAt(ev), binAt(ev)];
  timeline.setPointerCapture(ev.pointerId);
  drawTimeline();
});
timeline.addEventListener("pointermove", function (ev) { if (brush) { brush[1] = binAt(ev); drawTimeline(); } });
timeline.addEventListener("pointerup", function (ev) {
  if (!brush) return;
  brush[1] = binAt(ev);
  const lo = Math.min(brush[0], brush[1]), hi = Math.max(brush[0], brush[1]);
  brush = null;
  state.from = bins[lo].from; state.to = bins[hi].to;
  applyFilters({ fit: true });
});
timeline.addEventListener("dblclick", function () { state.from = ""; state.to = ""; applyFilters({ fit: true }); });
