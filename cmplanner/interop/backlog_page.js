"use strict";
// Renders the team backlog from the JSON data block and filters it, with no network access.
// Every user string reaches the page through textContent, never as markup.
(function () {
  var D = JSON.parse(document.getElementById("backlog-data").textContent);
  var T = D.t, V = D.v;
  var people = {}, networks = {}, pillars = {};
  D.people.forEach(function (p) { people[p[0]] = p; });
  D.networks.forEach(function (n) { networks[n[0]] = n; });
  D.pillars.forEach(function (p) { pillars[p[0]] = p; });
  var byKey = {};
  D.cal.concat(D.backlog).forEach(function (e) { byKey[e.k] = e; });
  D.events.forEach(function (ev) { ev.promo.forEach(function (e) { byKey[e.k] = e; }); });
  var chips = [];  // [element, record] of the calendar, shown or hidden by the filters

  function el(tag, cls, txt) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (txt !== undefined && txt !== null && txt !== "") node.textContent = String(txt);
    return node;
  }
  function add(parent, tag, cls, txt) { var n = el(tag, cls, txt); parent.appendChild(n); return n; }
  function name(id) { return people[id] ? people[id][1] : ""; }
  function names(ids) { return (ids || []).map(name).filter(Boolean).join(", "); }
  function netNames(ids) {
    return (ids || []).map(function (i) { return networks[i] ? networks[i][1] : ""; }).filter(Boolean).join(", ");
  }
  function val(v) { return V[v] || v || ""; }
  function low(parts) { return parts.join(" \u0001 ").toLowerCase(); }
  function entryRecord(e) {
    return {u: e.u, n: e.n, p: [e.p], s: [e.s],
            q: low([e.t, e.ser || "", e.nt || "", e.m || "", names(e.u), netNames(e.n)])};
  }
  function accent(node, pillarId) {
    var p = pillars[pillarId];
    if (p && /^#[0-9a-fA-F]{6}$/.test(p[2])) node.style.borderLeftColor = p[2];
  }
  function cover(parent, e) {
    var src = e.c && D.img[e.c];
    if (!src) return;
    var img = add(parent, "img", "cover");
    img.src = src; img.alt = ""; img.width = 32; img.height = 32;
  }
  function statusBadge(parent, s) { return add(parent, "span", "badge st-" + s, val(s)); }
  function cell(tr, txt, cls) { return add(tr, "td", cls, txt); }
  function head(table, labels) {
    var tr = add(add(table, "thead"), "tr");
    labels.forEach(function (l) { var th = add(tr, "th", null, T[l]); th.scope = "col"; });
    return add(table, "tbody");
  }
  // --- calendar: days down, networks across -------------------------------------------------
  function renderCalendar(box) {
    var cols = D.networks.map(function (n) { return n[0]; });
    if (D.cal.some(function (e) { return !e.n.length; })) cols.push(0);
    var table = add(box, "table", "calendar");
    add(box, "p", "empty", T.nothing).id = "calendar-empty";
    var tr = add(add(table, "thead"), "tr");
    var th = add(tr, "th", "day", T.day); th.scope = "col";
    cols.forEach(function (c) { var h = add(tr, "th", null, c ? networks[c][1] : T.no_network); h.scope = "col"; });
    var body = add(table, "tbody");
    var byDay = {};
    D.cal.forEach(function (e) { (byDay[e.d] = byDay[e.d] || []).push(e); });
    D.days.forEach(function (d) {
      var row = add(body, "tr", d[2] ? "weekend" : null);
      var dh = add(row, "th", "day", d[1]); dh.scope = "row";
      var cells = {};
      cols.forEach(function (c) { cells[c] = add(add(row, "td"), "ul", "chips"); });
      (byDay[d[0]] || []).forEach(function (e) {
        (e.n.length ? e.n : [0]).forEach(function (c) {
          if (!cells[c]) return;
          var li = add(cells[c], "li", "chip" + (e.v ? " virtual" : ""));
          accent(li, e.p);
          cover(li, e);
          add(li, "span", "time", e.h);
          add(li, "span", "title", e.t);
          statusBadge(li, e.s);
          if (e.o !== null && e.o !== undefined) add(li, "span", "who", name(e.o));
          chips.push([li, entryRecord(e)]);
        });
      });
    });
  }

  // --- paged lists: only the first rows that match are in the page, "show more" adds the rest
  var LIMIT = 200, lists = [];
  function pagedList(section, box, items, clear, draw) {
    var list = {section: section, items: items, matched: items, limit: LIMIT};
    var more = el("button", "more");
    more.type = "button";
    more.addEventListener("click", function () { list.limit = Infinity; list.render(); });
    box.appendChild(more);
    var none = add(box, "p", "empty", T.nothing);
    list.render = function () {
      clear();
      var f = state(), n = Math.min(list.limit, list.matched.length);
      for (var i = 0; i < n; i++) draw(list.matched[i], f);
      var rest = list.matched.length - n;
      more.hidden = rest <= 0;
      more.textContent = T.more.replace("{n}", rest);
      none.hidden = list.matched.length > 0;
    };
    lists.push(list);
    return list;
  }
  function item(data, rec, skip) { return {d: data, rec: rec, skip: skip || {}}; }
  function clearer(node) { return function () { node.textContent = ""; }; }

  // --- backlog ------------------------------------------------------------------------------
  function renderBacklog(box) {
    var table = add(box, "table");
    var body = head(table, ["status", "post", "date", "networks", "pillar", "owner", "waiting_for",
                            "since", "approvals", "content_due"]);
    pagedList("backlog", box, D.backlog.map(function (e) { return item(e, entryRecord(e)); }),
              clearer(body), function (it) {
      var e = it.d, tr = add(body, "tr");
      statusBadge(add(tr, "td"), e.s);
      var title = add(tr, "th", "title"); title.scope = "row";
      cover(title, e);
      title.appendChild(document.createTextNode(e.t));
      accent(title, e.p);
      cell(tr, e.when || T.undated);
      cell(tr, netNames(e.n));
      cell(tr, pillars[e.p] ? pillars[e.p][1] : "");
      cell(tr, name(e.o));
      cell(tr, names(e.w));
      cell(tr, e.ws || "");
      cell(tr, e.an ? e.ag + " / " + e.an : "");
      cell(tr, e.due || "");
    });
  }

  // --- content requests ---------------------------------------------------------------------
  function renderRequests(box) {
    var table = add(box, "table");
    var body = head(table, ["due", "topic", "status", "requester", "assignee", "media_offered", "details"]);
    pagedList("requests", box, D.requests.map(function (r) {
      var who = [r.by, r.to].filter(function (x) { return x !== null; });
      return item(r, {u: who, q: low([r.t, r.details, r.media, names(who)])});
    }), clearer(body), function (it) {
      var r = it.d, tr = add(body, "tr", r.late ? "overdue" : null);
      var due = cell(tr, r.due || "");
      if (r.late) add(due, "strong", "late", T.overdue);
      var th = add(tr, "th", "title", r.t); th.scope = "row";
      cell(tr, val(r.s));
      cell(tr, name(r.by));
      cell(tr, name(r.to));
      cell(tr, r.media);
      cell(tr, r.details);
    });
  }

  // --- events and their promotion -----------------------------------------------------------
  var PROMO_SKIP = {u: 1, q: 1};  // the event answers for who and what; its posts for the rest
  function renderEvents(box) {
    var holder = add(box, "div");
    pagedList("events", box, D.events.map(function (ev) {
      var ns = [], ps = [], us = ev.org.slice();
      ev.promo.forEach(function (e) { ns = ns.concat(e.n); ps.push(e.p); us = us.concat(e.u); });
      ev.promoRecs = ev.promo.map(entryRecord);
      return item(ev, {u: us, n: ns, p: ps, q: low([ev.t, ev.where, ev.desc, names(ev.org)]
                                                      .concat(ev.promo.map(function (e) { return e.t; })))});
    }), clearer(holder), function (it, f) {
      var ev = it.d, art = add(holder, "article", "event");
      add(art, "h3", null, ev.t);
      var meta = add(art, "p", "meta");
      add(meta, "span", null, ev.when);
      add(meta, "span", null, val(ev.kind));
      if (ev.where) add(meta, "span", null, T.where + T.colon + ev.where);
      if (ev.org.length) add(meta, "span", null, T.organisers + T.colon + names(ev.org));
      if (ev.desc) add(art, "p", "desc", ev.desc);
      var promo = ev.promo.filter(function (e, i) { return matches(ev.promoRecs[i], f, PROMO_SKIP); });
      if (!promo.length) return;
      var table = add(art, "table", "promo");
      add(table, "caption", null, T.promotion);
      var body = head(table, ["date", "post", "networks", "status", "owner"]);
      promo.forEach(function (e) {
        var tr = add(body, "tr");
        cell(tr, e.when || T.undated);
        var th = add(tr, "th", "title", e.t); th.scope = "row";
        accent(th, e.p);
        cell(tr, netNames(e.n));
        statusBadge(add(tr, "td"), e.s);
        cell(tr, name(e.o));
      });
    });
  }

  // --- who does what ------------------------------------------------------------------------
  function renderDuties(box) {
    var table = add(box, "table", "duties");
    var tr0 = add(add(table, "thead"), "tr");
    ["role", "about", "what", "date", "status"].forEach(function (l) {
      var th = add(tr0, "th", null, T[l]); th.scope = "col";
    });
    var group = null, groupOf = null;
    pagedList("duties", box, D.duties.map(function (d) {
      var ref = byKey[d.ref], rec;
      if (ref) { rec = entryRecord(ref); rec.u = [d.who]; }
      else rec = {u: [d.who], q: low([d.t, name(d.who)])};
      return item(d, rec);
    }), function () {
      table.querySelectorAll("tbody").forEach(function (b) { b.remove(); });
      group = groupOf = null;
    }, function (it) {
      var d = it.d;
      if (groupOf !== d.who) {
        groupOf = d.who;
        group = add(table, "tbody", "person");
        var th = add(add(group, "tr", "person-head"), "th", null, name(d.who));
        th.scope = "rowgroup"; th.colSpan = 5;
        var roles = people[d.who] ? people[d.who][2] : "";
        if (roles) add(th, "span", "roles", roles);
      }
      var tr = add(group, "tr");
      cell(tr, val(d.role));
      cell(tr, val(d.sec));
      cell(tr, d.t, "title");
      cell(tr, d.when || "");
      cell(tr, val(d.s));
    });
  }

  // --- filters ------------------------------------------------------------------------------
  var form = document.getElementById("filters");
  var F = {person: form.elements.person, network: form.elements.network,
           pillar: form.elements.pillar, status: form.elements.status, q: form.elements.q};
  function options(select, items, allLabel) {
    add(select, "option", null, allLabel).value = "";
    items.forEach(function (it) { add(select, "option", null, it[1]).value = String(it[0]); });
  }
  options(F.person, D.people, T.everyone);
  options(F.network, D.networks, T.all);
  options(F.pillar, D.pillars, T.all);
  options(F.status, D.statuses.map(function (s) { return [s, val(s)]; }), T.all);

  function state() {
    return {person: F.person.value, network: F.network.value, pillar: F.pillar.value,
            status: F.status.value, q: F.q.value.trim().toLowerCase()};
  }
  function has(list, v) {
    for (var i = 0; i < list.length; i++) if (String(list[i]) === v) return true;
    return false;
  }
  function matches(rec, f, skip) {
    if (f.person && !skip.u && rec.u && !has(rec.u, f.person)) return false;
    if (f.network && !skip.n && rec.n && !has(rec.n, f.network)) return false;
    if (f.pillar && !skip.p && rec.p && !has(rec.p, f.pillar)) return false;
    if (f.status && !skip.s && rec.s && !has(rec.s, f.status)) return false;
    if (f.q && !skip.q && rec.q.indexOf(f.q) < 0) return false;
    return true;
  }
  function apply() {
    var f = state(), shown = {calendar: 0}, totals = {calendar: chips.length};
    for (var i = 0; i < chips.length; i++) {
      var ok = matches(chips[i][1], f, {});
      chips[i][0].hidden = !ok;
      if (ok) shown.calendar = (shown.calendar || 0) + 1;
    }
    var filtering = !!(f.person || f.network || f.pillar || f.status || f.q);
    document.querySelectorAll("table.calendar tbody tr").forEach(function (tr) {
      tr.hidden = filtering && !tr.querySelector("li:not([hidden])");
    });
    document.getElementById("calendar-empty").hidden = !!shown.calendar;
    lists.forEach(function (list) {
      list.matched = list.items.filter(function (it) { return matches(it.rec, f, it.skip); });
      list.limit = LIMIT;
      list.render();
      shown[list.section] = list.matched.length;
      totals[list.section] = list.items.length;
    });
    document.querySelectorAll("[data-count-for]").forEach(function (c) {
      var s = c.dataset.countFor;
      c.textContent = T.shown.replace("{shown}", shown[s] || 0).replace("{total}", totals[s] || 0);
    });
    var active = [];
    ["person", "network", "pillar", "status"].forEach(function (k) {
      var sel = F[k];
      if (f[k]) active.push(T[k] + T.colon + sel.options[sel.selectedIndex].text);
    });
    if (f.q) active.push(T.search + T.colon + F.q.value.trim());
    document.getElementById("active-filters").textContent =
      active.length ? T.filters + T.colon + active.join(" · ") : "";
    var parts = [];
    ["person", "network", "pillar", "status"].forEach(function (k) {
      if (f[k]) parts.push(k + "=" + encodeURIComponent(f[k]));
    });
    if (F.q.value.trim()) parts.push("q=" + encodeURIComponent(F.q.value.trim()));
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname); } catch (e) { /* file: may refuse */ }
    document.body.dataset.shown = JSON.stringify(shown);
  }
  function fromHash() {
    var h = location.hash.slice(1);
    if (h.indexOf("=") < 0) return;
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("="), k = kv.slice(0, i), v = decodeURIComponent(kv.slice(i + 1));
      if (F[k]) F[k].value = v;
    });
  }

  renderCalendar(document.getElementById("calendar-body"));
  renderBacklog(document.getElementById("backlog-body"));
  renderRequests(document.getElementById("requests-body"));
  renderEvents(document.getElementById("events-body"));
  renderDuties(document.getElementById("duties-body"));
  fromHash();
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  window.addEventListener("beforeprint", function () {  // paper gets every matching row
    lists.forEach(function (list) {
      if (list.limit < list.matched.length) { list.limit = Infinity; list.render(); }
    });
  });
  apply();
  document.body.dataset.ready = "1";
})();
