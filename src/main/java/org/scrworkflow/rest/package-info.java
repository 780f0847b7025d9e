/**
 * The engine's REST API as this application configures it, on /engine-rest and on the webapps' engine API: how
 * refusals of bad input and races on a task reach the caller.
 */
package org.scrworkflow.rest;
