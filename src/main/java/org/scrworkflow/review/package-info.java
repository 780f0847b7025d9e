/** The start of a review, its case data and the one list of its process keys, element ids and variables. */
package org.scrworkflow.review;
