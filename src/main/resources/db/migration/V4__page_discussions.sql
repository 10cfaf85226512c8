-- A wiki page's one discussion thread: created on first use, linking back to the page.
ALTER TABLE forum_thread ADD COLUMN page_id BIGINT REFERENCES page (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX uq_thread_page ON forum_thread (page_id);
