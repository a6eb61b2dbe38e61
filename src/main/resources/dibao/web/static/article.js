// Article page: clean text with figures and entities marked, and beside it the page text as printed
// with this article's spans highlighted. Every figure links to its span on the page (#s-START-END).
'use strict';

(() => {
  const {el, clear, api, showError, pathParts, entityHref, indicatorHref, formatValue, checkBadges, KIND_NAMES} = dibao;

  const spanId = span => 's-' + span[0] + '-' + span[1];

  function renderHead(a) {
    const head = clear(document.getElementById('head'));
    document.title = (a.headline || '文章') + ' · 地报档案';
    head.appendChild(el('h1', {id: 'headline'}, a.headline || '（无标题）'));
    for (const sub of a.subheadlines) head.appendChild(el('p', {class: 'sub'}, sub));
    const meta = [a.paper, a.date, KIND_NAMES[a.kind] || a.kind, a.dateline,
      a.reporters.length ? '记者 ' + a.reporters.join('、') : null, a.source].filter(Boolean).join(' · ');
    head.appendChild(el('p', {class: 'meta'}, meta));
    if (a.continued_from) head.appendChild(el('p', {class: 'meta'}, '（上接' + a.continued_from + '）'));
    if (a.continued_to) head.appendChild(el('p', {class: 'meta'}, '（下转' + a.continued_to + '）'));
  }

  /** The clean text with marks: figures link to their span on the page, entities to their page. */
  function renderClean(a) {
    const chars = Array.from(a.text || '');
    const box = clear(document.getElementById('clean'));
    let at = 0;
    for (const m of a.marks) {
      const [start, end] = m.span;
      if (start < at) continue;
      box.appendChild(document.createTextNode(chars.slice(at, start).join('')));
      const text = chars.slice(start, end).join('');
      if (m.type === 'fact') {
        const fact = a.facts[Number(m.ref)];
        box.appendChild(el('a', {class: 'fig', href: '#' + spanId(fact.span),
          title: [fact.subject, fact.indicator, fact.period, formatValue(fact.value, fact.unit)].filter(Boolean).join(' · ')}, text));
      } else {
        box.appendChild(el('a', {class: 'ent ' + m.type, href: entityHref(m.type, m.ref), title: m.ref}, text));
      }
      at = end;
    }
    box.appendChild(document.createTextNode(chars.slice(at).join('')));
  }

  /** The page text cut at every span boundary; each piece carries the classes of the spans covering it. */
  function renderPage(a) {
    const chars = Array.from(a.page_text || '');
    const layers = [];
    for (const s of a.spans) layers.push({span: s, cls: 'in-article'});
    for (const s of a.duplicate_spans) layers.push({span: s, cls: 'dup'});
    for (const f of a.facts) if (f.span) layers.push({span: f.span, cls: 'src', id: spanId(f.span)});
    const cuts = new Set([0, chars.length]);
    for (const l of layers) { cuts.add(l.span[0]); cuts.add(l.span[1]); }
    const points = [...cuts].filter(x => x >= 0 && x <= chars.length).sort((x, y) => x - y);
    const box = clear(document.getElementById('page-text'));
    const named = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const text = chars.slice(start, end).join('');
      const covering = layers.filter(l => l.span[0] <= start && end <= l.span[1] && l.span[0] < l.span[1]);
      if (!covering.length) {
        box.appendChild(document.createTextNode(text));
        continue;
      }
      const piece = el('span', {class: [...new Set(covering.map(l => l.cls))].join(' ')}, text);
      const source = covering.find(l => l.id && !named.has(l.id));
      if (source) {
        piece.id = source.id;
        named.add(source.id);
      }
      box.appendChild(piece);
    }
  }

  function renderFacts(a) {
    const body = clear(document.querySelector('#facts tbody'));
    if (!a.facts.length) body.appendChild(el('tr', {}, el('td', {colspan: 6, class: 'empty'}, '本文没有识别出数字。')));
    for (const f of a.facts) {
      body.appendChild(el('tr', {},
        el('td', {}, el('a', {href: '#' + spanId(f.span), class: 'fig'}, f.text || '')),
        el('td', {class: 'num'}, formatValue(f.value, f.unit)),
        el('td', {}, f.subject || '—'),
        el('td', {}, f.subject && f.indicator ? el('a', {href: indicatorHref(f.subject, f.indicator)}, f.indicator) : (f.indicator || '—')),
        el('td', {}, f.period || '—'),
        el('td', {}, checkBadges(f.checks))));
    }
  }

  function renderEntities(a) {
    const box = clear(document.getElementById('entities'));
    if (!a.entities.length) box.appendChild(el('p', {class: 'empty'}, '无'));
    for (const e of a.entities) {
      box.appendChild(el('a', {class: 'chip ent ' + e.type, href: entityHref(e.type, e.name)},
        e.name + (e.title ? '（' + e.title + '）' : '')));
    }
  }

  /** Scrolls the page text to the span named by the URL's #s-START-END and makes it flash. */
  function showSpan() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    if (!target) return;
    document.querySelectorAll('.src.flash').forEach(n => n.classList.remove('flash'));
    target.classList.add('flash');
    target.scrollIntoView({block: 'center'});
  }

  function scrollToArticle() {
    const first = document.querySelector('#page-text .in-article');
    const box = document.getElementById('page-text');
    if (first) box.scrollTop = first.offsetTop - box.offsetTop - 40;
  }

  async function run() {
    const id = pathParts()[1];
    try {
      const a = await api('articles/' + encodeURIComponent(id));
      renderHead(a);
      renderClean(a);
      renderPage(a);
      renderFacts(a);
      renderEntities(a);
      scrollToArticle();
      showSpan();
      window.addEventListener('hashchange', showSpan);
      // A second click on the same figure does not change the hash; flash its span again anyway.
      document.addEventListener('click', e => { if (e.target.closest('a.fig')) setTimeout(showSpan, 0); });
    } catch (err) {
      showError(document.getElementById('article'), err);
    }
    document.body.dataset.ready = 'true';
  }

  run();
})();
