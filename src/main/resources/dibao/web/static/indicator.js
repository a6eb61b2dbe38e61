// Indicator page: one subject's indicator as a time series (ECharts), the same figures as each paper
// printed them, and the table of figures with their sources and check results. Without a subject
// and indicator it lists the indicators there are.
'use strict';

(() => {
  const {el, clear, api, showError, params, articleHref, indicatorHref, unitName, scaleFor, number, formatValue,
    checkBadges} = dibao;
  const current = params();
  const subject = current.get('subject');
  const indicator = current.get('indicator');

  async function showIndex() {
    document.getElementById('index').hidden = false;
    document.getElementById('subject').value = subject || '';
    const body = clear(document.querySelector('#indicators tbody'));
    try {
      const result = await api('indicators', {subject});
      if (!result.indicators.length) body.appendChild(el('tr', {}, el('td', {colspan: 3, class: 'empty'}, '没有指标。')));
      for (const i of result.indicators) {
        body.appendChild(el('tr', {},
          el('td', {}, el('a', {href: indicatorHref(i.subject)}, i.subject)),
          el('td', {}, el('a', {href: indicatorHref(i.subject, i.indicator)}, i.indicator)),
          el('td', {class: 'num'}, String(i.facts))));
      }
      if (subject) await showRegion(result.indicators.slice(0, 12));
    } catch (err) {
      showError(body, err);
    }
  }

  /** A region's figures across papers: how many figures of each of its indicators each paper printed. */
  async function showRegion(indicators) {
    if (!indicators.length) return;
    const result = await api('facts', {subject, limit: 10000});
    const names = indicators.map(i => i.indicator);
    const papers = [...new Set(result.facts.map(f => f.paper || '未知报纸'))];
    document.getElementById('region').hidden = false;
    document.getElementById('region-title').textContent = subject + '：各报刊载的数字（条）';
    chart(document.getElementById('region-chart'), names, papers.map(paper => ({
      name: paper, type: 'bar', stack: 'papers', barMaxWidth: 64,
      data: names.map(n => result.facts.filter(f => f.indicator === n && (f.paper || '未知报纸') === paper).length),
    })), {divisor: 1, label: '条'}, true);
  }

  /** The tooltip as DOM built from text, so no page string is ever parsed as HTML. */
  function tooltip(scale) {
    return items => {
      const list = Array.isArray(items) ? items : [items];
      const box = el('div', {}, el('strong', {}, list.length ? list[0].axisValue : ''));
      for (const item of list) {
        if (item.value === null || item.value === undefined) continue;
        box.appendChild(el('div', {}, item.seriesName + '：' + number(item.value) + scale.label));
      }
      return box;
    };
  }

  function chart(node, periods, series, scale, fromZero) {
    const instance = echarts.init(node, null, {renderer: 'canvas'});
    instance.setOption({
      animation: false,
      textStyle: {fontFamily: getComputedStyle(document.body).fontFamily},
      grid: {left: 70, right: 30, top: 40, bottom: 40},
      tooltip: {trigger: 'axis', formatter: tooltip(scale)},
      legend: {top: 5},
      xAxis: {type: 'category', data: periods},
      yAxis: {type: 'value', name: scale.label, scale: !fromZero},
      series,
    });
    window.addEventListener('resize', () => instance.resize());
    node.dataset.rendered = 'true';
    return instance;
  }

  /** Where a figure goes on the time axis: its period, else its issue date (as the API places it). */
  const position = f => f.period || f.date;

  /** One value per period: the one most reports give (the same rule the API's line uses). */
  function lineFor(facts) {
    const byPeriod = new Map();
    for (const f of facts) {
      if (!position(f)) continue;
      if (!byPeriod.has(position(f))) byPeriod.set(position(f), new Map());
      const votes = byPeriod.get(position(f));
      votes.set(f.value, (votes.get(f.value) || 0) + 1);
    }
    return [...byPeriod].map(([period, votes]) => ({
      period, value: [...votes].reduce((best, v) => (v[1] > best[1] ? v : best))[0],
    }));
  }

  function renderCharts(s, unit) {
    const facts = s.facts.filter(f => f.unit === unit);
    const line = unit === s.unit ? s.line : lineFor(facts);
    const order = new Map(s.facts.map((f, i) => [position(f), i])); // the API sorts figures by period
    const periods = [...new Set(facts.filter(position).map(position))]
      .sort((a, b) => order.get(a) - order.get(b));
    const scale = scaleFor(unit, Math.max(0, ...facts.map(f => Math.abs(f.value))));
    const at = new Map(line.map(p => [p.period, p.value / scale.divisor]));
    chart(document.getElementById('chart'), periods, [{
      name: s.indicator, type: 'line', symbolSize: 8, connectNulls: true,
      data: periods.map(p => (at.has(p) ? at.get(p) : null)),
    }], scale);
    const papers = [...new Set(facts.map(f => f.paper || '未知报纸'))];
    chart(document.getElementById('papers-chart'), periods, papers.map(paper => {
      const values = new Map();
      for (const f of facts) if ((f.paper || '未知报纸') === paper && position(f)) values.set(position(f), f.value / scale.divisor);
      return {name: paper, type: 'bar', barMaxWidth: 48, data: periods.map(p => (values.has(p) ? values.get(p) : null))};
    }), scale, true); // bars start at zero, or their lengths would mislead
  }

  function renderTable(s) {
    const body = clear(document.querySelector('#facts tbody'));
    for (const f of s.facts) {
      body.appendChild(el('tr', {},
        el('td', {}, f.period || (f.date ? '（未注明，按报道日 ' + f.date + '）' : '—')),
        el('td', {class: 'num'}, formatValue(f.value, f.unit)),
        el('td', {}, f.text || ''),
        el('td', {}, f.paper || '—'),
        el('td', {}, f.date || '—'),
        el('td', {}, el('a', {href: articleHref(f.article, f.span), class: 'source'}, f.headline || '原文')),
        el('td', {}, checkBadges(f.checks))));
    }
  }

  async function showSeries() {
    const box = document.getElementById('series');
    box.hidden = false;
    document.title = subject + ' · ' + indicator + ' · 地报档案';
    document.getElementById('title').textContent = subject + ' · ' + indicator;
    try {
      const s = await api('series', {subject, indicator});
      const unit = s.units.includes(current.get('unit')) ? current.get('unit') : s.unit;
      document.getElementById('about').textContent = '共 ' + s.facts.length + ' 条数字，来自 '
        + new Set(s.facts.map(f => f.paper)).size + ' 种报纸' + (unit ? '；单位：' + (unitName(unit) || unit) : '');
      const tabs = clear(document.getElementById('units'));
      if (s.units.length > 1) {
        tabs.appendChild(document.createTextNode('单位：'));
        for (const u of s.units) {
          const next = new URLSearchParams(current);
          next.set('unit', u);
          tabs.appendChild(el('a', {href: '/indicators?' + next, class: u === unit ? 'current' : null}, unitName(u) || u));
        }
      }
      if (unit) renderCharts(s, unit);
      renderTable(s);
    } catch (err) {
      showError(box, err);
    }
  }

  (subject && indicator ? showSeries() : showIndex()).finally(() => { document.body.dataset.ready = 'true'; });
})();
