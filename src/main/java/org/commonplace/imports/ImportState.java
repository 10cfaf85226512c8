package org.commonplace.imports;

/** Where an import run is. */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
