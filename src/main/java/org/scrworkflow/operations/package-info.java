/** Running the application: the metrics a host scrapes. */
package org.scrworkflow.operations;
