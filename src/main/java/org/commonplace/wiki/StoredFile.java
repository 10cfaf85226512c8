package org.commonplace.wiki;

import java.time.Instant;

/**
 * A file attached to a page as a listing or a download sees it: name, type, size, who uploaded it and when,
 * and (for downloads only) the bytes. {@code publicSpace} tells the download whether shared caches may keep it.
 */
public record StoredFile(long id, String filename, String contentType, long size, Instant createdAt, String uploader,
        boolean publicSpace, byte[] data) {

    /** png, jpeg, gif and webp: the only types a browser may show inline. */
    public boolean rasterImage() {
        return FileService.RASTER_TYPES.contains(contentType);
    }
}
