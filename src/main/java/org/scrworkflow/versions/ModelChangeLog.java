package org.scrworkflow.versions;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored change reports (table scr_model_change), one row per change and one NEW_VERSION row per model. */
@Repository
class ModelChangeLog {

  static final int TEXT = 4000;

  private final JdbcTemplate jdbc;

  ModelChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** False before Flyway has run (the engine deploys processes/ at start-up before the application's tables exist). */
  static boolean tableExists(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      for (String name : new String[] {"SCR_MODEL_CHANGE", "scr_model_change"}) {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
          if (tables.next()) {
            return true;
          }
        }
      }
      return false;
    }));
  }

  boolean recorded(String deploymentId) {
    Integer rows = jdbc.queryForObject("select count(*) from scr_model_change where deployment_id = ?", Integer.class,
        deploymentId);
    return rows != null && rows > 0;
  }

  void record(String deploymentId, List<VersionChanges> report) {
    Timestamp now = Timestamp.from(Instant.now());
    for (VersionChanges model : report) {
      insert(deploymentId, model, new ModelChange(model.resource(), ChangeKind.NEW_VERSION, null,
          model.fromVersion() == null ? "version " + model.toVersion()
              : "version " + model.toVersion() + " replaces version " + model.fromVersion(), null, null), now);
      for (ModelChange change : model.changes()) {
        insert(deploymentId, model, change, now);
      }
    }
  }

  List<VersionChanges> find(String deploymentId) {
    Map<String, VersionChanges> models = new LinkedHashMap<>();
    jdbc.query("select * from scr_model_change where deployment_id = ? order by id", rs -> {
      String resource = rs.getString("resource_name");
      VersionChanges model = models.computeIfAbsent(resource, r -> {
        try {
          int from = rs.getInt("from_version");
          return new VersionChanges(r, rs.getString("model_key"), rs.wasNull() ? null : from, rs.getInt("to_version"),
              new ArrayList<>());
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      ChangeKind kind = ChangeKind.valueOf(rs.getString("change_kind"));
      if (kind != ChangeKind.NEW_VERSION) {
        model.changes().add(new ModelChange(resource, kind, rs.getString("element_id"), rs.getString("detail"),
            rs.getString("before_value"), rs.getString("after_value")));
      }
    }, deploymentId);
    return List.copyOf(models.values());
  }

  private void insert(String deploymentId, VersionChanges model, ModelChange change, Timestamp at) {
    jdbc.update("insert into scr_model_change (deployment_id, resource_name, model_key, from_version, to_version,"
            + " change_kind, element_id, detail, before_value, after_value, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        deploymentId, model.resource(), model.modelKey(), model.fromVersion(), model.toVersion(), change.kind().name(),
        change.elementId(), cap(change.detail()), cap(change.before()), cap(change.after()), at);
  }

  private static String cap(String text) {
    return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT - 1) + "…";
  }
}
