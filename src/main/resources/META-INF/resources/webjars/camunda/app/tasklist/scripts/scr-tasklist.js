/*
 * SCR Workflow in Tasklist: the rough edges of issue #26, loaded through customScripts in config.js.
 *  - After a step is completed, or a review started, a short confirmation says so, then goes by itself. It names
 *    only the step or the case reference: nothing that identifies a child.
 *  - A refused claim reads as one sentence: the engine answers a claim of another role's step with a 403 saying
 *    whose step it is (type NotYourStep); Tasklist's notice of it loses its "An error happened" heading.
 *  - Escape does not close the start dialog, so what was typed in the start form is not lost; Close and the
 *    cross still close it.
 *  - A date field's calendar opens above the field when below it would be cut off by the pane or hidden under
 *    the page's footer (styles/user-styles.css: scr-calendar-above); long labels wrap (the same stylesheet).
 *  - Each task in the list shows its case (the filters' Case and Child, the task's own copies: tasklist/
 *    CaseOnEveryTask) and its due date as a date ("Due in 14 days (24 Mar 2027)"), not only as a time from now.
 *  - A case reference typed into the search box (CR-1101, then Enter) searches by the review's business key, which
 *    is its case reference, instead of by the task's name: the pill reads "Process Instance Business Key = CR-1101".
 *  - A field that takes its choices from one of the system's lists (custom property choicesFrom: lscbs, the LSCB
 *    list; agencies, the agencies onboarded here) offers that list by name ("Northmoor LSCB", "Northmoor Police")
 *    while what is submitted stays the id, which the engine checks against the same list (issue #23).
 *  - Each task, in the list and opened, links to its review's page (/review.html?case=CR-1101&lscb=...), which shows
 *    the review as far as the person's role may read it (api/cases/{ref}/overview).
 * Text from the server is always set as text (textContent), never as HTML.
 */

const TASK_DONE = /\/task\/[^/?]+\/(submit-form|complete)(\?.*)?$/;
const REVIEW_STARTED = /\/process-definition\/(key\/[^?]+|[^/?]+)\/(submit-form|start)(\?.*)?$/;
const CLAIM = /\/task\/[^/?]+\/claim(\?.*)?$/;
const TASK_LIST = /\/filter\/[^/?]+\/list(\?.*)?$/;
/** A case reference as the start form takes it (forms/incident-notified.form). */
const CASE_REFERENCE = /^CR-[0-9]{3,8}$/;
/** How long a confirmation stays: long enough to read a short sentence. */
const SHOWN_FOR_MS = 5000;

function confirmation(text) {
  document.querySelectorAll('.scr-confirmation').forEach((old) => old.remove());
  const note = document.createElement('div');
  note.className = 'scr-confirmation';
  note.setAttribute('role', 'status');
  note.textContent = text;
  document.body.appendChild(note);
  setTimeout(() => note.remove(), SHOWN_FOR_MS);
}

/** The name of the step open in the task view (the list's entries are h4, the open task's is h2). */
function openStepName() {
  const heading = document.querySelector('.names h2.task');
  return heading ? heading.textContent.trim() : '';
}

function parse(text) {
  try {
    return JSON.parse(text || 'null');
  } catch (ignored) {
    return null;
  }
}

/** Tasklist says "The process has been started." too, once the list has reloaded: one confirmation is enough. */
let camundaStartedUntil = 0;

function hideCamundaStarted() {
  if (Date.now() > camundaStartedUntil) {
    return;
  }
  document.querySelectorAll('.notifications .alert-info, .notifications .alert-success').forEach((notice) => {
    notice.style.display = 'none';
  });
}

new MutationObserver(hideCamundaStarted).observe(document.documentElement, { childList: true, subtree: true });

/** Tasklist's notice of the refused claim, in the engine's one sentence, without its status heading. */
function plainClaimNotice(sentence) {
  const rewrite = () => document.querySelectorAll('.notifications .alert-danger, .notifications .alert-error')
      .forEach((notice) => {
        const message = notice.querySelector('.message');
        if (!message || message.textContent.trim() !== sentence || notice.getAttribute('data-scr-claim')) {
          return;
        }
        notice.querySelectorAll('strong').forEach((part) => part.remove());
        message.textContent = sentence;
        notice.setAttribute('data-scr-claim', 'true');
      });
  [0, 50, 200, 600, 1500].forEach((delay) => setTimeout(rewrite, delay));
}

