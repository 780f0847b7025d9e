package org.scrworkflow.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One review as its page shows it to the caller: only what the caller's role may read (docs/security.md, "The
 * review page"). Dates are days in London; {@code dueWords} and {@code words} say them as a person would ("in 3
 * days", "2 days late"). No identifying detail of a child: the case reference and the pseudonym only.
 *
 * @param seesWholeReview whether the caller sees every step (business manager, chair, manager, administrator) or
 *     only the steps of their own role
 * @param status the review's status in words, for those who see the whole review; else null
 * @param notices the notification record, for the business manager and chair; else null
 */
public record ReviewOverview(
    String caseReference,
    String childPseudonym,
    String lscb,
    String lscbName,
    String stage,
    String status,
    boolean closed,
    LocalDate asOf,
    boolean seesWholeReview,
    List<Step> steps,
    List<Deadline> deadlines,
    List<Document> documents,
    List<Notice> notices) {

  /**
   * A step people do (a user task of the review, one of its IMRs or its publication).
   *
   * @param part which part of the review: "Review", "IMR: Northmoor Police", "Publication"
   * @param state "Open", "Done" or "Ended without completion" (its deadline or the review moved on)
   * @param heldBy who holds it: the person it is assigned to or who completed it, else the role(s) it is offered to
   * @param taskId the task, for an open step, so the page can open it in Tasklist
   */
  public record Step(String taskId, String name, String part, String state, String heldBy, LocalDate started,
      LocalDate due, LocalDate ended, String dueWords) {}

  /** A date ahead (or passed) with its work not done. */
  public record Deadline(String what, LocalDate date, String words, boolean late) {}

  /** A document the caller may open at {@code /api/documents/{id}}. */
  public record Document(long id, String title, String fileName, String classification, int version,
      LocalDate added) {}

  /** A notice sent (the notification record): what, when, to whom, how it went. */
  public record Notice(String what, Instant sentAt, LocalDate sentOn, List<String> recipients, String outcome) {}
}
