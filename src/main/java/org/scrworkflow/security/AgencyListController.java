package org.scrworkflow.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/agencies: the agency list ({@link AgencyList}) that a review's agencies take their ids from, for any
 * signed-in user: [{"id": "police", "name": "Northmoor Police"}, ...]. It holds names of agencies only, nothing of
 * any review.
 */
@RestController
class AgencyListController {

  private final AgencyList agencies;

  AgencyListController(AgencyList agencies) {
    this.agencies = agencies;
  }

  @GetMapping("/api/agencies")
  List<Map<String, Object>> list() {
    List<Map<String, Object>> rows = new ArrayList<>();
    agencies.all().forEach((id, name) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("name", name);
      rows.add(row);
    });
    return rows;
  }
}
