-- Exactly once: each sending of a notification has a key (process instance, step, visit); a retry of the
-- same step finds its key already sent and does not send again.
alter table scr_notification add column notification_key varchar(255);
create unique index scr_notification_key on scr_notification (notification_key);
