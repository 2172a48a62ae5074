// labelscribe review: saves each change at once, draws boxes, zoom/pan, keyboard shortcuts.
"use strict";

const csrf = () => document.querySelector('meta[name="csrf-token"]').content;

function toast(message, kind) {
  const el = document.getElementById("toast");
  el.textContent = message;
  el.className = kind || "";
  el.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.hidden = true; }, kind === "error" ? 8000 : 2500);
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (response.status === 409) {
    toast("Someone else changed this meanwhile: " + data.error + ". The page shows the current values now.", "error");
    if (data.state) applyState(data.state);
    return null;
  }
  if (!response.ok) {
    toast("Not saved: " + (data.error || response.statusText), "error");
    return null;
  }
  return data;
}

// --- curator name ---------------------------------------------------------------------------------
const curator = document.getElementById("curator");
if (curator) {
  curator.addEventListener("change", () => {
    document.cookie = "ls_curator=" + encodeURIComponent(curator.value.trim()) + "; path=/; SameSite=Strict; max-age=31536000";
    toast("changes are now recorded as " + curator.value.trim());
  });
}

// --- list page ------------------------------------------------------------------------------------
const rows = Array.from(document.querySelectorAll("table.specimens tr.row"));
let rowIndex = -1;
function selectRow(i) {
  if (!rows.length) return;
  rowIndex = Math.max(0, Math.min(rows.length - 1, i));
  rows.forEach((r, j) => r.classList.toggle("selected", j === rowIndex));
  rows[rowIndex].scrollIntoView({ block: "nearest" });
}

const exportButton = document.getElementById("export");
if (exportButton) {
  exportButton.addEventListener("click", async () => {
    const reviewedOnly = document.getElementById("reviewed-only").checked;
    const result = await post("/api/export", { reviewed_only: reviewedOnly });
    if (!result) return;
    const out = document.getElementById("export-result");
    out.textContent = "";
    const p = document.createElement("p");
    p.textContent = `exported ${result.exported} records; validation: ${result.errors.length} errors, ${result.warnings.length} warnings`;
    out.appendChild(p);
    for (const [name, href] of Object.entries(result.files)) {
      const a = document.createElement("a");
      a.href = href; a.textContent = name; a.className = "download";
      out.appendChild(a); out.appendChild(document.createTextNode(" "));
    }
    if (result.errors.length) {
      const ul = document.createElement("ul");
      for (const e of result.errors.slice(0, 50)) { const li = document.createElement("li"); li.textContent = e; ul.appendChild(li); }
      out.appendChild(ul);
    }
  });
}

// --- specimen page --------------------------------------------------------------------------------
const dataEl = document.getElementById("page-data");
const page = dataEl ? JSON.parse(dataEl.textContent) : null;
const fieldRows = () => Array.from(document.querySelectorAll("#fields tr.field"));
let selected = null;

function box(cls, b, title) {
  const d = document.createElement("div");
  d.className = "box " + cls;
  d.style.left = b[0] + "%"; d.style.top = b[1] + "%"; d.style.width = b[2] + "%"; d.style.height = b[3] + "%";
  if (title) d.title = title;
  return d;
}

// A box [x, y, w, h] in percent of a region, after the region is turned clockwise by `rotation`.
function turned(b, rotation) {
  const [x, y, w, h] = b;
  if (rotation === 90) return [100 - y - h, x, h, w];
  if (rotation === 180) return [100 - x - w, 100 - y - h, w, h];
  if (rotation === 270) return [y, 100 - x - w, h, w];
  return b;
}

function drawBoxes(term) {
  const overlay = document.getElementById("overlay");
  if (!overlay || !page) return;
  overlay.textContent = "";
  for (const [index, b] of page.boxes.labels) overlay.appendChild(box("label", b, "label " + index));
  for (const [value, b] of page.boxes.barcodes) overlay.appendChild(box("barcode", b, "barcode " + value));
  for (const b of (term && page.boxes.words[term]) || []) overlay.appendChild(box("word", b, term));
  // the same words on each label crop; crops were saved turned clockwise by their rotation
  document.querySelectorAll(".crop-wrap .box").forEach((e) => e.remove());
  for (const wrap of document.querySelectorAll("figure.label")) {
    const img = wrap.querySelector("img.crop");
    const region = page.boxes.crops[wrap.dataset.label];
    if (!img || !region || !term) continue;
    for (const b of page.boxes.words[term] || []) {
      const inner = [(b[0] - region[0]) / region[2] * 100, (b[1] - region[1]) / region[3] * 100, b[2] / region[2] * 100, b[3] / region[3] * 100];
      if (inner[0] < -1 || inner[1] < -1 || inner[0] > 100 || inner[1] > 100) continue;
      wrap.querySelector(".crop-wrap").appendChild(box("word", turned(inner, Number(img.dataset.rotation)), term));
    }
  }
}