/** What a request's answer means to the person: url and body of the request, status and text of the answer. */
function answered(url, sent, status, text) {
  const ok = status >= 200 && status < 300;
  if (ok && TASK_DONE.test(url)) {
    const step = sent.step;
    confirmation(step ? 'Done: ' + step + ' is complete.' : 'Done: the step is complete.');
  } else if (ok && REVIEW_STARTED.test(url)) {
    const started = parse(text) || {};
    const body = parse(sent.body) || {};
    const variables = body.variables || {};
    const reference = started.businessKey || (variables.caseReference && variables.caseReference.value) || '';
    confirmation(reference ? 'The review ' + reference + ' has started.' : 'The review has started.');
    camundaStartedUntil = Date.now() + SHOWN_FOR_MS;
    hideCamundaStarted();
  } else if (ok && TASK_LIST.test(url)) {
    noteDueDates(parse(text));
  } else if (status === 403 && CLAIM.test(url)) {
    const refusal = parse(text);
    if (refusal && refusal.type === 'NotYourStep' && refusal.message) {
      plainClaimNotice(refusal.message);
    }
  }
}

function watched(url) {
  return TASK_DONE.test(url) || REVIEW_STARTED.test(url) || CLAIM.test(url) || TASK_LIST.test(url);
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.scrTasklistUrl = String(url || '');
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...args) {
  const url = this.scrTasklistUrl || '';
  if (watched(url)) {
    // the step's name is read now: once completed, the task view shows the next one
    const sent = { step: openStepName(), body: typeof args[0] === 'string' ? args[0] : '' };
    this.addEventListener('load', () => answered(url, sent, this.status, this.responseText));
  }
  return send.apply(this, args);
};

/*
 * Choices from the system's lists. Tasklist loads a Camunda Form's schema with fetch, then renders it with form-js.
 * As the schema arrives, each field naming a list in choicesFrom gets the list's entries as its options (label: the
 * name, value: the id; GET /api/lscbs, /api/agencies, with the Tasklist session): a checklist is given them, a text
 * field becomes a select of them (a field of several ids separated by commas, property multiple, stays text). The
 * field keeps its key, so the form submits the id. Should a list not load, the form is shown as deployed.
 */
const DEPLOYED_FORM = /\/(deployed-form|deployed-start-form)(\?.*)?$/;
const lists = new Map();

/** /api beside the webapps: the app root is e.g. /camunda, the application's API is at /api. */
function apiUrl(path) {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '') + '/api/' + path;
}

/** A list's entries, [{id, name}], loaded once per page; a failed load is tried again with the next form. */
function choicesOf(source) {
  if (!lists.has(source)) {
    const loading = fetchFirst(apiUrl(encodeURIComponent(source)),
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))));
    lists.set(source, loading);
    loading.catch(() => lists.delete(source));
  }
  return lists.get(source);
}

function fieldsWithChoices(node, found = []) {
  ((node && node.components) || []).forEach((component) => {
    const source = component.properties && component.properties.choicesFrom;
    if (component.key && source && ['textfield', 'select', 'checklist'].includes(component.type)
        && !(component.type === 'textfield' && String(component.properties.multiple) === 'true')) {
      found.push(component);
    }
    fieldsWithChoices(component, found);
  });
  return found;
}

/** The schema with its list fields' options filled in, or null when it has none (or is no Camunda Form). */
async function withChoices(text) {
  const schema = parse(text);
  const fields = fieldsWithChoices(schema);
  if (!fields.length) {
    return null;
  }
  for (const field of fields) {
    const entries = await choicesOf(field.properties.choicesFrom);
    field.values = entries.map((entry) => ({ label: String(entry.name), value: String(entry.id) }));
    delete field.valuesKey;
    delete field.valuesExpression;
    if (field.type === 'textfield') {
      field.type = 'select';
      field.searchable = field.values.length > 12;
      if (field.validate) {
        delete field.validate.maxLength; // an id of the list: the engine checks it against the list
      }
    }
  }
  return JSON.stringify(schema);
}

/** The same for requests made with fetch; a deployed form's schema is given its lists' choices first. */
const fetchFirst = window.fetch;
window.fetch = function (input, init) {
  const url = String(input && input.url ? input.url : input || '');
  if (DEPLOYED_FORM.test(url)) {
    return fetchFirst.apply(this, arguments).then((response) => response.clone().text()
        .then((text) => (response.ok ? withChoices(text) : null))
        .then((filled) => (filled === null ? response : new Response(filled,
            { status: response.status, statusText: response.statusText, headers: response.headers })))
        .catch(() => response));
  }
  const answer = fetchFirst.apply(this, arguments);
  if (watched(url)) {
    const sent = { step: openStepName(), body: init && typeof init.body === 'string' ? init.body : '' };
    answer.then((response) => response.clone().text()
        .then((text) => answered(url, sent, response.status, text))).catch(() => {});
  }
  return answer;
};

