// Entity page: a person, organisation or place; the titles a person held over time; every article naming it.
'use strict';

(() => {
  const {el, clear, api, showError, pathParts, articleHref, indicatorHref, TYPE_NAMES} = dibao;

  /** Consecutive mentions with the same title become one row: from its first date to its last. */
  function titleRuns(titles) {
    const runs = [];
    for (const t of titles) {
      const last = runs[runs.length - 1];
      if (last && last.title === t.title) {
        last.to = t.date;
        last.sources.push(t);
      } else {
        runs.push({title: t.title, from: t.date, to: t.date, sources: [t]});
      }
    }
    return runs;
  }

  async function run() {
    const [, type, name] = pathParts();
    try {
      const e = await api('entities/' + encodeURIComponent(type) + '/' + encodeURIComponent(name));
      document.title = e.name + ' · 地报档案';
      document.getElementById('name').textContent = e.name;
      const about = clear(document.getElementById('about'));
      about.appendChild(document.createTextNode((TYPE_NAMES[e.type] || e.type) + ' · 见于 ' + e.articles.length + ' 篇文章'
        + (e.aliases.length ? ' · 又称 ' + e.aliases.join('、') : '')));
      if (e.type === 'place') {
        about.appendChild(document.createTextNode(' · '));
        about.appendChild(el('a', {href: indicatorHref(e.name)}, '查看该地的指标'));
      }
      const titles = clear(document.querySelector('#titles tbody'));
      const runs = titleRuns(e.titles);
      if (!runs.length) titles.appendChild(el('tr', {}, el('td', {colspan: 3, class: 'empty'}, '没有记载职务。')));
      for (const r of runs) {
        titles.appendChild(el('tr', {},
          el('td', {}, r.from === r.to ? (r.from || '—') : r.from + ' 至 ' + r.to),
          el('td', {}, r.title),
          el('td', {}, r.sources.filter(s => s.article).map((s, i) => [i ? '、' : '',
            el('a', {href: articleHref(s.article)}, [s.paper, s.date].filter(Boolean).join(' ') || '原文')]))));
      }
      const articles = clear(document.querySelector('#articles tbody'));
      for (const a of e.articles) {
        articles.appendChild(el('tr', {},
          el('td', {}, a.date || '—'),
          el('td', {}, a.paper || '—'),
          el('td', {}, el('a', {href: articleHref(a.id)}, a.headline || '（无标题）'))));
      }
    } catch (err) {
      showError(document.getElementById('entity'), err);
    }
    document.body.dataset.ready = 'true';
  }

  run();
})();
