-- The managers' reports ask the history for every finished "Consult on slippage" step (S-22) of the reviews a
-- manager may read. Camunda indexes ACT_HI_ACTINST by process instance and by tenant, not by activity, so the
-- query read every history row of the manager's LSCB: 70 ms of a 340 ms dashboard at ten times the national
-- scale (bench/RESULTS.md). The engine's tables exist by now: the engine creates them before Flyway runs.
create index if not exists scr_idx_hi_actinst_act_id on act_hi_actinst (act_id_, end_time_);
