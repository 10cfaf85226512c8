/**
 * People: accounts, password hashing, sign-in (with throttling), API tokens, invitations into spaces, profiles,
 * and the member and expert directory ({@link org.commonplace.people.DirectoryService}) whose activity counts
 * ({@link org.commonplace.people.ActivityCounts}) cover only what the reader may see. {@code web/} holds the backing
 * beans of the sign-in, registration, account, invitation, directory and profile pages.
 */
package org.commonplace.people;
