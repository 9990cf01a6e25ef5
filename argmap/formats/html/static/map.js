/* argmap — the interactive map's script.
 *
 * Safety: all data comes from the JSON block #argmap-data (or window.argmap.update(payload));
 * every user-written string is put into the page with textContent, as an attribute value set
 * through the DOM, or drawn on the canvas with fillText — never through innerHTML. Links keep
 * only http(s) URLs. No plain object is used as a dictionary of user-given keys: ids live in
 * Maps, so ids such as "__proto__" or "constructor" are ordinary ids.
 *
 * Drawing: vis-network (window.network) is the camera — canvas, pan, zoom, selection API; the
 * cards, relations, regions and marks are drawn by this script (renderer hooks below), with
 * level of detail: text cards when zoomed in, plain boxes in between, one batched path of dots
 * per stance at overview zoom; relations of large maps are hidden at overview zoom.
 */
(function () {
  "use strict";

  var VIS_MAX = 2000;        // above this many claims vis-network holds only the focus
  var VIS_SYNC = 0;          // up to this many claims vis nodes are created before "ready"
  var CHUNK = 1e9;           // one step: every DataSet change makes vis-network redraw
  var EDGE_MIN_SCALE = 0.1;  // large maps: relations hidden below this zoom
  var DOT_PX = 12;           // cards narrower than this (screen px) are drawn as dots
  var READ_PX = 16;          // the main question's answers at least this large at the start
  var TEXT_PX = 4.5;         // captions smaller than this (screen px) are not drawn
  var HASH_MAX = 512;        // longer fragments are ignored

  var has = function (obj, key) { return obj !== null && typeof obj === "object" && Object.prototype.hasOwnProperty.call(obj, key); };
  var DATA = JSON.parse(document.getElementById("argmap-data").textContent);
  var UI = DATA.ui;

  function t(key, args) {
    var s = has(UI, key) ? UI[key] : key;
    if (s !== null && typeof s === "object") {
      s = (args && args.n === 1) ? s.one : s.other;
    }
    s = String(s);
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
        if (v === null || v === undefined || v === false) { return; }
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
  function $(id) { return document.getElementById(id); }
  function safeHref(url) {
    if (typeof url !== "string") { return null; }
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function fmt(x) { return (Math.round(x * 100) / 100).toFixed(2); }
  // search folds case, umlauts (ä = ae, ß = ss) and other diacritics
  function fold(s) {
    return String(s).toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue")
      .replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  // the same without the e (ü = u), so "gunstig" finds "günstig" too
  function strip(s) {
    return String(s).toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function sparse(pairs) {
    var m = new Map();
    (pairs || []).forEach(function (p) { m.set(p[0], p[1]); });
    return m;
  }

  // =========================================================================================
  // the state built from a payload
  var S = null;
  var NONE = Object.freeze([]);   // shared empty list: most claims have no arguments
  function add(lists, i, v) { if (lists[i] === NONE) { lists[i] = []; } lists[i].push(v); }

  function buildState(d) {
    var c = d.claims, n = c.id.length, s = {
      d: d, n: n, ids: c.id, idx: new Map(), X: new Float64Array(n), Y: new Float64Array(n),
      W: new Float64Array(n), H: new Float64Array(n), F: new Float64Array(n),
      lines: new Array(n), haystack: null,
      tags: sparse(c.tags), quote: sparse(c.quote), note: sparse(c.note), answers: sparse(c.answers),
      findings: sparse(c.findings), titled: new Set(c.titled),
      out: [], inn: [], topicIdx: new Map(), sourceById: new Map(), questionIdx: new Map(),
      inf: [], infIdx: new Map(), args: d.arguments, argIdx: new Map(),
      argsOf: [], premiseOf: [], byTopic: new Map(), order: null, grid: new Map(),
      since: { label: null, isNew: new Set(), changed: new Set(), removed: [] },
      bearingOf: [], bandList: []
    };
    var card = d.cards.card, thesis = d.cards.thesis;
    for (var i = 0; i < n; i++) {
      s.idx.set(c.id[i], i);
      s.X[i] = c.x[i]; s.Y[i] = c.y[i];
      if (c.band[i]) { s.bandList.push(i); }
      var k = c.band[i] ? thesis : card;
      s.W[i] = k[0]; s.H[i] = k[1]; s.F[i] = k[2];
      s.out.push([]); s.inn.push([]); s.argsOf.push(NONE); s.premiseOf.push(NONE); s.bearingOf.push(NONE);
      var tp = c.topic[i];
      if (!s.byTopic.has(tp)) { s.byTopic.set(tp, []); }
      s.byTopic.get(tp).push(i);
    }
    d.topics.forEach(function (tp, j) { s.topicIdx.set(tp.id, j); });
    d.sources.forEach(function (src, j) { s.sourceById.set(src.id, j); });
    d.questions.forEach(function (q, j) { s.questionIdx.set(q.id, j); });
    d.inferences.forEach(function (x, j) { s.inf.push({ id: x[0], a: x[1], b: x[2], by: [] }); s.infIdx.set(x[0], j); });
    d.arguments.forEach(function (a, j) {
      s.argIdx.set(a.id, j);
      a.undercutBy = [];
      add(s.argsOf, a.conclusion, j);
      a.premises.forEach(function (p) { add(s.premiseOf, p, j); });
    });
    var R = d.relations, nInf = s.inf.length;
    s.rels = [];
    for (var r = 0; r + 2 < R.length; r += 3) {
      var u = R[r], v = R[r + 1], kind = R[r + 2];
      var rec = { u: u, v: v, k: kind, i: r / 3 };
      s.rels.push(rec);
      if (v < n) { s.out[u].push(rec); s.inn[v].push(rec); }
      else if (v < n + nInf) { s.out[u].push(rec); s.inf[v - n].by.push(u); }
      else { s.out[u].push(rec); s.args[v - n - nInf].undercutBy.push(u); }
    }
    s.notes = sparse(d.notes);
    (d.bearing || []).forEach(function (b, j) {
      ["pro", "contra", "both"].forEach(function (side) {
        b[side].forEach(function (x) { add(s.bearingOf, x, [j, side]); });
      });
    });
    if (d.since) {
      s.since.label = d.since.label;
      d.since["new"].forEach(function (id) { if (s.idx.has(id)) { s.since.isNew.add(s.idx.get(id)); } });
      d.since.changed.forEach(function (id) { if (s.idx.has(id)) { s.since.changed.add(s.idx.get(id)); } });
      s.since.removed = d.since.removed.slice();
    }
    // hit-test grid
    var G = 256;
    s.G = G;
    for (var q = 0; q < n; q++) {
      var x0 = Math.floor((s.X[q] - s.W[q] / 2) / G), x1 = Math.floor((s.X[q] + s.W[q] / 2) / G);
      var y0 = Math.floor((s.Y[q] - s.H[q] / 2) / G), y1 = Math.floor((s.Y[q] + s.H[q] / 2) / G);
      for (var gx = x0; gx <= x1; gx++) {
        for (var gy = y0; gy <= y1; gy++) {
          var key = gx * 1048576 + gy;
          if (!s.grid.has(key)) { s.grid.set(key, []); }
          s.grid.get(key).push(q);
        }
      }
    }
    return s;
  }

  function caption(i) {
    var cap = S.d.claims.caption[i];
    if (cap === null) { return S.d.claims.text[i]; }
    return typeof cap === "number" ? S.d.claims.text[i].slice(0, cap) + "…" : String(cap);
  }
  function stanceKey(i) { return S.d.vocabulary.stances[S.d.claims.stance[i]]; }
  function labelKey(i) { return S.d.vocabulary.labels[S.d.claims.label[i]]; }
  function sourceOf(i) { var j = S.d.claims.source[i]; return j >= 0 ? S.d.sources[j] : null; }
  function topicOf(i) { var j = S.d.claims.topic[i]; return j >= 0 ? S.d.topics[j] : null; }
  function authorOf(i) { var j = S.d.claims.author[i]; return j >= 0 ? S.d.authors[j] : null; }
  function kindKey(k) { return S.d.vocabulary.kinds[k]; }
  function targetsOf(i) { return S.out[i].filter(function (r) { return r.v < S.n && r.k !== 2; }).map(function (r) { return r.v; }); }
  function reasonsOf(i) { return S.inn[i].filter(function (r) { return r.k === 0; }).map(function (r) { return r.u; }); }
  function objectionsOf(i) { return S.inn[i].filter(function (r) { return r.k === 1; }).map(function (r) { return r.u; }); }
  function contradictsOf(i) {
    var a = S.out[i].filter(function (r) { return r.k === 2 && r.v < S.n; }).map(function (r) { return r.v; });
    return a.concat(S.inn[i].filter(function (r) { return r.k === 2; }).map(function (r) { return r.u; }));
  }
  function uniq(list) { var seen = new Set(); return list.filter(function (x) { if (seen.has(x)) { return false; } seen.add(x); return true; }); }

  // reading order: the band (questions' answers) first, then region by region, row by row
  function readingOrder() {
    if (S.order) { return S.order; }
    var regionRank = new Map();
    S.d.regions.forEach(function (r, j) { regionRank.set(r[0], j); });
    var order = [];
    for (var i = 0; i < S.n; i++) { order.push(i); }
    var c = S.d.claims;
    order.sort(function (a, b) {
      var ra = c.band[a] ? -1 : (regionRank.has(c.topic[a]) ? regionRank.get(c.topic[a]) : 1e9);
      var rb = c.band[b] ? -1 : (regionRank.has(c.topic[b]) ? regionRank.get(c.topic[b]) : 1e9);
      return (ra - rb) || (S.Y[a] - S.Y[b]) || (S.X[a] - S.X[b]) || (a - b);
    });
    S.order = order;
    S.rank = new Int32Array(S.n);
    order.forEach(function (x, j) { S.rank[x] = j; });
    return order;
  }

  // =========================================================================================
  // view state (kept across updates)
  var V = {
    selected: -1, other: null, cursor: -1, hood: null, visible: null, matches: null,
    position: new Map(), tab: "claim", view: "map", presentStep: -1
  };

  // =========================================================================================
  // the network (camera)
  var container = $("mynetwork");
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { dragNodes: false, hover: false, keyboard: false, multiselect: false,
                   selectConnectedEdges: false, tooltipDelay: 100000, zoomView: true, dragView: true },
    nodes: { shape: "square", size: 10, font: { size: 1 }, chosen: false },
    edges: { smooth: false, chosen: false }
  });
  window.network = network;
  var API = { data: DATA, nodes: nodes, edges: edges, ready: false };
  window.argmap = API;

  function visNodeFor(i) {
    return { id: S.ids[i], x: S.X[i], y: S.Y[i], size: S.W[i] / 2, hidden: false, kind: "claim" };
  }
  function visEdgesAll() {
    var out = [];
    S.rels.forEach(function (r) {
      var k = kindKey(r.k);
      var from = S.ids[r.u];
      var to = r.v < S.n ? S.ids[r.v] : (r.v < S.n + S.inf.length ? S.inf[r.v - S.n].id : S.args[r.v - S.n - S.inf.length].id);
      out.push({ id: k + ":" + from + ":" + to, from: from, to: to, kind: k });
    });
    S.args.forEach(function (a) {
      a.premises.forEach(function (p) { out.push({ id: "premise:" + S.ids[p] + ":" + a.id, from: S.ids[p], to: a.id, kind: "premise" }); });
      out.push({ id: "conclusion:" + a.id + ":" + S.ids[a.conclusion], from: a.id, to: S.ids[a.conclusion], kind: "conclusion" });
    });
    return out;
  }
  function visExtraNodes() {
    var out = [];
    S.inf.forEach(function (f) {
      out.push({ id: f.id, x: (S.X[f.a] + S.X[f.b]) / 2, y: (S.Y[f.a] + S.Y[f.b]) / 2, size: 8, kind: "inference" });
    });
    S.args.forEach(function (a) { out.push({ id: a.id, x: a.x, y: a.y, size: 8, kind: "argument" }); });
    S.d.questions.forEach(function (q) { out.push({ id: q.id, x: q.x, y: q.y, size: S.d.cards.question[0] / 2, kind: "question" }); });
    return out;
  }
  var visToken = 0, visFull = false;  // visFull: vis holds every claim of the state S
  // "complete" once vis holds what it should, by whichever fill got there (an update made
  // before the first fill ended replaces it)
  function visComplete(done) {
    API.complete = true;
    document.documentElement.setAttribute("data-argmap-complete", "1");
    if (done) { done(); }
  }
  function fillVis(done) {
    var token = ++visToken;
    visFull = false;
    nodes.clear(); edges.clear(); visHidden.clear();
    if (S.n > VIS_MAX) { visComplete(done); return; }
    var next = 0;
    function step() {
      if (token !== visToken) { return; }
      var batch = [];
      for (var k = 0; k < CHUNK * 4 && next < S.n; k++, next++) { batch.push(visNodeFor(next)); }
      nodes.add(batch);
      if (next < S.n) { setTimeout(step, 0); return; }
      nodes.add(visExtraNodes());
      var all = visEdgesAll(), e = 0;
      (function edgeStep() {
        if (token !== visToken) { return; }
        edges.add(all.slice(e, e + CHUNK * 8));
        e += CHUNK * 8;
        if (e < all.length) { setTimeout(edgeStep, 0); return; }
        visFull = true;
        syncVisHidden(true);
        if (V.selected >= 0 && nodes.get(S.ids[V.selected])) { network.selectNodes([S.ids[V.selected]], false); }
        visComplete(done);
      })();
    }
    if (S.n <= VIS_SYNC) {
      var all = [];
      for (var i = 0; i < S.n; i++) { all.push(visNodeFor(i)); }
      nodes.add(all.concat(visExtraNodes()));
      edges.add(visEdgesAll());
      visComplete(done);
    } else if (window.requestIdleCallback) {  // when the page is idle, after the first paint
      requestAnimationFrame(function () { window.requestIdleCallback(step, { timeout: 1500 }); });
    } else { requestAnimationFrame(function () { setTimeout(step, 200); }); }
  }
  // an update (argmap serve): change only the vis items that differ, so that a save that
  // changes texts costs vis-network nothing (a refill made the next frame twice as slow)
  function patchVisSet(set, wanted, keys, onRemove) {
    var have = new Map(), add = [], upd = [], rem = [], seen = new Set();
    set.get().forEach(function (it) { have.set(it.id, it); });
    wanted.forEach(function (w) {
      seen.add(w.id);
      var h = have.get(w.id);
      if (!h) { add.push(w); return; }
      for (var k = 0; k < keys.length; k++) {
        if (h[keys[k]] !== w[keys[k]]) { upd.push(w); return; }
      }
    });
    have.forEach(function (h, id) { if (!seen.has(id)) { rem.push(id); if (onRemove) { onRemove(id); } } });
    if (rem.length) { set.remove(rem); }
    if (upd.length) { set.update(upd); }
    if (add.length) { set.add(add); }
  }
  function refreshVis(done) {
    if (!visFull || S.n > VIS_MAX) { fillVis(done); return; }
    var wanted = [];
    for (var i = 0; i < S.n; i++) {
      var w = visNodeFor(i);
      delete w.hidden;  // kept as it is: syncVisHidden sets it from the filters
      wanted.push(w);
    }
    patchVisSet(nodes, wanted.concat(visExtraNodes()), ["x", "y", "size", "kind"],
                function (id) { visHidden["delete"](id); });
    patchVisSet(edges, visEdgesAll(), ["from", "to", "kind"], null);
    if (done) { done(); }
  }
  // large maps: vis-network holds the selected claim and its neighbours only
  function focusVis() {
    if (S.n <= VIS_MAX) { return; }
    nodes.clear();
    if (V.selected < 0) { return; }
    var list = [V.selected];
    if (V.hood) { V.hood.forEach(function (x) { if (x !== V.selected) { list.push(x); } }); }
    nodes.add(list.slice(0, 2000).map(visNodeFor));
  }
  var visHidden = new Map();
  function syncVisHidden(force) {
    if (S.n > VIS_MAX || (!V.visible && !visHidden.size)) { return; }
    var updates = [];
    for (var i = 0; i < S.n; i++) {
      var hide = V.visible ? !V.visible[i] : false, id = S.ids[i];
      if (force || visHidden.get(id) !== hide) {
        if (nodes.get(id)) { updates.push({ id: id, hidden: hide }); visHidden.set(id, hide); }
      }
    }
    if (updates.length) { nodes.update(updates); }
  }

  // =========================================================================================
  // drawing
  function voc() { return S.d.vocabulary; }
  function rgba(hex, alpha) {
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex || "");
    if (!m) { return "rgba(117,117,117," + alpha + ")"; }
    var h = m[1].length === 3 ? m[1].replace(/(.)/g, "$1$1") : m[1];
    return "rgba(" + parseInt(h.slice(0, 2), 16) + "," + parseInt(h.slice(2, 4), 16) + "," +
      parseInt(h.slice(4, 6), 16) + "," + alpha + ")";
  }
  function darken(hex, f) {
    var m = /^#([0-9a-f]{6})$/i.exec(hex || "");
    if (!m) { return "#37474f"; }
    var v = parseInt(m[1], 16), r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
    var k = function (x) { return Math.max(0, Math.min(255, Math.round(x * f))); };
    return "rgb(" + k(r) + "," + k(g) + "," + k(b) + ")";
  }
  function roundRect(ctx, x, y, w, h, r) {
    ctx.beginPath();
    ctx.moveTo(x + r, y); ctx.lineTo(x + w - r, y); ctx.quadraticCurveTo(x + w, y, x + w, y + r);
    ctx.lineTo(x + w, y + h - r); ctx.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
    ctx.lineTo(x + r, y + h); ctx.quadraticCurveTo(x, y + h, x, y + h - r);
    ctx.lineTo(x, y + r); ctx.quadraticCurveTo(x, y, x + r, y); ctx.closePath();
  }
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

  // wrap text into at most `max` lines of width w (long words are broken)
  function wrap(ctx, text, w, max) {
    var words = String(text).split(/\s+/).filter(Boolean), lines = [], line = "";
    function push(l) { lines.push(l); }
    for (var j = 0; j < words.length && lines.length < max; j++) {
      var word = words[j];
      while (ctx.measureText(word).width > w && lines.length < max) {
        var cut = Math.max(1, Math.floor(word.length * w / ctx.measureText(word).width) - 1);
        if (line) { push(line); line = ""; if (lines.length >= max) { break; } }
        push(word.slice(0, cut)); word = word.slice(cut);
      }
      if (lines.length >= max) { break; }
      var tryLine = line ? line + " " + word : word;
      if (ctx.measureText(tryLine).width <= w) { line = tryLine; }
      else { push(line); line = word; }
    }
    if (line && lines.length < max) { push(line); }
    var full = words.join(" ");
    if (lines.join(" ").length < full.length && lines.length) {
      var last = lines[lines.length - 1];
      while (last.length && ctx.measureText(last + "…").width > w) { last = last.slice(0, -1); }
      lines[lines.length - 1] = last.replace(/\s+$/, "") + "…";
    }
    return lines;
  }

  function viewRectOf(scale, cx, cy, w, h) {
    return [cx - w / 2 / scale, cy - h / 2 / scale, cx + w / 2 / scale, cy + h / 2 / scale];
  }
  function currentFrame() {
    var scale = network.getScale(), p = network.getViewPosition();
    var w = container.clientWidth || 800, h = container.clientHeight || 600;
    return { scale: scale, rect: viewRectOf(scale, p.x, p.y, w + 40, h + 40) };
  }

  function isVisible(i) { return !V.visible || V.visible[i] === 1; }
  function isDim(i) { return V.hood !== null && !V.hood.has(i); }

  function drawRegions(ctx, frame) {
    var scale = frame.scale, rect = frame.rect;
    S.d.regions.forEach(function (r) {
      var tp = S.d.topics[r[0]], members = S.byTopic.get(r[0]) || [];
      if (V.visible && !members.some(isVisible)) { return; }
      if (r[1] > rect[2] || r[1] + r[3] < rect[0] || r[2] > rect[3] || r[2] + r[4] < rect[1]) { return; }
      var color = tp ? tp.color : "#757575";
      ctx.save();
      ctx.fillStyle = rgba(color, 0.045);
      ctx.strokeStyle = rgba(color, 0.5);
      ctx.lineWidth = Math.max(2, 1.2 / scale);
      roundRect(ctx, r[1], r[2], r[3], r[4], 22);
      ctx.fill(); ctx.stroke();
      ctx.fillStyle = darken(color, 0.75);
      var size = Math.max(26, 14 / scale);
      ctx.font = "600 " + size + "px " + FONT;
      var label = tp ? tp.label : "";
      var wText = ctx.measureText(label).width;
      if (wText > r[3] - 36) { size = Math.max(8, size * (r[3] - 36) / wText); ctx.font = "600 " + size + "px " + FONT; }
      ctx.textBaseline = "top";
      ctx.fillText(label, r[1] + 18, r[2] + 14);
      ctx.restore();
    });
  }

  function borderPoint(i, tx, ty) {
    // where the line from card i's centre towards (tx, ty) leaves the card
    var x = S.X[i], y = S.Y[i], dx = tx - x, dy = ty - y, hw = S.W[i] / 2 + 3, hh = S.H[i] / 2 + 3;
    if (dx === 0 && dy === 0) { return [x, y]; }
    var s = Math.min(dx !== 0 ? hw / Math.abs(dx) : Infinity, dy !== 0 ? hh / Math.abs(dy) : Infinity);
    return [x + dx * s, y + dy * s];
  }
  function head(ctx, kind, x, y, ang, size) {
    var c = Math.cos(ang), s = Math.sin(ang);
    if (kind === "tee") {
      // a bar across the line, set back a little: "⊣"
      var bx = x - c * size * 0.25, by = y - s * size * 0.25;
      ctx.moveTo(bx - s * size * 0.75, by + c * size * 0.75);
      ctx.lineTo(bx + s * size * 0.75, by - c * size * 0.75);
      ctx.lineTo(bx + s * size * 0.75 - c * size * 0.35, by - c * size * 0.75 - s * size * 0.35);
      ctx.lineTo(bx - s * size * 0.75 - c * size * 0.35, by + c * size * 0.75 - s * size * 0.35);
      ctx.closePath();
    } else if (kind === "diamond") {
      ctx.moveTo(x, y); ctx.lineTo(x - c * size * 0.6 - s * size * 0.4, y - s * size * 0.6 + c * size * 0.4);
      ctx.lineTo(x - c * size * 1.2, y - s * size * 1.2); ctx.lineTo(x - c * size * 0.6 + s * size * 0.4, y - s * size * 0.6 - c * size * 0.4);
      ctx.closePath();
    } else {
      ctx.moveTo(x, y);
      ctx.lineTo(x - c * size - s * size * 0.5, y - s * size + c * size * 0.5);
      ctx.lineTo(x - c * size + s * size * 0.5, y - s * size - c * size * 0.5);
      ctx.closePath();
    }
  }
  function segVisible(rect, x0, y0, x1, y1) {
    return !(Math.max(x0, x1) < rect[0] || Math.min(x0, x1) > rect[2] || Math.max(y0, y1) < rect[1] || Math.min(y0, y1) > rect[3]);
  }
  function infPoint(f) { return [(S.X[f.a] + S.X[f.b]) / 2, (S.Y[f.a] + S.Y[f.b]) / 2]; }

  function drawRelations(ctx, frame) {
    var scale = frame.scale, rect = frame.rect, vo = voc().relation;
    var lw = Math.max(2, 1.1 / scale), hs = Math.max(12, 7 / scale);
    var hideAll = S.d.large && scale < EDGE_MIN_SCALE;
    var groups = [[], [], [], []];   // per kind: [x0, y0, x1, y1, ang, dim]
    var rels = S.rels;
    if (hideAll) { rels = V.selected >= 0 ? S.out[V.selected].concat(S.inn[V.selected]) : []; }
    rels.forEach(function (r) {
      var u = r.u, v = r.v;
      if (!isVisible(u)) { return; }
      var tx, ty, end;
      if (v < S.n) {
        if (!isVisible(v)) { return; }
        tx = S.X[v]; ty = S.Y[v];
      } else if (v < S.n + S.inf.length) {
        var f = S.inf[v - S.n];
        if (!isVisible(f.a) || !isVisible(f.b)) { return; }
        var p = infPoint(f); tx = p[0]; ty = p[1]; end = p;
      } else {
        var a = S.args[v - S.n - S.inf.length]; tx = a.x; ty = a.y; end = [a.x, a.y];
      }
      var touches = V.selected >= 0 && (u === V.selected || v === V.selected);
      if (hideAll && !touches) { return; }
      if (!segVisible(rect, S.X[u], S.Y[u], tx, ty)) { return; }
      var s0 = borderPoint(u, tx, ty), s1 = end || borderPoint(v, S.X[u], S.Y[u]);
      var dim = V.hood !== null && !(V.hood.has(u) && (v >= S.n || V.hood.has(v)));
      groups[r.k].push([s0[0], s0[1], s1[0], s1[1], Math.atan2(s1[1] - s0[1], s1[0] - s0[0]), dim]);
    });
    groups.forEach(function (list, k) {
      if (!list.length) { return; }
      var color = vo.color[k], dashes = vo.dashes[k], both = vo.both[k];
      var headKind = k === 3 ? "tee" : vo.head[k] === "tee" ? "tee" : "arrow";
      [false, true].forEach(function (dimPass) {
        var items = list.filter(function (e) { return e[5] === dimPass; });
        if (!items.length) { return; }
        ctx.save();
        ctx.globalAlpha = dimPass ? 0.12 : 1;
        ctx.strokeStyle = color; ctx.fillStyle = color; ctx.lineWidth = k === 1 ? lw * 1.25 : lw;
        ctx.setLineDash(dashes.map(function (x) { return x * lw; }));
        ctx.beginPath();
        items.forEach(function (e) { ctx.moveTo(e[0], e[1]); ctx.lineTo(e[2], e[3]); });
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.beginPath();
        items.forEach(function (e) {
          head(ctx, headKind, e[2], e[3], e[4], hs);
          if (both) { head(ctx, headKind, e[0], e[1], e[4] + Math.PI, hs); }
        });
        ctx.fill();
        ctx.restore();
      });
    });
    // undercut relations: a diamond on the line they deny
    if (!hideAll) {
      S.inf.forEach(function (f) {
        if (!isVisible(f.a) || !isVisible(f.b)) { return; }
        var p = infPoint(f);
        if (p[0] < rect[0] || p[0] > rect[2] || p[1] < rect[1] || p[1] > rect[3]) { return; }
        ctx.save();
        ctx.fillStyle = "#ffd180"; ctx.strokeStyle = vo.color[3]; ctx.lineWidth = lw;
        var r = Math.max(10, 6 / scale);
        ctx.beginPath(); ctx.moveTo(p[0], p[1] - r); ctx.lineTo(p[0] + r, p[1]); ctx.lineTo(p[0], p[1] + r); ctx.lineTo(p[0] - r, p[1]); ctx.closePath();
        ctx.fill(); ctx.stroke(); ctx.restore();
      });
    }
    drawArguments(ctx, frame, hideAll, lw, hs);
  }

  function drawArguments(ctx, frame, hideAll, lw, hs) {
    if (!S.args.length) { return; }
    var scale = frame.scale, color = voc().relation.color[0];
    S.args.forEach(function (a) {
      var c = a.conclusion;
      if (!isVisible(c) || !a.premises.every(isVisible)) { return; }
      var touches = V.selected === c || a.premises.indexOf(V.selected) >= 0;
      if (hideAll && !touches) { return; }
      var dim = V.hood !== null && !touches && !(V.hood.has(c));
      ctx.save();
      ctx.globalAlpha = dim ? 0.12 : 1;
      ctx.strokeStyle = color; ctx.fillStyle = color; ctx.lineWidth = lw;
      ctx.beginPath();
      a.premises.forEach(function (p) {
        var s0 = borderPoint(p, a.x, a.y);
        ctx.moveTo(s0[0], s0[1]); ctx.lineTo(a.x, a.y);
      });
      var e = borderPoint(c, a.x, a.y);
      ctx.moveTo(a.x, a.y); ctx.lineTo(e[0], e[1]);
      ctx.stroke();
      ctx.beginPath(); head(ctx, "arrow", e[0], e[1], Math.atan2(e[1] - a.y, e[0] - a.x), hs); ctx.fill();
      // the inference node: premises join here ("together")
      var r = Math.max(9, 5 / scale);
      ctx.beginPath(); ctx.arc(a.x, a.y, r, 0, 2 * Math.PI);
      ctx.fillStyle = "#ffffff"; ctx.fill(); ctx.lineWidth = lw * 1.2; ctx.stroke();
      ctx.beginPath(); ctx.arc(a.x, a.y, r * 0.45, 0, 2 * Math.PI); ctx.fillStyle = color; ctx.fill();
      var fs = Math.max(12, 9 / scale);
      if (a.label !== null && a.label !== undefined && fs * scale >= TEXT_PX) {
        var li = voc().labels.indexOf(a.label);
        ctx.fillStyle = "#263238"; ctx.font = "700 " + fs + "px " + FONT; ctx.textBaseline = "middle";
        ctx.fillText(li >= 0 ? voc().verdict.mark[li] : "", a.x + r * 1.4, a.y);
      }
      if (a.title && fs * scale >= TEXT_PX && scale > 0.3) {
        ctx.fillStyle = "#37474f"; ctx.font = "italic " + fs + "px " + FONT; ctx.textBaseline = "middle";
        var label = a.title.length > 40 ? a.title.slice(0, 39) + "…" : a.title;
        ctx.fillText(label, a.x + r * 1.4 + fs * 1.2, a.y);
      }
      ctx.restore();
    });
  }

  function drawDots(ctx, rect) {
    var st = S.d.claims.stance, band = S.d.claims.band, fill = voc().stance.fill, vis = V.visible;
    var paths = fill.map(function () { return new Path2D(); });
    var x0 = rect[0] - 200, x1 = rect[2] + 200, y0 = rect[1] - 200, y1 = rect[3] + 200;
    var w = S.d.cards.card[0], h = S.d.cards.card[1];
    for (var i = 0; i < S.n; i++) {
      if (band[i] || (vis && !vis[i])) { continue; }
      var x = S.X[i], y = S.Y[i];
      if (x < x0 || x > x1 || y < y0 || y > y1) { continue; }
      paths[st[i]].rect(x - w / 2, y - h / 2, w, h);
    }
    ctx.globalAlpha = V.hood ? 0.35 : 1;
    paths.forEach(function (p, s) { ctx.fillStyle = fill[s]; ctx.fill(p); });
    ctx.globalAlpha = 1;
  }

  function drawCards(ctx, frame) {
    var scale = frame.scale, rect = frame.rect;
    var dots = S.d.cards.card[0] * scale < DOT_PX;
    if (dots) { drawDots(ctx, rect); }
    var later = [], list = null;
    if (dots) { list = S.bandList.slice(); if (V.selected >= 0) { list.push(V.selected); } if (V.cursor >= 0) { list.push(V.cursor); } }
    for (var k = 0, end = list ? list.length : S.n; k < end; k++) {
      var i = list ? list[k] : k;
      if (!isVisible(i)) { continue; }
      var x = S.X[i], y = S.Y[i], w2 = S.W[i] / 2, h2 = S.H[i] / 2;
      if (x + w2 < rect[0] || x - w2 > rect[2] || y + h2 < rect[1] || y - h2 > rect[3]) { continue; }
      if (i === V.selected || i === V.cursor) { later.push(i); continue; }
      drawCard(ctx, i, scale);
    }
    later.forEach(function (j) { drawCard(ctx, j, scale); });
    S.d.questions.forEach(function (q) { drawQuestion(ctx, q, scale); });
  }

  function badgeText(ctx, text, x, y, fs, bg, fg) {
    ctx.font = "700 " + fs + "px " + FONT;
    var w = ctx.measureText(text).width + fs * 0.7;
    roundRect(ctx, x, y, w, fs * 1.35, fs * 0.3);
    ctx.fillStyle = bg; ctx.fill();
    ctx.fillStyle = fg; ctx.textBaseline = "middle";
    ctx.fillText(text, x + fs * 0.35, y + fs * 0.7);
    return w;
  }

  function drawCard(ctx, i, scale) {
    var vo = voc(), c = S.d.claims;
    var w = S.W[i], h = S.H[i], f = S.F[i], x = S.X[i] - w / 2, y = S.Y[i] - h / 2;
    var st = c.stance[i], lb = c.label[i], r = f * 0.55;
    var selected = i === V.selected, cursor = i === V.cursor;
    ctx.save();
    ctx.globalAlpha = isDim(i) ? 0.18 : 1;
    var mark = V.position.get(i);
    if (mark || selected || cursor || (V.matches && V.matches.has(i))) {
      var ring = selected ? "#1565c0" : cursor ? "#6a1b9a" : mark === "accept" ? "#0d47a1" : mark === "reject" ? "#4e342e" : "#ffb300";
      roundRect(ctx, x - f * 0.45, y - f * 0.45, w + f * 0.9, h + f * 0.9, r + f * 0.4);
      ctx.lineWidth = f * (selected || mark ? 0.4 : 0.3);
      ctx.setLineDash(mark === "reject" && !selected ? [f * 0.6, f * 0.3] : []);
      ctx.strokeStyle = ring; ctx.stroke(); ctx.setLineDash([]);
    }
    if (S.findings.has(i)) {  // an orange halo (a stroke, not a shadow: shadows are slow)
      roundRect(ctx, x - f * 0.25, y - f * 0.25, w + f * 0.5, h + f * 0.5, r + f * 0.2);
      ctx.lineWidth = f * 0.5; ctx.strokeStyle = "rgba(255,143,0,0.85)"; ctx.stroke();
    }
    roundRect(ctx, x, y, w, h, r);
    ctx.fillStyle = vo.stance.tint[st];
    ctx.fill();
    if (w * scale < 30) {
      ctx.fillStyle = vo.stance.fill[st]; ctx.fill();
      ctx.restore(); return;
    }
    // stance stripe on the left
    ctx.save(); ctx.clip();
    ctx.fillStyle = vo.stance.fill[st];
    ctx.fillRect(x, y, f * 0.5, h);
    var tp = topicOf(i);
    if (c.band[i] && tp) { ctx.fillStyle = tp.color; ctx.fillRect(x, y + h - f * 0.35, w, f * 0.35); }
    ctx.restore();
    // border: the verdict (solid, dashed, dotted)
    roundRect(ctx, x, y, w, h, r);
    var bw = vo.verdict.width[lb] * f / 14;
    ctx.lineWidth = bw;
    ctx.setLineDash(vo.verdict.dashes[lb].map(function (d) { return d * bw * 1.2; }));
    ctx.strokeStyle = "#263238"; ctx.stroke(); ctx.setLineDash([]);
    if (f * scale < TEXT_PX) { ctx.restore(); return; }
    // top row: stance symbol, verdict mark, source badge, findings, new/changed
    var fs = f * 0.78, top = y + f * 0.35, left = x + f * 0.8;
    ctx.beginPath(); ctx.arc(left + fs * 0.6, top + fs * 0.65, fs * 0.62, 0, 2 * Math.PI);
    ctx.fillStyle = vo.stance.fill[st]; ctx.fill();
    ctx.fillStyle = "#ffffff"; ctx.font = "700 " + (fs * 1.05) + "px " + FONT; ctx.textAlign = "center"; ctx.textBaseline = "middle";
    ctx.fillText(vo.stance.symbol[st], left + fs * 0.6, top + fs * 0.7);
    ctx.textAlign = "left";
    ctx.fillStyle = "#263238"; ctx.font = "700 " + fs * 1.1 + "px " + FONT;
    ctx.fillText(vo.verdict.mark[lb], left + fs * 1.6, top + fs * 0.7);
    var bx = left + fs * 2.7;
    var src = sourceOf(i);
    if (src) { bx += badgeText(ctx, src.badge, bx, top, fs * 0.8, "#37474f", "#ffffff") + fs * 0.3; }
    if (S.since.isNew.has(i)) { bx += badgeText(ctx, t("since.badge.new"), bx, top, fs * 0.8, "#6a1b9a", "#ffffff") + fs * 0.3; }
    else if (S.since.changed.has(i)) { bx += badgeText(ctx, t("since.badge.changed"), bx, top, fs * 0.8, "#4527a0", "#ffffff") + fs * 0.3; }
    if (S.findings.has(i)) {
      ctx.fillStyle = "#bf360c"; ctx.font = "700 " + fs * 1.1 + "px " + FONT; ctx.textAlign = "right";
      ctx.fillText("⚠", x + w - f * 0.5, top + fs * 0.7); ctx.textAlign = "left";
    }
    if (mark) {
      ctx.fillStyle = mark === "accept" ? "#0d47a1" : "#4e342e"; ctx.font = "700 " + fs + "px " + FONT; ctx.textAlign = "right";
      ctx.fillText(t(mark === "accept" ? "pos.mark.accept" : "pos.mark.reject"), x + w - f * 1.8, top + fs * 0.7); ctx.textAlign = "left";
    }
    // the caption
    ctx.font = (c.band[i] ? "600 " : "") + f + "px " + FONT;
    if (!S.lines[i]) { S.lines[i] = wrap(ctx, caption(i), w - f * 1.6, c.band[i] ? S.d.cards.thesis[3] : S.d.cards.card[3]); }
    ctx.fillStyle = "#1a1a1a"; ctx.textBaseline = "top";
    var ly = y + f * 1.75;
    S.lines[i].forEach(function (line) { ctx.fillText(line, x + f * 0.85, ly); ly += f * 1.25; });
    ctx.restore();
  }

  function drawQuestion(ctx, q, scale) {
    var k = S.d.cards.question, w = k[0], h = k[1], f = k[2], x = q.x - w / 2, y = q.y - h / 2;
    ctx.save();
    ctx.globalAlpha = V.hood ? 0.5 : 1;
    roundRect(ctx, x, y, w, h, f * 0.6);
    ctx.fillStyle = "#1a237e"; ctx.fill();
    if (V.other && V.other.type === "question" && V.other.id === q.id) { ctx.lineWidth = f * 0.3; ctx.strokeStyle = "#ffb300"; ctx.stroke(); }
    if (f * scale >= TEXT_PX) {
      ctx.font = "700 " + f * 1.6 + "px " + FONT; ctx.fillStyle = "#ffd54f"; ctx.textBaseline = "middle";
      ctx.fillText("?", x + f * 0.8, q.y);
      ctx.font = "600 " + f + "px " + FONT; ctx.fillStyle = "#ffffff"; ctx.textBaseline = "top";
      if (!q._lines) { q._lines = wrap(ctx, q.caption, w - f * 3.4, k[3]); }
      var ly = q.y - q._lines.length * f * 1.25 / 2;
      q._lines.forEach(function (line) { ctx.fillText(line, x + f * 2.6, ly); ly += f * 1.25; });
    }
    ctx.restore();
  }

  function drawScene(ctx, frame) {
    drawRegions(ctx, frame);
    drawRelations(ctx, frame);
    drawCards(ctx, frame);
  }
  var frameTimes = [];
  network.on("beforeDrawing", function (ctx) {
    if (!S) { return; }
    var t0 = performance.now();
    drawScene(ctx, currentFrame());
    frameTimes.push(performance.now() - t0);
    if (frameTimes.length > 50) { frameTimes.shift(); }
  });
  var R = network.renderer;
  R._drawNodes = function () { return { drawExternalLabels: null }; };
  R._drawEdges = function () {};
  R._drawArrows = function () {};
  API.frameTimes = frameTimes;

  // =========================================================================================
  // hit testing, tooltip
  function hit(px, py) {
    var key = Math.floor(px / S.G) * 1048576 + Math.floor(py / S.G), list = S.grid.get(key) || [];
    var best = -1;
    list.forEach(function (i) {
      if (!isVisible(i)) { return; }
      if (Math.abs(px - S.X[i]) <= S.W[i] / 2 && Math.abs(py - S.Y[i]) <= S.H[i] / 2) { best = i; }
    });
    if (best >= 0) { return { type: "claim", i: best }; }
    var scale = network.getScale(), rad = Math.max(12, 8 / scale);
    for (var j = 0; j < S.args.length; j++) {
      var a = S.args[j];
      if (Math.abs(px - a.x) <= rad && Math.abs(py - a.y) <= rad) { return { type: "argument", j: j, id: a.id }; }
    }
    for (var k = 0; k < S.inf.length; k++) {
      var p = infPoint(S.inf[k]);
      if (Math.abs(px - p[0]) <= rad && Math.abs(py - p[1]) <= rad) { return { type: "inference", j: k, id: S.inf[k].id }; }
    }
    var qk = S.d.cards.question;
    for (var q = 0; q < S.d.questions.length; q++) {
      var Q = S.d.questions[q];
      if (Math.abs(px - Q.x) <= qk[0] / 2 && Math.abs(py - Q.y) <= qk[1] / 2) { return { type: "question", j: q, id: Q.id }; }
    }
    return null;
  }
  var tip = $("am-tip"), tipTimer = null;
  function hideTip() { clearTimeout(tipTimer); tip.hidden = true; }
  function tipText(h) {
    if (h.type === "claim") {
      var i = h.i, src = sourceOf(i), tp = topicOf(i);
      return [S.d.claims.text[i], t("stance." + stanceKey(i)) + " · " + t("label." + labelKey(i)) + " · " +
        t("panel.strength") + " " + fmt(S.d.claims.strength[i]), tp ? tp.label : "", src ? src.title : "", S.ids[i]]
        .filter(Boolean).join("\n");
    }
    if (h.type === "argument") { var a = S.args[h.j]; return (a.title || t("argument.untitled")) + "\n" + a.id; }
    if (h.type === "question") { return S.d.questions[h.j].text; }
    var f = S.inf[h.j]; return t("panel.inference") + ": " + S.ids[f.a] + " → " + S.ids[f.b];
  }
  container.addEventListener("mousemove", function (ev) {
    if (!S) { return; }
    var r = container.getBoundingClientRect();
    var p = network.DOMtoCanvas({ x: ev.clientX - r.left, y: ev.clientY - r.top });
    var h = hit(p.x, p.y);
    container.style.cursor = h ? "pointer" : "";
    clearTimeout(tipTimer);
    if (!h) { tip.hidden = true; return; }
    tipTimer = setTimeout(function () {
      tip.textContent = tipText(h);
      tip.hidden = false;
      var x = ev.clientX + 14, y = ev.clientY + 14;
      var tw = tip.offsetWidth, th = tip.offsetHeight;
      if (x + tw > window.innerWidth - 4) { x = Math.max(4, ev.clientX - tw - 10); }
      if (y + th > window.innerHeight - 4) { y = Math.max(4, ev.clientY - th - 10); }
      tip.style.left = x + "px"; tip.style.top = y + "px";
    }, 250);
  });
  ["mouseleave", "mousedown", "wheel", "touchstart"].forEach(function (ev) { container.addEventListener(ev, hideTip, { passive: true }); });
  window.addEventListener("blur", hideTip);
  window.addEventListener("keydown", hideTip);
  window.addEventListener("scroll", hideTip, true);
  function leaveStart() { hideTip(); $("am-start-hint").hidden = true; }
  network.on("dragStart", leaveStart);
  network.on("zoom", leaveStart);

  network.on("click", function (p) {
    if (!S) { return; }
    var h = hit(p.pointer.canvas.x, p.pointer.canvas.y);
    if (!h) { if (V.selected >= 0 || V.other) { deselect(); } return; }
    if (h.type === "claim") { select(h.i, { keepTab: true }); }
    else { selectOther(h); }
  });
  network.on("doubleClick", function (p) {
    var h = S && hit(p.pointer.canvas.x, p.pointer.canvas.y);
    if (h && h.type === "claim") { centerOn(h.i, 1.1); }
  });

  // =========================================================================================
  // camera
  function animate() { return S.n > 2000 ? false : { duration: 300, easingFunction: "easeInOutQuad" }; }
  // every camera move but the start view's leaves the start view (and its hint)
  function moveCamera(opts) { $("am-start-hint").hidden = true; network.moveTo(opts); }
  function fitBox(x0, y0, x1, y1, anim) {
    var w = container.clientWidth || 800, h = container.clientHeight || 600;
    var scale = Math.min(w / (x1 - x0 + 60), h / (y1 - y0 + 60), 1.6);
    moveCamera({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale, animation: anim ? animate() : false });
  }
  function fitAll(anim) {
    if (!V.visible) { var b = S.d.bounds; fitBox(b[0], b[1], b[2], b[3], anim); return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (var i = 0; i < S.n; i++) {
      if (!V.visible[i]) { continue; }
      x0 = Math.min(x0, S.X[i] - S.W[i] / 2); x1 = Math.max(x1, S.X[i] + S.W[i] / 2);
      y0 = Math.min(y0, S.Y[i] - S.H[i] / 2); y1 = Math.max(y1, S.Y[i] + S.H[i] / 2);
    }
    if (x0 === Infinity) { var bb = S.d.bounds; fitBox(bb[0], bb[1], bb[2], bb[3], anim); return; }
    fitBox(x0, y0, x1, y1, anim);
  }
  // the page's own fit: the whole map when the main question's answers are readable in it;
  // on a larger map the main question and its answers, framed, with a hint that "Alles
  // zeigen" shows the whole (a whole too large to read helps nobody on a projector)
  function mainBox() {
    if (!S.d.questions.length) { return null; }
    var q = S.d.questions[0], k = S.d.cards.question;
    var x0 = q.x - k[0] / 2, y0 = q.y - k[1] / 2, x1 = q.x + k[0] / 2, y1 = q.y + k[1] / 2, n = 0;
    S.bandList.forEach(function (i) {
      if ((S.answers.get(i) || [])[0] !== 0) { return; }
      n++;
      x0 = Math.min(x0, S.X[i] - S.W[i] / 2); x1 = Math.max(x1, S.X[i] + S.W[i] / 2);
      y0 = Math.min(y0, S.Y[i] - S.H[i] / 2); y1 = Math.max(y1, S.Y[i] + S.H[i] / 2);
    });
    return n ? [x0, y0, x1, y1] : null;
  }
  function fitStart(anim) {
    var w = container.clientWidth || 800, h = container.clientHeight || 600, b = S.d.bounds;
    var whole = Math.min(w / (b[2] - b[0] + 60), h / (b[3] - b[1] + 60), 1.6);
    var m = mainBox(), font = S.d.cards.thesis[2];
    if (!m || V.visible || font * whole >= READ_PX) { fitAll(anim); return; }
    fitBox(m[0], m[1], m[2], m[3], anim);
    $("am-start-hint").hidden = false;
  }
  function centerOn(i, minScale) {
    // close enough to read the card, never so close that a large card overflows the view
    var fitCard = Math.min((container.clientWidth || 800) / (S.W[i] * 2.2), (container.clientHeight || 600) / (S.H[i] * 2.2));
    // minScale is meant for an ordinary card; a larger card (an answer in the band) is as
    // readable at a smaller scale, and its neighbours stay in view
    var font = S.d.claims.band[i] ? S.d.cards.thesis[2] : S.d.cards.card[2];
    var want = (minScale || 0.9) * S.d.cards.card[2] / font;
    var scale = Math.min(Math.max(network.getScale(), want), Math.max(fitCard, network.getScale()));
    moveCamera({ position: { x: S.X[i], y: S.Y[i] }, scale: scale, animation: animate() });
  }
  function fitClaims(list) {
    if (!list.length) { return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    list.forEach(function (i) {
      x0 = Math.min(x0, S.X[i] - S.W[i] / 2); x1 = Math.max(x1, S.X[i] + S.W[i] / 2);
      y0 = Math.min(y0, S.Y[i] - S.H[i] / 2); y1 = Math.max(y1, S.Y[i] + S.H[i] / 2);
    });
    fitBox(x0, y0, x1, y1, true);
  }

  // =========================================================================================
  // selection and focus
  function neighbourhood(i) {
    var s = new Set([i]);
    S.out[i].forEach(function (r) {
      if (r.v < S.n) { s.add(r.v); }
      else if (r.v < S.n + S.inf.length) { var f = S.inf[r.v - S.n]; s.add(f.a); s.add(f.b); }
      else { var a = S.args[r.v - S.n - S.inf.length]; s.add(a.conclusion); a.premises.forEach(function (p) { s.add(p); }); }
    });
    S.inn[i].forEach(function (r) { s.add(r.u); });
    S.inf.forEach(function (f) { if (f.a === i || f.b === i) { f.by.forEach(function (u) { s.add(u); }); } });
    S.argsOf[i].concat(S.premiseOf[i]).forEach(function (j) {
      var a = S.args[j]; s.add(a.conclusion); a.premises.forEach(function (p) { s.add(p); });
      a.undercutBy.forEach(function (u) { s.add(u); });
    });
    return s;
  }
  function setHash(h) {
    try { history.replaceState(null, "", "#" + h); } catch (e) { /* file: URLs in some browsers */ }
  }
  function select(i, opts) {
    opts = opts || {};
    if (i < 0 || i >= S.n) { return; }
    V.selected = i; V.other = null; V.cursor = i;
    V.hood = neighbourhood(i);
    // the Position tab stays open while claims are clicked (to mark one after another)
    if (!(opts.keepTab && V.tab === "position")) { showTab("claim"); }
    showClaim(i);
    renderPositionSelection();
    if (!opts.noHash) { setHash(encodeURIComponent(S.ids[i])); }
    focusVis();
    if (nodes.get(S.ids[i])) { network.selectNodes([S.ids[i]], false); }
    if (V.filterHood) { applyFilters(false); }
    if (opts.center) { centerOn(i, opts.minScale); }
    network.redraw();
  }
  function selectOther(h) {
    V.selected = -1; V.other = h; V.hood = null;
    if (h.type === "argument") { V.hood = new Set([S.args[h.j].conclusion].concat(S.args[h.j].premises)); }
    if (h.type === "inference") { var f = S.inf[h.j]; V.hood = new Set([f.a, f.b].concat(f.by)); }
    showTab("claim");
    showOther(h);
    if (nodes.get(h.id)) { network.selectNodes([h.id], false); }
    network.redraw();
  }
  function deselect() {
    V.selected = -1; V.other = null; V.hood = null;
    network.unselectAll();
    panelEmpty.hidden = false; panelBody.hidden = true;
    renderPositionSelection();
    if (V.filterHood) { applyFilters(false); }
    network.redraw();
  }
  API.select = function (id, opts) { if (S.idx.has(id)) { select(S.idx.get(id), Object.assign({ center: true }, opts || {})); return true; } return false; };
  API.selected = function () { return V.selected >= 0 ? S.ids[V.selected] : null; };
  API.cardBox = function (id) {
    if (!S.idx.has(id)) { return null; }
    var i = S.idx.get(id), r = container.getBoundingClientRect();
    var a = network.canvasToDOM({ x: S.X[i] - S.W[i] / 2, y: S.Y[i] - S.H[i] / 2 });
    var b = network.canvasToDOM({ x: S.X[i] + S.W[i] / 2, y: S.Y[i] + S.H[i] / 2 });
    return { x: r.left + a.x, y: r.top + a.y, w: b.x - a.x, h: b.y - a.y, font: S.F[i] * network.getScale() };
  };
  API.questionBox = function (id) {
    var j = S.questionIdx.get(id);
    if (j === undefined) { return null; }
    var q = S.d.questions[j], k = S.d.cards.question, r = container.getBoundingClientRect();
    var a = network.canvasToDOM({ x: q.x - k[0] / 2, y: q.y - k[1] / 2 });
    var b = network.canvasToDOM({ x: q.x + k[0] / 2, y: q.y + k[1] / 2 });
    return { x: r.left + a.x, y: r.top + a.y, w: b.x - a.x, h: b.y - a.y, font: k[2] * network.getScale() };
  };
  API.visibleIds = function () { return S.ids.filter(function (id, i) { return isVisible(i); }); };
  API.dimmedIds = function () { return S.ids.filter(function (id, i) { return isDim(i); }); };
  API.fit = function () { fitStart(false); };
  API.fitAll = function () { fitAll(false); };

  // =========================================================================================
  // tabs and views
  var tabs = Array.prototype.slice.call(document.querySelectorAll(".am-tab"));
  function showTab(name) {
    if (!document.querySelector(".am-tab[data-tab='" + name + "']")) { return; }
    V.tab = name;
    if (S && typeof renderPane === "function") { renderPane(name); }
    tabs.forEach(function (b) {
      var on = b.getAttribute("data-tab") === name;
      b.classList.toggle("am-active", on);
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.tabIndex = on ? 0 : -1;
    });
    Array.prototype.forEach.call(document.querySelectorAll(".am-pane"), function (p) {
      var on = p.getAttribute("data-pane") === name;
      p.classList.toggle("am-active", on);
      p.hidden = !on;
    });
  }
  tabs.forEach(function (b, k) {
    b.addEventListener("click", function () { showTab(b.getAttribute("data-tab")); });
    b.addEventListener("keydown", function (ev) {
      var d = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!d) { return; }
      var vis = tabs.filter(function (x) { return !x.hidden; });
      var j = (vis.indexOf(b) + d + vis.length) % vis.length;
      showTab(vis[j].getAttribute("data-tab")); vis[j].focus(); ev.preventDefault();
    });
  });
  API.showTab = showTab;

  var viewButtons = Array.prototype.slice.call(document.querySelectorAll("button[data-view]"));
  function setView(name) {
    if (name !== "map" && name !== "outline") { return; }
    V.view = name;
    $("am-network-wrap").hidden = name !== "map";
    $("am-outline").hidden = name !== "outline";
    document.body.setAttribute("data-view", name);
    viewButtons.forEach(function (b) { b.setAttribute("aria-pressed", b.getAttribute("data-view") === name ? "true" : "false"); });
    if (name === "outline") { renderOutline(); }
    else { network.redraw(); }
  }
  viewButtons.forEach(function (b) {
    b.addEventListener("click", function () {
      setView(b.getAttribute("data-view"));
      setHash(V.view === "outline" ? "view/outline" : (V.selected >= 0 ? encodeURIComponent(S.ids[V.selected]) : "view/map"));
    });
  });
  API.setView = setView;

  // =========================================================================================
  // the claim panel
  var panelEmpty = $("am-panel-empty"), panelBody = $("am-panel-body"), facts = $("am-panel-facts");
  function claimLink(i) {
    var text = caption(i);
    return el("button", { type: "button", "class": "am-link", "data-claim": S.ids[i], title: S.ids[i], text: text,
                          onclick: function () { select(i, { center: true, keepTab: true }); } });
  }
  function linkList(list) {
    list = uniq(list);
    if (!list.length) { return document.createTextNode(t("panel.none")); }
    return el("ul", { "class": "am-links" }, list.map(function (c) { return el("li", null, [claimLink(c)]); }));
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
  function standardForm(a, withLinks) {
    var items = a.premises.map(function (p) { return el("li", null, [withLinks ? claimLink(p) : caption(p)]); });
    var box = el("div", { "class": "am-standard" }, [
      el("ol", { "class": "am-premises" }, items),
      el("div", { "class": "am-inference-line", "aria-hidden": "true" }),
      el("ol", { "class": "am-conclusion", start: a.premises.length + 1 }, [el("li", null, [withLinks ? claimLink(a.conclusion) : caption(a.conclusion)])])
    ]);
    return box;
  }
  function sourceFacts(src, quote) {
    var parts = [el("div", { text: src.title + " [" + src.badge + "]" })];
    if (src.publisher || src.date) { parts.push(el("div", { "class": "am-muted", text: [src.publisher, src.date].filter(Boolean).join(", ") })); }
    if (quote) { parts.push(el("blockquote", { "class": "am-quote", text: "„" + quote + "“" })); }
    var href = safeHref(src.url);
    if (href) { parts.push(el("a", { href: href, target: "_blank", rel: "noopener noreferrer", "class": "am-source-link", text: t("panel.link") })); }
    return parts;
  }
  function showClaim(i) {
    var c = S.d.claims;
    panelEmpty.hidden = true; panelBody.hidden = false;
    $("am-panel-id").textContent = S.ids[i];
    $("am-panel-caption").textContent = caption(i);
    $("am-panel-caption").hidden = !(S.titled.has(i) || c.caption[i] !== null);
    $("am-panel-text").textContent = c.text[i];
    clear(facts);
    fact(t("panel.stance"), el("span", { "class": "am-chip am-" + stanceKey(i), text: voc().stance.symbol[c.stance[i]] + " " + t("stance." + stanceKey(i)) }));
    var tp = topicOf(i);
    fact(t("panel.topic"), tp ? tp.label : t("topic.none"));
    fact(t("panel.verdict"), el("span", { "class": "am-chip am-" + labelKey(i), text: voc().verdict.mark[c.label[i]] + " " + t("label." + labelKey(i)) }));
    if (c.explanation[i] !== null) { fact(t("panel.explanation"), c.explanation[i]); }
    fact(t("panel.strength"), fmt(c.strength[i]) + (c.strength[i] !== c.weight[i] ? "  (" + t("panel.weight") + " " + fmt(c.weight[i]) + ")" : ""));
    var src = sourceOf(i);
    if (src) { fact(t("panel.source"), sourceFacts(src, S.quote.get(i))); }
    else if (S.quote.has(i)) { fact(t("panel.quote"), el("blockquote", { "class": "am-quote", text: S.quote.get(i) })); }
    if (authorOf(i) !== null) { fact(t("panel.author"), authorOf(i)); }
    if (S.tags.has(i)) { fact(t("panel.tags"), S.tags.get(i).map(function (x) { return el("span", { "class": "am-chip am-tag", text: S.d.tags[x] }); })); }
    if (S.note.has(i)) { fact(t("panel.note"), S.note.get(i)); }
    if (S.answers.has(i)) { fact(t("panel.answers"), S.answers.get(i).map(function (q) { return el("div", { text: S.d.questions[q].text }); })); }
    S.bearingOf[i].forEach(function (b) {
      var thesis = S.d.bearing[b[0]].thesis;
      fact(t("panel.side." + b[1]), claimLink(thesis));
    });
    fact(t("panel.supporters"), linkList(reasonsOf(i)));
    fact(t("panel.attackers"), linkList(objectionsOf(i)));
    var con = contradictsOf(i);
    if (con.length) { fact(t("panel.contradicts"), linkList(con)); }
    var sup = S.out[i].filter(function (r) { return r.k === 0 && r.v < S.n; }).map(function (r) { return r.v; });
    var att = S.out[i].filter(function (r) { return r.k === 1 && r.v < S.n; }).map(function (r) { return r.v; });
    if (sup.length) { fact(t("panel.supports"), linkList(sup)); }
    if (att.length) { fact(t("panel.attacks"), linkList(att)); }
    var und = S.out[i].filter(function (r) { return r.k === 3; });
    if (und.length) {
      fact(t("panel.undercuts"), el("ul", { "class": "am-links" }, und.map(function (r) {
        if (r.v < S.n + S.inf.length) { var f = S.inf[r.v - S.n]; return el("li", null, [claimLink(f.a), " → ", claimLink(f.b)]); }
        var a = S.args[r.v - S.n - S.inf.length]; return el("li", null, [t("argument.word") + " " + (a.title || a.id)]);
      })));
    }
    var by = [];
    S.inf.forEach(function (f) { if (f.a === i || f.b === i) { by = by.concat(f.by); } });
    if (by.length) { fact(t("panel.undercut-by"), linkList(by)); }
    S.argsOf[i].concat(S.premiseOf[i]).forEach(function (j) {
      var a = S.args[j];
      fact(t("argument.word") + (a.title ? ": " + a.title : ""), [standardForm(a, true)].concat(a.note ? [el("p", { "class": "am-muted", text: a.note })] : []));
    });
    if (S.findings.has(i)) {
      fact(t("panel.findings"), el("ul", { "class": "am-links" }, S.findings.get(i).map(function (k) {
        var f = S.d.findings[k];
        return el("li", null, [el("button", { type: "button", "class": "am-link", text: t("severity." + f.severity) + ": " + f.message,
          onclick: function () { showTab("findings"); highlightFinding(k); } })]);
      })));
    }
    if (c.file[i] >= 0) { fact(t("panel.file"), S.d.files[c.file[i]] + (c.line[i] ? ":" + c.line[i] : "")); }
    updateMarkButtons();
  }
  function showOther(h) {
    panelEmpty.hidden = true; panelBody.hidden = false;
    clear(facts);
    $("am-panel-caption").hidden = true;
    if (h.type === "argument") {
      var a = S.args[h.j];
      $("am-panel-id").textContent = a.id;
      $("am-panel-text").textContent = (a.title || t("argument.untitled"));
      fact(t("argument.standard"), standardForm(a, true));
      if (a.note) { fact(t("panel.note"), a.note); }
      if (a.author) { fact(t("panel.author"), a.author); }
      if (a.label) { var li = voc().labels.indexOf(a.label); fact(t("panel.verdict"), li >= 0 ? voc().verdict.mark[li] + " " + t("label." + a.label) : a.label); }
      if (a.undercutBy.length) { fact(t("panel.undercut-by"), linkList(a.undercutBy)); }
    } else if (h.type === "inference") {
      var f = S.inf[h.j];
      $("am-panel-id").textContent = S.ids[f.a] + " → " + S.ids[f.b];
      $("am-panel-text").textContent = t("panel.inference");
      fact(t("panel.inference"), [claimLink(f.a), " → ", claimLink(f.b)]);
      fact(t("panel.undercut-by"), linkList(f.by));
    } else if (h.type === "question") {
      var q = S.d.questions[h.j];
      $("am-panel-id").textContent = q.id;
      $("am-panel-text").textContent = q.text;
      var ans = [];
      for (var i = 0; i < S.n; i++) { if (S.answers.has(i) && S.answers.get(i).indexOf(h.j) >= 0) { ans.push(i); } }
      fact(t("panel.question-answers"), linkList(ans));
      if (q.source >= 0) { fact(t("panel.source"), sourceFacts(S.d.sources[q.source], q.quote)); }
    }
    updateMarkButtons();
  }

  // =========================================================================================
  // findings
  var findingsList = $("am-findings-list"), findingButtons = [];
  function renderFindings() {
    clear(findingsList); findingButtons = [];
    var n = S.d.findings.length;
    $("am-findings-count").textContent = "(" + n + ")";
    var bySev = { error: 0, warning: 0, info: 0 };
    S.d.findings.forEach(function (f) { if (has(bySev, f.severity)) { bySev[f.severity]++; } });
    $("am-findings-summary").textContent = n ? [t("count.errors", { n: bySev.error }), t("count.warnings", { n: bySev.warning }), t("count.infos", { n: bySev.info })].join(" · ") : "";
    if (!n) { findingsList.appendChild(el("li", { text: t("findings.none") })); }
    S.d.findings.forEach(function (f, i) {
      var b = el("button", { type: "button", "class": "am-finding am-" + f.severity, "data-finding": i, onclick: function () { highlightFinding(i); } },
        [el("span", { "class": "am-sev", text: t("severity." + f.severity) }), f.message,
         el("span", { "class": "am-muted am-block", text: f.code + (f.claims.length ? " · " + f.claims.join(", ") : "") })]);
      findingButtons.push(b);
      findingsList.appendChild(el("li", null, [b]));
    });
  }
  function highlightFinding(k) {
    var f = S.d.findings[k];
    var list = uniq(f.claims.concat(f.path)).filter(function (id) { return S.idx.has(id); }).map(function (id) { return S.idx.get(id); });
    if (list.some(function (i) { return !isVisible(i); })) { resetFilters(); }
    findingButtons.forEach(function (b, j) { b.classList.toggle("am-current", j === k); });
    V.hood = new Set(list);
    V.selected = list.length === 1 ? list[0] : -1;
    var es = [];
    var pathIdx = f.path.filter(function (id) { return S.idx.has(id); });
    for (var j = 0; j + 1 < pathIdx.length; j++) { es = es.concat(edgesBetween(pathIdx[j], pathIdx[j + 1])); }
    if (pathIdx.length > 2) { es = es.concat(edgesBetween(pathIdx[pathIdx.length - 1], pathIdx[0])); }
    var present = list.map(function (i) { return S.ids[i]; }).filter(function (id) { return nodes.get(id); });
    network.setSelection({ nodes: present, edges: es.filter(function (e) { return edges.get(e); }) }, { unselectAll: true, highlightEdges: false });
    if (list.length) { fitClaims(list); }
    if (list.length === 1) { showClaim(list[0]); }
    network.redraw();
  }
  function edgesBetween(a, b) {
    var out = [];
    S.rels.forEach(function (r) {
      if ((r.u === S.idx.get(a) && r.v === S.idx.get(b)) || (r.u === S.idx.get(b) && r.v === S.idx.get(a))) {
        out.push(kindKey(r.k) + ":" + S.ids[r.u] + ":" + S.ids[r.v]);
      }
    });
    return out;
  }

  // =========================================================================================
  // filters and search
  var fTopic = $("am-f-topic"), fStance = $("am-f-stance"), fVerdict = $("am-f-verdict"), fAuthor = $("am-f-author");
  var fSearch = $("am-f-search"), fHood = $("am-f-hood"), fStatus = $("am-f-status");
  function haystacks() {
    if (S.haystack) { return S.haystack; }
    var c = S.d.claims, out = new Array(S.n);
    for (var i = 0; i < S.n; i++) {
      var src = sourceOf(i), parts = [S.ids[i], c.text[i], caption(i), authorOf(i) || ""];
      if (S.tags.has(i)) { S.tags.get(i).forEach(function (x) { parts.push(S.d.tags[x]); }); }
      if (src) { parts.push(src.title, src.badge, src.id, src.publisher || ""); }
      var joined = parts.join("\n");
      out[i] = fold(joined) + "\n" + strip(joined);
    }
    S.haystack = out;
    return out;
  }
  function applyFilters(refocus) {
    var topic = fTopic.value, stance = fStance.value, verdict = fVerdict.value, author = fAuthor.value;
    var q = fold(fSearch.value.trim());
    V.filterHood = fHood.checked;
    var hood = (V.filterHood && V.selected >= 0) ? neighbourhood(V.selected) : null;
    var c = S.d.claims, hay = q ? haystacks() : null;
    var ti = topic === "*" ? -2 : (S.topicIdx.has(topic) ? S.topicIdx.get(topic) : -3);
    var si = stance === "*" ? -2 : voc().stances.indexOf(stance);
    var li = verdict === "*" ? -2 : voc().labels.indexOf(verdict);
    var ai = author === "*" ? -2 : S.d.authors.indexOf(author);
    var vis = new Uint8Array(S.n), shown = 0, matches = q ? new Set() : null, all = true, byAuthor = [];
    for (var i = 0; i < S.n; i++) {
      var ok = (ti === -2 || c.topic[i] === ti) && (si === -2 || c.stance[i] === si) && (li === -2 || c.label[i] === li) &&
        (ai === -2 || c.author[i] === ai);
      if (ok && q) { ok = hay[i].indexOf(q) !== -1; if (ok) { matches.add(i); } }
      if (ok && hood) { ok = hood.has(i); }
      vis[i] = ok ? 1 : 0;
      if (ok) { shown++; } else { all = false; }
      if (ai >= 0 && c.author[i] === ai) { byAuthor.push(i); }
    }
    V.visible = all ? null : vis;
    V.matches = matches;
    syncVisHidden(false);
    var status = t("filter.shown", { shown: shown, total: S.n });
    if (q) { status += " · " + t("filter.matches", { n: matches.size }); }
    fStatus.textContent = status;
    renderAuthorList(ai >= 0 ? author : null, byAuthor);
    if (refocus) { fitAll(true); }
    network.redraw();
    return vis;
  }
  function renderAuthorList(author, list) {
    var box = $("am-author-list");
    clear(box);
    box.hidden = author === null;
    if (author === null) { return; }
    box.appendChild(el("h3", { text: t("author.list", { author: author, n: list.length }) }));
    box.appendChild(linkList(list.slice(0, 500)));
  }
  function resetFilters() {
    fTopic.value = "*"; fStance.value = "*"; fVerdict.value = "*"; fAuthor.value = "*"; fSearch.value = ""; fHood.checked = false;
    applyFilters(false);
  }
  [fTopic, fStance, fVerdict, fAuthor].forEach(function (x) { x.addEventListener("change", function () { applyFilters(true); }); });
  fHood.addEventListener("change", function () { applyFilters(true); });
  var searchTimer = null;
  fSearch.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { applyFilters(true); }, S.n > 1000 ? 250 : 80);
  });
  fSearch.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    ev.preventDefault();
    clearTimeout(searchTimer);
    var vis = applyFilters(true);
    var order = readingOrder();
    for (var j = 0; j < order.length; j++) { if (vis[order[j]]) { select(order[j], { center: true }); break; } }
  });
  $("am-f-reset").addEventListener("click", function () { resetFilters(); fitStart(true); });
  API.applyFilters = function () { return applyFilters(true); };

  // =========================================================================================
  // keyboard: Tab into the map, arrows move along relations, Enter opens the panel
  function announce(i) {
    var c = S.d.claims;
    $("am-live").textContent = t("kbd.claim", { pos: S.rank[i] + 1, n: S.n, caption: caption(i), stance: t("stance." + stanceKey(i)), verdict: t("label." + labelKey(i)) });
  }
  function moveCursor(i) {
    if (i < 0) { return; }
    V.cursor = i;
    announce(i);
    var r = currentFrame().rect;
    if (S.X[i] < r[0] || S.X[i] > r[2] || S.Y[i] < r[1] || S.Y[i] > r[3] || network.getScale() < 0.4) { centerOn(i, 0.6); }
    network.redraw();
  }
  container.tabIndex = 0;
  container.addEventListener("focus", function () {
    readingOrder();
    if (V.cursor < 0) { var o = S.order.filter(isVisible); if (o.length) { moveCursor(o[0]); } }
    else { announce(V.cursor); }
  });
  container.addEventListener("keydown", function (ev) {
    if (!S || !S.n) { return; }
    readingOrder();
    var i = V.cursor >= 0 ? V.cursor : S.order[0], next = -1;
    var step = function (d) {
      for (var j = S.rank[i] + d; j >= 0 && j < S.n; j += d) { if (isVisible(S.order[j])) { return S.order[j]; } }
      return -1;
    };
    if (ev.key === "ArrowRight") { next = step(1); }
    else if (ev.key === "ArrowLeft") { next = step(-1); }
    else if (ev.key === "ArrowUp") { next = targetsOf(i).concat(S.argsOf[i].length ? [] : S.premiseOf[i].map(function (j) { return S.args[j].conclusion; })).filter(isVisible)[0]; if (next === undefined) { next = -1; } }
    else if (ev.key === "ArrowDown") { next = reasonsOf(i).concat(objectionsOf(i)).concat(S.argsOf[i].reduce(function (acc, j) { return acc.concat(S.args[j].premises); }, [])).filter(isVisible)[0]; if (next === undefined) { next = -1; } }
    else if (ev.key === "Home") { next = step(-S.n) >= 0 ? S.order.filter(isVisible)[0] : -1; }
    else if (ev.key === "End") { var vis = S.order.filter(isVisible); next = vis[vis.length - 1]; }
    else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      select(i, { keepTab: true });
      $("am-panel-heading").focus();
      return;
    } else if (ev.key === "Escape") { deselect(); return; }
    else if (ev.key === "+" || ev.key === "=") { moveCamera({ scale: network.getScale() * 1.25 }); ev.preventDefault(); return; }
    else if (ev.key === "-") { moveCamera({ scale: network.getScale() / 1.25 }); ev.preventDefault(); return; }
    else { return; }
    ev.preventDefault();
    if (next >= 0) { moveCursor(next); }
  });
  $("am-panel").addEventListener("keydown", function (ev) { if (ev.key === "Escape" && V.view === "map") { container.focus(); } });
  API.cursor = function () { return V.cursor >= 0 ? S.ids[V.cursor] : null; };

  // =========================================================================================
  // "Meine Position"
  var posStatus = $("am-pos-status"), posLists = $("am-pos-lists"), posName = $("am-pos-name");
  var imp = null, why = null, mapCoherent = true;
  function buildImplications() {
    var N = S.n;
    imp = []; why = new Map();
    for (var li = 0; li < 2 * N; li++) { imp.push([]); }
    function implies(a, b, kind, u, v) { imp[a].push(b); why.set(a * 2 * N + b, [kind, u, v]); }
    S.rels.forEach(function (r) {
      if (r.v >= N) { return; }
      var u = r.u, v = r.v, k = kindKey(r.k);
      if (k === "supports") { implies(2 * u, 2 * v, k, u, v); implies(2 * v + 1, 2 * u + 1, k, u, v); }
      else if (k === "attacks" || k === "contradicts") {
        implies(2 * u, 2 * v + 1, k, u, v); implies(2 * v, 2 * u + 1, k, u, v);
        if (k === "contradicts") { implies(2 * u + 1, 2 * v, k, u, v); implies(2 * v + 1, 2 * u, k, u, v); }
      }
    });
    // arguments in standard form: accepting every premise commits to the conclusion, the
    // clause ¬p1 ∨ … ∨ ¬pn ∨ c (as `check --position`: propagation, then a small SAT search)
    argsOf = []; linked = [];
    for (var ci = 0; ci < N; ci++) { argsOf.push([]); }
    S.args.forEach(function (a, k) {
      if (!a.premises.length || a.conclusion >= N) { return; }
      a.premises.concat([a.conclusion]).forEach(function (c) { if (argsOf[c].indexOf(k) < 0) { argsOf[c].push(k); } });
      linked.push(a.premises.map(function (p) { return 2 * p + 1; }).concat([2 * a.conclusion]));
    });
    mapCoherent = twoSat(2 * N) && (!linked.length || satisfiable([]) !== false);
  }
  var argsOf = [], linked = [];
  // DPLL over the implications (binary clauses) and the argument clauses under unit
  // assumptions; true/false, or null when its budget runs out (then nothing is claimed)
  function satisfiable(units) {
    var N = S.n, val = new Int8Array(2 * N), budget = 20000;
    var clauses = linked.slice();
    for (var a = 0; a < 2 * N; a++) { imp[a].forEach(function (b) { clauses.push([a ^ 1, b]); }); }
    function assign(l, trail) { if (val[l] === 1) { return true; } if (val[l ^ 1] === 1) { return false; } val[l] = 1; trail.push(l); return true; }
    function propagate(trail) {
      for (var changed = true; changed;) {
        changed = false;
        for (var i = 0; i < clauses.length; i++) {
          var cl = clauses[i], free = -1, nFree = 0, sat = false;
          for (var j = 0; j < cl.length; j++) {
            if (val[cl[j]] === 1) { sat = true; break; }
            if (val[cl[j] ^ 1] !== 1) { nFree++; free = cl[j]; }
          }
          if (sat) { continue; }
          if (nFree === 0) { return false; }
          if (nFree === 1) { assign(free, trail); changed = true; }
        }
      }
      return true;
    }
    function undo(trail) { trail.forEach(function (l) { val[l] = 0; }); }
    function search() {
      if (--budget < 0) { return null; }
      var trail = [];
      if (!propagate(trail)) { undo(trail); return false; }
      var c = -1;
      for (var i = 0; i < N; i++) { if (!val[2 * i] && !val[2 * i + 1]) { c = i; break; } }
      if (c < 0) { return true; }
      for (var side = 0; side < 2; side++) {
        var t2 = [];
        assign(2 * c + side, t2);
        var r = search();
        if (r !== false) { return r; }
        undo(t2);
      }
      undo(trail);
      return false;
    }
    var start = [];
    for (var u = 0; u < units.length; u++) { if (!assign(units[u], start)) { return false; } }
    return search();
  }
  function twoSat(M) {
    var index = new Int32Array(M).fill(-1), low = new Int32Array(M), comp = new Int32Array(M).fill(-1);
    var onStack = new Uint8Array(M), stack = [], counter = 0, nComp = 0;
    for (var s = 0; s < M; s++) {
      if (index[s] !== -1) { continue; }
      var work = [[s, 0]];
      index[s] = low[s] = counter++; stack.push(s); onStack[s] = 1;
      while (work.length) {
        var top = work[work.length - 1], v = top[0];
        if (top[1] < imp[v].length) {
          var w = imp[v][top[1]++];
          if (index[w] === -1) { index[w] = low[w] = counter++; stack.push(w); onStack[w] = 1; work.push([w, 0]); }
          else if (onStack[w]) { low[v] = Math.min(low[v], index[w]); }
        } else {
          work.pop();
          if (work.length) { var p = work[work.length - 1][0]; low[p] = Math.min(low[p], low[v]); }
          if (low[v] === index[v]) { var x; do { x = stack.pop(); onStack[x] = 0; comp[x] = nComp; } while (x !== v); nComp++; }
        }
      }
    }
    for (var i = 0; i < M / 2; i++) { if (comp[2 * i] === comp[2 * i + 1]) { return false; } }
    return true;
  }
  function q(i) { return "„" + caption(i) + "“"; }
  // one step of a chain of commitments, in words
  function stepWords(a, b) {
    var w = why.get(a * 2 * S.n + b);
    if (!w) { return ""; }
    var u = w[1], v = w[2];
    var rel = w[0] === "argument" ? t("pos.why.argument", { arg: "„" + (S.args[u].title || S.args[u].id) + "“" })
      : t("pos.why." + w[0], { a: q(u), b: q(v) });
    var doWhat = t((b & 1) ? "pos.then.reject" : "pos.then.accept", { x: q(b >> 1) });
    return doWhat + " " + rel;
  }
  function chainWords(seq) {
    var first = seq[0];
    var out = [t((first & 1) ? "pos.if.reject" : "pos.if.accept", { x: q(first >> 1) })];
    for (var j = 0; j + 1 < seq.length; j++) { out.push(stepWords(seq[j], seq[j + 1])); }
    return out.join(" ");
  }
  function evaluatePosition() {
    if (!imp) { buildImplications(); }
    var N = S.n, ids = S.ids, pos = V.position;
    var accepted = [], rejected = [];
    pos.forEach(function (m, i) { (m === "accept" ? accepted : rejected).push(i); });
    accepted.sort(function (a, b) { return a - b; }); rejected.sort(function (a, b) { return a - b; });
    var result = { conflicts: [], incoherent: null, undefended: [], commits: [], mapIncoherent: !mapCoherent };
    var seen = new Set();
    accepted.forEach(function (a) {
      S.out[a].forEach(function (r) {
        if (r.v >= N || (r.k !== 1 && r.k !== 2) || pos.get(r.v) !== "accept") { return; }
        var key = Math.min(a, r.v) + " " + Math.max(a, r.v);
        if (seen.has(key)) { return; }
        seen.add(key);
        result.conflicts.push({ a: ids[a], b: ids[r.v], kind: r.k === 1 ? "attacks" : "contradicts" });
      });
      S.inn[a].forEach(function (r) {
        if (r.k !== 2 || pos.get(r.u) !== "accept") { return; }
        var key = Math.min(a, r.u) + " " + Math.max(a, r.u);
        if (seen.has(key)) { return; }
        seen.add(key);
        result.conflicts.push({ a: ids[a], b: ids[r.u], kind: "contradicts" });
      });
    });
    var parent = new Int32Array(2 * N).fill(-2), queue = [];
    accepted.forEach(function (c) { parent[2 * c] = -1; queue.push(2 * c); });
    rejected.forEach(function (c) { if (parent[2 * c + 1] === -2) { parent[2 * c + 1] = -1; queue.push(2 * c + 1); } });
    var clash = -1;
    for (var qi = 0; qi < queue.length; qi++) {
      var l = queue[qi];
      if (parent[l ^ 1] !== -2) { clash = l; break; }
      var out = imp[l];
      for (var j = 0; j < out.length; j++) { if (parent[out[j]] === -2) { parent[out[j]] = l; queue.push(out[j]); } }
      argsOf[l >> 1].forEach(function (k) { argumentStep(k, l); });
    }
    // an argument forces its conclusion once every premise holds, and a premise's rejection
    // once the conclusion is rejected and every other premise holds
    function argumentStep(k, l) {
      var a = S.args[k], c = a.conclusion, missing = [];
      a.premises.forEach(function (p) { if (parent[2 * p] === -2) { missing.push(p); } });
      var to = -1;
      if (!missing.length && parent[2 * c] === -2) { to = 2 * c; }
      else if (missing.length === 1 && parent[2 * c + 1] !== -2 && parent[2 * missing[0] + 1] === -2) { to = 2 * missing[0] + 1; }
      if (to < 0) { return; }
      parent[to] = l; queue.push(to);
      why.set(l * 2 * N + to, ["argument", k, to >> 1]);
    }
    function chain(l) { var seq = []; while (l >= 0) { seq.push(l); l = parent[l]; } return seq.reverse(); }
    if (clash >= 0) {
      var p1 = chain(clash), p2 = chain(clash ^ 1);
      result.incoherent = { x: ids[clash >> 1], words: [chainWords(p1), chainWords(p2)],
                            claims: uniq(p1.concat(p2).map(function (x) { return ids[x >> 1]; })), direct: p1.length + p2.length <= 3 };
    } else if (linked.length && mapCoherent && N <= 2000 &&
               satisfiable(accepted.map(function (c) { return 2 * c; }).concat(rejected.map(function (c) { return 2 * c + 1; }))) === false) {
      result.incoherent = { x: null, words: [], claims: [], sat: true };
    } else {
      result.commits = queue.filter(function (x) { return parent[x] !== -1; }).map(function (x) { return (x & 1 ? "-" : "") + ids[x >> 1]; });
    }
    accepted.forEach(function (a) {
      var done = new Set();
      S.inn[a].concat(S.out[a].filter(function (r) { return r.k === 2 && r.v < N; })).forEach(function (r) {
        if (r.k !== 1 && r.k !== 2) { return; }
        var x = r.u === a ? r.v : r.u;
        if (x === a || done.has(x) || pos.get(x) === "reject") { return; }
        done.add(x);
        var answered = attackersOf(x).some(function (y) { return pos.get(y) === "accept"; }) ||
          undercuttersOf(x, a).some(function (y) { return pos.get(y) === "accept"; });
        if (!answered) { result.undefended.push({ a: ids[a], b: ids[x] }); }
      });
    });
    // arguments in standard form (as `check --position`): accepting every premise commits
    // to the conclusion; rejecting the conclusion then is a problem of its own
    result.rejectsConclusion = [];
    S.args.forEach(function (a) {
      if (!a.premises.length || !a.premises.every(function (p) { return pos.get(p) === "accept"; })) { return; }
      var c = pos.get(a.conclusion);
      if (c === "reject") { result.rejectsConclusion.push({ arg: a.id, c: ids[a.conclusion], premises: a.premises.map(function (p) { return ids[p]; }) }); }
      else if (c !== "accept" && !result.incoherent && result.commits.indexOf(ids[a.conclusion]) < 0) { result.commits.push(ids[a.conclusion]); }
    });
    return result;
  }
  function attackersOf(x) { return objectionsOf(x).concat(contradictsOf(x)); }
  function undercuttersOf(x, a) {
    var j = S.infIdx.get(S.ids[x] + "->" + S.ids[a]);
    return j === undefined ? [] : S.inf[j].by;
  }
  function renderPosition() {
    var r = evaluatePosition(), ids = S.ids;
    API.position = { marks: Object.fromEntries ? Object.fromEntries(Array.from(V.position, function (e) { return [ids[e[0]], e[1]]; })) : null, result: r };
    clear(posLists);
    var accepted = [], rejected = [];
    readingOrder().forEach(function (i) { var m = V.position.get(i); if (m === "accept") { accepted.push(i); } else if (m === "reject") { rejected.push(i); } });
    posLists.appendChild(el("h3", { "class": "am-pos-accepted", text: t("pos.accepted", { n: accepted.length }) }));
    posLists.appendChild(linkList(accepted));
    posLists.appendChild(el("h3", { "class": "am-pos-rejected", text: t("pos.rejected", { n: rejected.length }) }));
    posLists.appendChild(linkList(rejected));
    clear(posStatus);
    var li = function (cls, text) { posStatus.appendChild(el("li", { "class": cls, text: text })); };
    if (r.mapIncoherent) { li("am-bad", t("pos.incoherent-map")); }
    var conflictPairs = new Set();
    r.conflicts.forEach(function (x) {
      conflictPairs.add(x.a + " " + x.b); conflictPairs.add(x.b + " " + x.a);
      var a = S.idx.get(x.a), b = S.idx.get(x.b);
      li("am-bad am-pos-conflict", t("pos.conflict." + x.kind, { a: q(a), b: q(b) }));
    });
    // each problem once: a clash that is only a conflict already listed is not repeated
    if (r.incoherent && r.incoherent.sat) { li("am-bad am-pos-incoherent", t("pos.incoherent-sat")); }
    else if (r.incoherent && !(r.incoherent.direct && r.conflicts.length) &&
             !(r.rejectsConclusion.length && r.rejectsConclusion.some(function (x) { return x.c === r.incoherent.x; }))) {
      li("am-bad am-pos-incoherent", t("pos.incoherent", { x: q(S.idx.get(r.incoherent.x)), first: r.incoherent.words[0], second: r.incoherent.words[1] }));
    }
    r.rejectsConclusion.forEach(function (x) {
      var a = S.args[S.argIdx.get(x.arg)];
      li("am-bad am-pos-rejects-conclusion", t("pos.rejects-conclusion", {
        arg: "„" + (a.title || a.id) + "“", c: q(S.idx.get(x.c)),
        premises: x.premises.map(function (p) { return q(S.idx.get(p)); }).join(", ") }));
    });
    r.undefended.forEach(function (x) {
      if (conflictPairs.has(x.a + " " + x.b)) { return; }
      li("am-warn am-pos-undefended", t("pos.undefended", { a: q(S.idx.get(x.a)), b: q(S.idx.get(x.b)) }));
    });
    if (r.commits.length) {
      var names = r.commits.slice(0, 12).map(function (x) { var neg = x.charAt(0) === "-"; var i = S.idx.get(neg ? x.slice(1) : x); return (neg ? t("pos.commit.reject") : t("pos.commit.accept")) + " " + q(i); });
      li("am-muted", t("pos.commits", { list: names.join("; ") + (r.commits.length > 12 ? "; …" : "") }));
    }
    if (!accepted.length && !rejected.length) { li("am-muted", t("pos.empty")); }
    else if (!r.conflicts.length && !r.incoherent && !r.undefended.length && !r.mapIncoherent && !r.rejectsConclusion.length) { li("am-good am-pos-ok", t("pos.ok")); }
    network.redraw();
  }
  function renderPositionSelection() {
    var box = $("am-pos-current");
    clear(box);
    if (V.selected < 0) { box.appendChild(el("p", { "class": "am-muted", text: t("pos.hint") })); return; }
    box.appendChild(el("p", null, [el("strong", { text: t("pos.current") + " " }), claimLink(V.selected)]));
    box.appendChild(el("div", { "class": "am-row" }, [
      el("button", { type: "button", "class": "am-pos-btn", "data-mark": "accept", text: t("pos.accept"), onclick: function () { setMarkIdx(V.selected, "accept"); } }),
      el("button", { type: "button", "class": "am-pos-btn", "data-mark": "reject", text: t("pos.reject"), onclick: function () { setMarkIdx(V.selected, "reject"); } }),
      el("button", { type: "button", "class": "am-pos-btn", "data-mark": "clear", text: t("pos.clear"), onclick: function () { setMarkIdx(V.selected, null); } })
    ]));
    updateMarkButtons();
  }
  function setMarkIdx(i, m) {
    if (i < 0 || i >= S.n) { return; }
    if (m === "accept" || m === "reject") { V.position.set(i, m); } else { V.position.delete(i); }
    renderPosition(); updateMarkButtons();
  }
  function updateMarkButtons() {
    var m = V.selected >= 0 ? V.position.get(V.selected) : null;
    Array.prototype.forEach.call(document.querySelectorAll("#am-pos-accept, .am-pos-btn[data-mark=accept]"), function (b) { b.setAttribute("aria-pressed", m === "accept" ? "true" : "false"); });
    Array.prototype.forEach.call(document.querySelectorAll("#am-pos-reject, .am-pos-btn[data-mark=reject]"), function (b) { b.setAttribute("aria-pressed", m === "reject" ? "true" : "false"); });
  }
  $("am-pos-accept").addEventListener("click", function () { setMarkIdx(V.selected, "accept"); });
  $("am-pos-reject").addEventListener("click", function () { setMarkIdx(V.selected, "reject"); });
  $("am-pos-clear").addEventListener("click", function () { setMarkIdx(V.selected, null); });
  $("am-pos-reset").addEventListener("click", function () { V.position.clear(); renderPosition(); updateMarkButtons(); });
  API.setMark = function (id, m) { if (S.idx.has(id)) { setMarkIdx(S.idx.get(id), m); } };

  function yamlString(s) {
    var lone = /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g;
    return JSON.stringify(String(s).replace(lone, "$1\ufffd")).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, function (ch) {
      return "\\u" + ("0000" + ch.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  function positionYaml() {
    var acc = [], rej = [];
    V.position.forEach(function (m, i) { (m === "accept" ? acc : rej).push(S.ids[i]); });
    acc.sort(); rej.sort();
    var list = function (l) { return "[" + l.map(yamlString).join(", ") + "]"; };
    return "name: " + yamlString(posName.value.trim() || t("pos.yaml-name")) + "\n" + "accept: " + list(acc) + "\n" + "reject: " + list(rej) + "\n";
  }
  function download(href, filename) {
    var a = el("a", { href: href, download: filename });
    document.body.appendChild(a); a.click(); a.remove();
  }
  $("am-pos-export").addEventListener("click", function () {
    var name = (posName.value.trim() || "position").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "position";
    var url = URL.createObjectURL(new Blob([positionYaml()], { type: "text/yaml;charset=utf-8" }));
    download(url, "position-" + name + ".yaml");
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });
  API.positionYaml = positionYaml;

  // =========================================================================================
  // Bilanz: pro/contra per thesis, then chances/risks per topic (SVG built with DOM APIs)
  var NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function renderBalance() {
    var box = $("am-balance-chart");
    clear(box);
    var W = 360, mid = W / 2, half = 120;
    var rows = S.d.bearing || [];
    if (rows.length) {
      box.appendChild(el("h3", { text: t("balance.sides.title") }));
      var maxS = Math.max.apply(null, [1].concat(rows.map(function (b) { return Math.max(b.count[0] + b.count[2], b.count[1] + b.count[2]); })));
      var rowH = 50, top = 24;
      var root = svg("svg", { viewBox: "0 0 " + W + " " + (top + rows.length * rowH + 6), role: "img", "aria-label": t("balance.sides.title"), id: "am-sides-svg" });
      root.appendChild(svg("text", { x: mid - 6, y: 14, "text-anchor": "end", "font-size": 12, fill: "#8f3f00" }, "← " + t("balance.contra")));
      root.appendChild(svg("text", { x: mid + 6, y: 14, "font-size": 12, fill: "#00664a" }, t("balance.pro") + " →"));
      rows.forEach(function (b, k) {
        var y = top + k * rowH, th = b.thesis;
        var g = svg("g", { "class": "am-sides-row", "data-thesis": S.ids[th] });
        var pro = b.count[0], con = b.count[1], both = b.count[2];
        g.appendChild(svg("title", {}, t("balance.sides.row", { thesis: caption(th), pro: pro, contra: con, both: both })));
        var cap = caption(th);
        g.appendChild(svg("text", { x: 4, y: y + 11, "font-size": 11.5, "font-weight": 600, fill: "#263238" }, voc().verdict.mark[S.d.claims.label[th]] + " " + (cap.length > 58 ? cap.slice(0, 57) + "…" : cap)));
        var wp = half * pro / maxS, wc = half * con / maxS;
        g.appendChild(svg("rect", { x: mid - wc, y: y + 17, width: wc, height: 15, fill: voc().stance.fill[1], rx: 2 }));
        g.appendChild(svg("rect", { x: mid, y: y + 17, width: wp, height: 15, fill: voc().stance.fill[0], rx: 2 }));
        g.appendChild(svg("text", { x: mid - wc - 4, y: y + 29, "text-anchor": "end", "font-size": 11, fill: "#263238" }, "− " + con));
        g.appendChild(svg("text", { x: mid + wp + 4, y: y + 29, "font-size": 11, fill: "#263238" }, "+ " + pro + (both ? "  (± " + both + ")" : "")));
        root.appendChild(g);
      });
      root.appendChild(svg("line", { x1: mid, y1: top - 4, x2: mid, y2: top + rows.length * rowH, stroke: "#78909c", "stroke-width": 1 }));
      box.appendChild(root);
      box.appendChild(el("p", { "class": "am-muted", text: t("balance.sides.hint") }));
    }
    box.appendChild(el("h3", { text: t("balance.title") }));
    var trows = S.d.topics.map(function (tp, j) { return { tp: tp, j: j }; }).filter(function (x) { return S.byTopic.has(x.j); }).map(function (x) {
      var r = { topic: x.tp, o: 0, r: 0, os: 0, rs: 0 };
      S.byTopic.get(x.j).forEach(function (i) {
        var s = S.d.claims.stance[i], st = S.d.claims.strength[i];
        if (s === 0) { r.o++; r.os += st; } else if (s === 1) { r.r++; r.rs += st; }
      });
      return r;
    });
    var max = Math.max.apply(null, [0.0001].concat(trows.map(function (r) { return Math.max(r.os, r.rs); })));
    var rh = 46, tp0 = 28;
    var root2 = svg("svg", { viewBox: "0 0 " + W + " " + (tp0 + trows.length * rh + 8), role: "img", "aria-label": t("balance.title"), id: "am-balance-svg" });
    root2.appendChild(svg("text", { x: mid - 6, y: 14, "text-anchor": "end", "font-size": 12, fill: "#8f3f00" }, "← " + t("stance.risk")));
    root2.appendChild(svg("text", { x: mid + 6, y: 14, "font-size": 12, fill: "#00664a" }, t("stance.opportunity") + " →"));
    trows.forEach(function (r, k) {
      var y = tp0 + k * rh;
      var g = svg("g", { "class": "am-balance-row", "data-topic": r.topic.id });
      g.appendChild(svg("title", {}, t("balance.row", { topic: r.topic.label, o: r.o, os: fmt(r.os), r: r.r, rs: fmt(r.rs) })));
      g.appendChild(svg("text", { x: 4, y: y + 11, "font-size": 12, "font-weight": 600, fill: "#37474f" }, r.topic.label));
      var wr = half * r.rs / max, wo = half * r.os / max;
      g.appendChild(svg("rect", { x: mid - wr, y: y + 16, width: wr, height: 16, fill: voc().stance.fill[1], rx: 2 }));
      g.appendChild(svg("rect", { x: mid, y: y + 16, width: wo, height: 16, fill: voc().stance.fill[0], rx: 2 }));
      g.appendChild(svg("text", { x: mid - wr - 4, y: y + 28, "text-anchor": "end", "font-size": 11, fill: "#37474f" }, voc().stance.symbol[1] + " " + r.r + " · " + fmt(r.rs)));
      g.appendChild(svg("text", { x: mid + wo + 4, y: y + 28, "font-size": 11, fill: "#37474f" }, voc().stance.symbol[0] + " " + r.o + " · " + fmt(r.os)));
      root2.appendChild(g);
    });
    root2.appendChild(svg("line", { x1: mid, y1: tp0 - 4, x2: mid, y2: tp0 + trows.length * rh, stroke: "#78909c", "stroke-width": 1 }));
    box.appendChild(root2);
    box.appendChild(el("p", { "class": "am-muted", text: t("balance.count") + " · " + t("balance.strength") }));
  }

  // =========================================================================================
  // "Neu seit …"
  function renderSince() {
    var tab = document.querySelector(".am-tab[data-tab=since]");
    var box = $("am-since-body");
    clear(box);
    if (!S.d.since) { tab.hidden = true; if (V.tab === "since") { showTab("claim"); } return; }
    tab.hidden = false;
    tab.textContent = t("since.tab", { label: S.d.since.label });
    var fresh = readingOrder().filter(function (i) { return S.since.isNew.has(i); });
    var changed = readingOrder().filter(function (i) { return S.since.changed.has(i); });
    box.appendChild(el("h3", { text: t("since.new", { n: fresh.length }) }));
    box.appendChild(linkList(fresh));
    box.appendChild(el("h3", { text: t("since.changed", { n: changed.length }) }));
    box.appendChild(linkList(changed));
    if (S.since.removed.length) {
      box.appendChild(el("h3", { text: t("since.removed", { n: S.since.removed.length }) }));
      box.appendChild(el("ul", { "class": "am-links" }, S.since.removed.map(function (id) { return el("li", { "class": "am-id", text: id }); })));
    }
  }

  // =========================================================================================
  // Gliederung: question → answers → reasons and objections, collapsible (the screen-reader path)
  var outlineBuilt = false;
  function outlineRoots() {
    var roots = [];
    if (S.d.questions.length) {
      S.d.questions.forEach(function (qq, j) {
        var ans = [];
        for (var i = 0; i < S.n; i++) { if (S.answers.has(i) && S.answers.get(i)[0] === j) { ans.push(i); } }
        roots.push({ question: qq, claims: ans });
      });
    } else {
      roots.push({ question: null, claims: (S.d.bearing || []).map(function (b) { return b.thesis; }) });
    }
    return roots;
  }
  function outlineItem(i, seen, depth, side) {
    var li = el("li", { "class": "am-ol-item am-ol-" + (side || "root"), "data-claim": S.ids[i] });
    var head = el("span", { "class": "am-ol-head" }, [
      el("span", { "class": "am-ol-side", text: side === "pro" ? t("outline.pro") : side === "contra" ? t("outline.contra") : side === "contradicts" ? t("outline.contradicts") : side === "premise" ? t("outline.premise") : "" }),
      el("span", { "class": "am-ol-mark", title: t("label." + labelKey(i)), text: voc().verdict.mark[S.d.claims.label[i]] }),
      el("span", { "class": "am-ol-stance", title: t("stance." + stanceKey(i)), text: voc().stance.symbol[S.d.claims.stance[i]] }),
      " ",
      el("button", { type: "button", "class": "am-link am-ol-caption", text: caption(i), onclick: function () { setView("map"); select(i, { center: true }); } }),
      el("span", { "class": "am-sr", text: " (" + t("label." + labelKey(i)) + ", " + t("stance." + stanceKey(i)) + ")" })
    ]);
    if (seen.has(i)) { li.appendChild(head); li.appendChild(el("span", { "class": "am-muted", text: " " + t("outline.seen") })); return li; }
    seen.add(i);
    var kids = reasonsOf(i).map(function (x) { return [x, "pro"]; }).concat(objectionsOf(i).map(function (x) { return [x, "contra"]; }))
      .concat(S.inn[i].filter(function (r) { return r.k === 2; }).map(function (r) { return [r.u, "contradicts"]; }));
    var args = S.argsOf[i];
    if (!kids.length && !args.length) { li.appendChild(head); return li; }
    // a summary may hold no other control: the caption is text there, the map link sits beside
    var caption2 = head.querySelector(".am-ol-caption");
    head.replaceChild(el("span", { "class": "am-ol-caption", text: caption(i) }), caption2);
    li.appendChild(el("button", { type: "button", "class": "am-ol-go", "aria-label": t("outline.show", { caption: caption(i) }),
                                  title: t("outline.show", { caption: caption(i) }), text: "↗",
                                  onclick: function () { setView("map"); select(i, { center: true }); } }));
    li.classList.add("am-ol-branch");
    var det = el("details", depth < 2 ? { open: "" } : null, [el("summary", null, [head])]);
    var fill = function () {
      if (det._filled) { return; }
      det._filled = true;
      args.forEach(function (j) {
        var a = S.args[j];
        det.appendChild(el("div", { "class": "am-ol-argument" }, [el("p", { "class": "am-ol-arg-title", text: t("argument.word") + (a.title ? ": " + a.title : "") }), standardForm(a, false)]));
      });
      if (kids.length) {
        det.appendChild(el("ul", { "class": "am-ol-list" }, kids.map(function (k) { return outlineItem(k[0], seen, depth + 1, k[1]); })));
      }
    };
    if (depth < 2) { fill(); } else { det.addEventListener("toggle", fill); }
    li.appendChild(det);
    return li;
  }
  function renderOutline(force) {
    if (outlineBuilt && !force) { return; }
    outlineBuilt = true;
    var box = $("am-outline-body");
    clear(box);
    var seen = new Set();
    outlineRoots().forEach(function (root) {
      var sec = el("section", { "class": "am-ol-question" });
      if (root.question) { sec.appendChild(el("h2", { text: "? " + root.question.text })); }
      sec.appendChild(el("ul", { "class": "am-ol-list am-ol-top" }, root.claims.map(function (i) { return outlineItem(i, seen, 0, null); })));
      box.appendChild(sec);
    });
    // everything not reached yet, by topic (each claim appears once)
    var rest = new Map();
    readingOrder().forEach(function (i) { if (!seen.has(i)) { var k = S.d.claims.topic[i]; if (!rest.has(k)) { rest.set(k, []); } rest.get(k).push(i); } });
    if (rest.size) {
      var sec = el("section", { "class": "am-ol-rest" }, [el("h2", { text: t("outline.rest") })]);
      rest.forEach(function (list, k) {
        var tp = S.d.topics[k];
        sec.appendChild(el("h3", { text: tp ? tp.label : t("topic.none") }));
        sec.appendChild(el("ul", { "class": "am-ol-list" }, list.filter(function (i) { return !seen.has(i); }).map(function (i) { return outlineItem(i, seen, 1, null); })));
      });
      box.appendChild(sec);
    }
  }
  function expandOutline() {
    renderOutline();
    var again = true;
    while (again) {
      again = false;
      Array.prototype.forEach.call(document.querySelectorAll("#am-outline details:not([open])"), function (d) { d.open = true; d.dispatchEvent(new Event("toggle")); again = true; });
    }
  }
  $("am-outline-expand").addEventListener("click", expandOutline);
  $("am-outline-collapse").addEventListener("click", function () {
    Array.prototype.forEach.call(document.querySelectorAll("#am-outline details[open]"), function (d) { d.open = false; });
  });

  // =========================================================================================
  // presenting: question → each thesis → its reasons and objections → its verdict
  var present = $("am-present");
  function presentSteps() {
    var steps = [];
    outlineRoots().forEach(function (root) {
      if (root.question) { steps.push({ kind: "question", q: root.question }); }
      root.claims.forEach(function (i) {
        steps.push({ kind: "thesis", i: i });
        // no empty slides: the reasons step only when there are reasons or objections
        if (presentPro(i).length || presentContra(i).length) { steps.push({ kind: "reasons", i: i }); }
        steps.push({ kind: "verdict", i: i });
      });
    });
    if (!steps.length) { readingOrder().slice(0, 30).forEach(function (i) { steps.push({ kind: "thesis", i: i }); }); }
    return steps;
  }
  function presentPro(i) { return uniq(reasonsOf(i).concat(S.argsOf[i].reduce(function (a, j) { return a.concat(S.args[j].premises); }, []))); }
  function presentContra(i) { return uniq(objectionsOf(i).concat(contradictsOf(i))); }
  function presentClaim(i, big) {
    return el("div", { "class": "am-pr-claim am-" + stanceKey(i) + (big ? " am-pr-big" : "") }, [
      el("span", { "class": "am-pr-marks", text: voc().stance.symbol[S.d.claims.stance[i]] + " " + voc().verdict.mark[S.d.claims.label[i]] }),
      el("span", { text: " " + caption(i) })]);
  }
  function renderPresent(k) {
    var steps = presentSteps();
    if (!steps.length) { return; }
    k = Math.max(0, Math.min(steps.length - 1, k));
    V.presentStep = k;
    var s = steps[k], body = $("am-present-body");
    clear(body);
    if (s.kind === "question") {
      body.appendChild(el("p", { "class": "am-pr-kicker", text: t("present.question") }));
      body.appendChild(el("h2", { "class": "am-pr-title", text: s.q.text }));
      var answers = (outlineRoots().filter(function (r) { return r.question === s.q; })[0] || { claims: [] }).claims;
      if (answers.length) {  // the positions taken on it, so the question is never a bare slide
        body.appendChild(el("h3", { "class": "am-pr-sub", text: t("present.answers", { n: answers.length }) }));
        body.appendChild(el("div", { "class": "am-pr-answers" }, answers.map(function (i) { return presentClaim(i); })));
      }
    } else if (s.kind === "thesis") {
      body.appendChild(el("p", { "class": "am-pr-kicker", text: t("present.thesis") }));
      body.appendChild(el("h2", { "class": "am-pr-title", text: caption(s.i) }));
      if (caption(s.i) !== S.d.claims.text[s.i]) { body.appendChild(el("p", { "class": "am-pr-text", text: S.d.claims.text[s.i] })); }
      var src = sourceOf(s.i);
      if (src) { body.appendChild(el("p", { "class": "am-pr-source", text: src.title })); }
    } else if (s.kind === "reasons") {
      body.appendChild(el("p", { "class": "am-pr-kicker", text: t("present.reasons", { thesis: caption(s.i) }) }));
      var pro = presentPro(s.i), con = presentContra(s.i);
      body.appendChild(el("div", { "class": "am-pr-cols" }, [
        el("section", { "class": "am-pr-col am-pr-pro" }, [el("h3", { text: t("present.pro", { n: pro.length }) })].concat(pro.map(function (i) { return presentClaim(i); }))),
        el("section", { "class": "am-pr-col am-pr-contra" }, [el("h3", { text: t("present.contra", { n: con.length }) })].concat(con.map(function (i) { return presentClaim(i); })))
      ]));
    } else {
      body.appendChild(el("p", { "class": "am-pr-kicker", text: t("present.verdict") }));
      body.appendChild(presentClaim(s.i, true));
      body.appendChild(el("p", { "class": "am-pr-verdict", text: voc().verdict.mark[S.d.claims.label[s.i]] + " " + t("label." + labelKey(s.i)) }));
      if (S.d.claims.explanation[s.i]) { body.appendChild(el("p", { "class": "am-pr-text", text: S.d.claims.explanation[s.i] })); }
    }
    $("am-present-count").textContent = t("present.step", { k: k + 1, n: steps.length });
    setHash("present/" + (k + 1));
  }
  function openPresent(k, gesture) {
    present.hidden = false;
    document.body.classList.add("am-presenting");
    renderPresent(k || 0);
    $("am-present").focus();
    try { if (gesture && document.fullscreenEnabled && !document.fullscreenElement) { document.documentElement.requestFullscreen().catch(function () {}); } } catch (e) { /* not allowed */ }
  }
  function closePresent() {
    present.hidden = true;
    document.body.classList.remove("am-presenting");
    V.presentStep = -1;
    setHash(V.selected >= 0 ? encodeURIComponent(S.ids[V.selected]) : "view/" + V.view);
    try { if (document.fullscreenElement) { document.exitFullscreen().catch(function () {}); } } catch (e) { /* ignore */ }
    $("am-present-open").focus();
  }
  present.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowRight" || ev.key === "PageDown" || ev.key === " ") { renderPresent(V.presentStep + 1); ev.preventDefault(); }
    else if (ev.key === "ArrowLeft" || ev.key === "PageUp") { renderPresent(V.presentStep - 1); ev.preventDefault(); }
    else if (ev.key === "Home") { renderPresent(0); ev.preventDefault(); }
    else if (ev.key === "End") { renderPresent(1e9); ev.preventDefault(); }
    else if (ev.key === "Escape") { closePresent(); ev.preventDefault(); }
  });
  $("am-present-open").addEventListener("click", function () { openPresent(0, true); });
  $("am-present-next").addEventListener("click", function () { renderPresent(V.presentStep + 1); });
  $("am-present-prev").addEventListener("click", function () { renderPresent(V.presentStep - 1); });
  $("am-present-close").addEventListener("click", closePresent);
  API.present = function (k) { openPresent(k || 0); };
  API.presentStep = function () { return V.presentStep; };

  // =========================================================================================
  // pictures: PNG at 2× with title and legend; the print figure
  function renderPicture(cssW, cssH, ratio, frameScale, cx, cy, withChrome) {
    var title = S.d.title || t("page.map"), head = withChrome ? 64 : 0, foot = withChrome ? 96 : 0;
    var out = document.createElement("canvas");
    out.width = Math.round(cssW * ratio); out.height = Math.round((cssH + head + foot) * ratio);
    var c2 = out.getContext("2d");
    c2.scale(ratio, ratio);
    c2.fillStyle = "#ffffff"; c2.fillRect(0, 0, cssW, cssH + head + foot);
    if (withChrome) {
      c2.fillStyle = "#1a1a1a"; c2.font = "700 24px " + FONT; c2.textBaseline = "top";
      c2.fillText(title, 16, 14);
      c2.font = "13px " + FONT; c2.fillStyle = "#455a64";
      c2.fillText(t("page.claims", { n: S.n }) + " · " + t("page.relations", { n: S.rels.length + S.args.length }) + " · " + t("footer.digest", { digest: S.d.footer.digest }), 16, 44);
    }
    c2.save();
    c2.beginPath(); c2.rect(0, head, cssW, cssH); c2.clip();
    c2.translate(cssW / 2, head + cssH / 2); c2.scale(frameScale, frameScale); c2.translate(-cx, -cy);
    drawScene(c2, { scale: frameScale * ratio / ratio, rect: viewRectOf(frameScale, cx, cy, cssW, cssH) });
    c2.restore();
    if (withChrome) { drawLegend(c2, 16, head + cssH + 12, cssW - 32); }
    return out;
  }
  function drawLegend(c2, x, y, w) {
    var vo = voc();
    c2.font = "13px " + FONT; c2.textBaseline = "middle";
    var cx = x;
    vo.stances.forEach(function (s, k) {
      c2.fillStyle = vo.stance.fill[k]; c2.beginPath(); c2.arc(cx + 8, y + 8, 8, 0, 2 * Math.PI); c2.fill();
      c2.fillStyle = "#fff"; c2.font = "700 12px " + FONT; c2.textAlign = "center"; c2.fillText(vo.stance.symbol[k], cx + 8, y + 9); c2.textAlign = "left";
      c2.fillStyle = "#263238"; c2.font = "13px " + FONT; c2.fillText(t("stance." + s), cx + 22, y + 8);
      cx += 36 + c2.measureText(t("stance." + s)).width;
    });
    vo.labels.forEach(function (l, k) {
      var text = vo.verdict.mark[k] + " " + t("label." + l);
      c2.fillStyle = "#263238"; c2.fillText(text, cx, y + 8); cx += 18 + c2.measureText(text).width;
    });
    cx = x;
    var y2 = y + 30;
    vo.kinds.forEach(function (k, j) {
      c2.strokeStyle = vo.relation.color[j]; c2.fillStyle = vo.relation.color[j]; c2.lineWidth = 2.5;
      c2.setLineDash(vo.relation.dashes[j].map(function (d) { return d * 1.5; }));
      c2.beginPath(); c2.moveTo(cx, y2); c2.lineTo(cx + 34, y2); c2.stroke(); c2.setLineDash([]);
      c2.beginPath(); head(c2, j === 3 || vo.relation.head[j] === "tee" ? "tee" : "arrow", cx + 40, y2, 0, 11); c2.fill();
      c2.fillStyle = "#263238"; c2.fillText(t("rel." + k), cx + 48, y2);
      cx += 70 + c2.measureText(t("rel." + k)).width;
    });
    cx = x;
    var y3 = y + 56, srcText = S.d.sources.map(function (s) { return s.badge + " = " + s.title; }).join("   ");
    c2.fillStyle = "#455a64"; c2.font = "12px " + FONT;
    c2.fillText(srcText.length > 220 ? srcText.slice(0, 219) + "…" : srcText, cx, y3);
  }
  function viewPng() {
    var w = container.clientWidth || 800, h = container.clientHeight || 600, p = network.getViewPosition();
    return renderPicture(w, h, 2, network.getScale(), p.x, p.y, true).toDataURL("image/png");
  }
  API.viewPng = viewPng;
  $("am-png").addEventListener("click", function () { download(viewPng(), "argmap.png"); });
  function printFigure() {
    var b = S.d.bounds, W = 1500, H = 950;
    var scale = Math.min(W / (b[2] - b[0] + 60), H / (b[3] - b[1] + 60));
    var c = renderPicture(W, H, 1.5, scale, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2, false);
    $("am-print-img").src = c.toDataURL("image/png");
    var now = new Date();
    $("am-print-date").textContent = t("print.date", { date: now.toISOString().slice(0, 10) });
    renderOutline(); expandOutline();
  }
  window.addEventListener("beforeprint", printFigure);
  $("am-print").addEventListener("click", function () { printFigure(); window.print(); });
  API.printFigure = printFigure;
  $("am-fit").addEventListener("click", function () { fitAll(true); });

  // =========================================================================================
  // live update (argmap serve) and the problems overlay
  // panes are drawn when first shown (a large map's findings list is thousands of elements)
  var paneDirty = { findings: true, balance: true, position: true };
  function renderPane(name) {
    if (!paneDirty || !paneDirty[name]) { return; }
    paneDirty[name] = false;
    if (name === "findings") { renderFindings(); }
    else if (name === "balance") { renderBalance(); }
    else if (name === "position") { renderPosition(); }
  }
  function renderAll() {
    paneDirty = { findings: true, balance: true, position: true };
    $("am-findings-count").textContent = "(" + S.d.findings.length + ")";
    if (V.position.size) { renderPosition(); paneDirty.position = false; }
    if (has(paneDirty, V.tab)) { renderPane(V.tab); }
    renderSince();
    outlineBuilt = false;
    if (V.view === "outline") { renderOutline(); }
    if (V.selected >= 0) { showClaim(V.selected); } else { panelEmpty.hidden = false; panelBody.hidden = true; }
    renderPositionSelection();
  }
  function fillSelect(sel, items, value) {
    while (sel.options.length > 1) { sel.remove(1); }
    items.forEach(function (it) { sel.appendChild(el("option", { value: it[0], text: it[1] })); });
    sel.value = items.some(function (it) { return it[0] === value; }) ? value : "*";
  }
  function load(d) {
    S = buildState(d);
    API.data = d;
    imp = null;
    fillSelect(fTopic, d.topics.map(function (tp) { return [tp.id, tp.label]; }), fTopic.value);
    fillSelect(fAuthor, d.authors.map(function (a) { return [a, a]; }), fAuthor.value);
    $("am-f-author-wrap").hidden = !d.authors.length;
  }
  function update(payload) {
    if (!payload || payload.format !== DATA.format || !payload.claims || !Array.isArray(payload.claims.id)) {
      throw new TypeError("argmap.update: not a payload of format " + DATA.format);
    }
    var scale = network.getScale(), pos = network.getViewPosition();
    var sel = V.selected >= 0 ? S.ids[V.selected] : null, cur = V.cursor >= 0 ? S.ids[V.cursor] : null;
    var marks = [];
    V.position.forEach(function (m, i) { marks.push([S.ids[i], m]); });
    var tab = V.tab, view = V.view;
    load(payload);
    V.position = new Map();
    marks.forEach(function (e) { if (S.idx.has(e[0])) { V.position.set(S.idx.get(e[0]), e[1]); } });
    V.selected = sel !== null && S.idx.has(sel) ? S.idx.get(sel) : -1;
    V.cursor = cur !== null && S.idx.has(cur) ? S.idx.get(cur) : -1;
    V.hood = V.selected >= 0 ? neighbourhood(V.selected) : null;
    V.other = null;
    refreshVis(function () { if (V.selected >= 0 && nodes.get(S.ids[V.selected])) { network.selectNodes([S.ids[V.selected]], false); } });
    applyFilters(false);
    renderAll();
    showTab(tab);
    setView(view);
    $("am-title").textContent = payload.title || t("page.map");
    $("am-counts").textContent = t("page.claims", { n: S.n }) + " · " + t("page.relations", { n: S.rels.length + S.args.length });
    $("am-footer-text").textContent = footerText();
    network.moveTo({ position: pos, scale: scale, animation: false });
    network.redraw();
    return true;
  }
  API.update = update;
  function footerText() {
    var f = S.d.footer;
    return t("footer.files", { n: f.files }) + " · " + t("footer.digest", { digest: f.digest }) + (f.built ? " · " + t("footer.built", { built: f.built }) : "");
  }
  function showProblems(list) {
    var box = $("am-problems"), ul = $("am-problems-list");
    clear(ul);
    if (!Array.isArray(list) || !list.length) { box.hidden = true; return; }
    list.slice(0, 500).forEach(function (p) {
      p = (p !== null && typeof p === "object") ? p : { message: String(p) };
      var where = typeof p.file === "string" ? p.file + (Number.isFinite(p.line) ? ":" + p.line : "") + (Number.isFinite(p.column) ? ":" + p.column : "") : "";
      ul.appendChild(el("li", { "class": "am-problem am-" + (p.severity === "warning" ? "warning" : p.severity === "info" ? "info" : "error") }, [
        where ? el("code", { text: where }) : null, where ? " " : null,
        el("span", { text: String(has(p, "message") ? p.message : has(p, "text") ? p.text : "") }),
        typeof p.code === "string" ? el("span", { "class": "am-muted", text: " (" + p.code + ")" }) : null
      ]));
    });
    $("am-problems-title").textContent = t("problems.title", { n: list.length });
    box.hidden = false;
  }
  API.showProblems = showProblems;
  $("am-problems-close").addEventListener("click", function () { $("am-problems").hidden = true; });

  // =========================================================================================
  // permalinks: #claim-id, #present/3, #view/outline — anything else is ignored
  function fromHash() {
    var raw = location.hash ? location.hash.slice(1) : "";
    if (!raw || raw.length > HASH_MAX) { return false; }
    var h;
    try { h = decodeURIComponent(raw); } catch (e) { return false; }
    var m = /^present\/(\d{1,6})$/.exec(h);
    if (m) { openPresent(parseInt(m[1], 10) - 1); return true; }
    if (h === "view/outline" || h === "view/map") { setView(h.slice(5)); return true; }
    if (S.idx.has(h)) {
      var i = S.idx.get(h);
      if (!isVisible(i)) { resetFilters(); }
      if (!present.hidden) { closePresent(); }
      setView("map");
      select(i, { center: true, noHash: true });
      return true;
    }
    return false;
  }
  window.addEventListener("hashchange", fromHash);

  // =========================================================================================
  // start
  load(DATA);
  applyFilters(false);
  renderAll();
  showTab("claim");
  $("am-footer-text").textContent = footerText();
  fitStart(false);
  fillVis(null);
  fromHash();
  network.redraw();
  API.ready = true;
  document.documentElement.setAttribute("data-argmap-ready", "1");
})();
