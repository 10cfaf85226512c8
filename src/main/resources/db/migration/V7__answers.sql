-- Question boards: the asker (or a moderator) marks one reply as the answer.
ALTER TABLE forum_thread ADD COLUMN answer_post_id BIGINT REFERENCES post (id) ON DELETE SET NULL;
