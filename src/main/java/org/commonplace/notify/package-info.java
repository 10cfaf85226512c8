/**
 * Telling people about what happens: following threads and boards ({@link org.commonplace.notify.SubscriptionService}),
 * notifications of replies, {@code @mentions} and posts in what one follows (written by
 * {@link org.commonplace.notify.PostNotifier} inside the transaction that writes the post, read through
 * {@link org.commonplace.notify.NotificationService}), mention autocomplete, how far each reader has read each
 * thread ({@link org.commonplace.notify.ReadStateService}), and outgoing mail. Every decision about who may
 * learn of a post is {@link org.commonplace.space.SpaceAccess}'s. {@code web/} holds the pages.
 */
package org.commonplace.notify;
