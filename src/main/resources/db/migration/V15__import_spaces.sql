-- Ning groups become spaces on import: the record of a run lists the spaces it made (a dry run: would make).
ALTER TABLE import_job ADD COLUMN spaces VARCHAR(4000) DEFAULT '' NOT NULL;
