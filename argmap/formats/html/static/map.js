/* argmap — the interactive map's script.
 *
 * Safety: all data comes from the JSON block #argmap-data (parsed with JSON.parse); every
 * user-written string is put into the page with textContent or as an attribute value set through
 * the DOM, never through innerHTML; links keep only http(s) URLs. vis-network renders string
 * tooltips with innerText.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("argmap-data").textContent);
  var UI = DATA.ui;
  var CLAIMS = DATA.claims;
  var has = function (obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); };

  function t(key, args) {
    var s = has(UI, key) ? UI[key] : key;
    if (args) {
      s = s.replace(/\{(\w+)\}/g, function (m, k) { return has(args, k) ? String(args[k]) : m; });
    }
    return s;
  }

  function el(tag, props, children) {
    var e = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === null || v === undefined) { return; }
        if (k === "text") { e.textContent = String(v); }
        else if (k === "class") { e.className = v; }
        else if (k === "onclick") { e.addEventListener("click", v); }
        else { e.setAttribute(k, String(v)); }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function safeHref(url) {
    if (typeof url !== "string") { return null; }
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }

  function fmt(x) { return (Math.round(x * 100) / 100).toFixed(2); }

  // ---------------------------------------------------------------------------------------
  // indexes
  var topicById = {};
  DATA.topics.forEach(function (tp) { topicById[tp.id] = tp; });
  var ids = Object.keys(CLAIMS);
  var rel = {};            // claim -> {supporters, attackers, supports, attacks, contradicts, undercuts}
  ids.forEach(function (c) {
    rel[c] = { supporters: [], attackers: [], supports: [], attacks: [], contradicts: [],
               undercuts: [], undercutBy: [], inferences: [] };
  });
  var undercutters = {};   // inference id -> [claim]
  Object.keys(DATA.inferences).forEach(function (n) {
    undercutters[n] = [];
    var inf = DATA.inferences[n];
    if (rel[inf.source]) { rel[inf.source].inferences.push(n); }
    if (rel[inf.target]) { rel[inf.target].inferences.push(n); }
  });
  DATA.relations.forEach(function (r) {
    var u = r[0], v = r[1], k = r[2];
    if (!rel[u]) { return; }
    if (k === "supports" && rel[v]) { rel[u].supports.push(v); rel[v].supporters.push(u); }
    else if (k === "attacks" && rel[v]) { rel[u].attacks.push(v); rel[v].attackers.push(u); }
    else if (k === "contradicts" && rel[v]) {
      rel[u].contradicts.push(v); rel[v].contradicts.push(u);
    } else if (k === "undercuts" && undercutters[v]) {
      rel[u].undercuts.push(v); undercutters[v].push(u);
      var inf = DATA.inferences[v];
      if (rel[inf.target]) { rel[inf.target].undercutBy.push(u); }
      if (rel[inf.source]) { rel[inf.source].undercutBy.push(u); }
    }
  });
  // attackers in the Dung sense: attacks plus both directions of contradicts
  function attackersOf(c) { return rel[c].attackers.concat(rel[c].contradicts); }

  // ---------------------------------------------------------------------------------------
  // the network
  var fullEdges = DATA.edges;
  var plain = false;
  function plainEdge(e) {
    return { id: e.id, arrows: { to: { enabled: false }, from: { enabled: false } },
             dashes: false, width: 1 };
  }
  var edgeItems = fullEdges.map(function (e) {
    if (!DATA.large) { return e; }
    var p = Object.assign({}, e, plainEdge(e));
    return p;
  });
  plain = DATA.large;
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  window.network = network;
  window.argmap = { data: DATA, nodes: nodes, edges: edges };

  var baseNode = {};
  DATA.nodes.forEach(function (n) {
    baseNode[n.id] = { label: n.label, color: n.color, borderWidth: n.borderWidth };
  });

  // scale: plain edges at overview zoom on large maps, full styling when zoomed in
  var FULL_STYLE_SCALE = 0.55;
  function restyleEdges() {
    if (!DATA.large) { return; }
    var want = network.getScale() < FULL_STYLE_SCALE;
    if (want === plain) { return; }
    plain = want;
    edges.update(fullEdges.map(function (e) {
      return want ? plainEdge(e) : { id: e.id, arrows: e.arrows, dashes: e.dashes, width: e.width };
    }));
  }
  network.on("zoom", restyleEdges);

  // ---------------------------------------------------------------------------------------
  // topic regions drawn behind the network
  var regions = DATA.regions.map(function (r) { return Object.assign({}, r); });
  var regionsDirty = false;
  var byTopic = {};
  ids.forEach(function (c) { (byTopic[CLAIMS[c].topic] = byTopic[CLAIMS[c].topic] || []).push(c); });
  function recomputeRegions() {
    var bodyNodes = network.body.nodes;
    regions.forEach(function (r) {
      var members = byTopic[r.topic] || [];
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      members.forEach(function (c) {
        var n = bodyNodes[c];
        if (!n) { return; }
        x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x);
        y0 = Math.min(y0, n.y); y1 = Math.max(y1, n.y);
      });
      if (x0 === Infinity) { return; }
      r.x = x0 - 175; r.y = y0 - 130; r.w = (x1 - x0) + 350; r.h = (y1 - y0) + 200;
    });
  }
  function placeInferences(only) {
    var bodyNodes = network.body.nodes;
    var list = only || Object.keys(DATA.inferences);
    list.forEach(function (n) {
      var inf = DATA.inferences[n], a = bodyNodes[inf.source], b = bodyNodes[inf.target];
      var me = bodyNodes[n];
      if (a && b && me) { me.x = (a.x + b.x) / 2; me.y = (a.y + b.y) / 2; }
    });
  }
  function hexToRgba(hex, alpha) {
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex || "");
    if (!m) { return "rgba(117,117,117," + alpha + ")"; }
    var h = m[1].length === 3 ? m[1].replace(/(.)/g, "$1$1") : m[1];
    return "rgba(" + parseInt(h.slice(0, 2), 16) + "," + parseInt(h.slice(2, 4), 16) + "," +
      parseInt(h.slice(4, 6), 16) + "," + alpha + ")";
  }
  var physicsOn = false;
  var topicFilter = "*", hoodOnly = false;
  network.on("beforeDrawing", function (ctx) {
    if (physicsOn) { placeInferences(); regionsDirty = true; }
    if (regionsDirty) { recomputeRegions(); regionsDirty = false; }
    var scale = network.getScale();
    var fontSize = Math.max(24, 15 / scale);
    regions.forEach(function (r) {
      if (topicFilter !== "*" && topicFilter !== r.topic) { return; }
      ctx.save();
      ctx.fillStyle = hexToRgba(r.color, 0.07);
      ctx.strokeStyle = hexToRgba(r.color, 0.55);
      ctx.lineWidth = Math.max(2, 1.5 / scale);
      ctx.beginPath();
      if (ctx.roundRect) { ctx.roundRect(r.x, r.y, r.w, r.h, 24); }
      else { ctx.rect(r.x, r.y, r.w, r.h); }
      ctx.fill(); ctx.stroke();
      ctx.fillStyle = hexToRgba(r.color, 0.95);
      var size = fontSize;
      ctx.font = "600 " + size + "px system-ui, sans-serif";
      var wText = ctx.measureText(r.label).width;
      if (wText > r.w - 36) {
        size = Math.max(8, size * (r.w - 36) / wText);
        ctx.font = "600 " + size + "px system-ui, sans-serif";
      }
      ctx.textBaseline = "top";
      ctx.fillText(r.label, r.x + 18, r.y + 14);
      ctx.restore();
    });
  });
  network.on("dragging", function (p) {
    var affected = [];
    (p.nodes || []).forEach(function (c) { if (rel[c]) { affected = affected.concat(rel[c].inferences); } });
    if (affected.length) { placeInferences(affected); }
  });
  network.on("dragEnd", function (p) {
    if (p.nodes && p.nodes.length) { regionsDirty = true; placeInferences(); network.redraw(); }
  });

  // fit the view to the visible regions (vis-network's fit() only knows the nodes)
  function fitAll() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    regions.forEach(function (r) {
      if (topicFilter !== "*" && topicFilter !== r.topic) { return; }
      x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y);
      x1 = Math.max(x1, r.x + r.w); y1 = Math.max(y1, r.y + r.h);
    });
    if (x0 === Infinity) { network.fit({ animation: false }); return; }
    var w = container.clientWidth || 800, h = container.clientHeight || 600;
    var scale = Math.min(w / (x1 - x0 + 40), h / (y1 - y0 + 40), 1.5);
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale, animation: false });
    restyleEdges();
  }

  // ---------------------------------------------------------------------------------------
  // the side panel
  var tabs = Array.prototype.slice.call(document.querySelectorAll(".am-tab"));
  function showTab(name) {
    tabs.forEach(function (b) { b.classList.toggle("am-active", b.getAttribute("data-tab") === name); });
    Array.prototype.forEach.call(document.querySelectorAll(".am-pane"), function (p) {
      p.classList.toggle("am-active", p.getAttribute("data-pane") === name);
    });
  }
  tabs.forEach(function (b) {
    b.addEventListener("click", function () { showTab(b.getAttribute("data-tab")); });
  });

  var selected = null;
  var panelEmpty = document.getElementById("am-panel-empty");
  var panelBody = document.getElementById("am-panel-body");
  var facts = document.getElementById("am-panel-facts");

  function claimLink(c) {
    var text = CLAIMS[c] ? CLAIMS[c].text : c;
    var short = text.length > 90 ? text.slice(0, 89) + "…" : text;
    return el("button", { type: "button", "class": "am-link", "data-claim": c, title: c,
                          text: short, onclick: function () { focusClaim(c); } });
  }
  function linkList(list) {
    if (!list.length) { return document.createTextNode(t("panel.none")); }
    var uniq = list.filter(function (c, i) { return list.indexOf(c) === i; });
    return el("ul", { "class": "am-links" }, uniq.map(function (c) { return el("li", null, [claimLink(c)]); }));
  }
  function fact(term, value) {
    facts.appendChild(el("dt", { text: term }));
    var dd = el("dd");
    (Array.isArray(value) ? value : [value]).forEach(function (v) {
      if (v === null || v === undefined) { return; }
      dd.appendChild(typeof v === "string" ? document.createTextNode(v) : v);
    });
    facts.appendChild(dd);
    return dd;
  }
  function explanationNode(v, depth) {
    depth = depth || 0;
    if (v === null || v === undefined) { return document.createTextNode(t("panel.none")); }
    if (typeof v !== "object" || depth > 8) { return document.createTextNode(String(v)); }
    if (Array.isArray(v)) {
      return el("ul", { "class": "am-expl" }, v.map(function (x) {
        return el("li", null, [explanationNode(x, depth + 1)]);
      }));
    }
    return el("ul", { "class": "am-expl" }, Object.keys(v).map(function (k) {
      var val = v[k];
      var inner = (val !== null && typeof val === "object") ? explanationNode(val, depth + 1)
        : (typeof val === "string" && CLAIMS[val] ? claimLink(val) : document.createTextNode(String(val)));
      return el("li", null, [el("span", { "class": "am-expl-key", text: k + ": " }), inner]);
    }));
  }

  function showClaim(c) {
    var d = CLAIMS[c];
    if (!d) { return; }
    selected = c;
    panelEmpty.hidden = true;
    panelBody.hidden = false;
    document.getElementById("am-panel-id").textContent = c;
    document.getElementById("am-panel-text").textContent = d.text;
    clear(facts);
    fact(t("panel.stance"), el("span", { "class": "am-chip am-" + d.stance, text: t("stance." + d.stance) }));
    var tp = topicById[d.topic];
    fact(t("panel.topic"), tp ? tp.label : (d.topic || t("topic.none")));
    var verdict = [el("span", { "class": "am-chip am-" + d.label, text: t("label." + d.label) })];
    fact(t("panel.verdict"), verdict);
    if (has(d, "explanation")) { fact(t("panel.explanation"), explanationNode(d.explanation)); }
    fact(t("panel.strength"), fmt(d.strength) + (d.strength !== d.weight ? "  (" + t("panel.weight") + " " + fmt(d.weight) + ")" : ""));
    if (d.source) {
      var src = DATA.sources[d.source];
      var parts = [el("div", { text: src ? src.title : d.source })];
      if (src && (src.publisher || src.date)) {
        parts.push(el("div", { "class": "am-muted", text: [src.publisher, src.date].filter(Boolean).join(", ") }));
      }
      if (d.quote) { parts.push(el("blockquote", { "class": "am-quote", text: "„" + d.quote + "“" })); }
      var href = src ? safeHref(src.url) : null;
      if (href) {
        parts.push(el("a", { href: href, target: "_blank", rel: "noopener noreferrer",
                             "class": "am-source-link", text: t("panel.link") }));
      }
      fact(t("panel.source"), parts);
    } else if (d.quote) {
      fact(t("panel.quote"), el("blockquote", { "class": "am-quote", text: d.quote }));
    }
    if (d.author) { fact(t("panel.author"), d.author); }
    if (d.tags && d.tags.length) {
      fact(t("panel.tags"), d.tags.map(function (x) { return el("span", { "class": "am-chip am-tag", text: x }); }));
    }
    var r = rel[c];
    fact(t("panel.supporters"), linkList(r.supporters));
    fact(t("panel.attackers"), linkList(r.attackers));
    if (r.contradicts.length) { fact(t("panel.contradicts"), linkList(r.contradicts)); }
    if (r.supports.length) { fact(t("panel.supports"), linkList(r.supports)); }
    if (r.attacks.length) { fact(t("panel.attacks"), linkList(r.attacks)); }
    if (r.undercuts.length) {
      fact(t("panel.undercuts"), el("ul", { "class": "am-links" }, r.undercuts.map(function (n) {
        var inf = DATA.inferences[n];
        return el("li", null, [claimLink(inf.source), " → ", claimLink(inf.target)]);
      })));
    }
    if (r.undercutBy.length) { fact(t("panel.undercut-by"), linkList(r.undercutBy)); }
    if (d.findings.length) {
      fact(t("panel.findings"), el("ul", { "class": "am-links" }, d.findings.map(function (i) {
        var f = DATA.findings[i];
        return el("li", null, [el("button", { type: "button", "class": "am-link",
          text: t("severity." + f.severity) + ": " + f.message,
          onclick: function () { showTab("findings"); highlightFinding(i); } })]);
      })));
    }
    if (d.file) { fact(t("panel.file"), d.file + (d.line ? ":" + d.line : "")); }
    updateMarkButtons();
    if (hoodOnly) { applyFilters(); }
  }

  function showInference(n) {
    var inf = DATA.inferences[n];
    selected = null;
    panelEmpty.hidden = true;
    panelBody.hidden = false;
    document.getElementById("am-panel-id").textContent = inf.source + " → " + inf.target;
    document.getElementById("am-panel-text").textContent = t("panel.inference");
    clear(facts);
    fact(t("panel.inference"), [claimLink(inf.source), " → ", claimLink(inf.target)]);
    fact(t("panel.undercut-by"), linkList(undercutters[n]));
  }

  function setHash(c) {
    try { history.replaceState(null, "", "#" + encodeURIComponent(c)); } catch (e) { /* file: */ }
  }

  function focusClaim(c, opts) {
    if (!CLAIMS[c]) { return; }
    var n = nodes.get(c);
    if (n && n.hidden) { resetFilters(); }
    showTab("claim");
    network.selectNodes([c]);
    showClaim(c);
    setHash(c);
    var animate = !(opts && opts.instant) && !DATA.large;
    network.focus(c, { scale: Math.max(network.getScale(), 0.9),
                       animation: animate ? { duration: 350, easingFunction: "easeInOutQuad" } : false });
  }

  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) {
      var id = p.nodes[0];
      if (CLAIMS[id]) { showTab("claim"); showClaim(id); setHash(id); }
      else if (DATA.inferences[id]) { showTab("claim"); showInference(id); }
    }
  });

  // ---------------------------------------------------------------------------------------
  // findings
  var findingsList = document.getElementById("am-findings-list");
  document.getElementById("am-findings-count").textContent = "(" + DATA.findings.length + ")";
  var findingButtons = [];
  if (!DATA.findings.length) {
    findingsList.appendChild(el("li", { text: t("findings.none") }));
  }
  DATA.findings.forEach(function (f, i) {
    var b = el("button", { type: "button", "class": "am-finding am-" + f.severity, "data-finding": i,
                           onclick: function () { highlightFinding(i); } },
      [el("span", { "class": "am-sev", text: t("severity." + f.severity) }), f.message,
       el("div", { "class": "am-muted", text: f.code + (f.claims.length ? " · " + f.claims.join(", ") : "") })]);
    findingButtons.push(b);
    findingsList.appendChild(el("li", null, [b]));
  });
  function edgesBetween(a, b) {
    return network.getConnectedEdges(a).filter(function (eid) {
      var e = edges.get(eid);
      return e && ((e.from === a && e.to === b) || (e.from === b && e.to === a));
    });
  }
  function highlightFinding(i) {
    var f = DATA.findings[i];
    var ns = f.claims.concat(f.path).filter(function (c, j, arr) {
      return arr.indexOf(c) === j && nodes.get(c);
    });
    if (ns.some(function (c) { return nodes.get(c).hidden; })) { resetFilters(); }
    var es = [];
    for (var j = 0; j + 1 < f.path.length; j++) {
      if (nodes.get(f.path[j]) && nodes.get(f.path[j + 1])) { es = es.concat(edgesBetween(f.path[j], f.path[j + 1])); }
    }
    if (f.path.length > 2 && nodes.get(f.path[0]) && nodes.get(f.path[f.path.length - 1])) {
      es = es.concat(edgesBetween(f.path[f.path.length - 1], f.path[0]));
    }
    findingButtons.forEach(function (b, k) { b.classList.toggle("am-current", k === i); });
    network.setSelection({ nodes: ns, edges: es }, { unselectAll: true, highlightEdges: false });
    if (ns.length) {
      network.fit({ nodes: ns, animation: DATA.large ? false : { duration: 350, easingFunction: "easeInOutQuad" } });
      if (ns.length === 1) { showClaim(ns[0]); }
    }
  }

  // ---------------------------------------------------------------------------------------
  // filters
  var fTopic = document.getElementById("am-f-topic");
  var fStance = document.getElementById("am-f-stance");
  var fVerdict = document.getElementById("am-f-verdict");
  var fSearch = document.getElementById("am-f-search");
  var fHood = document.getElementById("am-f-hood");
  var fStatus = document.getElementById("am-f-status");
  var hiddenNow = {};
  var haystack = {};
  ids.forEach(function (c) { haystack[c] = (c + "\n" + CLAIMS[c].text).toLowerCase(); });

  function neighbourhood(c) {
    var s = {};
    s[c] = true;
    var r = rel[c];
    [r.supporters, r.attackers, r.supports, r.attacks, r.contradicts, r.undercutBy].forEach(function (l) {
      l.forEach(function (x) { s[x] = true; });
    });
    r.undercuts.forEach(function (n) {
      s[DATA.inferences[n].source] = true; s[DATA.inferences[n].target] = true;
    });
    return s;
  }

  function applyFilters() {
    topicFilter = fTopic.value;
    var stance = fStance.value, verdict = fVerdict.value;
    var q = fSearch.value.trim().toLowerCase();
    hoodOnly = fHood.checked;
    var hood = (hoodOnly && selected) ? neighbourhood(selected) : null;
    var updates = [], shown = 0, matches = 0;
    var vis = {};
    ids.forEach(function (c) {
      var d = CLAIMS[c];
      var ok = (topicFilter === "*" || d.topic === topicFilter) &&
        (stance === "*" || d.stance === stance) && (verdict === "*" || d.label === verdict);
      if (ok && q) { ok = haystack[c].indexOf(q) !== -1; if (ok) { matches++; } }
      if (ok && hood) { ok = !!hood[c]; }
      vis[c] = ok;
    });
    if (selected && hood) { vis[selected] = true; }
    Object.keys(DATA.inferences).forEach(function (n) {
      var inf = DATA.inferences[n];
      vis[n] = !!(vis[inf.source] && vis[inf.target]);
    });
    Object.keys(vis).forEach(function (id) {
      var hide = !vis[id];
      if (CLAIMS[id] && !hide) { shown++; }
      if (!!hiddenNow[id] !== hide) { updates.push({ id: id, hidden: hide }); hiddenNow[id] = hide; }
    });
    if (updates.length) { nodes.update(updates); }
    var status = t("filter.shown", { shown: shown, total: ids.length });
    if (q) { status += " · " + t("filter.matches", { n: matches }); }
    fStatus.textContent = status;
    return vis;
  }
  function resetFilters() {
    fTopic.value = "*"; fStance.value = "*"; fVerdict.value = "*"; fSearch.value = ""; fHood.checked = false;
    applyFilters();
  }
  [fTopic, fStance, fVerdict, fHood].forEach(function (x) { x.addEventListener("change", applyFilters); });
  var searchTimer = null;
  fSearch.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(applyFilters, ids.length > 1000 ? 200 : 60);
  });
  fSearch.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    ev.preventDefault();
    var vis = applyFilters();
    var first = ids.filter(function (c) { return vis[c]; }).sort()[0];
    if (first) { focusClaim(first); }
  });
  document.getElementById("am-f-reset").addEventListener("click", function () { resetFilters(); fitAll(); });

  // ---------------------------------------------------------------------------------------
  // "Meine Position"
  var position = {};   // claim -> "accept" | "reject"
  var idx = {};
  ids.forEach(function (c, i) { idx[c] = i; });
  var N = ids.length;
  // implication graph over literals: 2i = "accept claim i", 2i+1 = "reject claim i"
  var imp = [];
  for (var li = 0; li < 2 * N; li++) { imp.push([]); }
  var why = {};  // "from>to" -> relation kind, for explanations
  function implies(a, b, kind) { imp[a].push(b); why[a + ">" + b] = kind; }
  function pos(c) { return 2 * idx[c]; }
  function neg(c) { return 2 * idx[c] + 1; }
  DATA.relations.forEach(function (r) {
    var u = r[0], v = r[1], k = r[2];
    if (!(u in idx) || !(v in idx)) { return; }
    if (k === "supports") { implies(pos(u), pos(v), k); implies(neg(v), neg(u), k); }
    else if (k === "attacks" || k === "contradicts") {
      implies(pos(u), neg(v), k); implies(pos(v), neg(u), k);
      if (k === "contradicts") { implies(neg(u), pos(v), k); implies(neg(v), pos(u), k); }
    }
  });

  // is the map's own 2-SAT satisfiable? (iterative Tarjan SCC)
  var mapCoherent = (function () {
    var M = 2 * N, index = new Int32Array(M).fill(-1), low = new Int32Array(M), comp = new Int32Array(M).fill(-1);
    var onStack = new Uint8Array(M), stack = [], counter = 0, nComp = 0;
    for (var s = 0; s < M; s++) {
      if (index[s] !== -1) { continue; }
      var work = [[s, 0]];
      index[s] = low[s] = counter++; stack.push(s); onStack[s] = 1;
      while (work.length) {
        var top = work[work.length - 1], v = top[0];
        if (top[1] < imp[v].length) {
          var w = imp[v][top[1]++];
          if (index[w] === -1) {
            index[w] = low[w] = counter++; stack.push(w); onStack[w] = 1; work.push([w, 0]);
          } else if (onStack[w]) { low[v] = Math.min(low[v], index[w]); }
        } else {
          work.pop();
          if (work.length) { var p = work[work.length - 1][0]; low[p] = Math.min(low[p], low[v]); }
          if (low[v] === index[v]) {
            var x;
            do { x = stack.pop(); onStack[x] = 0; comp[x] = nComp; } while (x !== v);
            nComp++;
          }
        }
      }
    }
    for (var i = 0; i < N; i++) { if (comp[2 * i] === comp[2 * i + 1]) { return false; } }
    return true;
  })();

  function litName(l) {
    var c = ids[l >> 1];
    return (l & 1) ? t("pos.not", { x: c }) : c;
  }

  function evaluatePosition() {
    var accepted = ids.filter(function (c) { return position[c] === "accept"; });
    var rejected = ids.filter(function (c) { return position[c] === "reject"; });
    var result = { conflicts: [], incoherent: null, undefended: [], commits: [], mapIncoherent: !mapCoherent };
    // conflicts: two accepted claims linked by an attack or a contradiction
    var seen = {};
    accepted.forEach(function (a) {
      rel[a].attacks.forEach(function (b) {
        if (position[b] === "accept" && !seen[a + " " + b]) {
          seen[a + " " + b] = seen[b + " " + a] = true;
          result.conflicts.push({ a: a, b: b, kind: "attacks" });
        }
      });
      rel[a].contradicts.forEach(function (b) {
        if (position[b] === "accept" && !seen[a + " " + b]) {
          seen[a + " " + b] = seen[b + " " + a] = true;
          result.conflicts.push({ a: a, b: b, kind: "contradicts" });
        }
      });
    });
    // incoherence: propagate the unit literals through the implication graph
    var parent = new Int32Array(2 * N).fill(-2);   // -2 unseen, -1 a unit literal
    var queue = [];
    accepted.forEach(function (c) { parent[pos(c)] = -1; queue.push(pos(c)); });
    rejected.forEach(function (c) { if (parent[neg(c)] === -2) { parent[neg(c)] = -1; queue.push(neg(c)); } });
    var clash = -1;
    for (var qi = 0; qi < queue.length; qi++) {
      var l = queue[qi];
      if (parent[l ^ 1] !== -2) { clash = l; break; }
      var out = imp[l];
      for (var j = 0; j < out.length; j++) {
        if (parent[out[j]] === -2) { parent[out[j]] = l; queue.push(out[j]); }
      }
    }
    function chain(l) {
      var seq = [];
      while (l >= 0) { seq.push(l); l = parent[l]; }
      return seq.reverse();
    }
    if (clash >= 0) {
      var p1 = chain(clash), p2 = chain(clash ^ 1);
      result.incoherent = { x: ids[clash >> 1], path: p1.map(litName).join(" ⇒ ") + "  |  " + p2.map(litName).join(" ⇒ "),
                            claims: p1.concat(p2).map(function (x) { return ids[x >> 1]; }) };
    } else {
      result.commits = queue.filter(function (l) { return parent[l] !== -1; }).map(litName);
    }
    // undefended (as argmap.analysis.positions): an attacker that the position neither rejects
    // nor answers by accepting a claim that attacks it or undercuts its attack
    accepted.forEach(function (a) {
      var done = {};
      attackersOf(a).forEach(function (x) {
        if (x === a || done[x] || position[x] === "reject") { return; }
        done[x] = true;
        var isAccepted = function (y) { return position[y] === "accept"; };
        var answered = attackersOf(x).some(isAccepted) ||
          (undercutters[x + "->" + a] || []).some(isAccepted);
        if (!answered) { result.undefended.push({ a: a, b: x }); }
      });
    });
    return result;
  }

  var posStatus = document.getElementById("am-pos-status");
  var posLists = document.getElementById("am-pos-lists");
  var posName = document.getElementById("am-pos-name");
  var lastEval = null;

  function renderPosition() {
    var r = evaluatePosition();
    lastEval = r;
    window.argmap.position = { marks: Object.assign({}, position), result: r };
    clear(posLists);
    var accepted = ids.filter(function (c) { return position[c] === "accept"; });
    var rejected = ids.filter(function (c) { return position[c] === "reject"; });
    posLists.appendChild(el("h4", { "class": "am-pos-accepted", text: t("pos.accepted", { n: accepted.length }) }));
    posLists.appendChild(linkList(accepted));
    posLists.appendChild(el("h4", { "class": "am-pos-rejected", text: t("pos.rejected", { n: rejected.length }) }));
    posLists.appendChild(linkList(rejected));
    clear(posStatus);
    if (r.mapIncoherent) { posStatus.appendChild(el("li", { "class": "am-bad", text: t("pos.incoherent-map") })); }
    r.conflicts.forEach(function (x) {
      posStatus.appendChild(el("li", { "class": "am-bad am-pos-conflict", text: t("pos.conflict", {
        a: x.a, b: x.b, rel: t(x.kind === "attacks" ? "pos.conflict.attack" : "pos.conflict.contradiction") }) }));
    });
    if (r.incoherent) {
      posStatus.appendChild(el("li", { "class": "am-bad am-pos-incoherent", text: t("pos.incoherent", { x: r.incoherent.x, path: r.incoherent.path }) }));
    }
    r.undefended.forEach(function (x) {
      posStatus.appendChild(el("li", { "class": "am-warn am-pos-undefended", text: t("pos.undefended", { a: x.a, b: x.b }) }));
    });
    if (r.commits.length) {
      var shown = r.commits.slice(0, 15).join(", ") + (r.commits.length > 15 ? ", …" : "");
      posStatus.appendChild(el("li", { "class": "am-muted", text: t("pos.commits", { list: shown }) }));
    }
    if (!accepted.length && !rejected.length) {
      posStatus.appendChild(el("li", { "class": "am-muted", text: t("pos.empty") }));
    } else if (!r.conflicts.length && !r.incoherent && !r.undefended.length && !r.mapIncoherent) {
      posStatus.appendChild(el("li", { "class": "am-good am-pos-ok", text: t("pos.ok") }));
    }
  }

  function markNode(c) {
    var b = baseNode[c], m = position[c];
    var color = Object.assign({}, b.color);
    var label = b.label;
    var bw = b.borderWidth;
    if (m === "accept") { color.border = "#0d47a1"; label = "+ " + label; bw = Math.max(bw, 5); }
    if (m === "reject") { color.border = "#4e342e"; label = "– " + label; bw = Math.max(bw, 5); }
    nodes.update({ id: c, label: label, color: color, borderWidth: bw });
  }
  function setMark(c, m) {
    if (!CLAIMS[c]) { return; }
    if (m) { position[c] = m; } else { delete position[c]; }
    markNode(c);
    renderPosition();
    updateMarkButtons();
  }
  function updateMarkButtons() {
    var m = selected ? position[selected] : null;
    document.getElementById("am-pos-accept").setAttribute("aria-pressed", m === "accept" ? "true" : "false");
    document.getElementById("am-pos-reject").setAttribute("aria-pressed", m === "reject" ? "true" : "false");
  }
  document.getElementById("am-pos-accept").addEventListener("click", function () { if (selected) { setMark(selected, "accept"); } });
  document.getElementById("am-pos-reject").addEventListener("click", function () { if (selected) { setMark(selected, "reject"); } });
  document.getElementById("am-pos-clear").addEventListener("click", function () { if (selected) { setMark(selected, null); } });
  document.getElementById("am-pos-reset").addEventListener("click", function () {
    Object.keys(position).forEach(function (c) { delete position[c]; markNode(c); });
    renderPosition(); updateMarkButtons();
  });

  function yamlString(s) {
    // JSON's escapes are valid in YAML double-quoted scalars; escape what YAML also forbids
    var lone = /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g;
    return JSON.stringify(String(s).replace(lone, "$1\ufffd")).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, function (ch) {
      return "\\u" + ("0000" + ch.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  function positionYaml() {
    var acc = ids.filter(function (c) { return position[c] === "accept"; });
    var rej = ids.filter(function (c) { return position[c] === "reject"; });
    var list = function (l) { return "[" + l.map(yamlString).join(", ") + "]"; };
    return "name: " + yamlString(posName.value.trim() || t("pos.yaml-name")) + "\n" +
      "accept: " + list(acc) + "\n" + "reject: " + list(rej) + "\n";
  }
  function download(blob, filename) {
    var url = URL.createObjectURL(blob);
    var a = el("a", { href: url, download: filename });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  document.getElementById("am-pos-export").addEventListener("click", function () {
    var name = (posName.value.trim() || "position").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "position";
    download(new Blob([positionYaml()], { type: "text/yaml;charset=utf-8" }), "position-" + name + ".yaml");
  });
  window.argmap.positionYaml = positionYaml;
  window.argmap.setMark = setMark;

  // ---------------------------------------------------------------------------------------
  // balance picture: chances vs risks per topic (SVG built with DOM APIs)
  (function balance() {
    var NS = "http://www.w3.org/2000/svg";
    function svg(tag, attrs, text) {
      var e = document.createElementNS(NS, tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
      if (text !== undefined) { e.textContent = text; }
      return e;
    }
    var rows = DATA.topics.filter(function (tp) { return byTopic[tp.id]; }).map(function (tp) {
      var r = { topic: tp, o: 0, r: 0, os: 0, rs: 0 };
      byTopic[tp.id].forEach(function (c) {
        var d = CLAIMS[c];
        if (d.stance === "opportunity") { r.o++; r.os += d.strength; }
        else if (d.stance === "risk") { r.r++; r.rs += d.strength; }
      });
      return r;
    });
    var max = Math.max.apply(null, [0.0001].concat(rows.map(function (r) { return Math.max(r.os, r.rs); })));
    var W = 360, half = 115, mid = W / 2, rowH = 46, top = 28;  // room for the labels
    var root = svg("svg", { viewBox: "0 0 " + W + " " + (top + rows.length * rowH + 8), role: "img",
                            "aria-label": t("balance.title"), id: "am-balance-svg" });
    root.appendChild(svg("text", { x: mid - 6, y: 14, "text-anchor": "end", "font-size": 12, fill: DATA.colors.stance.risk }, "← " + t("stance.risk")));
    root.appendChild(svg("text", { x: mid + 6, y: 14, "font-size": 12, fill: DATA.colors.stance.opportunity }, t("stance.opportunity") + " →"));
    rows.forEach(function (r, i) {
      var y = top + i * rowH;
      var g = svg("g", { "class": "am-balance-row", "data-topic": r.topic.id });
      g.appendChild(svg("title", {}, t("balance.row", { topic: r.topic.label, o: r.o, os: fmt(r.os), r: r.r, rs: fmt(r.rs) })));
      g.appendChild(svg("text", { x: 4, y: y + 11, "font-size": 12, "font-weight": 600, fill: "#37474f" }, r.topic.label));
      var wr = half * r.rs / max, wo = half * r.os / max;
      g.appendChild(svg("rect", { x: mid - wr, y: y + 16, width: wr, height: 16, fill: DATA.colors.stance.risk, rx: 2 }));
      g.appendChild(svg("rect", { x: mid, y: y + 16, width: wo, height: 16, fill: DATA.colors.stance.opportunity, rx: 2 }));
      g.appendChild(svg("text", { x: mid - wr - 4, y: y + 28, "text-anchor": "end", "font-size": 11, fill: "#37474f" }, r.r + " · " + fmt(r.rs)));
      g.appendChild(svg("text", { x: mid + wo + 4, y: y + 28, "font-size": 11, fill: "#37474f" }, r.o + " · " + fmt(r.os)));
      root.appendChild(g);
    });
    root.appendChild(svg("line", { x1: mid, y1: top - 4, x2: mid, y2: top + rows.length * rowH, stroke: "#90a4ae", "stroke-width": 1 }));
    document.getElementById("am-balance-chart").appendChild(root);
    document.getElementById("am-balance-chart").appendChild(el("p", { "class": "am-muted", text: t("balance.count") + " · " + t("balance.strength") }));
  })();

  // ---------------------------------------------------------------------------------------
  // toolbar
  document.getElementById("am-fit").addEventListener("click", fitAll);
  document.getElementById("am-print").addEventListener("click", function () { window.print(); });
  document.getElementById("am-physics").addEventListener("click", function () {
    physicsOn = !physicsOn;
    network.setOptions({ physics: { enabled: physicsOn, stabilization: false } });
    if (!physicsOn) { placeInferences(); regionsDirty = true; network.redraw(); }
  });
  function viewPng() {
    var canvas = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width; out.height = canvas.height;
    var c2 = out.getContext("2d");
    c2.fillStyle = "#ffffff";
    c2.fillRect(0, 0, out.width, out.height);
    c2.drawImage(canvas, 0, 0);
    return out.toDataURL("image/png");
  }
  window.argmap.viewPng = viewPng;
  document.getElementById("am-png").addEventListener("click", function () {
    var a = el("a", { href: viewPng(), download: "argmap.png" });
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  // ---------------------------------------------------------------------------------------
  // start: fit, then honour a permalink #claim-id
  applyFilters();
  renderPosition();
  function fromHash() {
    var h = location.hash ? location.hash.slice(1) : "";
    var c;
    try { c = decodeURIComponent(h); } catch (e) { c = h; }
    if (c && CLAIMS[c]) { focusClaim(c, { instant: true }); return true; }
    return false;
  }
  if (!fromHash()) { fitAll(); }
  window.addEventListener("hashchange", fromHash);
  restyleEdges();
  window.argmap.ready = true;
  document.documentElement.setAttribute("data-argmap-ready", "1");
})();
