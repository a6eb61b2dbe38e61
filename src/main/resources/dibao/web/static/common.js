// dibao web archive: helpers shared by every page. Everything that comes from a newspaper page is
// put into the DOM as text (textContent / text nodes / attributes), never as HTML.
'use strict';

const dibao = (() => {
  /** el('a', {href: '/x', class: 'y'}, 'text', childNode, ...) */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(key, String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** GET /api/... as JSON; a non-2xx answer throws an Error carrying the API's message and parameter. */
  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== '') query.set(k, v);
    }
    const url = '/api/' + path + (query.toString() ? '?' + query : '');
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    const body = await response.json();
    if (!response.ok) {
      const err = new Error(body.error || ('HTTP ' + response.status));
      err.parameter = body.parameter;
      err.status = response.status;
      throw err;
    }
    return body;
  }

  function showError(container, err) {
    const where = err.parameter ? '（参数 ' + err.parameter + '）' : '';
    clear(container).appendChild(el('p', {class: 'error'}, '出错了' + where + '：' + err.message));
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  /** The last path segment, decoded (/articles/ID, /entities/TYPE/NAME). */
  function pathParts() {
    return location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  }

  function articleHref(id, span) {
    return '/articles/' + encodeURIComponent(id) + (span ? '#s-' + span[0] + '-' + span[1] : '');
  }

  function entityHref(type, name) {
    return '/entities/' + encodeURIComponent(type) + '/' + encodeURIComponent(name);
  }

  function indicatorHref(subject, indicator) {
    const q = new URLSearchParams({subject});
    if (indicator) q.set('indicator', indicator);
    return '/indicators?' + q;
  }

  const UNIT_NAMES = {
    CNY: '元', USD: '美元', EUR: '欧元', '%': '%', pp: '个百分点', t: '吨', kg: '千克', m: '米', cm: '厘米',
    km: '千米', m2: '平方米', m3: '立方米', mu: '亩', ha: '公顷', '°C': '°C', mm: '毫米', year: '年',
    month: '个月', day: '天',
  };
  const TYPE_NAMES = {person: '人物', org: '机构', place: '地点'};
  const KIND_NAMES = {
    amount: '总量', count: '数量', rate: '比率', share: '占比', change: '增减', rank: '位次', target: '目标',
    measure: '度量', news: '新闻', photo: '图片', notice: '公告', column: '专栏', other: '其他',
  };

  function unitName(unit) {
    return UNIT_NAMES[unit] !== undefined ? UNIT_NAMES[unit] : (unit || '');
  }

  /** A scale that keeps big money readable: 亿 / 万 for yuan, dollars and euros. */
  function scaleFor(unit, maxAbs) {
    if (['CNY', 'USD', 'EUR'].includes(unit)) {
      if (maxAbs >= 1e8) return {divisor: 1e8, label: '亿' + unitName(unit)};
      if (maxAbs >= 1e4) return {divisor: 1e4, label: '万' + unitName(unit)};
    }
    return {divisor: 1, label: unitName(unit)};
  }

  function number(x) {
    return Number(x.toFixed(4)).toLocaleString('zh-CN', {maximumFractionDigits: 4});
  }

  /** 10340000000 CNY -> "103.4亿元" */
  function formatValue(value, unit) {
    if (value === null || value === undefined) return '';
    const scale = scaleFor(unit, Math.abs(value));
    return number(value / scale.divisor) + scale.label;
  }

  function checkBadges(checks) {
    if (!checks || !checks.length) return [el('span', {class: 'muted'}, '—')];
    return checks.map(c => el('span', {class: 'check ' + (c.passed ? 'pass' : 'fail'), title: c.message || ''},
      (c.passed ? '✓ ' : '✗ ') + c.name));
  }

  return {el, append, clear, api, showError, params, pathParts, articleHref, entityHref, indicatorHref,
    unitName, scaleFor, number, formatValue, checkBadges, TYPE_NAMES, KIND_NAMES};
})();
