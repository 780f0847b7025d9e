package org.scrworkflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.security.AsTheApplication;
import org.springframework.stereotype.Component;

/**
 * What a host watches, as gauges at /actuator/prometheus (administrators only): jobs due and not yet run, jobs
 * that failed with no retries left, open incidents, overdue tasks. Counted over every LSCB, whoever scrapes; the
 * figures carry no case data.
 */
@Component
class EngineGauges implements MeterBinder {

  private final ProcessEngine engine;

  EngineGauges(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "scr.jobs.due", "Jobs due and not yet executed (timers, mails, documents)",
        () -> engine.getManagementService().createJobQuery().executable().count());
    gauge(registry, "scr.jobs.failed", "Jobs that failed with no retries left (each is an incident)",
        () -> engine.getManagementService().createJobQuery().noRetriesLeft().count());
    gauge(registry, "scr.incidents.open", "Open incidents",
        () -> engine.getRuntimeService().createIncidentQuery().count());
    gauge(registry, "scr.tasks.overdue", "Open tasks past their due date",
        () -> engine.getTaskService().createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count());
  }

  private void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
    Gauge.builder(name, () -> AsTheApplication.run(engine, count)).description(description).register(registry);
  }
}