function selectField(row, focus) {
  fieldRows().forEach((r) => r.classList.toggle("selected", r === row));
  selected = row;
  if (!row) { drawBoxes(null); return; }
  drawBoxes(row.dataset.term);
  row.scrollIntoView({ block: "nearest" });
  const words = document.querySelector("#overlay .word");
  if (words) words.scrollIntoView({ block: "nearest", inline: "nearest" });
  if (focus) row.querySelector("input.value").focus();
}

function applyState(state) {
  page.status = state.status;
  const status = document.getElementById("status");
  status.textContent = state.status; status.className = "status " + state.status;
  for (const row of fieldRows()) {
    const f = state.fields[row.dataset.term];
    if (!f) continue;
    row.dataset.value = f.value;
    const input = row.querySelector("input.value");
    if (document.activeElement !== input || input.value === f.value) input.value = f.value;
    row.className = row.className.replace(/state-\S+/, "state-" + f.state);
    row.querySelector(".state").textContent = f.state + (f.who ? " by " + f.who : "");
  }
}

async function change(row, action, value) {
  const term = row.dataset.term;
  const body = { changes: [{ action, field: term, value: value || "", base: row.dataset.value }] };
  const state = await post(`/api/specimen/${encodeURIComponent(page.image_id)}/changes`, body);
  if (state) { applyState(state); toast(`${term}: ${action === "edit" ? "saved" : action + "ed"}`); }
  return state;
}

async function setStatus(status, thenNext) {
  const note = document.getElementById("note").value;
  const body = { changes: [{ action: "status", value: status, base: page.status, note }] };
  const state = await post(`/api/specimen/${encodeURIComponent(page.image_id)}/changes`, body);
  if (!state) return;
  applyState(state);
  toast("marked " + status);
  if (thenNext && page.next) go(page.next);
}

async function acceptAbove() {
  const threshold = parseFloat(document.getElementById("threshold").value);
  const state = await post(`/api/specimen/${encodeURIComponent(page.image_id)}/accept-above`, { threshold });
  if (state) { applyState(state); toast(`accepted ${state.accepted.length} fields ≥ ${threshold}`); }
}

function go(id) { if (id) window.location.href = `/specimen/${encodeURIComponent(id)}?${page.qs}`; }

if (page) {
  drawBoxes(null);
  for (const row of fieldRows()) {
    row.addEventListener("click", (e) => { if (!e.target.closest("button")) selectField(row, false); });
    row.querySelector("button.accept").addEventListener("click", () => { selectField(row); change(row, "accept"); });
    row.querySelector("button.clear").addEventListener("click", () => { selectField(row); change(row, "clear"); });
    const input = row.querySelector("input.value");
    input.addEventListener("focus", () => selectField(row, false));
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") { e.preventDefault(); if (input.value !== row.dataset.value) change(row, "edit", input.value); else change(row, "accept"); }
      if (e.key === "Escape") { input.value = row.dataset.value; input.blur(); }
    });
  }
  document.querySelectorAll("[data-status]").forEach((b) => b.addEventListener("click", () => setStatus(b.dataset.status, false)));
  document.getElementById("accept-above").addEventListener("click", acceptAbove);
  document.getElementById("add-field").addEventListener("submit", async (e) => {
    e.preventDefault();
    const term = document.getElementById("add-term").value;
    const value = document.getElementById("add-value").value;
    const existing = document.querySelector(`#fields tr.field[data-term="${CSS.escape(term)}"]`);
    const base = existing ? existing.dataset.value : "";
    const body = { changes: [{ action: "edit", field: term, value, base }] };
    if (await post(`/api/specimen/${encodeURIComponent(page.image_id)}/changes`, body)) window.location.reload();
  });
}

// --- the identification history -------------------------------------------------------------------
// Each change names the history it was based on (page.history_base); the page reloads after it.
async function changeHistory(action, index, values) {
  const change = { action, field: index === null ? "" : String(index), value: values ? JSON.stringify(values) : "", base: page.history_base };
  const state = await post(`/api/specimen/${encodeURIComponent(page.image_id)}/changes`, { changes: [change] });
  if (state) window.location.reload();
}