/** The due date of each task the list has loaded, by task id (ISO text as the engine sends it). */
const dueDates = new Map();

function noteDueDates(list) {
  const tasks = (list && list._embedded && list._embedded.task) || [];
  tasks.forEach((task) => {
    if (task && task.id) {
      dueDates.set(task.id, task.due || null);
      noteCase(task.id, task.tenantId, (task._embedded && task._embedded.variable) || []);
    }
  });
  requestAnimationFrame(showDueDates);
}

/** The case of each task (its own copy of the case reference, its LSCB), for the link to the review's page. */
const caseOfTask = new Map();
const TASK_CASE_REFERENCE = 'taskCaseReference';

function noteCase(taskId, lscb, variables) {
  const reference = variables.find((variable) => variable && variable.name === TASK_CASE_REFERENCE);
  if (reference && CASE_REFERENCE.test(String(reference.value || ''))) {
    caseOfTask.set(taskId, { reference: String(reference.value), lscb: lscb || '' });
  }
}

/** The review's page beside the webapps: /camunda/app/... -> /review.html. */
function reviewPage(known) {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '') + '/review.html?case=' + encodeURIComponent(known.reference)
      + (known.lscb ? '&lscb=' + encodeURIComponent(known.lscb) : '');
}

function reviewLink(known) {
  const link = document.createElement('a');
  link.className = 'scr-review-link';
  link.href = reviewPage(known);
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Review ' + known.reference;
  link.title = 'The page of review ' + known.reference + ': its steps, documents and deadlines';
  return link;
}

/** The open task's case, read once from its own variables when the list did not carry it. */
const asked = new Set();

function caseOfOpenTask(taskId) {
  if (caseOfTask.has(taskId) || asked.has(taskId)) {
    return caseOfTask.get(taskId);
  }
  asked.add(taskId);
  const base = document.querySelector('base');
  const engineApi = ((base && base.getAttribute('app-root')) || '/camunda') + '/api/engine/engine/default/task/'
      + encodeURIComponent(taskId);
  const get = (url) => fetchFirst(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))));
  Promise.all([get(engineApi), get(engineApi + '/localVariables')]).then(([task, variables]) => {
    noteCase(taskId, task.tenantId, Object.entries(variables || {}).map(([name, v]) => ({ name, value: v.value })));
    requestAnimationFrame(showReviewLinks);
  }).catch(() => {});
  return undefined;
}

/** A link to the review's page on each card of the list and at the top of the open task. */
function showReviewLinks() {
  document.querySelectorAll('ol.tasks-list li.task').forEach((card) => {
    const link = card.querySelector('h4.task a[href*="task="]');
    const id = link ? new URLSearchParams(link.getAttribute('href').replace(/^[^?]*\?/, '')).get('task') : null;
    const known = id && caseOfTask.get(id);
    if (known && !card.querySelector('.scr-review-link')) {
      const holder = document.createElement('div');
      holder.className = 'scr-review-link-holder';
      holder.appendChild(reviewLink(known));
      card.appendChild(holder);
    }
  });
  const heading = document.querySelector('.names h2.task');
  const openId = new URLSearchParams(window.location.hash.replace(/^[^?]*\?/, '')).get('task');
  if (heading && openId) {
    const known = caseOfOpenTask(openId);
    const shown = heading.parentElement.querySelector('.scr-review-link');
    if (shown && (!known || shown.getAttribute('href') !== reviewPage(known))) {
      shown.remove();
    }
    if (known && !heading.parentElement.querySelector('.scr-review-link')) {
      // after the step's name and Tasklist's link to the process, on that link's line
      const link = reviewLink(known);
      link.style.marginRight = '10px';
      heading.parentElement.appendChild(link);
    }
  }
}

