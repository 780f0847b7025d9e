/*
 * Tasklist's "Create task" link only for those who may create a task (issue #26), loaded through customScripts in
 * config.js. Every step of a review is created by the review itself; a standalone task belongs to no case and no
 * LSCB. The engine refuses to create one for anyone without the CREATE permission on tasks (every role but the
 * administrator: security/RoleGroupsPlugin); this hides the link from them. The stylesheet (styles/user-styles.css)
 * hides it until the engine has answered that this user may (GET .../authorization/check), so it never flashes up.
 */

const LINK = '.create-task-action';
/** Camunda's ids for the check: permission CREATE on the resource type Task (7). */
const CHECK = 'authorization/check?permissionName=CREATE&permissionValue=1&resourceName=task&resourceType=7';

/** The webapps' engine API: e.g. /camunda/api/engine/engine/default/. */
function engineApi() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  const engine = (base && base.getAttribute('engine-name')) || 'default';
  return appRoot + '/api/engine/engine/' + encodeURIComponent(engine) + '/';
}

let asked = null;

/** Whether the signed-in user may create tasks, asked once per login; false when the answer does not come. */
function mayCreateTasks() {
  if (!asked) {
    asked = fetch(engineApi() + CHECK, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : { authorized: false }))
        .then((answer) => answer.authorized === true)
        .catch(() => false);
  }
  return asked;
}

function mark() {
  const links = Array.from(document.querySelectorAll(LINK)).filter((link) => !link.hasAttribute('data-scr-allowed'));
  if (!links.length) {
    return;
  }
  links.forEach((link) => link.setAttribute('data-scr-allowed', 'asking'));
  mayCreateTasks().then((allowed) => links.forEach((link) => link.setAttribute('data-scr-allowed', String(allowed))));
}

/** A new login (or a logout) may be another user: ask again, and mark the link anew. */
function forget() {
  asked = null;
  document.querySelectorAll(LINK).forEach((link) => link.removeAttribute('data-scr-allowed'));
}

const AUTH = /\/api\/admin\/auth\/user\/[^/]+\/(login\/[^/?]+|logout)(\?.*)?$/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (AUTH.test(String(url || ''))) {
    this.addEventListener('load', () => {
      forget();
      mark();
    });
  }
  return open.call(this, method, url, ...rest);
};

let marking = false;
new MutationObserver(() => {
  if (marking) {
    return;
  }
  marking = true;
  requestAnimationFrame(() => {
    marking = false;
    mark();
  });
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
