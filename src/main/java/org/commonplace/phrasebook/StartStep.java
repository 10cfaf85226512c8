package org.commonplace.phrasebook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commonplace.shared.BaseEntity;

/**
 * One step of a start-here path. The target is resolved when the path is shown (so a step may name a page that
 * does not exist yet; it is skipped until it does): {@code space/page-slug}, a thread id, or a term slug.
 */
@Entity
@Table(name = "start_step")
public class StartStep extends BaseEntity {

    public enum Kind { PAGE, THREAD, TERM }

    public static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "path_id")
    private StartPath path;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(length = NOTE_MAX)
    private String note;

    protected StartStep() {
    }

    StartStep(StartPath path, int position, Kind kind, String target, String note) {
        this.path = path;
        this.position = position;
        this.kind = kind;
        this.target = target;
        this.note = note;
    }

    public StartPath getPath() {
        return path;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getNote() {
        return note;
    }
}
