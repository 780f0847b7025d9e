-- A document's versions count per case, kind and file name; two writers of the same version cannot both
-- succeed (the later job fails and is retried, taking the next version).
create unique index scr_document_version on scr_document (case_reference, kind, file_name, version);
