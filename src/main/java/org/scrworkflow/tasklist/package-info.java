/** Tasklist as LSCB staff see it: the filters each role starts from, created idempotently at start-up. */
package org.scrworkflow.tasklist;
