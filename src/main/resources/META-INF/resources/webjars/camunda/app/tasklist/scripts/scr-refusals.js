/*
 * SCR Workflow in Tasklist: a refused start or completion says why, next to the field it is about (issue #23).
 *
 * The engine checks every start and every completion against the step's contract, whoever calls it, and refuses
 * bad input with a 400 whose body lists the problems: {message, problems: [{field, message}]}. Tasklist would show
 * the whole answer in a red notice at the foot of the page, which stays there after the task is later completed.
 * This module, loaded through customScripts in config.js, watches the form requests Tasklist makes:
 *  - it remembers which component of the Camunda Form holds each field (from the deployed form Tasklist loads);
 *  - on a refusal, it writes each problem's sentence under its field, marks the field, scrolls to the first, and
 *    turns the notice into one plain sentence;
 *  - on the next attempt it clears what it wrote, and once a start or completion succeeds it closes the notices;
 *  - it words the form's own pattern check as a person reads it, without the regular expression.
 * Text from the server is always set as text (textContent), never as HTML.
 */

const FORM = /\/(deployed-form|deployed-start-form|form-variables)(\?.*)?$/;
const SUBMIT = /\/submit-form(\?.*)?$/;
const REFUSAL = 'scr-refusal';
const PLAIN = 'Nothing was saved: the fields marked in red say what to change.';

/** The component id of each field key of the form last loaded. */
let componentOf = new Map();

function remember(schema) {
  const found = new Map();
  const walk = (node) => {
    (node && node.components || []).forEach((component) => {
      if (component.key && component.id) {
        found.set(component.key, component.id);
      }
      walk(component);
    });
  };
  walk(schema);
  if (found.size) {
    componentOf = found;
  }
}

/** The field's box in the rendered Camunda Form: form-js gives each input the id fjs-form-{form}-{component}. */
function fieldBox(key) {
  const component = componentOf.get(key) || key;
  const escaped = window.CSS && CSS.escape ? CSS.escape(component) : component;
  const input = document.querySelector('.fjs-container [id$="-' + escaped + '"], .fjs-container [id*="-' + escaped
      + '-"], .fjs-container [name="' + escaped + '"]');
  return input ? input.closest('.fjs-form-field') : null;
}

/**
 * The sentence as a person reads it: the engine names each field as the form shows it and, for systems calling
 * over REST, by its variable name in brackets; here the label alone is enough.
 */
function forPeople(message) {
  let text = String(message || '');
  componentOf.forEach((component, key) => {
    text = text.split(' (' + key + ')').join('');
  });
  return text;
}

function clearRefusals() {
  document.querySelectorAll('.' + REFUSAL).forEach((element) => element.remove());
  document.querySelectorAll('.scr-refused').forEach((box) => box.classList.remove('scr-refused', 'fjs-has-errors'));
}

function showProblems(problems) {
  clearRefusals();
  let first = null;
  const unplaced = [];
  problems.forEach((problem) => {
    const box = problem && problem.field ? fieldBox(problem.field) : null;
    if (!box) {
      unplaced.push(forPeople(problem && problem.message));
      return;
    }
    const note = document.createElement('div');
    note.className = 'fjs-form-field-error ' + REFUSAL;
    note.setAttribute('role', 'alert');
    note.setAttribute('data-field', problem.field);
    const text = document.createElement('span');
    text.textContent = forPeople(problem.message);
    note.appendChild(text);
    box.appendChild(note);
    box.classList.add('scr-refused', 'fjs-has-errors');
    box.addEventListener('input', () => { note.remove(); box.classList.remove('scr-refused', 'fjs-has-errors'); },
        { once: true });
    first = first || box;
  });
  if (first) {
    first.scrollIntoView({ block: 'center' });
  }
  return unplaced;
}

/** Tasklist's error notices (camunda-commons-ui): an .alert-danger inside .notifications. */
function notices() {
  return Array.from(document.querySelectorAll('.notifications .alert-danger, .notifications .alert-error'));
}

/** Closes the notices of refused submissions as a person would (their close button), and hides any that stays. */
function closeNotices() {
  notices().filter((notice) => notice.getAttribute('data-scr-plain') === 'true'
      || /submit/i.test(notice.textContent || '')).forEach((notice) => {
    const close = notice.querySelector('.close');
    if (close) {
      close.click();
    }
    notice.style.display = 'none';
  });
}

