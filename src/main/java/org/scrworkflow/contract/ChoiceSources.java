package org.scrworkflow.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.security.AgencyList;
import org.scrworkflow.security.LscbList;

/**
 * The lists a field's value must come from when its form names one in the custom property {@code choicesFrom}: one
 * source each, so that a form cannot drift from the system. {@value #LSCBS} is the LSCB list ({@link LscbList}):
 * the LSCBs of this system (the tenants an administrator adds in Admin, with their names) and the LSCBs outside it
 * that the configuration names. An LSCB typed as free text ("Northmoor" for lscb-northmoor) would make one LSCB
 * count as two. {@value #AGENCIES} is the agency list ({@link AgencyList}): the agencies onboarded here, each with
 * the groups that write and sign off its IMR. A list field holds ids separated by commas (partner LSCBs) or a list
 * (a checklist's JSON array: the agencies involved).
 * Only what the caller sends in the step is checked; values the review already holds stand.
 */
public final class ChoiceSources {

  /** The LSCB list. */
  static final String LSCBS = "lscbs";
  /** The agency list. */
  static final String AGENCIES = "agencies";
  /** Every source a form may name (the deployment check refuses another). */
  public static final Set<String> KNOWN = Set.of(LSCBS, AGENCIES);

  /** How many entries a refusal names before it points to the whole list. */
  private static final int SHOWN = 12;

  private ChoiceSources() {}

  static List<Problem> problems(StepForm form, List<VariableWrite> sent, Map<String, Object> values, LscbList list) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Map<String, String>> read = new HashMap<>();
    for (VariableWrite write : sent) {
      FormField field = form.field(write.name());
      if (field == null || field.choicesFrom() == null || !write.changed() || field.readonly()) {
        continue;
      }
      Object value = values.get(field.key());
      if (StepContract.blank(value)) {
        continue;
      }
      String source = field.choicesFrom();
      if (!KNOWN.contains(source)) {
        throw new IllegalStateException("The form " + form.id() + " names the list " + source
            + " for " + field.key() + ", which this system does not have");
      }
      Map<String, String> known = read.computeIfAbsent(source, name -> LSCBS.equals(name)
          ? list.withTenants(tenants()) : agencies());
      List<String> chosen = StepContract.choices(value);
      List<String> unknown = (chosen == null ? List.of(value.toString()) : chosen).stream()
          .filter(item -> !item.isEmpty() && !known.containsKey(item)).toList();
      if (!unknown.isEmpty()) {
        boolean one = unknown.size() == 1;
        String kind = LSCBS.equals(source) ? (one ? "is not an LSCB" : "are not LSCBs") + " of the LSCB list"
            : (one ? "is not an agency" : "are not agencies") + " of the agency list (the agencies onboarded here)";
        problems.add(new Problem(field.key(), StepContract.quoted(field) + " names "
            + unknown.stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(", "))
            + ", which " + kind + ". Use the " + (LSCBS.equals(source) ? "LSCB's" : "agency's")
            + " id from the list: " + listed(known, source) + "."));
      }
    }
    return problems;
  }

  /** The first entries of the list with their names; a long list is shortened (GET /api/... gives it whole). */
  private static String listed(Map<String, String> known, String source) {
    if (known.isEmpty()) {
      return "the list is empty: an administrator adds " + (LSCBS.equals(source) ? "LSCBs" : "agencies") + " first";
    }
    String shown = known.entrySet().stream().limit(SHOWN)
        .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining(", "));
    return known.size() <= SHOWN ? shown
        : shown + " and " + (known.size() - SHOWN) + " more (GET /api/" + source + " gives the whole list)";
  }

  /** The agencies onboarded here, whoever asks (an agency's groups are not the caller's to read). */
  private static Map<String, String> agencies() {
    return Context.getCommandContext().runWithoutAuthorization(
        () -> AgencyList.of(Context.getProcessEngineConfiguration().getIdentityService()));
  }
  /** The LSCBs of this system by id, with their names, whoever asks (the caller may belong to one LSCB only). */
  private static Map<String, String> tenants() {
    List<Tenant> tenants = Context.getCommandContext().runWithoutAuthorization(
        () -> Context.getProcessEngineConfiguration().getIdentityService().createTenantQuery().orderByTenantId().asc()
            .list());
    Map<String, String> byId = new LinkedHashMap<>();
    tenants.forEach(tenant -> byId.put(tenant.getId(), tenant.getName()));
    return byId;
  }
}
