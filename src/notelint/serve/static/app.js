// notelint page: lint as the writer pauses; never lose the writer's text.
(function () {
  "use strict";
  const DIMS = ["ml_fundamentals", "coding", "system_thinking", "data_intuition", "judgment", "metrics",
                "risk_awareness", "ownership", "learning", "communication", "user_impact"];
  const RECS = ["", "strong_hire", "hire", "lean_hire", "lean_no_hire", "no_hire"];
  const KEY = "notelint.draft.v1";
  const $ = (id) => document.getElementById(id);
  const note = $("note"), view = $("view"), status = $("status");
  let timer = null, seq = 0;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() {
    const ratings = {};
    DIMS.forEach((d) => { const v = $("r-" + d).value; if (v) ratings[d] = v; });
    try {
      localStorage.setItem(KEY, JSON.stringify({ text: note.value, ratings: ratings }));
      $("save-state").textContent = "Saved in this browser.";
    } catch (e) {
      $("save-state").textContent = "Could not save in this browser: copy your text before leaving.";
    }
    return ratings;
  }

  function buildRatings(saved) {
    const box = $("ratings");
    DIMS.forEach((d) => {
      const wrap = document.createElement("label");
      const sel = document.createElement("select");
      sel.id = "r-" + d;
      RECS.forEach((r) => { const o = document.createElement("option"); o.value = r; o.textContent = r || "not rated"; sel.appendChild(o); });
      sel.value = (saved.ratings || {})[d] || "";
      sel.addEventListener("change", schedule);
      wrap.append(d.replace("_", " ") + " ", sel);
      box.appendChild(wrap);
    });
  }

  function text(el, s) { el.textContent = s; return el; }

  function renderView(src, units) {
    view.replaceChildren();
    let pos = 0;
    units.forEach((u, i) => {
      if (u.start > pos) view.appendChild(document.createTextNode(src.slice(pos, u.start)));
      const span = document.createElement("span");
      span.className = "unit " + u.kind;
      span.id = "u-" + i;
      span.title = u.kind + " (" + Math.round(u.kind_scores[u.kind] * 100) + "%), " + u.polarity +
        (u.dimensions.length ? ", " + u.dimensions.join(", ") : "");
      const b = text(document.createElement("b"), u.kind[0].toUpperCase());
      b.className = "badge";
      b.setAttribute("aria-label", u.kind);
      span.append(b, src.slice(u.start, u.end));
      view.appendChild(span);
      pos = u.end;
    });
    if (pos < src.length) view.appendChild(document.createTextNode(src.slice(pos)));
  }

  function renderChecklist(report, ratings) {
    const list = $("checklist");
    list.replaceChildren();
    const ev = new Set(report.summary.dimensions_evidenced);
    DIMS.forEach((d) => {
      const li = document.createElement("li");
      let mark = "–", label = "not evidenced";
      if (ev.has(d)) { mark = "✓"; label = "evidenced"; }
      else if (ratings[d]) { mark = "⚠"; label = "rated but never evidenced"; }
      li.textContent = mark + " " + d.replace("_", " ");
      li.setAttribute("aria-label", d + ": " + label);
      li.className = label.replace(/ /g, "-");
      list.appendChild(li);
    });
  }

  function renderFindings(report) {
    const ol = $("findings");
    ol.replaceChildren();
    $("count").textContent = "(" + report.findings.length + ")";
    report.findings.forEach((f) => {
      const li = document.createElement("li");
      const btn = document.createElement("button");
      btn.type = "button";
      btn.className = "finding " + f.rule.replace(/\./g, "-");
      const sev = text(document.createElement("span"), f.severity);
      sev.className = "sev " + f.severity;
      btn.append(sev, " " + f.name + " (line " + f.line + "): " + f.message);
      btn.addEventListener("click", () => { note.focus(); note.setSelectionRange(f.start, f.end); });
      li.appendChild(btn);
      if (f.hint) { const h = text(document.createElement("span"), "Hint: " + f.hint); h.className = "hint"; li.appendChild(h); }
      ol.appendChild(li);
    });
  }

  async function lint() {
    const ratings = save();
    const src = note.value;
    if (!src.trim()) { view.replaceChildren(); $("findings").replaceChildren(); $("spec-value").textContent = "–"; $("spec").value = 0; return; }
    const my = ++seq;
    try {
      const res = await fetch("/v1/lint", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: src, ratings: ratings }) });
      const body = await res.json();
      if (my !== seq) return;  // a newer request is on its way
      if (!res.ok) { status.textContent = "Could not analyse the note: " + (body.error || res.status) + ". Your text is safe."; return; }
      status.textContent = "";
      renderView(src, body.units);
      renderChecklist(body, ratings);
      renderFindings(body);
      const s = body.specificity == null ? 0 : body.specificity;
      $("spec").value = s;
      $("spec-value").textContent = body.specificity == null ? "n/a" : Math.round(s) + "/100";
      document.body.dataset.linted = String(my);
    } catch (e) {
      if (my === seq) status.textContent = "The server could not be reached. Your text is kept in this browser.";
    }
  }

  function schedule() { clearTimeout(timer); save(); timer = setTimeout(lint, 450); }

  const saved = load();
  buildRatings(saved);
  if (saved.text) note.value = saved.text;
  note.addEventListener("input", schedule);
  window.addEventListener("beforeunload", save);
  if (note.value.trim()) lint();
})();
