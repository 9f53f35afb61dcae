// graphbuild's interactive page: the actor network drawn by vis-network, filtered by relation,
// by a period (each report dated by coalesce(date, reported), as in the queries) and by the kind
// of actor, searched by any spelling, with a click on a link listing every report behind it.
'use strict';

const DATA = JSON.parse(document.getElementById('graph-data').textContent);
const TEXT = {
  en: {relations: 'Relations', period: 'Period', from: 'from', to: 'to', undated: 'undated reports',
       search: 'Find an actor (any spelling)', sources: 'outlets and unnamed sources',
       hint: 'Click a link to read the reports behind it, or an actor to see its spellings.',
       counts: (a, l, r) => `${a} actors, ${l} links, ${r} reports shown`,
       article: 'article', outlet: 'outlet', date: 'date', place: 'place', negated: 'denied',
       directness: 'directness', source: 'source', via: 'via', yes: 'yes', no: 'no', aliases: 'spellings',
       reports: 'reports', links: 'links', nomatch: 'no actor has that spelling', undatedValue: 'undated',
       reportedOn: 'article date'},
  ar: {relations: 'العلاقات', period: 'الفترة', from: 'من', to: 'إلى', undated: 'أخبار بلا تاريخ',
       search: 'ابحث عن طرف (بأي تهجئة)', sources: 'الوسائل الإعلامية والمصادر المجهولة',
       hint: 'انقر على صلة لقراءة الأخبار التي تسندها، أو على طرف لرؤية تهجئاته.',
       counts: (a, l, r) => `${a} طرفا، ${l} صلة، ${r} خبرا`,
       article: 'المقال', outlet: 'الوسيلة', date: 'التاريخ', place: 'المكان', negated: 'منفي',
       directness: 'المباشرة', source: 'المصدر', via: 'عبر', yes: 'نعم', no: 'لا', aliases: 'التهجئات',
       reports: 'أخبار', links: 'صلات', nomatch: 'لا طرف بهذه التهجئة', undatedValue: 'بلا تاريخ',
       reportedOn: 'تاريخ المقال'},
};
const T = TEXT[DATA.lang] || TEXT.en;

// The folding graphbuild uses for matching (cypher/queries/actor.cypher does the same).
const FOLD = [[/[\u064B-\u0652\u0670\u0640]/g, ''], [/[\u0623\u0625\u0622\u0671]/g, '\u0627'],
              [/\u0649/g, '\u064A'], [/\u0629/g, '\u0647'], [/\u0624/g, '\u0648'], [/\u0626/g, '\u064A'],
              [/\u06CC/g, '\u064A'], [/[\u06A9\u06AF]/g, '\u0643'], [/\u067E/g, '\u0628'], [/\u0686/g, '\u062C']];
function fold(text) {
  return FOLD.reduce((s, [from, to]) => s.replace(from, to), (text || '').normalize('NFKC')).toLowerCase().trim();
}

// A report's date is in [from, to] when it overlaps it: '2025-03' is in a period that touches March.
function inPeriod(date, from, to) {
  return date >= from.slice(0, date.length) && date <= to.slice(0, date.length);
}

const state = {relations: new Set(DATA.relations.filter(r => r.shown).map(r => r.name)),
               from: 0, to: Math.max(DATA.dates.length - 1, 0), undated: true, sources: DATA.sources};
const nodeById = new Map(DATA.nodes.map(n => [n.id, n]));
const linkById = new Map(DATA.links.map(l => [l.id, l]));
const colourOf = Object.fromEntries(DATA.relations.map(r => [r.name, r.colour]));

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

function shownReports(link) {
  if (!state.relations.has(link.relation)) return [];
  const from = DATA.dates[state.from] || '', to = DATA.dates[state.to] || '';
  return link.evidence.filter(e => e.date ? inPeriod(e.date, from, to) : state.undated);
}

function actorShown(id) {
  return state.sources || !nodeById.get(id).source;
}