function identValues(row) {
  const values = {};
  for (const input of row.querySelectorAll("input.ident-value")) if (input.value.trim()) values[input.dataset.term] = input.value.trim();
  return values;
}

if (page) {
  for (const row of document.querySelectorAll("#identifications tr.identification")) {
    const index = Number(row.dataset.index);
    row.querySelector("button.ident-save").addEventListener("click", () => changeHistory("identification_edit", index, identValues(row)));
    row.querySelector("button.ident-remove").addEventListener("click", () => changeHistory("identification_remove", index, null));
    const current = row.querySelector("button.ident-current");
    if (current) current.addEventListener("click", () => changeHistory("identification_current", index, null));
  }
  const addIdent = document.getElementById("add-identification");
  if (addIdent) addIdent.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = {};
    const inputs = { scientificName: "add-ident-name", scientificNameAuthorship: "add-ident-author", identificationQualifier: "add-ident-qualifier", identifiedBy: "add-ident-by", dateIdentified: "add-ident-date", identificationRemarks: "add-ident-remarks" };
    for (const [term, id] of Object.entries(inputs)) { const v = document.getElementById(id).value.trim(); if (v) values[term] = v; }
    if (document.getElementById("add-ident-current").checked) values.identificationVerificationStatus = "current";
    changeHistory("identification_add", null, values);
  });
}

// --- zoom and pan ---------------------------------------------------------------------------------
const viewer = document.getElementById("viewer");
const stage = document.getElementById("stage");
const view = { scale: 1, x: 0, y: 0 };
function applyView() { if (stage) stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`; }
function zoom(factor, cx, cy) {
  const rect = viewer.getBoundingClientRect();
  const px = (cx === undefined ? rect.width / 2 : cx), py = (cy === undefined ? rect.height / 2 : cy);
  const next = Math.max(0.2, Math.min(12, view.scale * factor));
  view.x = px - (px - view.x) * (next / view.scale);
  view.y = py - (py - view.y) * (next / view.scale);
  view.scale = next;
  applyView();
}
if (viewer && stage) {
  viewer.addEventListener("wheel", (e) => {
    e.preventDefault();
    const rect = viewer.getBoundingClientRect();
    zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, e.clientX - rect.left, e.clientY - rect.top);
  }, { passive: false });
  let drag = null;
  viewer.addEventListener("pointerdown", (e) => { drag = { x: e.clientX - view.x, y: e.clientY - view.y }; viewer.setPointerCapture(e.pointerId); });
  viewer.addEventListener("pointermove", (e) => { if (drag) { view.x = e.clientX - drag.x; view.y = e.clientY - drag.y; applyView(); } });
  viewer.addEventListener("pointerup", () => { drag = null; });
  document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
    if (b.dataset.zoom === "in") zoom(1.5);
    else if (b.dataset.zoom === "out") zoom(1 / 1.5);
    else { view.scale = 1; view.x = 0; view.y = 0; applyView(); }
  }));
}

// --- keyboard -------------------------------------------------------------------------------------
document.addEventListener("keydown", (e) => {
  const typing = e.target.matches("input, select, textarea");
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (!page) {
    if (e.key === "j") selectRow(rowIndex + 1);
    else if (e.key === "k") selectRow(rowIndex - 1);
    else if (e.key === "Enter" && rowIndex >= 0) rows[rowIndex].querySelector("a").click();
    else return;
    e.preventDefault();
    return;
  }
  const list = fieldRows();
  const at = selected ? list.indexOf(selected) : -1;
  switch (e.key) {
    case "j": go(page.next); break;
    case "k": go(page.prev); break;
    case "ArrowDown": selectField(list[Math.min(list.length - 1, at + 1)]); break;
    case "ArrowUp": selectField(list[Math.max(0, at - 1)]); break;
    case "a": if (selected) change(selected, "accept"); break;
    case "A": acceptAbove(); break;
    case "x": if (selected) change(selected, "clear"); break;
    case "e": if (selected) selectField(selected, true); break;
    case "r": setStatus("reviewed", true); break;
    case "f": document.getElementById("note").focus(); setStatus("flagged", false); break;
    case "+": case "=": zoom(1.5); break;
    case "-": zoom(1 / 1.5); break;
    case "0": view.scale = 1; view.x = 0; view.y = 0; applyView(); break;
    default: return;
  }
  e.preventDefault();
});
