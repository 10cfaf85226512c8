package org.commonplace.audit;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One recorded action. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements PrivateState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", length = 40)
    private String actorName;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = 1000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, Long actorId, String actorName, Long spaceId, String action, String target, String detail) {
        this.at = Objects.requireNonNull(at, "time is required");
        this.actorId = actorId;
        this.actorName = actorName;
        this.spaceId = spaceId;
        this.action = Objects.requireNonNull(action, "action is required");
        this.target = cut(target, 200);
        this.detail = cut(detail, 1000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
