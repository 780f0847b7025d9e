/**
 * The contract of every start and user task, enforced inside the engine for every caller: the fields of the step's
 * deployed form (required, type, allowed values, lengths, ranges, dates not in the future), nothing the form does not
 * ask for, and the process's own variables unchanged. A refusal lists every problem by field and saves nothing.
 */
package org.scrworkflow.contract;
