/*
 * SCR Workflow in Cockpit (issue #12): where is each review, and is it on time?
 *
 * Two Cockpit plugins in one plain ES module (no build step), loaded through customScripts in config.js:
 *  - on the dashboard (cockpit.dashboard): every review in a table that sorts and filters by LSCB, stage and
 *    status, timeliness charts per LSCB, a review's timeline on demand and a link to its page (review.html);
 *  - on a running process instance (cockpit.processInstance.runtime.tab): the review's timeline.
 * The figures come from the application's /api/reports, read with the browser's Cockpit session (GET only), so
 * the user sees exactly the reviews Camunda's authorizations let them see. Text from the server is always set
 * as text (textContent), never as HTML.
 */

const SVG = 'http://www.w3.org/2000/svg';

/** /api/reports beside the webapps: the app root is e.g. /camunda, the application's API is at /api. */
function reportsUrl(path) {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '') + '/api/reports' + path;
}

/**
 * A review's page (issue #26) beside the webapps: /review.html?case=CR-1101. By reference alone: the dashboard's
 * lscb is the lead LSCB, not always the LSCB holding the review; the page lets a person of two LSCBs choose.
 */
function reviewPage(review) {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '') + '/review.html?case=' + encodeURIComponent(review.caseReference);
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = 'The server answered ' + response.status;
    try {
      message = (await response.json()).message || message;
    } catch (ignored) {
      // not JSON: keep the status
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** h('td', {class: 'x', onclick: fn}, 'text', child): an element with attributes and children (strings as text). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null) {
      return;
    }
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

function s(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, String(value)));
  if (text !== undefined) {
    element.textContent = String(text);
  }
  return element;
}

function addStyle() {
  if (document.getElementById('scr-reports-style')) {
    return;
  }
  const style = document.createElement('style');
  style.id = 'scr-reports-style';
  style.textContent = `
    .scr-reports { margin: 0 0 24px; }
    .scr-reports h3 { margin-top: 0; }
    .scr-reports .scr-filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-bottom: 8px; }
    .scr-reports .scr-filters label { display: flex; flex-direction: column; font-weight: normal; margin: 0; }
    .scr-reports table.scr-table { width: 100%; border-collapse: collapse; margin-bottom: 12px; }
    .scr-reports table.scr-table th, .scr-reports table.scr-table td { padding: 4px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
    .scr-reports table.scr-table td { white-space: nowrap; }
    .scr-reports table.scr-table th.scr-sortable { cursor: pointer; }
    .scr-reports table.scr-table tbody tr.scr-row { cursor: pointer; }
    .scr-reports table.scr-table tbody tr.scr-row:hover { background: #f2f6fb; }
    .scr-reports .scr-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; color: #fff; background: #777; }
    .scr-reports .scr-ON_TRACK, .scr-reports .scr-COMPLETED_ON_TIME { background: #2e7d32; }
    .scr-reports .scr-SLIPPED, .scr-reports .scr-LATE { background: #b26a00; }
    .scr-reports .scr-late-steps { white-space: normal; max-width: 360px; margin: 2px 0 0; padding-left: 16px; }
    .scr-reports .scr-OVERDUE, .scr-reports .scr-COMPLETED_LATE { background: #c62828; }
    .scr-reports .scr-late { color: #c62828; font-weight: bold; }
    .scr-reports .scr-muted { color: #777; }
    .scr-reports .scr-charts { display: flex; flex-wrap: wrap; gap: 24px; }
    .scr-reports .scr-chart { width: 440px; }
    .scr-reports .scr-chart h5 { margin: 8px 0 4px; font-weight: bold; }
    .scr-reports .scr-timeline { border-top: 2px solid #ddd; padding-top: 8px; margin-top: 8px; }
    .scr-reports .scr-error { color: #c62828; }
  `;
  document.head.appendChild(style);
}

