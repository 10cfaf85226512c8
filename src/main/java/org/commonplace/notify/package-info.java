/** Outgoing mail now; subscriptions, notifications and Atom feeds as those features land. */
package org.commonplace.notify;
