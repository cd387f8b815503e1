// The agency's analytics page (/console/analytics): a period, then each figure as a chart (Chart.js, served by the
// bot itself) and as a table. Managers only: the API answers 403 to advisors. Every text goes through textContent.
import { api } from './api.js';
import { byId, el } from './dom.js';
import { label, language, loadLanguages, preferredLanguage, setLanguage, t } from './i18n.js';

const Chart = window.Chart;
const COLOURS = ['#1d4f91', '#d9822b', '#2e8540', '#a4161a', '#6f42c1', '#0f7c8c', '#8a6d00', '#545d68'];
const DAY = 86_400_000;
const charts = [];
let figures = null;

const say = (text, isError = false) => { byId('status').textContent = text; byId('status').classList.toggle('error', isError); };
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const fmt = (n) => (n === null || n === undefined ? t('analytics.hidden') : Number(n).toLocaleString(language()));
/** A drop-off worked out from published counts is itself a count: hidden under 5 too. */
const dropOff = (q) => {
  if (q.asked === null || q.answered === null || q.skipped === null) return null;
  const n = Math.max(0, q.asked - q.answered - q.skipped);
  return n < 5 ? null : n;
};

function table(headers, rows) {
  if (rows.length === 0) return el('p', { className: 'hint', text: t('analytics.none') });
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell, i) => (i === 0
      ? el('th', { text: cell, attrs: { scope: 'row' } })
      : el('td', { text: typeof cell === 'number' || cell === null ? fmt(cell) : cell, className: cell === null ? 'n hidden' : typeof cell === 'number' ? 'n' : '' })))))));
}

function chart(id, type, labels, datasets, options = {}) {
  const canvas = byId(id);
  canvas.setAttribute('aria-label', `${canvas.closest('section').querySelector('h2').textContent} — ${t('analytics.table')}`);
  charts.push(new Chart(canvas, {
    type,
    data: { labels, datasets: datasets.map((d, i) => ({ backgroundColor: COLOURS[i % COLOURS.length], borderColor: COLOURS[i % COLOURS.length], ...d })) },
    options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: datasets.length > 1 } }, scales: { y: { beginAtZero: true } }, ...options },
  }));
}

function put(id, node) { byId(id).replaceChildren(node); }

function render(f) {
  for (const c of charts.splice(0)) c.destroy();
  byId('shown-period').textContent = t('analytics.shownPeriod', { from: f.period.from, to: f.period.to });

  const funnel = [['started', f.conversations], ['complete', f.profileComplete], ['recommended', f.recommended], ['opened', f.linksOpened]];
  chart('funnel-chart', 'bar', funnel.map(([k]) => t(`analytics.funnel.${k}`)), [{ label: t('analytics.funnel.count'), data: funnel.map(([, n]) => n) }]);
  put('funnel-table', table([t('analytics.funnel.step'), t('analytics.funnel.count')], funnel.map(([k, n]) => [t(`analytics.funnel.${k}`), n])));

  const metrics = ['asked', 'answered', 'skipped', 'misunderstood'];
  const slot = (s) => t(`analytics.slots.${s}`);
  chart('questions-chart', 'bar', f.questions.map((q) => slot(q.slot)), [
    ...metrics.map((m) => ({ label: t(`analytics.questions.${m}`), data: f.questions.map((q) => q[m]) })),
    { label: t('analytics.questions.dropOff'), data: f.questions.map(dropOff) },
  ]);
  const qHead = [t('analytics.questions.question'), ...metrics.map((m) => t(`analytics.questions.${m}`)), t('analytics.questions.dropOff')];
  put('questions-table', table(qHead, f.questions.map((q) => [slot(q.slot), ...metrics.map((m) => q[m]), dropOff(q)])));
  put('questions-language-table', table([t('analytics.questions.question'), t('analytics.questions.language'), ...qHead.slice(1)],
    f.questionsByLanguage.map((q) => [slot(q.slot), label('language', q.language), ...metrics.map((m) => q[m]), dropOff(q)])));

  chart('unmet-chart', 'bar', f.unmetFields.map((u) => label('field', u.field)), [{ label: t('analytics.unmet.count'), data: f.unmetFields.map((u) => u.count) }]);
  put('unmet-table', table([t('analytics.unmet.field'), t('analytics.unmet.count')], f.unmetFields.map((u) => [label('field', u.field), u.count])));
  byId('unmet-topics-table').replaceChildren(table([t('analytics.unmet.topic'), t('analytics.unmet.count')], f.unmetTopics.map((u) => [label('topic', u.topic), u.count])));

  const top = f.items.slice(0, 15);
  chart('items-chart', 'bar', top.map((i) => i.id), [
    { label: t('analytics.items.shown'), data: top.map((i) => i.shown) }, { label: t('analytics.items.opened'), data: top.map((i) => i.opened) },
  ], { indexAxis: 'y', scales: { x: { beginAtZero: true } } });
  put('items-table', table([t('analytics.items.item'), t('analytics.items.shown'), t('analytics.items.opened')], f.items.map((i) => [i.id, i.shown, i.opened])));
  put('items-region-table', table([t('analytics.items.region'), t('analytics.items.item'), t('analytics.items.shown'), t('analytics.items.opened')],
    f.itemsByRegion.map((i) => [label('region', i.region), i.id, i.shown, i.opened])));

  const handoffs = ['requested', 'queued', 'claimed', 'resolved', 'expired', 'cancelled', 'callbacks', 'callbacksDone'];
  chart('handoffs-chart', 'bar', handoffs.map((k) => t(`analytics.handoffs.${k}`)), [{ label: t('analytics.handoffs.count'), data: handoffs.map((k) => f.handoffs[k] ?? null) }]);
  put('handoffs-table', table([t('analytics.handoffs.what'), t('analytics.handoffs.count')], handoffs.map((k) => [t(`analytics.handoffs.${k}`), f.handoffs[k] ?? null])));
  const minutes = (s) => (s === null ? null : t('analytics.handoffs.minutes', { minutes: (s / 60).toLocaleString(language(), { maximumFractionDigits: 1 }) }));
  put('waits-table', table([t('analytics.handoffs.wait'), t('analytics.handoffs.count'), t('analytics.handoffs.average'), t('analytics.handoffs.max')],
    [['claimed', 'waitClaimed'], ['expired', 'waitExpired'], ['callbacks', 'waitCallbacks']].map(([k, text]) => {
      const w = f.waits[k];
      return [t(`analytics.handoffs.${text}`), w.count, minutes(w.averageSeconds), minutes(w.maxSeconds)];
    })));

  overTime('languages', f.days, 'languages', (code) => label('language', code), t('analytics.questions.language'));
  overTime('channels', f.days, 'channels', (code) => code, t('analytics.time.channel'));
}

