/**
 * The pages of notifications: the reader's list at {@code /notifications} and the Follow/Unfollow button that
 * a thread page includes ({@code notify/follow.xhtml}). Texts are in this package's own bundle.
 */
package org.commonplace.notify.web;
