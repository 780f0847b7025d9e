/** The engine's REST API as this application configures it: how refusals of bad input reach the caller. */
package org.scrworkflow.rest;