const nodes = new vis.DataSet(DATA.nodes.map(n => ({
  id: n.id, label: n.label, title: n.aliases.slice(0, 8).join(' · ') || n.label,
  color: {background: DATA.typeColours[n.type] || '#dddddd', border: '#424949'},
  font: {face: 'Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif', size: 15, strokeWidth: 3, strokeColor: '#ffffff'},
  shape: 'dot', size: 10,
})));
const edges = new vis.DataSet(DATA.links.map(l => ({
  id: l.id, from: l.from, to: l.to, color: {color: colourOf[l.relation], highlight: colourOf[l.relation]},
  arrows: l.relation === 'STATED' ? 'to' : undefined,
  smooth: l.bend ? {type: 'curvedCW', roundness: l.bend} : false,
})));

function update() {
  const visibleNodes = new Set();
  const edgeUpdates = [];
  let links = 0, reports = 0;
  for (const link of DATA.links) {
    const shown = shownReports(link);
    const visible = shown.length > 0 && actorShown(link.from) && actorShown(link.to);
    if (visible) {
      links += 1;
      reports += shown.length;
      visibleNodes.add(link.from);
      visibleNodes.add(link.to);
    }
    edgeUpdates.push({id: link.id, hidden: !visible, width: 1 + 1.5 * Math.log2(1 + shown.length),
                      dashes: visible && shown.every(e => e.negated),
                      title: `${link.relation}: ${shown.length} ${T.reports}`});
  }
  edges.update(edgeUpdates);
  const degree = new Map();
  for (const link of DATA.links) {
    if (!edges.get(link.id).hidden) {
      degree.set(link.from, (degree.get(link.from) || 0) + 1);
      degree.set(link.to, (degree.get(link.to) || 0) + 1);
    }
  }
  nodes.update(DATA.nodes.map(n => ({id: n.id, hidden: !visibleNodes.has(n.id),
                                      size: 8 + 3 * Math.sqrt(degree.get(n.id) || 0)})));
  document.getElementById('from-label').value = DATA.dates[state.from] || '—';
  document.getElementById('to-label').value = DATA.dates[state.to] || '—';
  const counts = document.getElementById('counts');
  counts.textContent = T.counts(visibleNodes.size, links, reports);
  counts.dataset.actors = visibleNodes.size;
  counts.dataset.links = links;
  counts.dataset.reports = reports;
}

function field(list, name, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
  list.append(el('dt', {}, T[name]), el('dd', {dir: 'auto'}, Array.isArray(value) ? value.join('، ') : String(value)));
}

function showLink(id) {
  const link = linkById.get(id);
  const panel = document.getElementById('panel');
  const shown = shownReports(link);
  panel.replaceChildren(el('h2', {}, `${nodeById.get(link.from).label} — ${nodeById.get(link.to).label}: ${link.relation}`));
  panel.dataset.link = id;
  for (const e of shown) {
    const facts = el('dl');
    field(facts, 'article', e.title ? `${e.title} (${e.article})` : e.article);
    field(facts, 'outlet', e.outlet);
    field(facts, 'date', e.date ? (e.precision ? `${e.date} (${e.precision})` : `${e.date} (${T.reportedOn})`)
                                : T.undatedValue);
    field(facts, 'place', e.place);
    field(facts, 'negated', e.negated ? T.yes : T.no);
    field(facts, 'directness', e.directness);
    field(facts, 'source', e.source);
    field(facts, 'via', e.via);
    const item = el('div', {class: 'evidence' + (e.negated ? ' denied' : '')}, el('p', {class: 'sentence'}, e.sentence), facts);
    if (e.url) facts.append(el('dt', {}, 'url'), el('dd', {dir: 'ltr'}, el('a', {href: e.url}, e.url)));
    panel.append(item);
  }
}

function showActor(id) {
  const actor = nodeById.get(id);
  const panel = document.getElementById('panel');
  panel.dataset.link = '';
  panel.replaceChildren(el('h2', {}, `${actor.label} (${actor.type})`));
  if (actor.name !== actor.label) panel.append(el('p', {}, actor.name));
  panel.append(el('p', {}, el('strong', {}, T.aliases + ': '), actor.aliases.join('، ')));
  const list = el('ul');
  for (const link of DATA.links) {
    if ((link.from === id || link.to === id) && !edges.get(link.id).hidden) {
      const other = nodeById.get(link.from === id ? link.to : link.from);
      const item = el('li', {class: 'match'}, `${link.relation} — ${other.label} (${shownReports(link).length})`);
      item.addEventListener('click', () => { network.selectEdges([link.id]); showLink(link.id); });
      list.append(item);
    }
  }
  panel.append(el('h2', {}, T.links), list);
}

