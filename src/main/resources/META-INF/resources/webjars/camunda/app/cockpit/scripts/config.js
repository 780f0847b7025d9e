/*
 * Cockpit's configuration for SCR Workflow. It replaces the one in Camunda's webapp webjar (the application's
 * own classpath comes first); everything not set here keeps Camunda's default.
 */
export default {
  // The managers' dashboard of reviews and the review timeline tab (issue #12): a plain ES module, no build.
  // Loaded as app/cockpit/scripts/scr-reports.js; it reads the figures from /api/reports with this session.
  customScripts: ['scripts/scr-reports'],
  disableWelcomeMessage: false
};