const STAGES = [
  ['NOTIFICATION', 'Notification'], ['DECISION', 'Decision'], ['IMRS', 'Panel and IMRs'],
  ['OVERVIEW', 'Overview report'], ['SIGN_OFF', 'LSCB sign-off'], ['PUBLICATION', 'Publication'],
  ['EVALUATION', 'Ofsted evaluation'], ['ACTION_PLAN', 'Action plan'], ['CLOSED', 'Closed']
];
const STATUSES = [
  ['ON_TRACK', 'On track'], ['LATE', 'Late'], ['SLIPPED', 'Slipped (revised target)'], ['OVERDUE', 'Overdue'],
  ['COMPLETED_ON_TIME', 'Completed on time'], ['COMPLETED_LATE', 'Completed late'],
  ['NOT_INITIATED', 'Not initiated'], ['NOT_NOTIFIABLE', 'Not notifiable'], ['LED_ELSEWHERE', 'Led by another LSCB'],
  ['CANCELLED', 'Cancelled']
];

/** The dashboard's columns: heading, how to sort, how to show. */
const COLUMNS = [
  {
    key: 'caseReference', label: 'Case',
    // the reference opens the review's page (issue #26) in a new tab; the rest of the row still opens Cockpit's view
    show: (review) => h('a', {
      class: 'scr-review-page', href: reviewPage(review), target: '_blank', rel: 'noopener',
      title: 'The page of review ' + review.caseReference, onclick: (event) => event.stopPropagation()
    }, review.caseReference)
  },
  { key: 'childPseudonym', label: 'Pseudonym' },
  { key: 'lscb', label: 'LSCB' },
  { key: 'stage', label: 'Stage', sort: (r) => STAGES.findIndex(([code]) => code === r.stage), show: (r) => r.stageLabel },
  { key: 'status', label: 'Status', show: (r) => status(r) },
  { key: 'notifiedOn', label: 'Notified (T-1)', show: (r) => dated(r.notifiedOn, r.notificationDue) },
  { key: 'decisionDate', label: 'Decision (T-2)', show: (r) => dated(r.decisionDate, r.decisionDue) },
  { key: 'sixMonthTarget', label: 'Six months (T-3)', show: (r) => target(r) },
  { key: 'daysSinceDecision', label: 'Days since decision' },
  { key: 'overdueImrs', label: 'Open IMRs', sort: (r) => r.openImrs.length * 100 + r.overdueImrs, show: (r) => imrs(r) },
  { key: 'openIncidents', label: 'Incidents' }
];

/** The status, and under it what is late, in words (an IMR not received, a step past its due date). */
function status(review) {
  const badge = h('span', { class: 'scr-badge scr-' + review.status }, review.statusLabel);
  const late = review.late || [];
  if (!late.length) {
    return badge;
  }
  return h('span', {}, badge, h('ul', { class: 'scr-late-steps scr-late' }, ...late.map((step) => h('li', {}, step.words))));
}

/** An actual date, or the planned one in grey ("due ..."), red when it passed undone. */
function dated(actual, planned) {
  if (actual) {
    const late = planned && actual > planned;
    return h('span', { class: late ? 'scr-late' : null, title: planned ? 'due ' + planned : null }, actual);
  }
  if (planned) {
    const passed = planned < today();
    return h('span', { class: passed ? 'scr-late' : 'scr-muted' }, 'due ' + planned);
  }
  return '';
}

function target(review) {
  if (!review.sixMonthTarget) {
    return '';
  }
  const parts = [review.sixMonthTarget];
  if (review.revisedTarget && review.slipped) {
    parts.push(' (revised ' + review.revisedTarget + ')');
  }
  if (review.daysToSixMonthTarget !== null && review.daysToSixMonthTarget !== undefined) {
    const days = review.daysToSixMonthTarget;
    return h('span', { class: days < 0 ? 'scr-late' : null }, parts.join(''),
      h('br'), h('small', {}, days < 0 ? -days + ' days past' : days + ' days left'));
  }
  return parts.join('');
}

