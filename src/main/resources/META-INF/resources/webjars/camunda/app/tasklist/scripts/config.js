/*
 * Tasklist's configuration for SCR Workflow. It replaces the one in Camunda's webapp webjar (the application's own
 * classpath comes first); the keyboard shortcuts are Camunda's defaults, repeated because this file replaces theirs.
 */
export default {
  // A refused completion shows its reasons next to the fields they name (issue #23); confirmations, a refused
  // claim in one sentence and a start form kept on Escape (issue #26); dates in forms as people in England write them
  // (dd/mm/yyyy) and "Create task" only for those who may create a task: plain ES modules, no build.
  customScripts: ['scripts/scr-dates', 'scripts/scr-refusals', 'scripts/scr-tasklist', 'scripts/scr-create-task'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