/** "2027-03-24T17:00:00.000+0000" as people in England write the day: "24 Mar 2027". */
function day(iso) {
  const date = new Date(String(iso).replace(/([+-][0-9]{2})([0-9]{2})$/, '$1:$2'));
  return isNaN(date) ? '' : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Beside Tasklist's "Due in 14 days" on each card, the day itself. */
function showDueDates() {
  document.querySelectorAll('ol.tasks-list li.task').forEach((card) => {
    const link = card.querySelector('h4.task a[href*="task="]');
    const due = card.querySelector('.due-date');
    const id = link ? new URLSearchParams(link.getAttribute('href').replace(/^[^?]*\?/, '')).get('task') : null;
    if (!due || !id || !dueDates.get(id)) {
      return;
    }
    const text = day(dueDates.get(id));
    let shown = due.querySelector('.scr-due-day');
    if (!shown) {
      shown = document.createElement('span');
      shown.className = 'scr-due-day';
      due.appendChild(shown);
    }
    if (shown.textContent !== '(' + text + ')') {
      shown.textContent = '(' + text + ')';
    }
  });
}

/*
 * The search box: Tasklist takes text typed without choosing a criterion as a part of a task's name. A case
 * reference is no task's name; it is the business key of its review, its IMRs and its publication, so it is searched
 * as that (equal, not like: CR-1101 is not CR-11012). The engine still shows only the tasks the person may see, of
 * their own LSCB (its tenant check).
 */
function searchByCaseReference(widget) {
  const angular = window.angular;
  const scope = angular && angular.element(widget).isolateScope && angular.element(widget).isolateScope();
  if (!scope || scope.scrCaseSearch || typeof scope.createSearch !== 'function' || !Array.isArray(scope.types)) {
    return;
  }
  const businessKey = scope.types.find((type) => type.id && type.id.key === 'processInstanceBusinessKey');
  if (!businessKey) {
    return;
  }
  scope.scrCaseSearch = true;
  const createSearch = scope.createSearch;
  scope.createSearch = function (type) {
    const typed = String(scope.inputQuery || '').trim().toUpperCase();
    if (type || !CASE_REFERENCE.test(typed)) {
      return createSearch.apply(this, arguments);
    }
    createSearch.call(this, businessKey.id);
    const search = scope.searches[scope.searches.length - 1];
    search.operator.value = search.operator.values.find((operator) => operator.key === 'eq') || search.operator.value;
    search.value.value = typed;
    search.value.inEdit = false;
    search.valid = true;
    scope.inputQuery = '';
    return undefined;
  };
}

/** Once a frame at most, whatever Tasklist redraws: the cards' dates and a search box drawn anew. */
let decorating = false;
new MutationObserver(() => {
  if (decorating) {
    return;
  }
  decorating = true;
  requestAnimationFrame(() => {
    decorating = false;
    showDueDates();
    showReviewLinks();
    document.querySelectorAll('[cam-widget-search]').forEach(searchByCaseReference);
  });
}).observe(document.documentElement, { childList: true, subtree: true });

/*
 * Escape in the start dialog: Angular UI Bootstrap closes a dialog on Escape unless the key's default was
 * prevented before it. Caught first (capture), the key still reaches the field and an open date picker.
 */
window.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  const dialogs = document.querySelectorAll('.modal');
  const top = dialogs.length ? dialogs[dialogs.length - 1] : null;
  if (top && top.querySelector('[cam-tasklist-form]')) {
    event.preventDefault();
  }
}, true);

/**
 * The part of the window where a calendar can be seen: the window less the fixed footer, cut by each box around
 * the calendar that clips what overflows it (the task's scrolling pane, the start dialog).
 */
function visibleArea(calendar) {
  let top = 0;
  let bottom = window.innerHeight;
  document.querySelectorAll('footer').forEach((footer) => {
    if (getComputedStyle(footer).position === 'fixed' && footer.getBoundingClientRect().top > 0) {
      bottom = Math.min(bottom, footer.getBoundingClientRect().top);
    }
  });
  for (let box = calendar.parentElement; box && box !== document.body; box = box.parentElement) {
    if (getComputedStyle(box).overflowY !== 'visible') {
      const edges = box.getBoundingClientRect();
      top = Math.max(top, edges.top);
      bottom = Math.min(bottom, edges.bottom);
    }
  }
  return { top, bottom };
}

/** A calendar that would open out of sight opens above its field; with no room there either, it is scrolled to. */
function placeCalendar(calendar) {
  const area = visibleArea(calendar);
  const below = calendar.getBoundingClientRect();
  if (below.bottom <= area.bottom) {
    return;
  }
  const field = calendar.parentElement.getBoundingClientRect();
  if (field.top - below.height - 2 >= area.top) {
    calendar.classList.add('scr-calendar-above');
  } else {
    calendar.scrollIntoView({ block: 'nearest' });
  }
}

new MutationObserver((changes) => changes.forEach((change) => {
  const calendar = change.target;
  if (!calendar.classList || !calendar.classList.contains('flatpickr-calendar')) {
    return;
  }
  const open = calendar.classList.contains('open');
  if (open && !calendar.scrPlaced) {
    calendar.scrPlaced = true;
    requestAnimationFrame(() => placeCalendar(calendar));
  } else if (!open && calendar.scrPlaced) {
    calendar.scrPlaced = false;
    calendar.classList.remove('scr-calendar-above');
  }
})).observe(document.documentElement, { attributes: true, attributeFilter: ['class'], subtree: true });

export default [];
