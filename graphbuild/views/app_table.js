/* graphbuild view, part 5 of 8: the fact table beside the graph (the facts the filters show), sortable,
 * and its CSV download (every shown fact, in the table's order). */
const COLUMNS = [["subject", "Subject"], ["relation", "Relation"], ["object", "Object"], ["role", "Role"], ["program", "Program"],
                 ["date", "Date"], ["confidence", "Confidence"], ["doc", "Document"], ["sentence", "Sentence"]];
const TABLE_MAX = 2000;    // rows drawn at once; the CSV always has every shown fact
const tableView = document.getElementById("table-view"), tableBody = document.getElementById("facts-body");
const tabGraph = document.getElementById("tab-graph"), tabTable = document.getElementById("tab-table");

function factRow(f) {
  return {
    subject: byNode.get(f.from).label, relation: relStyle(f.relation).label, object: byNode.get(f.to).label,
    role: f.role ? f.role + (f.current ? "" : " (former)") : "", program: f.program || "", date: f.date || "",
    confidence: f.confidence, doc: f.doc || "", sentence: f.sentences.join(" | "),
  };
}
/** The shown facts as rows, sorted as the table is (state.sort: "column" or "-column"). */
function tableRows() {
  const rows = view.facts.map(function (i) { const r = factRow(graph.facts[i]); r.fact = i; return r; });
  const desc = state.sort.charAt(0) === "-", key = desc ? state.sort.slice(1) : state.sort;
  if (key && COLUMNS.some(function (c) { return c[0] === key; })) {
    rows.sort(function (a, b) {
      const x = a[key], y = b[key];
      const cmp = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      return (desc ? -cmp : cmp) || a.fact - b.fact;
    });
  }
  return rows;
}
const headRow = document.getElementById("facts-head");
COLUMNS.forEach(function (c) {
  const th = el("th"), b = el("button", c[1], "sort");
  b.type = "button"; b.dataset.key = c[0];
  b.addEventListener("click", function () {
    state.sort = state.sort === c[0] ? "-" + c[0] : c[0];
    writeHash(); renderTable();
  });
  th.appendChild(b);
  headRow.appendChild(th);
});
function renderTable() {
  if (state.tab !== "table") return;
  const rows = tableRows();
  const out = document.createDocumentFragment();
  rows.slice(0, TABLE_MAX).forEach(function (r) {
    const tr = el("tr");
    COLUMNS.forEach(function (c) { tr.appendChild(el("td", c[0] === "confidence" ? fmtConf(r.confidence) : r[c[0]], "c-" + c[0])); });
    tr.addEventListener("click", function () { selectEdge("e" + graph.facts[r.fact].edge); });
    out.appendChild(tr);
  });
  tableBody.replaceChildren(out);
  headRow.querySelectorAll("button.sort").forEach(function (b) {
    const k = b.dataset.key;
    b.setAttribute("aria-sort", state.sort === k ? "ascending" : state.sort === "-" + k ? "descending" : "none");
  });
  document.getElementById("table-note").textContent = rows.length > TABLE_MAX
    ? "First " + TABLE_MAX + " of " + rows.length + " facts shown; the CSV has all of them." : plural(rows.length, "fact") + ".";
}
function showTab(tab) {
  state.tab = tab === "table" ? "table" : "graph";
  tableView.hidden = state.tab !== "table";
  container.style.visibility = state.tab === "table" ? "hidden" : "";
  tabGraph.setAttribute("aria-selected", String(state.tab === "graph"));
  tabTable.setAttribute("aria-selected", String(state.tab === "table"));
  renderTable();
}
tabGraph.addEventListener("click", function () { showTab("graph"); writeHash(); });
tabTable.addEventListener("click", function () { showTab("table"); writeHash(); });

// ---- CSV ----------------------------------------------------------------------------------
/** One CSV field: quoted when needed; a leading =, +, -, @ gets a ' so spreadsheets never run it as a formula. */
function csvField(value) {
  let s = typeof value === "number" ? fmtConf(value) : String(value === null || value === undefined ? "" : value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function factsCsv() {
  const lines = [COLUMNS.map(function (c) { return c[0]; }).join(",")];
  tableRows().forEach(function (r) { lines.push(COLUMNS.map(function (c) { return csvField(r[c[0]]); }).join(",")); });
  return lines.join("\r\n") + "\r\n";
}
document.getElementById("csv").addEventListener("click", function () {
  const url = URL.createObjectURL(new Blob([factsCsv()], { type: "text/csv;charset=utf-8" }));
  const a = el("a");
  a.href = url; a.download = "graphbuild-facts.csv";
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
});
