package org.scrworkflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/lscbs: the LSCB list ({@link LscbList}) that the LSCB fields of a review take their ids from, for any
 * signed-in user: [{"id": "lscb-northmoor", "name": "Northmoor LSCB", "usesThisSystem": true}, ...]. It holds
 * names of boards only, nothing of any review.
 */
@RestController
class LscbListController {

  private final Lscbs lscbs;
  private final LscbList list;

  LscbListController(Lscbs lscbs, LscbList list) {
    this.lscbs = lscbs;
    this.list = list;
  }

  @GetMapping("/api/lscbs")
  List<Map<String, Object>> list() {
    Map<String, String> tenants = lscbs.all();
    List<Map<String, Object>> rows = new ArrayList<>();
    list.withTenants(tenants).forEach((id, name) ->
        rows.add(Map.of("id", id, "name", name, "usesThisSystem", tenants.containsKey(id))));
    return rows;
  }
}