function search(term) {
  const key = fold(term);
  const panel = document.getElementById('panel');
  if (!key) { network.unselectAll(); return; }
  const found = DATA.nodes.filter(n => !nodes.get(n.id).hidden &&
    (fold(n.label).includes(key) || fold(n.name).includes(key) || n.keys.some(k => k.includes(key))));
  panel.dataset.link = '';
  panel.replaceChildren(el('h2', {}, `${T.search}: ${term}`));
  if (!found.length) { panel.append(el('p', {class: 'hint'}, T.nomatch)); network.unselectAll(); return; }
  const list = el('ul', {id: 'matches'});
  for (const n of found) {
    const item = el('li', {class: 'match', 'data-id': n.id}, n.label);
    item.addEventListener('click', () => { network.focus(n.id, {scale: 1.2, animation: false}); showActor(n.id); });
    list.append(item);
  }
  panel.append(list);
  network.selectNodes(found.map(n => n.id));
  if (found.length === 1) network.focus(found[0].id, {scale: 1.2, animation: false});
}

for (const [key, value] of Object.entries(T)) {
  document.querySelectorAll(`[data-text="${key}"]`).forEach(node => { node.textContent = value; });
}
document.getElementById('search').placeholder = T.search;
const relations = document.getElementById('relations');
for (const r of DATA.relations) {
  const box = el('input', {type: 'checkbox', value: r.name, id: `relation-${r.name}`});
  box.checked = state.relations.has(r.name);
  box.addEventListener('change', () => { box.checked ? state.relations.add(r.name) : state.relations.delete(r.name); update(); });
  const swatch = el('span', {class: 'swatch', style: `background:${r.colour}`});
  relations.append(el('label', {}, box, swatch, r.name));
}
const types = document.getElementById('types');
for (const type of new Set(DATA.nodes.map(n => n.type))) {
  types.append(el('span', {class: 'legend'}, el('span', {class: 'dot', style: `background:${DATA.typeColours[type] || '#dddddd'}`}), type));
}
for (const id of ['from', 'to']) {
  const slider = document.getElementById(id);
  slider.max = Math.max(DATA.dates.length - 1, 0);
  slider.value = state[id];
  slider.disabled = DATA.dates.length === 0;
  slider.addEventListener('input', () => {
    state[id] = Number(slider.value);
    if (state.from > state.to) { state[id === 'from' ? 'to' : 'from'] = state[id]; }
    document.getElementById('from').value = state.from;
    document.getElementById('to').value = state.to;
    update();
  });
}
document.getElementById('undated').addEventListener('change', e => { state.undated = e.target.checked; update(); });
const sourcesBox = document.getElementById('sources');
sourcesBox.checked = state.sources;
sourcesBox.addEventListener('change', e => { state.sources = e.target.checked; update(); });
document.getElementById('search').addEventListener('input', e => search(e.target.value));

update();
const network = new vis.Network(document.getElementById('network'), {nodes, edges}, {
  physics: {solver: 'forceAtlas2Based', forceAtlas2Based: {gravitationalConstant: -60, springLength: 120},
            stabilization: {iterations: 400, fit: true}},
  interaction: {hover: true, tooltipDelay: 150, selectConnectedEdges: false},
  edges: {hoverWidth: 1.5, selectionWidth: 2},
});
network.on('click', params => {
  if (params.nodes.length) showActor(params.nodes[0]);
  else if (params.edges.length) showLink(params.edges[0]);
});
network.once('stabilizationIterationsDone', () => {
  network.setOptions({physics: false});
  network.fit();
  document.body.dataset.ready = 'true';
});
window.graphbuildPage = {network, nodes, edges, state, update};
