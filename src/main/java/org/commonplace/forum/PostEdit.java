package org.commonplace.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier text of a post, kept when its author edits it ("edited", earlier versions viewable). */
@Entity
@Table(name = "post_edit")
public class PostEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(nullable = false, length = 70_000)
    private String markdown;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected PostEdit() {
    }

    PostEdit(Long postId, String markdown, Instant writtenAt, Instant replacedAt) {
        this.postId = postId;
        this.markdown = markdown;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
    }

    public Long getPostId() {
        return postId;
    }

    public String getMarkdown() {
        return markdown;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
