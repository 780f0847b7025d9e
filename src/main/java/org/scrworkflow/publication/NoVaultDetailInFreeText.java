package org.scrworkflow.publication;

import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.FieldLabels;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.review.VariableWriteRule;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;

/**
 * identifying details live in the vault only. Free text is the way they leak: a child's name typed into
 * the decision reasons or the case questions would be printed into the decision record and the terms of
 * reference, which roles refused the vault can read, and kept in the variables' history. Every text a command
 * writes into a case is matched against that case's vault entries, as the anonymisation check matches (G-11), and
 * a match refuses the command, naming the field and asking for the pseudonym.
 *
 * <p>Exempt: the publication versions ({@code publishableExecutiveSummary}, {@code publishableOverviewReport}),
 * which the anonymisation check itself reads at S-26, showing the person redacting where each detail stands
 * (docs/security.md, "Free text and the vault").
 */
@Component
class NoVaultDetailInFreeText implements VariableWriteRule {

  static final Set<String> CHECKED_AT_PUBLICATION = Set.of(PUBLISHABLE_EXECUTIVE_SUMMARY.name(),
      PUBLISHABLE_OVERVIEW_REPORT.name());

  private final IdentityVault vault;
  private final AnonymisationScanner scanner;
  private final FieldLabels fields;

  NoVaultDetailInFreeText(IdentityVault vault, AnonymisationScanner scanner, FieldLabels fields) {
    this.vault = vault;
    this.scanner = scanner;
    this.fields = fields;
  }

  @Override
  public List<String> problems(List<VariableWrite> writes) {
    Map<CaseKey, Map<String, String>> textsByCase = new LinkedHashMap<>();
    for (VariableWrite write : writes) {
      if (write.isText() && !write.removed() && write.caseKey() != null && write.text() != null
          && !write.text().isBlank() && !CHECKED_AT_PUBLICATION.contains(write.name())) {
        textsByCase.computeIfAbsent(write.caseKey(), key -> new LinkedHashMap<>()).put(write.name(), write.text());
      }
    }
    List<String> problems = new ArrayList<>();
    for (var texts : textsByCase.entrySet()) {
      List<IdentifyingDetail> details = vault.detailsOf(texts.getKey());
      if (details.isEmpty()) {
        continue;
      }
      Map<String, Set<String>> kindsByField = new LinkedHashMap<>();
      for (AnonymisationScanner.Finding finding : scanner.check(texts.getValue(), details)) {
        if (!finding.blocks()) {
          continue; // a common first name alone may be anyone's: only the publication check shows it
        }
        kindsByField.computeIfAbsent(finding.document(), field -> new LinkedHashSet<>()).add(what(finding));
      }
      List<String> found = new ArrayList<>();
      kindsByField.forEach((field, kinds) -> found.add(fields.describe(field) + " holds " + listed(kinds)
          + " recorded in the identity vault. Write the child's pseudonym instead, or leave the detail out."));
      problems.addAll(found);
    }
    return problems;
  }

  /** "a name", "a name and an address", "a name, a school and an address". */
  private static String listed(Set<String> kinds) {
    List<String> all = List.copyOf(kinds);
    return all.size() == 1 ? all.get(0)
        : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
  }

  private static String what(AnonymisationScanner.Finding finding) {
    return switch (finding.kind()) {
      case NAME -> "a name";
      case ALIAS -> "an alias";
      case DATE_OF_BIRTH -> "a date of birth";
      case ADDRESS -> "an address";
      case SCHOOL -> "a school";
      case PRACTITIONER_NAME -> "a practitioner's name";
    };
  }
}
