/**
 * People: accounts, password hashing, sign-in (with throttling), API tokens, invitations into spaces,
 * profiles. {@code web/} holds the backing beans of the sign-in, registration, account and invitation pages.
 */
package org.commonplace.people;
