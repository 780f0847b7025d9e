-- An uploaded document is stored under a name the application gives it (case, agency, kind); the name the
-- author's file had is kept beside it for its readers only, as it may say more than the document's title.
alter table scr_document add column uploaded_as varchar(255);
-- The agency whose document it is (an IMR, a chronology): that agency's IMR author and senior manager may read
-- it, and no other agency.
alter table scr_document add column agency_id varchar(64);
