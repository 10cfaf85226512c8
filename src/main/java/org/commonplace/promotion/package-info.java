/**
 * Promotion of forum threads to wiki pages: the workbench's selection, the generated draft, publishing through
 * the wiki's normal save path, per-section provenance that follows later edits (anchor and fingerprint), the
 * thread side (banners, marks, "worth distilling"), and sync (new replies and edits since promotion).
 * Depends on {@code wiki} and {@code forum}; neither depends on it.
 */
package org.commonplace.promotion;
