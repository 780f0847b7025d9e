/*
 * The page of one review (issue #26): review.html?case=CR-1101 (and &lscb=lscb-northmoor where the person belongs
 * to several LSCBs). Reads api/cases/{ref}/overview with the person's Tasklist or Cockpit login; the server answers
 * only what their role may read, and nothing of another LSCB's case (404). Dates as people in England write them
 * (12 Jan 2027). Text from the server is always set as text (textContent), never as HTML.
 */

const params = new URLSearchParams(window.location.search);
const caseReference = (params.get('case') || '').trim();
const lscb = (params.get('lscb') || '').trim();
const main = document.getElementById('scr-review');

/** h('td', {class: 'x'}, 'text', child): an element with attributes and children (strings as text). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** "2027-01-12" as "12 Jan 2027". */
function day(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, date] = String(iso).substring(0, 10).split('-').map(Number);
  return new Date(year, month - 1, date).toLocaleDateString('en-GB',
      { day: 'numeric', month: 'short', year: 'numeric' });
}

function table(id, headings, rows) {
  return h('table', { id },
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, rows));
}

function section(title, ...content) {
  return h('section', {}, h('h2', {}, title), content);
}

function render(review) {
  document.title = review.caseReference + ' – SCR Workflow';
  const facts = [['Child (pseudonym)', review.childPseudonym], ['LSCB', review.lscbName],
    ['Stage', review.stage], ['As of', day(review.asOf)]];
  const status = review.status
    ? h('span', { class: 'scr-badge' + (/late|Overdue/.test(review.status) ? ' scr-bad' : ''), id: 'scr-status' },
        review.status)
    : null;
  const parts = [
    h('h1', {}, 'Review ' + review.caseReference),
    h('ul', { class: 'scr-facts' }, facts.filter(([, value]) => value).map(([label, value]) =>
        h('li', {}, h('span', {}, label + ':'), value)), status ? h('li', {}, h('span', {}, 'Status:'), status) : null),
  ];
  if (!review.seesWholeReview) {
    parts.push(h('p', { class: 'scr-muted', id: 'scr-scope' }, 'You see the steps of your own role in this review.'));
  }
  parts.push(section('Deadlines ahead', review.deadlines.length
    ? table('scr-deadlines', ['What', 'Date', 'When'], review.deadlines.map((d) => h('tr', {},
        h('td', {}, d.what), h('td', { class: 'scr-day' }, day(d.date)),
        h('td', { class: d.late ? 'scr-late' : '' }, d.words))))
    : h('p', { class: 'scr-muted' }, 'No deadline ahead.')));
  parts.push(section('Steps', review.steps.length
    ? table('scr-steps', ['Step', 'Part', 'State', 'Held by', 'Started', 'Due', 'Ended', 'When'],
        review.steps.map((s) => h('tr', { class: 'scr-step' },
          h('td', {}, s.name), h('td', {}, s.part), h('td', { class: 'scr-state-' + s.state.split(' ')[0] }, s.state),
          h('td', {}, s.heldBy || ''), h('td', { class: 'scr-day' }, day(s.started)),
          h('td', { class: 'scr-day' }, day(s.due)), h('td', { class: 'scr-day' }, day(s.ended)),
          h('td', { class: /late/.test(s.dueWords || '') ? 'scr-late' : '' }, s.dueWords || '',
            s.taskId ? [' ', h('a', { href: 'camunda/app/tasklist/default/#/?task=' + encodeURIComponent(s.taskId) },
              'Open in Tasklist')] : null))))
    : h('p', { class: 'scr-muted' }, 'No step of this review is yours yet.')));
  parts.push(section('Documents you may open', review.documents.length
    ? table('scr-documents', ['Document', 'File', 'Classification', 'Version', 'Added'],
        review.documents.map((d) => h('tr', {}, h('td', {}, d.title),
          h('td', {}, h('a', { href: 'api/documents/' + encodeURIComponent(d.id) }, d.fileName)),
          h('td', {}, d.classification), h('td', {}, d.version), h('td', { class: 'scr-day' }, day(d.added)))))
    : h('p', { class: 'scr-muted' }, 'No document of this review that your role may open.')));
  parts.push(section('Notices sent', review.notices === null
    ? h('p', { class: 'scr-muted', id: 'scr-notices-withheld' },
        'The record of notices is for the LSCB business manager and chair.')
    : review.notices.length
      ? table('scr-notices', ['Notice', 'Sent', 'To', 'Outcome'], review.notices.map((n) => h('tr', {},
          h('td', {}, n.what), h('td', { class: 'scr-day' }, day(n.sentOn)),
          h('td', {}, (n.recipients || []).join(', ')),
          h('td', {}, n.outcome))))
      : h('p', { class: 'scr-muted' }, 'No notice sent yet.')));
  main.replaceChildren(...parts);
}

function problem(text, link) {
  main.replaceChildren(h('p', { class: 'scr-error', id: 'scr-problem' }, text,
      link ? [' ', h('a', { href: link.href }, link.text)] : null));
}

async function load() {
  if (!/^CR-[0-9]{3,8}$/i.test(caseReference)) {
    problem('Name a case reference, as in review.html?case=CR-1101.');
    return;
  }
  const path = (lscb ? 'api/lscbs/' + encodeURIComponent(lscb) + '/cases/' : 'api/cases/')
      + encodeURIComponent(caseReference.toUpperCase()) + '/overview';
  // a session first: the API answers a call without one with a browser's login dialog (HTTP Basic)
  const session = await fetch('camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  if (!session.ok) {
    problem('Log in to Tasklist first, then open this page again.',
        { href: 'camunda/app/tasklist/default/', text: 'Log in to Tasklist' });
    return;
  }
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    problem('Log in to Tasklist first, then open this page again.',
        { href: 'camunda/app/tasklist/default/', text: 'Log in to Tasklist' });
    return;
  }
  let body = null;
  try {
    body = await response.json();
  } catch (ignored) {
    // not JSON: the status says enough
  }
  if (response.status === 409 && body && Array.isArray(body.lscbs)) {
    main.replaceChildren(h('p', {}, 'More than one of your LSCBs has a review ' + caseReference.toUpperCase()
        + '. Choose the LSCB:'), h('ul', { id: 'scr-choose-lscb' }, body.lscbs.map((id) => h('li', {},
          h('a', { href: 'review.html?case=' + encodeURIComponent(caseReference) + '&lscb=' + encodeURIComponent(id) },
            id)))));
    return;
  }
  if (!response.ok) {
    problem((body && body.message) || 'The review could not be read (the server answered ' + response.status + ').');
    return;
  }
  render(body);
}

load().catch(() => problem('The review could not be read. Try again in a moment.'));
