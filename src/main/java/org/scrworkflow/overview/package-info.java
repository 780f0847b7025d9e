/**
 * A page per review (issue #26): a review as a case worker thinks of it, where it stands, its steps done and open
 * with who holds them and when they are due, the documents the caller may open, the notices sent and the deadlines
 * ahead, scoped to the caller's LSCB and role ({@code GET /api/cases/{ref}/overview}, page {@code /review.html}).
 */
package org.scrworkflow.overview;