/**
 * Once the refusal's notice appears, it reads one plain sentence (the details are under the fields), followed by
 * any problem that no field on the page shows.
 */
function plainNotice(unplaced) {
  const rewrite = () => notices().forEach((notice) => {
    if (notice.getAttribute('data-scr-plain') === 'true') {
      return;
    }
    // the notice is "<status> : <message>" with its close button: the status and colon go, the message is replaced
    notice.querySelectorAll('strong').forEach((part) => part.remove());
    let text = notice.querySelector('.message');
    if (!text) {
      text = document.createElement('span');
      text.className = 'message';
      notice.appendChild(text);
    }
    text.textContent = unplaced.length ? PLAIN + ' ' + unplaced.join(' ') : PLAIN;
    notice.setAttribute('data-scr-plain', 'true');
  });
  [0, 50, 200, 600, 1500].forEach((delay) => setTimeout(rewrite, delay));
}

function answered(request) {
  let body = null;
  try {
    body = JSON.parse(request.responseText || 'null');
  } catch (ignored) {
    body = null;
  }
  if (request.status >= 200 && request.status < 300) {
    clearRefusals();
    closeNotices();
    setTimeout(closeNotices, 300);
    return;
  }
  if (request.status === 400 && body && Array.isArray(body.problems) && body.problems.length) {
    const unplaced = showProblems(body.problems);
    if (unplaced.length < body.problems.length) {
      plainNotice(unplaced);
    }
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.scrUrl = String(url || '');
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...args) {
  const url = this.scrUrl || '';
  if (FORM.test(url)) {
    this.addEventListener('load', () => {
      try {
        remember(JSON.parse(this.responseText || 'null'));
      } catch (ignored) {
        // not a Camunda Form's schema (an embedded form's HTML): nothing to remember
      }
    });
  } else if (SUBMIT.test(url)) {
    clearRefusals();
    this.addEventListener('load', () => answered(this));
  }
  return send.apply(this, args);
};

/** The same for requests made with fetch. */
const fetchFirst = window.fetch;
window.fetch = function (input, init) {
  const url = String(input && input.url ? input.url : input || '');
  const isForm = FORM.test(url);
  const isSubmit = SUBMIT.test(url);
  if (isSubmit) {
    clearRefusals();
  }
  const answer = fetchFirst.apply(this, arguments);
  if (isForm || isSubmit) {
    answer.then((response) => response.clone().text().then((text) => {
      if (isForm) {
        try {
          remember(JSON.parse(text || 'null'));
        } catch (ignored) {
          // not a Camunda Form's schema
        }
      } else {
        answered({ status: response.status, responseText: text });
      }
    })).catch(() => {});
  }
  return answer;
};

/*
 * The form's own checks, as a person reads them. form-js words a field that does not match its pattern as "Field
 * must match pattern ^CR-[0-9]{3,8}$.": a regular expression means nothing to the person typing. The sentence
 * becomes the one the engine gives for the same field: what the field takes, from the description under it. Its
 * other sentences ("Field must have maximum length of 12.") are said as a person would.
 */
const PATTERN_MESSAGE = /^Field must match pattern .*\.$/;
const LENGTH_MESSAGE = /^Field must have (maximum|minimum) length of (\d+)\.$/;

function plainValidation() {
  document.querySelectorAll('.fjs-form-field-error:not(.' + REFUSAL + ')').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      if (PATTERN_MESSAGE.test(text)) {
        const box = error.closest('.fjs-form-field');
        const description = box && box.querySelector('.fjs-form-field-description');
        const what = description ? description.textContent.trim() : '';
        node.data = what ? 'Not in the form this field takes: ' + what : 'Not in the form this field takes.';
      } else if (LENGTH_MESSAGE.test(text)) {
        const [, most, count] = LENGTH_MESSAGE.exec(text);
        node.data = (most === 'maximum' ? 'At most ' : 'At least ') + count + ' characters.';
      } else if (text === 'Field is required.') {
        node.data = 'Required: fill this in.';
      }
    }
  });
}

new MutationObserver(plainValidation).observe(document.documentElement,
    { childList: true, subtree: true, characterData: true });

export default [];
