// Entities list: people, organisations and places, most often named first, filtered by type and name.
'use strict';

(() => {
  const {el, clear, api, showError, params, entityHref, TYPE_NAMES} = dibao;
  const current = params();
  const type = current.get('type') || '';
  document.getElementById('type').value = type;
  document.getElementById('q').value = current.get('q') || '';

  const tabs = document.getElementById('tabs');
  for (const [value, label] of [['', '全部'], ['person', '人物'], ['org', '机构'], ['place', '地点']]) {
    const next = new URLSearchParams(current);
    if (value) next.set('type', value); else next.delete('type');
    tabs.appendChild(el('a', {href: '/entities?' + next, class: value === type ? 'current' : null}, label));
  }

  async function run() {
    const body = clear(document.querySelector('#list tbody'));
    try {
      const result = await api('entities', {type, q: current.get('q')});
      if (!result.entities.length) body.appendChild(el('tr', {}, el('td', {colspan: 4, class: 'empty'}, '没有符合条件的条目。')));
      for (const e of result.entities) {
        body.appendChild(el('tr', {},
          el('td', {}, el('a', {href: entityHref(e.type, e.name)}, e.name)),
          el('td', {}, TYPE_NAMES[e.type] || e.type),
          el('td', {}, e.title || '—'),
          el('td', {class: 'num'}, String(e.articles))));
      }
    } catch (err) {
      showError(body, err);
    }
    document.body.dataset.ready = 'true';
  }

  run();
})();
