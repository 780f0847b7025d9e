package org.scrworkflow.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.security.LscbList;

/**
 * The lists a field's value must come from when its form names one in the custom property {@code choicesFrom}: one
 * source each, so that a form cannot drift from the system. {@value #LSCBS} is the LSCB list ({@link LscbList}):
 * the LSCBs of this system (the tenants an administrator adds in Admin, with their names) and the LSCBs outside it
 * that the configuration names. An LSCB typed as free text ("Northmoor" for lscb-northmoor) would make one LSCB
 * count as two. A list field (partner LSCBs) holds ids separated by commas.
 * Only what the caller sends in the step is checked; values the review already holds stand.
 */
final class ChoiceSources {

  /** The LSCB list. */
  static final String LSCBS = "lscbs";
  /** Every source a form may name. */
  static final Set<String> KNOWN = Set.of(LSCBS);

  /** How many LSCBs a refusal names before it points to the whole list. */
  private static final int SHOWN = 12;

  private ChoiceSources() {}

  static List<Problem> problems(StepForm form, List<VariableWrite> sent, Map<String, Object> values, LscbList list) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> lscbs = null;
    for (VariableWrite write : sent) {
      FormField field = form.field(write.name());
      if (field == null || field.choicesFrom() == null || !write.changed() || field.readonly()) {
        continue;
      }
      Object value = values.get(field.key());
      if (StepContract.blank(value)) {
        continue;
      }
      if (!LSCBS.equals(field.choicesFrom())) {
        throw new IllegalStateException("The form " + form.id() + " names the list " + field.choicesFrom()
            + " for " + field.key() + ", which this system does not have");
      }
      lscbs = lscbs == null ? list.withTenants(tenants()) : lscbs;
      Map<String, String> known = lscbs;
      List<String> unknown = Arrays.stream(value.toString().split(",")).map(String::strip)
          .filter(item -> !item.isEmpty() && !known.containsKey(item)).toList();
      if (!unknown.isEmpty()) {
        problems.add(new Problem(field.key(), StepContract.quoted(field) + " names "
            + unknown.stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(", "))
            + ", which " + (unknown.size() == 1 ? "is not an LSCB" : "are not LSCBs") + " of the LSCB list. Use the"
            + " LSCB's id from the list: " + listed(known) + "."));
      }
    }
    return problems;
  }

  /** The first LSCBs of the list with their names; a long list is shortened (GET /api/lscbs gives it whole). */
  private static String listed(Map<String, String> known) {
    String shown = known.entrySet().stream().limit(SHOWN)
        .map(lscb -> lscb.getKey() + " (" + lscb.getValue() + ")").collect(Collectors.joining(", "));
    return known.size() <= SHOWN ? shown
        : shown + " and " + (known.size() - SHOWN) + " more (GET /api/lscbs gives the whole list)";
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