function overTime(id, days, key, name, header) {
  const codes = [...new Set(days.flatMap((d) => Object.keys(d[key])))].sort();
  chart(`${id}-chart`, 'line', days.map((d) => d.day), codes.map((c) => ({ label: name(c), data: days.map((d) => d[key][c] ?? null), spanGaps: false })));
  put(`${id}-table`, table([t('analytics.time.day'), ...codes.map(name)], days.map((d) => [d.day, ...codes.map((c) => d[key][c] ?? null)])));
}

async function load(from, to) {
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  byId('csv').setAttribute('href', `/console/api/analytics.csv?${query}`);
  say(t('analytics.loading'));
  try {
    figures = await api('GET', `/console/api/analytics?${query}`);
    render(figures);
    say('');
  } catch (err) {
    if (err.status === 403) deny('analytics.notManager');
    else if (err.status === 401) deny('analytics.signIn');
    else say(err.status === 400 ? t('analytics.badPeriod') : t('app.error'), true);
  }
}

function deny(key) {
  byId('report').hidden = true;
  byId('denied').hidden = false;
  byId('denied').dataset.key = key;
  byId('denied-text').textContent = t(key);
  say('');
}

async function boot() {
  const languages = await loadLanguages();
  const select = byId('language');
  select.replaceChildren(...languages.map((l) => el('option', { text: l.name, attrs: { value: l.code } })));
  await setLanguage(preferredLanguage(languages));
  document.title = t('analytics.title');
  select.value = language();
  select.addEventListener('change', async () => {
    await setLanguage(select.value);
    document.title = t('analytics.title');
    if (!byId('denied').hidden) byId('denied-text').textContent = t(byId('denied').dataset.key ?? 'analytics.signIn');
    if (figures) render(figures);
  });
  let session;
  try {
    session = await api('GET', '/console/api/session');
  } catch {
    return deny('analytics.signIn');
  }
  if (session.role !== 'manager') return deny('analytics.notManager');
  byId('report').hidden = false;
  const today = Date.parse(`${isoDay(Date.now())}T00:00:00Z`);
  byId('from').value = isoDay(today - 29 * DAY);
  byId('to').value = isoDay(today);
  byId('period').addEventListener('submit', (event) => {
    event.preventDefault();
    if (byId('from').value > byId('to').value) return say(t('analytics.badPeriod'), true);
    load(byId('from').value, byId('to').value);
  });
  await load(byId('from').value, byId('to').value);
}

boot();
