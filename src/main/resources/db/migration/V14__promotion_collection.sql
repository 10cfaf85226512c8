-- An editor's collection: posts gathered from several threads, promoted together later. Private to the editor.
CREATE TABLE promotion_collection (
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    post_id     BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, post_id)
);
CREATE INDEX ix_promotion_collection_post ON promotion_collection (post_id);
