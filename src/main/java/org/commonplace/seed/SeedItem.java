package org.commonplace.seed;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ledger line: this seed item was applied, at this time. */
@Entity
@Table(name = "seed_item")
public class SeedItem implements PrivateState {

    @Id
    @Column(name = "item_key", length = 200)
    private String key;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected SeedItem() {
    }

    SeedItem(String key, Instant appliedAt) {
        this.key = key;
        this.appliedAt = appliedAt;
    }

    public String getKey() {
        return key;
    }
}
