package org.commonplace.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A named site-wide setting, kept in the database so every node of a cluster agrees on it. */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    @Column(length = 80)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    protected SiteSetting() {
    }

    public SiteSetting(String name, String value) {
        this.name = Objects.requireNonNull(name, "name is required");
        this.value = Objects.requireNonNull(value, "value is required");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void change(String newValue) {
        this.value = Objects.requireNonNull(newValue, "value is required");
    }
}
