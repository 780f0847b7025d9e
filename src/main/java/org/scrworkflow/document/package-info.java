/**
 * The document store (generated and uploaded documents, versioned, classified), PDF generation from
 * templates, and the download endpoint that checks who may see which classification.
 */
package org.scrworkflow.document;