function imrs(review) {
  if (!review.openImrs.length) {
    return '';
  }
  const title = review.openImrs.map((i) => i.agencyId + ': due ' + i.dueDate + (i.overdue ? ' (overdue)' : '')
    + (i.waitingFor ? ', ' + i.waitingFor : '')).join('\n');
  return h('span', { title }, String(review.openImrs.length),
    review.overdueImrs ? h('span', { class: 'scr-late' }, ' (' + review.overdueImrs + ' overdue)') : '');
}

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
}

function sortValue(column, review) {
  const value = column.sort ? column.sort(review) : review[column.key];
  return value === null || value === undefined || value === '' ? null : value;
}

function compare(a, b) {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function select(id, label, options, onchange) {
  return h('label', { for: id }, label,
    h('select', { id, class: 'form-control input-sm', onchange },
      h('option', { value: '' }, 'All'),
      options.map(([value, text]) => h('option', { value }, text))));
}

function renderDashboard(node) {
  addStyle();
  const state = { reviews: [], sortKey: 'caseReference', ascending: true };
  const lscbFilter = select('scr-filter-lscb', 'LSCB', [], () => { showRows(); showTimeliness(); });
  const stageFilter = select('scr-filter-stage', 'Stage', STAGES, () => showRows());
  const statusFilter = select('scr-filter-status', 'Status', STATUSES, () => showRows());
  const count = h('span', { class: 'scr-muted scr-count' });
  const head = h('tr');
  const body = h('tbody');
  const table = h('table', { class: 'scr-table', id: 'scr-reviews' }, h('thead', {}, head), body);
  const timelinePanel = h('div', { class: 'scr-timeline', id: 'scr-dashboard-timeline', hidden: true });
  const from = h('input', { type: 'date', id: 'scr-from', class: 'form-control input-sm', value: yearAgo() });
  const to = h('input', { type: 'date', id: 'scr-to', class: 'form-control input-sm', value: today() });
  const charts = h('div', { class: 'scr-charts', id: 'scr-timeliness' });
  const message = h('p', { class: 'scr-error', hidden: true });

  node.appendChild(h('section', { class: 'scr-reports', id: 'scr-reviews-dashboard' },
    h('h3', {}, 'Serious Case Reviews'),
    message,
    h('div', { class: 'scr-filters' }, lscbFilter, stageFilter, statusFilter, count,
      h('a', { href: reportsUrl('/reviews.csv'), download: 'reviews.csv' }, 'Download CSV')),
    table, timelinePanel,
    h('h4', {}, 'Timeliness'),
    h('div', { class: 'scr-filters' },
      h('label', { for: 'scr-from' }, 'From', from), h('label', { for: 'scr-to' }, 'To', to),
      h('button', { type: 'button', class: 'btn btn-default btn-sm', onclick: () => showTimeliness() }, 'Show'),
      h('a', { id: 'scr-timeliness-csv', href: '#' }, 'Download CSV')),
    charts));

  COLUMNS.forEach((column) => {
    head.appendChild(h('th', {
      class: 'scr-sortable', 'data-key': column.key, title: 'Sort by ' + column.label,
      onclick: () => {
        state.ascending = state.sortKey === column.key ? !state.ascending : true;
        state.sortKey = column.key;
        showRows();
      }
    }, column.label));
  });
  head.appendChild(h('th', {}, ''));

  function showRows() {
    const lscb = lscbFilter.querySelector('select').value;
    const stage = stageFilter.querySelector('select').value;
    const status = statusFilter.querySelector('select').value;
    const column = COLUMNS.find((c) => c.key === state.sortKey);
    const rows = state.reviews
      .filter((r) => (!lscb || r.lscb === lscb) && (!stage || r.stage === stage) && (!status || r.status === status))
      .sort((a, b) => compare(sortValue(column, a), sortValue(column, b)) * (state.ascending ? 1 : -1));
    head.querySelectorAll('th[data-key]').forEach((th) => th.setAttribute('aria-sort',
      th.getAttribute('data-key') === state.sortKey ? (state.ascending ? 'ascending' : 'descending') : 'none'));
    body.replaceChildren(...rows.map((review) => h('tr', {
      class: 'scr-row', 'data-case': review.caseReference,
      title: review.closed ? 'Closed: show the timeline' : 'Open the process instance in Cockpit',
      onclick: () => {
        if (review.closed) {
          showTimeline(review.caseReference);
        } else {
          window.location.hash = '#/process-instance/' + review.processInstanceId + '/runtime';
        }
      }
    }, COLUMNS.map((c) => h('td', { 'data-key': c.key }, c.show ? c.show(review) : review[c.key])),
    h('td', {}, h('button', {
      type: 'button', class: 'btn btn-link btn-xs scr-show-timeline',
      onclick: (event) => { event.stopPropagation(); showTimeline(review.caseReference); }
    }, 'Timeline')))));
    count.textContent = rows.length + ' of ' + state.reviews.length + ' reviews';
  }

  async function showTimeline(caseReference) {
    timelinePanel.hidden = false;
    timelinePanel.replaceChildren(h('p', { class: 'scr-muted' }, 'Loading the timeline of ' + caseReference + '…'));
    try {
      const timeline = await getJson(reportsUrl('/reviews/' + encodeURIComponent(caseReference) + '/timeline'));
      timelinePanel.replaceChildren(h('button', {
        type: 'button', class: 'close', title: 'Close', onclick: () => { timelinePanel.hidden = true; }
      }, '×'), renderTimeline(timeline));
      timelinePanel.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      timelinePanel.replaceChildren(h('p', { class: 'scr-error' }, error.message));
    }
  }

  async function showTimeliness() {
    const lscb = lscbFilter.querySelector('select').value;
    const query = '?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value)
      + (lscb ? '&lscb=' + encodeURIComponent(lscb) : '');
    node.querySelector('#scr-timeliness-csv').setAttribute('href', reportsUrl('/timeliness.csv' + query));
    try {
      const report = await getJson(reportsUrl('/timeliness' + query));
      charts.replaceChildren(...report.lscbs.map(timelinessChart));
    } catch (error) {
      charts.replaceChildren(h('p', { class: 'scr-error' }, error.message));
    }
  }

  (async () => {
    try {
      state.reviews = await getJson(reportsUrl('/reviews'));
      const lscbs = [...new Set(state.reviews.map((r) => r.lscb).filter((l) => l))].sort();
      lscbs.forEach((l) => lscbFilter.querySelector('select').appendChild(h('option', { value: l }, l)));
      showRows();
      showTimeliness();
    } catch (error) {
      message.hidden = false;
      message.textContent = error.status === 403
        ? 'The review figures are for managers, LSCB chairs and business managers.'
        : 'The review figures could not be read: ' + error.message;
      table.hidden = true;
    }
  })();
}

function yearAgo() {
  const day = today();
  return (Number(day.substring(0, 4)) - 1) + day.substring(4);
}

/** One LSCB's timeliness: a bar per statutory period (share on time), then publication outcomes and grades. */
function timelinessChart(row) {
  const measures = [row.notification, row.decision, row.completion];
  const width = 440;
  const barX = 150;
  const barWidth = 150;
  const svg = s('svg', { width, height: measures.length * 26 + 6, role: 'img', class: 'scr-bars',
    'aria-label': 'Timeliness of ' + row.lscb });
  measures.forEach((measure, i) => {
    const y = 4 + i * 26;
    const decided = measure.onTime + measure.late + measure.overdue;
    const share = decided ? measure.onTime / decided : 0;
    svg.appendChild(s('text', { x: 0, y: y + 14, 'font-size': 12 }, measure.timescale + ' ' + shortLabel(measure)));
    svg.appendChild(s('rect', { x: barX, y, width: barWidth, height: 18, fill: '#eee' }));
    svg.appendChild(s('rect', { x: barX, y, width: Math.round(barWidth * share), height: 18,
      fill: share >= 0.9 ? '#2e7d32' : share >= 0.6 ? '#b26a00' : '#c62828', class: 'scr-bar',
      'data-timescale': measure.timescale }));
    svg.appendChild(s('text', { x: barX + barWidth + 6, y: y + 14, 'font-size': 12 },
      decided ? measure.onTime + '/' + decided + ' on time' : measure.pending ? measure.pending + ' pending' : 'none due'));
    const title = s('title', {}, measure.label + ': ' + measure.due + ' due, ' + measure.onTime + ' on time, '
      + measure.late + ' late, ' + measure.overdue + ' overdue, ' + measure.pending + ' pending');
    svg.lastChild.appendChild(title);
  });
  const p = row.publication;
  const grades = Object.entries(row.ofstedGrades).filter(([, n]) => n > 0)
    .map(([grade, n]) => grade.toLowerCase() + ' ' + n).join(', ');
  return h('div', { class: 'scr-chart', 'data-lscb': row.lscb },
    h('h5', {}, row.lscb === 'ALL' ? 'All LSCBs' : row.lscb),
    svg,
    h('div', { class: 'scr-muted' }, 'Published: ' + p.fullReport + ' full, ' + p.summaryOnlyBefore10June2010
      + ' summary only (before 10 June 2010); withheld: ' + p.overviewWithheldWelfare + ' overview (G-9), '
      + p.notPublishedLegal + ' not published (G-12)'
      + (p.withheldWithoutReasonsRecorded ? ', ' + p.withheldWithoutReasonsRecorded + ' without reasons recorded' : '')),
    h('div', { class: 'scr-muted' }, 'Ofsted grades: ' + (grades || 'none in the period')));
}

function shortLabel(measure) {
  return { 'T-1': 'notified', 'T-2': 'decided', 'T-3': 'completed' }[measure.timescale] || '';
}

/** A review's timeline: a strip of planned (hollow) and actual (filled) dates, then the milestones' table. */
function renderTimeline(timeline) {
  addStyle();
  const dates = [];
  timeline.milestones.forEach((m) => [m.planned, m.actual].forEach((d) => d && dates.push(d)));
  dates.push(timeline.asOf);
  dates.sort();
  const first = Date.parse(dates[0]);
  const last = Date.parse(dates[dates.length - 1]);
  const span = Math.max(last - first, 86400000);
  const width = 760;
  const left = 300;
  const plotted = timeline.milestones.filter((m) => m.planned || m.actual);
  const svg = s('svg', { width, height: plotted.length * 20 + 30, role: 'img', class: 'scr-strip',
    'aria-label': 'Milestones of ' + timeline.caseReference });
  const x = (day) => left + ((Date.parse(day) - first) / span) * (width - left - 20);
  svg.appendChild(s('line', { x1: x(timeline.asOf), x2: x(timeline.asOf), y1: 0, y2: plotted.length * 20 + 8,
    stroke: '#999', 'stroke-dasharray': '3,3' }));
  plotted.forEach((m, i) => {
    const y = 12 + i * 20;
    svg.appendChild(s('text', { x: 0, y: y + 4, 'font-size': 11 }, (m.step ? m.step + ' ' : '') + m.label));
    if (m.planned) {
      svg.appendChild(s('circle', { cx: x(m.planned), cy: y, r: 5, fill: 'none', stroke: '#555' }));
    }
    if (m.actual) {
      svg.appendChild(s('circle', { cx: x(m.actual), cy: y, r: 4,
        fill: m.onTime === false ? '#c62828' : m.onTime ? '#2e7d32' : '#1565c0' }));
    }
  });
  svg.appendChild(s('text', { x: left, y: plotted.length * 20 + 24, 'font-size': 11 }, dates[0]));
  svg.appendChild(s('text', { x: width - 90, y: plotted.length * 20 + 24, 'font-size': 11 }, dates[dates.length - 1]));

  const rows = timeline.milestones.map((m) => h('tr', { class: 'scr-milestone' },
    h('td', {}, m.step), h('td', {}, m.label), h('td', {}, m.timescale || ''),
    h('td', {}, m.planned || ''), h('td', { class: m.onTime === false ? 'scr-late' : null }, m.actual || ''),
    h('td', {}, m.onTime === true ? 'yes' : m.onTime === false ? 'no' : ''),
    h('td', {}, m.by || ''), h('td', {}, m.outcome || '')));
  const parts = [
    h('h4', { class: 'scr-timeline-title' }, 'Timeline of ' + timeline.caseReference
      + (timeline.childPseudonym ? ' (' + timeline.childPseudonym + ')' : '')),
    h('p', {}, (timeline.lscb || '') + ' · ', timeline.stageLabel + ' · ',
      h('span', { class: 'scr-badge scr-' + timeline.status }, timeline.statusLabel),
      ' · as of ' + timeline.asOf
      + (timeline.openIncidents ? ' · ' + timeline.openIncidents + ' open incident(s)' : '')),
    svg,
    h('table', { class: 'scr-table' },
      h('thead', {}, h('tr', {}, ['Step', 'Milestone', 'Period', 'Planned', 'Actual', 'On time', 'By', 'Outcome']
        .map((t) => h('th', {}, t)))),
      h('tbody', {}, rows))
  ];
  if (timeline.revisions.length) {
    parts.push(h('h5', {}, 'Revised targets (S-22)'), h('ul', {}, timeline.revisions.map((r) =>
      h('li', {}, 'Recorded ' + r.recordedOn + ': revised target ' + r.revisedTarget))));
  }
  if (timeline.imrs.length) {
    parts.push(h('h5', {}, 'IMRs'), h('table', { class: 'scr-table scr-imrs' },
      h('thead', {}, h('tr', {}, ['Agency', 'Commissioned', 'Due', 'Received', 'Closed', 'Waiting for']
        .map((t) => h('th', {}, t)))),
      h('tbody', {}, timeline.imrs.map((i) => h('tr', {},
        h('td', {}, i.agencyId || ''), h('td', {}, i.commissionedOn || ''),
        h('td', { class: i.overdue ? 'scr-late' : null }, (i.dueDate || '') + (i.overdue ? ' (overdue)' : '')),
        h('td', {}, i.receivedOn || ''), h('td', {}, i.closedOn ? i.closedOn + (i.accepted ? ' (accepted)' : '') : ''),
        h('td', {}, i.waitingFor || ''))))));
  }
  return h('div', { class: 'scr-timeline-content', 'data-case': timeline.caseReference }, parts);
}

async function renderTimelineTab(node, api, processInstanceId) {
  addStyle();
  const container = h('div', { class: 'scr-reports', id: 'scr-timeline-tab' }, h('p', { class: 'scr-muted' }, 'Loading…'));
  node.appendChild(container);
  try {
    const instance = await getJson(api.engineApi + '/process-instance/' + encodeURIComponent(processInstanceId));
    if (!instance.businessKey) {
      container.replaceChildren(h('p', { class: 'scr-muted' }, 'This process instance has no case reference.'));
      return;
    }
    const timeline = await getJson(reportsUrl('/reviews/' + encodeURIComponent(instance.businessKey) + '/timeline'));
    container.replaceChildren(renderTimeline(timeline));
  } catch (error) {
    container.replaceChildren(h('p', { class: error.status === 404 ? 'scr-muted' : 'scr-error' },
      error.status === 404 ? 'No review timeline for this process instance.' : error.message));
  }
}

export default [
  {
    id: 'scr-reviews-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => renderDashboard(node)
  },
  {
    id: 'scr-review-timeline',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 15,
    properties: { label: 'Review timeline' },
    render: (node, { api, processInstanceId }) => { renderTimelineTab(node, api, processInstanceId); }
  }
];
