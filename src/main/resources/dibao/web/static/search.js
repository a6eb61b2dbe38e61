// Search page: query box, hits with highlighted snippets, facets that narrow the results.
'use strict';

(() => {
  const {el, clear, api, showError, params, articleHref} = dibao;
  const FILTERS = ['paper', 'person', 'org', 'place', 'from', 'to'];
  const FACETS = [
    ['paper', '报纸', 'paper'],
    ['month', '日期', null],
    ['person', '人物', 'person'],
    ['org', '机构', 'org'],
    ['place', '地点', 'place'],
  ];
  const FILTER_NAMES = {paper: '报纸', person: '人物', org: '机构', place: '地点', from: '从', to: '到'};

  const current = params();
  document.getElementById('q').value = current.get('q') || '';
  document.getElementById('from').value = current.get('from') || '';
  document.getElementById('to').value = current.get('to') || '';

  /** The current search with some parameters changed (null removes one); any change goes back to page 1. */
  function link(changes) {
    const next = new URLSearchParams(current);
    next.delete('offset');
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k); else next.set(k, v);
    }
    return '/search?' + next;
  }

  function renderFilters() {
    const box = clear(document.getElementById('filters'));
    for (const name of FILTERS) {
      const value = current.get(name);
      if (!value) continue;
      box.appendChild(el('span', {class: 'chip', dataset: {filter: name}}, FILTER_NAMES[name] + '：' + value,
        el('a', {href: link({[name]: null}), title: '取消此条件'}, '×')));
    }
  }

  function renderFacets(facets) {
    const box = clear(document.getElementById('facets'));
    for (const [key, label, parameter] of FACETS) {
      const counts = facets[key] || [];
      if (!counts.length) continue;
      box.appendChild(el('h3', {}, label));
      const list = el('ul', {dataset: {facet: key}});
      for (const c of counts.slice(0, 12)) {
        const changes = parameter ? {[parameter]: c.value} : {from: c.value, to: c.value};
        list.appendChild(el('li', {},
          el('a', {href: link(changes), class: 'facet-value', dataset: {facet: key, value: c.value}}, c.value),
          el('span', {class: 'count'}, String(c.count))));
      }
      box.appendChild(list);
    }
  }

  function snippet(parts) {
    return parts.map(p => p.match ? el('mark', {}, p.text) : document.createTextNode(p.text));
  }

  function renderHits(result) {
    const hits = clear(document.getElementById('hits'));
    document.getElementById('summary').textContent = '共 ' + result.total + ' 篇文章';
    if (!result.hits.length) {
      hits.appendChild(el('li', {class: 'empty'}, '没有找到相关文章。'));
    }
    for (const h of result.hits) {
      hits.appendChild(el('li', {class: 'hit'},
        el('a', {class: 'headline', href: articleHref(h.id)}, h.headline || '（无标题）'),
        el('div', {class: 'meta'}, [h.paper, h.date, h.source].filter(Boolean).join(' · ')),
        el('div', {class: 'snippet'}, snippet(h.snippet))));
    }
    const pager = clear(document.getElementById('pager'));
    if (result.offset > 0) {
      const prev = new URLSearchParams(current);
      prev.set('offset', Math.max(0, result.offset - result.limit));
      pager.appendChild(el('a', {href: '/search?' + prev}, '← 上一页'));
    }
    if (result.offset + result.hits.length < result.total) {
      const next = new URLSearchParams(current);
      next.set('offset', result.offset + result.limit);
      pager.appendChild(el('a', {href: '/search?' + next}, '下一页 →'));
    }
  }

  async function run() {
    const query = {};
    for (const [k, v] of current) query[k] = v;
    renderFilters();
    try {
      const result = await api('search', query);
      renderFacets(result.facets);
      renderHits(result);
    } catch (err) {
      showError(document.getElementById('hits'), err);
    }
    document.body.dataset.ready = 'true';
  }

  run();
})();
